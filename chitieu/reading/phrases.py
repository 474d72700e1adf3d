"""The noun phrase after a number: "12/13 │xã đạt chuẩn nông thôn mới", "97,73% │xóm, tổ dân phố"."""

import re

from chitieu.reading.lexicon import CURRENCY, DURATIONS, MEASURES, NOT_A_UNIT, QUALIFIER, RATINGS, SCALE

_COMMA = ","
_TOKEN = re.compile(r"[ \t]*(?P<tok>[,;:!?()\n…]|[^\s,;:!?()…]+)")
_NUMERAL_START = re.compile(r"\d")
# Words that open a new part of the sentence after a noun phrase: "… hộ bị thu hồi đất │với tổng diện tích 374ha".
_BREAKER = re.compile(
    r"(?:trong\s+đó|nhưng|nhằm|nhờ|bởi|để|góp\s+phần|trị\s+giá|cùng|so\s+với|(?<!trở\s)(?:xuống|lên)"
    r"|tổng\s+(?:số|trị|kinh|diện|vốn|giá|chiều|thu|chi))(?!\w)",
    re.IGNORECASE,
)
_VERB_AFTER_COMMA = frozenset(
    "đạt tăng giảm có là còn chiếm được trị tổng với trong đưa nâng góp bằng vượt so nhưng song riêng nhất".split()
)
# "… 180 đảng viên, │tỷ lệ …": after a comma, these open the next statement, not another noun of the list.
_MEASURE_HEADS = frozenset(("tỷ lệ", "tỉ lệ", "tốc độ", "tổng số", "tổng giá", "tổng vốn", "tổng diện"))
_PREPOSITIONS = frozenset("tại ở cho của với trên dưới từ đến vào về theo trong".split())
_TRAILING_WORDS = _PREPOSITIONS | frozenset(
    "và đạt được là có các những thì mà hoặc hay gần hơn khoảng chia làm thành gồm còn chiếm".split()
)
# A number after these words belongs to the phrase: "từ 11 - 14 tiêu chí", "Luật Hợp tác xã năm 2012".
_KEEPS_NUMBER = frozenset("từ đến - – đạt năm tháng quý ngày số lần thứ khóa khoá lớp".split())
MAX_AFTER_WORDS = 16
_WORDS = re.compile(r"[^\s,;:!?()…]+|[,;:!?()…]")
_QUALIFIER = re.compile(QUALIFIER)
_TOTAL_NUMBER = re.compile(r"[ \t]*tổng\s+số\s+[^\W\d_]", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_PERCENT_AHEAD = re.compile(
    rf"\s*(?:(?:{QUALIFIER})\s+)?\d[\d.,]*\s*(?:%|{SCALE}|{CURRENCY}|{MEASURES})", re.IGNORECASE
)


def phrase_after(text: str, pos: int) -> tuple[str, int]:
    """The noun phrase starting at `pos` ("xã đạt chuẩn nông thôn mới"), and where it ends."""
    words: list[str] = []
    ends: list[int] = []
    i = pos
    cut_by_number = False
    while len(words) < MAX_AFTER_WORDS:
        match = _TOKEN.match(text, i)
        if not match:
            break
        tok = match.group("tok")
        lowered = tok.lower()
        if tok in ";:!?()\n…":
            break
        if tok == _COMMA:
            # "xóm, tổ dân phố" lists nouns; "đảng viên, sinh hoạt tại 53 chi" starts the next statement
            nxt = _next_words(text, match.end(), 3)
            segment = words[len(words) - words[::-1].index(_COMMA) :] if _COMMA in words else words
            shares_head = bool(nxt) and nxt[0].lower() in _lower(words)
            short_item = len(segment) <= 3 or shares_head
            if _starts_new_clause(nxt) or not short_item or _number_ahead(text, match.end(), 8):
                break
        elif _NUMERAL_START.match(tok):
            previous = words[-1].lower() if words else ""
            nxt = _next_words(text, match.end(), 1)
            if previous not in _KEEPS_NUMBER and not (nxt and nxt[0].lower() in RATINGS):
                cut_by_number = True
                break
        elif words and _BREAKER.match(text, match.start("tok")):
            break
        elif lowered == "và" and " ".join(_next_words(text, match.end(), 2)).lower() in _MEASURE_HEADS:
            break  # "… sản phẩm số đặc trưng │và tỷ lệ thanh toán …": the next statement
        elif lowered in ("và", "với") and _number_ahead(text, match.end()):
            break
        elif lowered in ("đạt", "bằng", "là") and _percent_ahead(text, match.end()):
            break  # "… xã đạt │92,3%", "hai tỉnh cộng lại đạt │41.500 tỷ đồng": a statement of its own
        sentence_end = tok.endswith(".") and not _NUMERAL_START.match(tok)
        words.append(tok.rstrip(".") if sentence_end else tok)
        ends.append(match.end() - (1 if sentence_end else 0))
        i = match.end()
        if sentence_end:
            break
    return _trim_phrase(words, ends, pos, cut_by_number)


def _trim_phrase(words: list[str], ends: list[int], pos: int, cut_by_number: bool) -> tuple[str, int]:
    """Drop trailing function words; when a number cut the phrase, its last comma part leads to that number."""
    dropped_preposition = False
    while words and (words[-1] == _COMMA or words[-1].lower() in _TRAILING_WORDS):
        dropped_preposition |= words[-1].lower() in _PREPOSITIONS
        words.pop()
        ends.pop()
    if (dropped_preposition or cut_by_number) and _COMMA in words:
        cut = len(words) - 1 - words[::-1].index(_COMMA)
        words, ends = words[:cut], ends[:cut]
    if not words:
        return "", pos
    return re.sub(r"\s+,", ",", " ".join(words)), ends[-1]


def _next_words(text: str, pos: int, count: int) -> list[str]:
    return _WORDS.findall(text[pos : pos + 60])[:count]


def _starts_new_clause(nxt: list[str]) -> bool:
    if not nxt:
        return True
    first = nxt[0].lower()
    return bool(
        _NUMERAL_START.match(first)
        or " ".join(nxt[:2]).lower() in _MEASURE_HEADS
        or first in _VERB_AFTER_COMMA
        or first in NOT_A_UNIT
        and first not in ("các", "những")
        or _QUALIFIER.fullmatch(first)
    )


def _number_ahead(text: str, pos: int, words: int = 6) -> bool:
    """A number among the next few words of the same clause: "với tổng diện tích 374ha"."""
    for tok in _next_words(text, pos, words):
        if tok in ",;:!?()…":
            return False
        if _NUMERAL_START.match(tok):
            return True
    return False


def starts_noun(text: str, pos: int) -> bool:
    """A noun may begin at `pos`: "97,73% │xóm", not "12,5% │năm 2020" or "95% │so với"."""
    match = _FIRST_WORD.match(text[pos : pos + 30])
    if not match:
        return False
    word = match.group(1).lower()
    if word == "tổng" and _TOTAL_NUMBER.match(text, pos):
        return True  # "đạt 96,5% │tổng số đơn"
    return word not in NOT_A_UNIT and word not in DURATIONS and word not in _VERB_AFTER_COMMA


def _percent_ahead(text: str, pos: int) -> bool:
    """'… xã đạt │92,3%' or '… đạt │41.500 tỷ đồng': a percentage or an amount opens a statement of its own;
    '… xã đạt │19 tiêu chí' does not."""
    return bool(_PERCENT_AHEAD.match(text, pos, pos + 60))


def _lower(words: list[str]) -> list[str]:
    return [w.lower() for w in words]
