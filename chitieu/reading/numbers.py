"""Vietnamese numerals in running text ("8.848", "106,811", "03", "12/13", "11 - 14"), with dates and codes skipped."""

import re
from dataclasses import dataclass
from decimal import Decimal

from chitieu.reading.lexicon import CALENDAR_LIMITS, CURRENCY, NAMING_WORDS, SCALE
from chitieu.reading.text import matches_at

# A dot groups thousands and a comma marks decimals ("8.848" is 8848, "106,811" is 106.811). A dot followed by
# one or two digits cannot be grouping, so "1.5" is read as a typist's English-style decimal.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d|\.\d)|\d+\.\d{1,2}(?!\d|\.\d)|\d+(?:,\d+)?"
_NUMERAL = re.compile(
    rf"(?<![\w.,/:+\-–])(?P<a>{NUMBER})"
    rf"(?:/(?P<b>{NUMBER}))?"
    rf"(?:(?:\s*[-–]\s*|\s+(?:đến|tới)\s+)(?P<hi>{NUMBER})(?![/\w]))?"
)

# Written with digits but not quantities: dates, times of day, document codes. All start with a digit, so the
# pattern stays fast; links are looked for only in texts that have one.
_DATES_AND_CODES = re.compile(
    "|".join(
        (
            r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b",  # 15/10/2020, 25-10-2020
            r"\b(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b",  # 10/2020
            r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b",  # 05:21:00, 7h30
            r"\b\d+(?:[/.]\d+)*[/\-][A-ZĐ][\w\-/.]*",  # 13-NQ/HU, 855/NQ-UBTVQH14, 07/2021/NĐ-CP
        )
    )
)
# Where those two patterns can begin: a digit that does not continue a word (or, for a numeral, a number).
_WORD_DIGIT = re.compile(r"\d(?<!\w\d)")
_NOT_BEFORE_NUMERAL = frozenset(".,/:+-–")
_LINKS = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_DAY_BEFORE = re.compile(r"(?<!\w)(?:ngày|hôm|sáng|chiều|tối|đêm|trưa|lúc)\s+$", re.IGNORECASE)  # ngày 14/10
_NAMED_BY = re.compile(rf"(?<!\w)(?:{NAMING_WORDS})\s*:?\s*$", re.IGNORECASE)
# "số" names a number ("số 1681") unless it ends a noun: "tổng số", "dân số", "trong số 312 đảng viên".
_TOTAL_OF = re.compile(r"(?<!\w)(?:tổng|trong|dân)\s+số\s*$", re.IGNORECASE)
# A capitalised word just before a number, not the first of its sentence: the number ends a name ("xã Vĩnh
# Thạnh 3", "Tuyến QL 279", "lúa OM 5451", "Giải Marathon 21 km"). An abbreviation before a percentage or an
# amount measures it instead ("GRDP 7,5%", "FDI 120 triệu USD").
_SENTENCE_MARKS = frozenset('.!?:;\n•-–(“"')
_PERCENT_AFTER = re.compile(r"\s*(?:%|‰|phần\s+trăm)")
_AMOUNT_AFTER = re.compile(rf"\s*(?:{SCALE}|{CURRENCY})", re.IGNORECASE)
_CALENDAR = re.compile(rf"(?<!\w)({'|'.join(CALENDAR_LIMITS)})\s+$", re.IGNORECASE)
# A year after these words: "đến 2025", "vụ mùa 2024", "Tết Nguyên đán 2025", "năm học 2024-2025",
# "Giải Vô địch toàn quốc 2026", "mùa giải 2026".
_YEAR_CUE = re.compile(
    r"(?<!\w)(?:đến|tới|từ|trước|sau|vào|trong|cuối|đầu|giữa|hết|sang|mùa|vụ|xuân|hè|thu|đông|đán|khóa|học"
    r"|quốc|gia|giải)\s+$",
    re.IGNORECASE,
)
_YEAR_LIST_GAP = re.compile(r"^\s*(?:,|và|-|–|đến)?\s*$")
_DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Numeral:
    """A number as written: `value`, and `over` for "12/13" or `upper` for a range "11 - 14"."""

    start: int
    end: int
    value: Decimal
    over: Decimal | None = None
    upper: Decimal | None = None


def read_number(written: str) -> Decimal:
    """'8.848' → 8848, '106,811' → 106.811, '03' → 3, '1.5' → 1.5 (a dot before one or two digits)."""
    if _DOT_DECIMAL.fullmatch(written):
        return Decimal(written)
    return Decimal(written.replace(".", "").replace(",", "."))


def is_year(written: str) -> bool:
    return bool(_YEAR.fullmatch(written))


def find_numerals(text: str) -> list[Numeral]:
    """Every number in the text that may state a quantity, in order: dates, times, codes and names left out."""
    word_digits = [m.start() for m in _WORD_DIGIT.finditer(text)]
    blocked = [(m.start(), m.end()) for m in matches_at(_DATES_AND_CODES, text, word_digits)]
    if "://" in text or "www." in text or "@" in text:
        blocked = sorted(blocked + [(m.start(), m.end()) for m in _LINKS.finditer(text)])
    found: list[Numeral] = []
    last_year_end = -1
    next_block = 0
    starts = [p for p in word_digits if p == 0 or text[p - 1] not in _NOT_BEFORE_NUMERAL]
    for match in matches_at(_NUMERAL, text, starts):
        start, end = match.span()
        while next_block < len(blocked) and blocked[next_block][1] <= start:
            next_block += 1
        if next_block < len(blocked) and blocked[next_block][0] <= start:
            continue
        a, b, hi = match.group("a", "b", "hi")
        before = text[max(0, start - 40) : start]
        if is_year(a) and (
            (hi and is_year(hi) and not b)
            or _calendar_fits(before, a)
            or _YEAR_CUE.search(before)
            or (last_year_end >= 0 and _YEAR_LIST_GAP.match(text[last_year_end:start]))
        ):
            last_year_end = end
            continue
        if (_NAMED_BY.search(before) and not _TOTAL_OF.search(before)) or _calendar_fits(before, a):
            continue
        if b and hi or b and _DAY_BEFORE.search(before):  # "1/2 - 3", "ngày 14/10"
            continue
        if _ends_a_name(text, before, end) or text[end : end + 1].isupper():  # "Quốc lộ 1A", "5G"
            continue
        value = read_number(a)
        over = read_number(b) if b else None
        upper = read_number(hi) if hi else None
        if upper is not None and upper <= value:
            # "2 - 1" is not a range: keep only the first number
            end = match.start() + len(a)
            upper = None
        found.append(Numeral(start, end, value, over, upper))
    return found


def _ends_a_name(text: str, before: str, end: int) -> bool:
    """'Vĩnh Thạnh 3', 'QL 279', 'OM 5451': the number is part of the name written before it."""
    if not before or not before[-1].isspace():
        return False
    stripped = before.rstrip()
    start = max(stripped.rfind(" "), stripped.rfind("\n"), stripped.rfind("\t")) + 1
    name, lead = stripped[start:], stripped[:start].rstrip()
    if not name[:1].isupper() or not name.replace("-", "").isalnum():
        return False
    if not lead or lead[-1] in _SENTENCE_MARKS:
        return False  # the first word of a sentence or line
    if _PERCENT_AFTER.match(text, end):
        return False
    return not (name.isupper() and _AMOUNT_AFTER.match(text, end))


def _calendar_fits(before: str, written: str) -> bool:
    """'năm 2023', 'tháng 9', 'quý 3': the calendar word names a period when the number fits one."""
    match = _CALENDAR.search(before)
    if not match or not _DIGITS.fullmatch(written):
        return False
    low, high = CALENDAR_LIMITS[match.group(1).lower()]
    return low <= int(written) <= high


# Numbers written in words: "hai mươi lăm" is 25, "ba trăm" 300, "một trăm linh năm" 105, "hai nghìn năm trăm"
# 2.500; "mốt", "tư", "lăm" are 1, 4, 5 after "mươi". "một" alone is an article and "năm" alone a year, so they
# are read only inside a longer number.
_DIGIT_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_AFTER_TENS = {
    **{w: v for w, v in _DIGIT_WORDS.items() if w != "năm"},
    "mốt": 1,
    "tư": 4,
    "lăm": 5,
    "nhăm": 5,
}
_WORD_SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_TIMES_WORDS = {"đôi": Decimal(2), "rưỡi": Decimal("1.5"), **{w: Decimal(v) for w, v in _DIGIT_WORDS.items()}}
# A first letter, then the rest of one of the words: re skips quickly to those letters; the few other words this
# finds ("ca", "ta") and words that go on before it are left out by `spelled_numbers`.
_SPELLED_START = re.compile(r"[mMhHbBnNsStTcCgG](?:ột|ười|ai|a|ốn|ảy|ẩy|ăm|áu|ám|hín|ấp)\b")
_START_WORDS = frozenset("một mười hai ba bốn bảy bẩy năm sáu tám chín gấp".split())
# "năm", "một" and "gấp" are mostly a year, an article and a verb: only these words after them make a number.
_ONLY_BEFORE = {
    "năm": frozenset("mươi chục trăm nghìn ngàn triệu tỷ tỉ".split()),
    "một": frozenset("chục trăm nghìn ngàn triệu tỷ tỉ nửa".split()),
    "gấp": frozenset("đôi rưỡi hai ba bốn năm sáu bảy bẩy tám chín mười".split()),
}
_LETTERS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)(?!\w)")
# Literal words first, the number before them checked after: re skips quickly to a literal.
_OVER = re.compile(r"trên\s+(\d+)(?![\w/]|[.,]\d)")
_PART_BEFORE = re.compile(r"(?<![\w.,/])(\d+)\s+$")
_PERCENT_WORDS = re.compile(r"phần\s+trăm(?!\w)")
_DIGIT_BEFORE = re.compile(r"\d(?P<gap>\s+)$")
_PERCENT_WORDS_AFTER = re.compile(r"\s+phần\s+trăm(?!\w)", re.IGNORECASE)
# Words after which a lone "hai", "ba" … is not a count: "hai bên", "chín chắn", "ba mẹ", "hai cấp".
_NOT_COUNTED = frozenset("bên chắn muồi mẹ má phải mấy vài cấp".split())  # "chính quyền hai cấp"


def spelled_numbers(text: str) -> list[tuple[int, int, str]]:
    """Where numbers are written in words, and the digits to read instead: (start, end, "25"), in order.

    Also "X phần trăm" as "X%", "gấp đôi" as "gấp 2 lần", "một nửa" as "50%", "12 trên 15" as "12/15".
    Exposed for any reader of counts or claims that wants word numbers read as digits (see `with_digits`).
    """
    found: list[tuple[int, int, str]] = []
    for match in _SPELLED_START.finditer(text):
        word = match.group().lower()
        if word not in _START_WORDS or match.start() and text[match.start() - 1].isalnum():
            continue
        if found and match.start() < found[-1][1]:
            continue
        needed = _ONLY_BEFORE.get(word)
        if needed is not None:
            following = _NEXT_WORD.match(text, match.end())
            if following is None or following.group(1).lower() not in needed:
                continue
        words, ends = _words_from(text, match.start())
        replaced = _times(words, ends) if words[0] == "gấp" else _spelled(text, match.start(), words, ends)
        if replaced is not None:
            found.append((match.start(), *replaced))
    for match in _PERCENT_WORDS.finditer(text):  # "95 phần trăm"
        digit = _DIGIT_BEFORE.search(text, max(0, match.start() - 6), match.start())
        if digit:
            found.append((digit.start("gap"), match.end(), "%"))
    for match in _OVER.finditer(text):  # "12 trên 15 chỉ tiêu"
        whole = _PART_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if whole and int(whole.group(1)) <= int(match.group(1)):
            found.append((whole.end(1), match.start(1), "/"))
    return _with_digit_fractions(text, sorted(found))


def with_digits(text: str) -> tuple[str, list[int] | None]:
    """The text with its word numbers written as digits, and the offset in `text` of each character (plus the end),
    or None when nothing was written in words."""
    replacements = spelled_numbers(text)
    if not replacements:
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for start, end, digits in replacements:
        pieces.append(text[last:start])
        offsets.extend(range(last, start))
        pieces.append(digits)
        offsets.extend([start] * len(digits))
        last = end
    pieces.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(pieces), offsets


def _with_digit_fractions(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'mười hai trên mười lăm': once both numbers are digits, the 'trên' between them is a fraction bar."""
    kept: list[tuple[int, int, str]] = []
    for index, item in enumerate(found):
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and re.fullmatch(r"\s+trên\s+", text[item[1] : following[0]]):
            if item[2].isdigit() and following[2].isdigit() and int(item[2]) <= int(following[2]):
                kept.append((item[1], following[0], "/"))
    return kept


def _words_from(text: str, pos: int, most: int = 9) -> tuple[list[str], list[int]]:
    first = _LETTERS.match(text, pos)
    assert first is not None
    words, ends = [first.group().lower()], [first.end()]
    while len(words) < most and (match := _NEXT_WORD.match(text, ends[-1])):
        words.append(match.group(1).lower())
        ends.append(match.end())
    return words, ends


def _times(words: list[str], ends: list[int]) -> tuple[int, str] | None:
    """'gấp đôi' → 'gấp 2 lần', 'gấp ba lần' → 'gấp 3 lần', 'gấp rưỡi' → 'gấp 1,5 lần'."""
    if len(words) < 2 or words[1] not in _TIMES_WORDS:
        return None
    factor = str(_TIMES_WORDS[words[1]]).replace(".", ",")
    if len(words) > 2 and words[2] == "lần":
        return ends[2], f"gấp {factor} lần"
    return ends[1], f"gấp {factor} lần"


def _spelled(text: str, start: int, words: list[str], ends: list[int]) -> tuple[int, str] | None:
    if words[0] == "một" and len(words) > 1 and words[1] == "nửa":
        return ends[1], "50%"
    value, used, scale = _parse_words(words)
    lead = text[max(0, start - 3) : start].rstrip()
    if used == 0 or text[start].isupper() and lead and lead[-1] not in _SENTENCE_MARKS:
        return None  # "Hai Bà Trưng", "Ba Đình": a name
    if used == 1:
        following = _NEXT_WORD.match(text, ends[0])  # a lone "hai", "mười" counts the noun after it
        noun = following.group(1) if following else ""
        if words[0] in ("một", "năm") or not noun[:1].islower() or noun in _NOT_COUNTED:
            return None
    end = ends[used - 1]
    written = (
        f"{_grouped(value / scale)} {words[used - 1 if words[used - 1] != 'rưỡi' else used - 2]}"
        if scale
        else _grouped(value)
    )
    percent = _PERCENT_WORDS_AFTER.match(text, end)
    if percent and not scale:
        return percent.end(), written + "%"  # "chín mươi phần trăm"
    return end, written


def _parse_words(words: list[str]) -> tuple[Decimal, int, int]:
    """(value, words used, the scale word it ends on or 0): "ba trăm năm mươi nghìn" → (350000, 5, 1000)."""
    total, i, scale = Decimal(0), 0, 0
    while i < len(words):
        group, j = _group(words, i)
        if j == i:
            break
        if j < len(words) and words[j] in _WORD_SCALES:
            size = _WORD_SCALES[words[j]]
            if scale and size >= scale:
                break
            total += group * size
            scale, i = size, j + 1
            if i < len(words) and words[i] == "rưỡi":  # "hai triệu rưỡi": 2,5 triệu
                return total + Decimal(size) / 2, i + 1, size
            continue
        if group < 10 and words[i] == "năm" and j == i + 1:
            break  # "năm" alone is a year
        return total + group, j, 0
    return total, i, scale


def _group(words: list[str], i: int) -> tuple[int, int]:
    """A number below a thousand from word `i`: (value, index after it); (0, i) when none starts there."""
    value, n = 0, len(words)
    if i + 1 < n and words[i] in _DIGIT_WORDS and words[i + 1] == "trăm":
        value, i = _DIGIT_WORDS[words[i]] * 100, i + 2
        if i + 1 < n and words[i] in ("linh", "lẻ") and words[i + 1] in _DIGIT_WORDS:
            return value + _DIGIT_WORDS[words[i + 1]], i + 2
    if i < n and words[i] == "mười":
        value, i = value + 10, i + 1
        if i < n and words[i] in _AFTER_TENS and words[i] not in ("mốt", "tư"):
            value, i = value + _AFTER_TENS[words[i]], i + 1
    elif i + 1 < n and words[i] in _DIGIT_WORDS and words[i] != "một" and words[i + 1] in ("mươi", "chục"):
        value, i = value + _DIGIT_WORDS[words[i]] * 10, i + 2
        if words[i - 1] == "mươi" and i < n and words[i] in _AFTER_TENS:
            value, i = value + _AFTER_TENS[words[i]], i + 1
    elif value == 0 and i < n and words[i] in _DIGIT_WORDS:
        value, i = _DIGIT_WORDS[words[i]], i + 1
    return value, i


def _grouped(value: Decimal) -> str:
    """2500 → '2.500', 2.5 → '2,5': digits as a Vietnamese text writes them."""
    whole = int(value)
    written = f"{whole:,}".replace(",", ".")
    if value != whole:
        written += "," + str(value - whole)[2:]
    return written
