"""The words before a number that name what it measures: the subject before its verb, the action before a count,
the verb phrase a preposition ties it to, the heading of its list, the subject of the clause before."""

import re
from functools import lru_cache

from chitieu.reading.clauses import clause_start
from chitieu.reading.lexicon import ACTION_VERBS, KY, PLAN, QUALIFIER, TY

_LINKING = (
    r"đạt\s+và\s+vượt|đạt\s+được|ước\s+đạt|ước\s+tính|(?:đạt|chiếm|với)\s+t[ỷỉ]\s+lệ|đạt|là|còn|chỉ\s+còn"
    r"|chiếm|bằng|gồm\s+có|gồm|lên|xuống|tới|duy\s+trì|ở\s+mức|được|tăng\s+gấp|tăng|giảm|vượt|có|với"
)
_TRAILING = re.compile(
    rf"(?:^|\s)(?:(?:tăng|giảm)(?:\s+(?:bình\s+quân|trung\s+bình|hàng\s+năm|hằng\s+năm|mỗi\s+năm))*"
    rf"|(?:đạt|vượt|hoàn\s+thành)\s+{PLAN}(?:\s+là)?"
    rf"|{_LINKING}|{QUALIFIER}|(?<!chiều\s)dài|(?<!chiều\s)(?<!mở\s)rộng|(?<!chiều\s)(?<!độ\s)sâu|đều|hiện\s+nay|đến\s+nay|đã|thêm|cả|chung|khoảng|từ|gấp|ổn\s+định"
    rf"|dự\s+kiến|(?<!chứng\s)(?<!địa\s)chỉ|ước\s+tính|ước|tương\s+đương|tương\s+ứng"
    rf"|từ\s+\d[\d.,]*(?:\s*%|\s+[^\W\d]+(?:/[^\W\d]+)?)?\s+(?:lên|xuống|đến))\s*$",
    re.IGNORECASE,
)
_TIME = (
    rf"(?:(?:tính\s+)?(?:đến|tới|trong|sau|hết|vào|từ|qua)\s+)?(?:(?:hết|cuối|đầu|giữa)\s+)?"
    rf"(?:\d+\s+)?(?:cả\s+năm|năm|tháng|quý|nhiệm\s+{KY}|giai\s+đoạn)"
    rf"(?:\s+(?:\d[\d/\-–]*|qua|nay|này|tới|đầu\s+năm|cuối\s+năm|trước|đầu|cuối|[-–]))*"
    rf"|(?:đến|tới|hiện)\s+nay|hiện\s+nay|hiện|nay|hàng\s+năm|hằng\s+năm|mỗi\s+năm"
)
# A place named before what it did: "huyện Thoại Sơn │gieo sạ 24.500 ha".
_PLACE = (
    r"(?:huyện|xã|tỉnh|phường|quận|thị\s+xã|thị\s+trấn|thành\s+phố|ấp|thôn|bản)(?-i:\s+[A-ZĐÂĂÊÔƠƯ][^\s,]*)+"
)
_LEADING = re.compile(
    rf"^(?:[-+•*]\s*|[a-zđ0-9]{{1,2}}[.)]\s+|(?:và|còn|cùng|đã|phấn\s+đấu|qua\s+đó|nhờ\s+đó|do\s+đó|từ\s+đó"
    rf"|ước\s+tính|ước|dự\s+kiến|đồng\s+thời|trong\s+đó|riêng|nhất\s+là|cụ\s+thể|như|gồm|bao\s+gồm|ngoài\s+ra"
    rf"|bên\s+cạnh\s+đó|nâng|đưa|giúp|làm|góp\s+phần|toàn\s+huyện|toàn\s+tỉnh|toàn\s+xã|có|{_TIME}"
    rf"|{_PLACE})(?!\w)\s*,?\s*)+",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(
    r"(?:^|\s)(?:với|trong\s+đó|nhất\s+là|gồm|bao\s+gồm|(?<!sầu\s)riêng|cho\s+biết|cho\s+hay|cho\s+thấy"
    r"|(?:nổi\s+bật|đáng\s+chú\s+ý|cụ\s+thể|đó)\s+là)\s+",
    re.IGNORECASE,
)
_HEAD = re.compile(rf"(?:^|\s)(?:tổng(?!\s+cộng)|{TY}\s+lệ|tốc\s+độ)(?!\w)", re.IGNORECASE)
_TRAILING_TIME = re.compile(
    r"(?:^|\s)(?:(?:đến|tới|vào|trong|sau)\s+)?(?:(?:cuối|đầu|hết)\s+)?năm\s+(?:19|20)\d{2}\s*$",
    re.IGNORECASE,
)
_ONLY_ADVERBIALS = re.compile(
    r"(?:\s*(?:bình\s+quân|trung\s+bình|hàng\s+năm|hằng\s+năm|mỗi\s+năm|chung|cả\s+năm|tổng\s+cộng|cộng))*\s*",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?P<prep>tại|ở(?!\s+mức)|cho|với)\s*$", re.IGNORECASE)
_ASPECT = re.compile(r"(?:^|\s)(?:đã|đang|vừa|sẽ)\s+", re.IGNORECASE)
_ACTION = re.compile(
    rf"(?<!\w)(?<![Bb]an\s)(?:{'|'.join(a.replace(' ', r'\s+') for a in ACTION_VERBS)})(?!\w)", re.IGNORECASE
)
_FIRST_VERB = re.compile(rf"(?<!\w)(?<!so\s)(?:{_LINKING})(?!\w)(?!\s+(?:trưởng|cường))", re.IGNORECASE)

_SPACES = re.compile(r"\s+")
_OPENS_ADVERBIAL = frozenset("trước sau trong ngoài đến tới từ qua vào theo tại ở khi nhờ do để với".split())
_REPORTING = re.compile(r"(?<!\w)(?:cho\s+biết|cho\s+hay|cho\s+thấy|thông\s+tin)(?!\w)", re.IGNORECASE)
_REPORTED = re.compile(r"(?<!\w)(?:cho\s+biết|cho\s+hay|cho\s+thấy|thông\s+tin)\s+", re.IGNORECASE)
_QUALIFIER_AT_END = re.compile(rf"(?:^|\s)(?:{QUALIFIER}|đều|khoảng)\s*$", re.IGNORECASE)
_RESULT_VERBS_AT_END = re.compile(r"(?:\s+(?:được|đạt|đạt\s+được))+$", re.IGNORECASE)
_HEADING_WORDS = re.compile(r"^(?:các\s+)?(?:chỉ\s+tiêu|chỉ\s+số)(?:\s+về)?\s+", re.IGNORECASE)

MAX_BEFORE_WORDS = 16


def subject_before(text: str, pos: int, floor: int) -> str:
    """The subject written before the verb that leads to `pos`: "thu nhập bình quân đầu người đạt │32,29"."""
    start = clause_start(text, pos, floor)
    if not _clean_subject(text[start:pos]):
        return ""
    for _ in range(3):  # "giá trị nông, lâm, thủy sản đạt": the comma lists parts of one subject
        if start <= floor or text[start - 1] != ",":
            break
        before = clause_start(text, start - 1, floor)
        if not _is_list_item(text[before : start - 1]):
            break
        start = before
    return _clean_subject(text[start:pos])


def verb_phrase_before(text: str, pos: int, floor: int) -> str:
    """The action written before a count, from its verb: "… và kết nạp │trên 120 đảng viên" → "kết nạp"."""
    start = clause_start(text, pos, floor)
    left = _after_report(_SPACES.sub(" ", _strip_qualifiers(text[start:pos])).strip())
    actions = list(_ACTION.finditer(left))
    if not actions:
        return ""
    action = " ".join(left[actions[-1].start() :].split()[:6])
    return _RESULT_VERBS_AT_END.sub("", action).strip(" ,")


def object_lead_in(text: str, pos: int, floor: int, short: bool = False) -> str:
    """The verb phrase whose preposition governs the number: "bàn giao mặt bằng với │2.200 hộ", "… tại │100% khu
    dân cư"; empty when no preposition stands before the number. From the last action verb when there is one;
    otherwise, when `short`, the last few words only."""
    start = clause_start(text, pos, floor)
    left = _after_report(_SPACES.sub(" ", _strip_qualifiers(text[start:pos])).strip())
    preposition = _PREPOSITION_BEFORE.search(left)
    if not preposition:
        return ""
    aspect = list(_ASPECT.finditer(left))
    if aspect:
        left = left[aspect[-1].end() :]
    left = _LEADING.sub("", left).strip(" ,")
    actions = list(_ACTION.finditer(left))
    if actions:
        left = left[actions[0].start() :]  # "Nhà máy … sẽ │tạo việc làm cho │300 lao động"
    elif short and preposition.group("prep").lower() == "với":
        return ""  # "… với │650 đại biểu tham dự": "with" frames a count, it does not name it
    words = left.split()
    # without an action verb, the few words before the preposition ("giải phóng mặt bằng cho"), not the subject
    keep = 10 if actions or not short else 5
    return " ".join(words[-keep:]) if len(words) > 1 else ""


def header_before(text: str, pos: int, floor: int) -> str:
    """The heading a list hangs from: "Chỉ tiêu về trồng rừng mới: │kế hoạch 500 ha, thực hiện 520 ha"."""
    start = clause_start(text, pos, floor)
    if text[start:pos].strip() or start <= floor or text[start - 1] != ":":
        return ""
    heading = _clean_subject(text[clause_start(text, start - 1, floor) : start - 1])
    return _HEADING_WORDS.sub("", heading)


def previous_clause_subject(text: str, comma: int, floor: int) -> str:
    """The subject of the clause before a comma, for a statement that has none: "giải ngân … đạt cao …, đạt 96,9%"."""
    start = clause_start(text, comma, floor)
    clause = text[start:comma]
    verb = _FIRST_VERB.search(clause)
    if verb is None or verb.start() == 0:
        return ""
    return _clean_subject(clause[: verb.start()])


@lru_cache(maxsize=256)
def _clean_subject(phrase: str) -> str:
    """The phrase without the verbs, times and connectors around its subject (cached: often asked twice)."""
    phrase = _SPACES.sub(" ", phrase).strip()
    previous = None
    while phrase != previous:
        previous = phrase
        phrase = _TRAILING.sub("", phrase).strip(" ,([")
        phrase = _TRAILING_TIME.sub("", phrase).strip(" ,([")
    aspect = list(_ASPECT.finditer(phrase))
    if aspect and aspect[-1].end() < len(phrase):
        phrase = phrase[aspect[-1].end() :]
    connectors = list(_CONNECTOR.finditer(phrase))
    if connectors and connectors[-1].end() < len(phrase):
        phrase = phrase[connectors[-1].end() :]
    heads = [m for m in _HEAD.finditer(phrase) if m.start() > 0]
    if heads:
        phrase = phrase[heads[-1].start() :].strip()
    phrase = _LEADING.sub("", phrase).strip(" ,([")
    if _ONLY_ADVERBIALS.fullmatch(phrase):
        return ""
    words = phrase.split()
    return " ".join(words[-MAX_BEFORE_WORDS:])


def _after_report(left: str) -> str:
    """'Ban tổ chức cho biết │lễ hội đón …': what is reported, without who reports it."""
    reported = list(_REPORTED.finditer(left))
    return left[reported[-1].end() :] if reported else left


def _is_list_item(segment: str) -> bool:
    """A short piece of a noun list: no number, no verb, six words at most."""
    words = segment.split()
    return (
        0 < len(words) <= 6
        and words[0].lower() not in _OPENS_ADVERBIAL  # "Trước kỳ họp, │các tổ …" is not a list
        and not _REPORTING.search(segment)  # "Ngành điện cho biết, │sản lượng …" is not a list either
        and not any(w[0].isdigit() for w in words)
        and not _FIRST_VERB.search(segment)
        and not _ACTION.search(segment)
    )


def _strip_qualifiers(left: str) -> str:
    previous = None
    left = _SPACES.sub(" ", left)
    while left != previous:
        previous = left
        left = _QUALIFIER_AT_END.sub("", left)
    return left
