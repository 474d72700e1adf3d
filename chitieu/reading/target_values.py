"""One target statement read into its figure, unit, value form, type, direction and deadline, each with a confidence.

The values of `form`, `kind` and `direction` are those of `chitieu.plans.models.Target` (and of the evaluation
engine's `ValueForm`, `TargetKind`, `Direction`).
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.reading.falling import falls
from chitieu.reading.numbers import Numeral, find_numerals
from chitieu.reading.units import COUNT, DURATION, PERCENT, RATING, Unit, read_unit

_I = re.IGNORECASE

# Bounds written before the figure: (form, strict). "từ X trở lên" is an inclusive lower bound.
_BOUND_BEFORE = (
    (re.compile(r"(?:≥|>=|=>)\s*$"), "min_bound", False),
    (re.compile(r"(?:≤|<=|=<)\s*$"), "max_bound", False),
    (re.compile(r">\s*$"), "min_bound", True),
    (re.compile(r"<\s*$"), "max_bound", True),
    (
        re.compile(r"(?:không\s+vượt\s+quá|không\s+quá|tối\s+đa|không\s+cao\s+hơn)\s*$", _I),
        "max_bound",
        False,
    ),
    (re.compile(r"(?:dưới|thấp\s+hơn|chưa\s+đến)\s*$", _I), "max_bound", True),
    (re.compile(r"(?:tối\s+thiểu|ít\s+nhất|không\s+dưới|không\s+thấp\s+hơn)\s*$", _I), "min_bound", False),
    (re.compile(r"(?:trên|hơn|vượt)\s*$", _I), "min_bound", True),
    (re.compile(r"(?:khoảng|xấp\s+xỉ|gần|trên\s+dưới)\s*$", _I), "approximate", False),
)
_FROM_BEFORE = re.compile(r"(?<!\w)từ\s*$", _I)
_OR_MORE_AFTER = re.compile(r"^\s*(?:trở\s+lên|trở\s+lại|trở\s+xuống)", _I)
_DOWNWARD_AFTER = re.compile(r"^\s*trở\s+xuống", _I)

_GROWTH = re.compile(
    r"tốc\s+độ\s+(?:gia\s+)?tăng|tăng\s+trưởng|tăng\s+bình\s+quân|bình\s+quân\s+(?:hằng|hàng|mỗi)\s+năm\s+tăng"
    r"|(?:tỷ|tỉ)\s+lệ\s+(?:gia\s+)?tăng|mức\s+tăng|tăng\s+(?:hằng|hàng|mỗi)\s+năm",
    _I,
)
# "đóng góp của TFP vào tăng trưởng đạt 45%": a share of the growth, not a growth rate.
_SHARE_OF_GROWTH = re.compile(r"(?:vào|trong|cho|của)\s+(?:tốc\s+độ\s+)?tăng\s+trưởng", _I)
# "tỷ lệ tăng", "mức tăng": the rise of one year unless an average is said; "tốc độ tăng" is a growth rate.
_WEAK_GROWTH = re.compile(
    r"^(?:(?:tỷ|tỉ)\s+lệ\s+(?:gia\s+)?tăng|mức\s+tăng|tăng\s+(?:hằng|hàng|mỗi)\s+năm)", _I
)
# A growth rate stated as an average over the years, or against the year before, rather than for each year.
_AVERAGE_GROWTH = re.compile(
    r"bình\s+quân|trung\s+bình|so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+trước|tốc\s+độ|tăng\s+trưởng", _I
)
_DECLINE_AVERAGE = re.compile(
    r"giảm\s+(?:bình\s+quân|trung\s+bình)|(?:bình\s+quân|trung\s+bình)\s*(?:/\s*năm\s+|(?:hằng|hàng|mỗi)\s+năm\s+)"
    r"giảm|giảm\s+(?:hằng|hàng|mỗi)\s+năm|(?:hằng|hàng|mỗi)\s+năm\s+giảm|giảm\s+[\d.,\s–-]+(?:%|điểm\s*%)\s*/\s*năm"
    r"|^\W*(?:phấn\s+đấu\s+)?giảm\b(?=.*(?:bình\s+quân|trung\s+bình|(?:hằng|hàng|mỗi)\s+năm|/\s*năm))",
    _I,
)
_EVERY_YEAR = re.compile(r"(?<!\w)(?:hằng|hàng|mỗi)\s+năm|năm\s+nào\s+cũng|bình\s+quân\s+(?:một|1)\s+năm", _I)
_CUMULATIVE = re.compile(
    r"(?:giai\s+đoạn|thời\s+k[ỳì]|nhiệm\s+k[ỳì])\s+\d{4}\s*[-–]\s*\d{4}|cả\s+giai\s+đoạn|cả\s+thời\s+k[ỳì]"
    r"|thành\s+lập\s+mới|mới\s+(?:được\s+)?thành\s+lập|(?:tổng|cả)\b.{0,60}?\b5\s+năm|(?:trong\s+)?5\s+năm|cả\s+nhiệm\s+k[ỳì]"
    r"|trong\s+nhiệm\s+k[ỳì]|lũy\s+kế|luỹ\s+kế|tăng\s+thêm|có\s+thêm|xây\s+dựng\s+mới|xây\s+mới|trồng\s+mới"
    r"|kết\s+nạp|giải\s+quyết\s+việc\s+làm|tạo\s+(?:thêm\s+)?việc\s+làm|đào\s+tạo\s+nghề|xuất\s+khẩu\s+lao\s+động"
    r"|thu\s+hút\s+(?:(?:mới|thêm)\s+)?(?:\d+\s+)?(?:vốn|đầu\s+tư|dự\s+án|doanh\s+nghiệp)"
    r"|đi\s+làm\s+việc|cứng\s+hóa|bê\s+tông\s+hóa|nhựa\s+hóa|làm\s+mới|nâng\s+cấp|hỗ\s+trợ\s+xây",
    _I,
)
# Money raised or invested over the term is summed, unless one year is named ("năm 2025", not "đến năm 2025").
_TERM_FLOW = re.compile(r"vốn\s+đầu\s+tư|huy\s+động\s+vốn|tổng\s+vốn|thu\s+hút\s+(?:vốn|đầu\s+tư)", _I)
_ONE_YEAR = re.compile(r"(?<!đến )(?<!tới )năm\s+(?:19|20)\d{2}(?!\s*[-–])", _I)
_RATIO = re.compile(r"(?<!\w)tỷ\s+lệ|(?<!\w)tỉ\s+lệ", _I)
# "đến năm 2030 tăng 31,6% so với năm 2025": one rise over the whole term against a base year (2025 congress
# reports), neither a yearly rate nor a level; "so với năm trước" and "bình quân" are yearly rates.
_AGAINST_BASE_YEAR = re.compile(r"so\s+với\s+(?:cuối\s+)?năm\s+((?:19|20)\d{2})(?!\d)", _I)
_RISE = re.compile(r"(?<!\w)tăng(?!\s+trưởng)(?!\w)", _I)
_YEARLY = re.compile(r"bình\s+quân|trung\s+bình|(?:hằng|hàng|mỗi)\s+năm|/\s*năm", _I)
_SHARE_OF = re.compile(r"^\s*(?:số|các)?\s*(?P<noun>[^\W\d_]+)", _I)
_STANDARD = re.compile(
    r"đạt\s+chuẩn|không\s+có|không\s+để|không\s+còn|xóa\s+(?:bỏ|hết|xong)|được\s+công\s+nhận|hoàn\s+thành|đạt\s+danh\s+hiệu|đạt\s+tiêu\s+chí",
    _I,
)
_ORDINAL = re.compile(r"hoàn\s+thành\s+(?:tốt|xuất\s+sắc)\s+nhiệm\s+vụ(?:\s+trở\s+lên)?", _I)

# Verbs that bring something down; what is to fall by its nature is listed in `falling`.
_LOWER_WORDS = re.compile(r"(?<!\w)(?:giảm|kiềm\s+chế|hạ|kéo\s+giảm|không\s+để)(?!\w)(?!\s+nghèo\s+bền)", _I)
# Years that are not deadlines: a base price ("giá so sánh năm 2010"), a base year ("so với năm 2025"), the period of
# a standard ("chuẩn nghèo giai đoạn 2021-2025"), the date of a document.
_NOT_DEADLINE = re.compile(
    r"(?:theo\s+)?giá\s+(?:so\s+sánh|cố\s+định|hiện\s+hành|thực\s+tế)(?:\s+năm\s+\d{4})?"
    r"|so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:năm\s+)?(?:19|20)\d{2}"
    r"|(?:gấp|bằng)\s+[\d.,]+\s+lần\s+(?:so\s+với\s+)?(?:năm\s+)?(?:19|20)\d{2}"
    r"|(?:chuẩn|tiêu\s+chí)[^,;.:]{0,40}?giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    r"|(?:chỉ\s+thị|nghị\s+quyết|quyết\s+định|kết\s+luận|chương\s+trình|đề\s+án)\s+(?:số\s+)?\d[\w/\-.]*"
    r"[^,;:]{0,40}?năm\s+\d{4}",
    _I,
)
_DEADLINE = (
    (re.compile(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{2})", _I), 0.9, 0),
    (re.compile(r"(?:vào|trong)\s+năm\s+(?P<y>(?:19|20)\d{2})", _I), 0.9, 0),
    (re.compile(r"trước\s+năm\s+(?P<y>(?:19|20)\d{2})", _I), 0.6, -1),
    (re.compile(r"năm\s+(?P<y>(?:19|20)\d{2})", _I), 0.7, 0),
    (
        re.compile(
            r"(?:giai\s+đoạn|thời\s+k[ỳì]|nhiệm\s+k[ỳì])\s+(?:19|20)\d{2}\s*[-–]\s*(?P<y>(?:19|20)\d{2})", _I
        ),
        0.8,
        0,
    ),
)
_PERIOD_PHRASE = re.compile(
    r"\s*(?:trong\s+)?(?:cả\s+)?(?:giai\s+đoạn|thời\s+k[ỳì]|nhiệm\s+k[ỳì])\s+\d{4}\s*[-–]\s*\d{4}\s*", _I
)
_BRACKETS = re.compile(r"\([^()]*\)")

# What is left of the words before a figure once its verb and bound are taken off: the name of the target.
_TRAILING = re.compile(
    r"(?:[\s,:≥≤<>=]+|(?<!\w)(?:phấn\s+đấu|bình\s+quân|hằng\s+năm|hàng\s+năm|mỗi\s+năm|đạt\s+được|đạt\s+mức|đạt|tăng"
    r"|giảm|xuống\s+còn|còn|xuống|là|ở\s+mức|trên|dưới|từ|khoảng|không\s+vượt\s+quá|không\s+quá|tối\s+thiểu"
    r"|ít\s+nhất|tối\s+đa|hơn|gần|có|chiếm|bằng|duy\s+trì|ổn\s+định|đảm\s+bảo|phải|(?<!thôn\s)mới)(?!\w))+$",
    _I,
)
_LEADING = re.compile(
    r"^(?:[\s,:\-–+•]+|(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}|(?:đến|tới)\s+\d{4}|(?:vào|trong)\s+năm\s+\d{4}"
    r"|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}|(?:hằng|hàng|mỗi)\s+năm|phấn\s+đấu|cuối\s+nhiệm\s+k[ỳì]|có(?=\s)|giảm(?=\s+(?:tỷ|tỉ)\s+lệ))+",
    _I,
)
_DEADLINE_PHRASE = re.compile(
    r"\s*(?:,\s*)?(?:(?:đến|tới|vào|trong|trước)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}|(?:đến|tới)\s+\d{4})\s*", _I
)


@dataclass
class Reading:
    """What one statement says; `confidence` holds a 0–1 figure per field."""

    name: str
    value: Decimal | None = None
    value_high: Decimal | None = None
    total: Decimal | None = None
    unit: str = ""
    form: str = "exact"
    strict: bool = False
    kind: str = "level"
    direction: str = "higher"
    deadline_year: int | None = None
    baseline_year: int | None = (
        None  # "so với năm 2025": the year a rise over the whole term is measured from
    )
    equivalents: list[str] = field(default_factory=list)  # "(8 xã)": the same figure as a count
    confidence: dict[str, float] = field(default_factory=dict)


def deadline_of(text: str) -> int | None:
    """The deadline a statement names ("đến năm 2025", "giai đoạn 2021-2025"), brackets left out."""
    return _deadline(_BRACKETS.sub(" ", text))[0]


def read_statement(text: str) -> Reading:
    """Read a target statement such as "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm" or "Huyện đạt chuẩn NTM năm 2025"."""
    plain = readable(_BRACKETS.sub(" ", text))
    numeral, unit = _main_figure(plain)
    reading = Reading(name="")
    deadline, deadline_confidence = _deadline(plain)
    reading.deadline_year = deadline
    reading.confidence["deadline_year"] = deadline_confidence
    reading.equivalents = [inner.strip() for inner in re.findall(r"\(([^()]*)\)", text) if _figures(inner)]
    if numeral is None:
        return _without_figure(plain, reading)
    before = plain[: numeral.start]
    after = plain[unit.end if unit else numeral.end :]
    reading.value = numeral.value + (unit.extra if unit else 0)
    reading.value_high = numeral.upper
    reading.unit = _unit_text(unit)
    reading.confidence["value"] = 0.95 if len(_figures(plain)) == 1 else 0.75
    reading.confidence["unit"] = 0.9 if unit else 0.3
    _read_form(reading, numeral, unit, before, after)
    _read_kind(reading, plain, before, unit)
    _read_direction(reading, plain, before)
    reading.name = _name(before, unit, after, reading.kind)
    reading.confidence["name"] = 0.8 if len(reading.name) >= 6 else 0.4
    return reading


_FIGURE_AFTER_WORD = re.compile(r"(?<=[^\W\d_])\s*:?\s+(?=(?P<n>\d[\d.,]*\d|\d))")


_CALENDAR_WORD = re.compile(r"(?<!\w)(?:năm|tháng|quý|ngày|kỳ|kì|lần|thứ|số|loại|hạng)\s*$", _I)


def readable(text: str) -> str:
    """ "dịch vụ 39%", "thôn: 45 triệu đồng": in a report a number after such a word names something ("thôn 5"); in
    a target list a number with a unit after it is the figure. A "là" keeps the number reader from taking it for
    a name."""
    spans = [(numeral.start, numeral.end) for numeral in find_numerals(text)]

    def unname(match: re.Match[str]) -> str:
        at = match.end()
        if any(s <= at < e for s, e in spans):
            return match.group()
        if re.fullmatch(r"(?:19|20)\d{2}", match.group("n")) or _CALENDAR_WORD.search(text, 0, match.start()):
            return match.group()
        unit = read_unit(text, match.end("n"))
        return " là " if unit is not None and unit.kind not in (DURATION, RATING) else match.group()

    return _FIGURE_AFTER_WORD.sub(unname, text)


def inherit(child: Reading, parent: dict | Reading) -> None:
    """A sub-target says "hằng năm" or "đến năm 2025" once, on its parent; the parts of a growth rate
    ("trong đó: nông nghiệp tăng 6%") are growth rates too; a part keeps its parent's direction unless its own
    wording is surer ("bảo hiểm y tế 95%, trong đó hộ cận nghèo 100%" is coverage, not poverty)."""
    fields = parent if isinstance(parent, dict) else vars(parent)
    kind: str = fields.get("kind") or ""
    direction: str = fields.get("direction") or ""
    if child.deadline_year is None and fields.get("deadline_year"):
        child.deadline_year = fields["deadline_year"]
        child.confidence["deadline_year"] = 0.6
    sure = child.confidence.get("kind", 0) >= 0.8
    if child.kind in ("level", "ratio") and kind in ("annual", "cumulative") and not sure:
        child.kind = kind
        child.confidence["kind"] = 0.6
    parent_sure = (fields.get("confidence") or {}).get("direction", 0) >= 0.7
    if direction and parent_sure and child.confidence.get("direction", 0) <= 0.75:
        child.direction = direction
    percent = child.unit.startswith("%")
    if percent and kind in ("growth_rate", "point_change") and child.kind in ("level", "ratio", "annual"):
        child.kind = kind
        child.confidence["kind"] = 0.7
        if child.direction == "higher" and direction == "lower" and child.form != "min_bound":
            child.direction = "lower"


def _figures(text: str) -> list[Numeral]:
    return find_numerals(text)


# The words that bring in the figure: a number followed by one of them before the next number names something.
_VALUE_VERB = re.compile(
    r"(?<!\w)(?:đạt(?!\s+(?:chuẩn|danh\s+hiệu|tiêu\s+chí|tiêu\s+chuẩn))|là|còn|chiếm|ở\s+mức|bằng|tăng|giảm)(?!\w)|:",
    _I,
)
# "trên 1 ha", "/1 ha", "mỗi 1 ha": the unit a value is counted per, not the value.
_PER_ONE = re.compile(r"(?:trên|mỗi|/)\s*$", _I)
_RATE_NAME = re.compile(r"^\W*(?:tỷ|tỉ)\s+(?:lệ|trọng|suất)|^\W*tốc\s+độ|^\W*cơ\s+cấu", _I)


def _main_figure(text: str) -> tuple[Numeral | None, Unit | None]:
    """The figure the target sets: not a span of time ("5 năm"), a rating, or a number inside the target's name
    ("trên 1 ha", "lúa 2 vụ đạt …"); for a rate, its percentage; else the first figure with a unit."""
    candidates: list[tuple[Numeral, Unit | None]] = []
    ages: list[tuple[Numeral, Unit | None]] = []
    for numeral in _figures(text):
        unit = read_unit(text, numeral.end)
        if unit is not None and unit.kind in (DURATION, RATING):
            if unit.kind == DURATION and _SET_BEFORE.search(text, 0, numeral.start):
                ages.append(
                    (numeral, unit)
                )  # "tuổi thọ trung bình đạt 75 tuổi": the span of time is the figure
            continue
        if numeral.value == 1 and unit is not None and _PER_ONE.search(text[: numeral.start]):
            continue
        candidates.append((numeral, unit))
    if not candidates:
        return ages[-1] if ages else (None, None)
    named = []
    for c, following in zip(candidates, candidates[1:], strict=False):
        gap = text[(c[1].end if c[1] else c[0].end) : following[0].start]
        if following[1] is None or re.search(r"[,;]", gap):
            continue
        counted = c[1] is not None and c[1].kind == COUNT and following[1].kind != COUNT
        if _VALUE_VERB.search(gap) or counted:  # "lúa 2 vụ … 800 ha": the first number is in the name
            named.append(c)
    pool = [c for c in candidates if c not in named] or candidates
    if _RATE_NAME.search(text):
        pool = [c for c in pool if c[1] is not None and c[1].kind == PERCENT] or pool
    return next((c for c in pool if c[1] is not None), pool[0])


_SET_BEFORE = re.compile(
    r"(?:(?<!\w)(?:đạt|là|còn|ở\s+mức|khoảng|trên|dưới|từ|tối\s+thiểu|tối\s+đa|không\s+quá)|:|[≥≤<>])\s*$", _I
)
_KEPT_PER = ("năm", "người", "ha", "vạn dân", "nghìn dân", "dân", "tháng", "hộ", "km2", "km²", "lao động")


def _unit_text(unit: Unit | None) -> str:
    """The unit as written, without a slash that only joins two words of the name ("98%/tổng số hộ")."""
    if unit is None:
        return ""
    head, *pers = unit.text.split("/")
    kept = [p for p in pers if p.strip().lower() in _KEPT_PER or re.fullmatch(r"[\d.]+\s+dân", p.strip())]
    return "/".join([head, *kept])


_NO_FIGURE_STATEMENT = re.compile(
    r"(?<!\w)(?:không\s+(?:còn|có|để)|duy\s+trì|giữ\s+vững|xây\s+dựng|hoàn\s+thành|đạt|được|phấn\s+đấu"
    r"|thực\s+hiện|trở\s+thành|phổ\s+cập|xóa|xoá)(?!\w)",
    _I,
)


def _without_figure(text: str, reading: Reading) -> Reading:
    """A statement without a figure: a standard to reach ("đạt chuẩn nông thôn mới", "không còn hộ nghèo") or a
    rating to keep ("hoàn thành tốt nhiệm vụ trở lên"); yes or no unless it is only a heading."""
    name = _DEADLINE_PHRASE.sub(" ", text).strip(" .;:,")
    reading.name = _capital(_LEADING.sub("", name))
    reading.confidence["name"] = 0.8
    reading.confidence["value"] = 1.0
    reading.confidence["unit"] = 1.0
    if _ORDINAL.search(text):
        reading.form, reading.kind = "ordinal", "ordinal"
        reading.confidence.update(form=0.8, kind=0.8)
    elif _STANDARD.search(text):
        reading.form, reading.kind = "yes_no", "yes_no"
        reading.confidence.update(form=0.85, kind=0.85)
    elif _NO_FIGURE_STATEMENT.search(reading.name):
        reading.form, reading.kind = "yes_no", "yes_no"
        reading.confidence.update(form=0.6, kind=0.6)
    else:  # a heading that holds parts is told apart by the list reader
        reading.form, reading.kind = "yes_no", "yes_no"
        reading.confidence.update(form=0.3, kind=0.3)
    reading.confidence.update(strict=0.9, direction=0.8)
    return reading


def _read_form(reading: Reading, numeral: Numeral, unit: Unit | None, before: str, after: str) -> None:
    reading.confidence["form"] = 0.9
    reading.confidence["strict"] = 0.9
    if numeral.upper is not None:
        reading.form = "range"
        if _FROM_BEFORE.search(before):
            before = _FROM_BEFORE.sub("", before)
        return
    if numeral.over is not None:
        if unit is not None and unit.kind == COUNT:
            reading.form, reading.total = "count_fraction", numeral.over
            return
        reading.confidence["value"] = 0.5  # "22/23 triệu đồng": a result over its plan, not a target
    if _OR_MORE_AFTER.match(after):
        reading.form = "max_bound" if _DOWNWARD_AFTER.match(after) else "min_bound"
        reading.strict = False
        return
    for pattern, form, strict in _BOUND_BEFORE:
        if pattern.search(before):
            reading.form, reading.strict = form, strict
            return
    if _FROM_BEFORE.search(before):
        reading.form, reading.strict = "min_bound", False
        reading.confidence["form"] = 0.6
        return
    reading.confidence["form"] = 0.8


def _read_kind(reading: Reading, text: str, before: str, unit: Unit | None) -> None:
    per_year = unit is not None and unit.text.endswith("/năm")
    is_percent = unit is not None and unit.kind == PERCENT
    base = _AGAINST_BASE_YEAR.search(text)
    if is_percent and base and _RISE.search(text) and not per_year and not _YEARLY.search(text):
        reading.kind, reading.baseline_year = "total_change", int(base.group(1))
        reading.confidence["kind"] = 0.75
        return
    if is_percent and _DECLINE_AVERAGE.search(text) and (_RATIO.search(text) or not _GROWTH.search(before)):
        kind, confidence = ("point_change", 0.85) if _RATIO.search(text) else ("growth_rate", 0.6)
    elif is_percent and (_GROWTH.search(_SHARE_OF_GROWTH.sub(" ", text)) or per_year):
        if per_year or _AVERAGE_GROWTH.search(text):
            kind, confidence = "growth_rate", 0.9
        elif _EVERY_YEAR.search(text):
            kind, confidence = "annual", 0.7
        elif all(_WEAK_GROWTH.match(m.group()) for m in _GROWTH.finditer(text)):
            kind, confidence = "level", 0.5
        else:
            kind, confidence = "growth_rate", 0.6
    elif _EVERY_YEAR.search(text):
        kind, confidence = "annual", 0.85
    elif reading.form == "count_fraction":
        kind, confidence = "ratio", 0.85
    elif is_percent and (_RATIO.search(text) or _SHARE_OF.match(text[len(before) :].split("%", 1)[-1])):
        kind, confidence = "ratio", 0.8 if _RATIO.search(text) else 0.6
    elif not is_percent and _CUMULATIVE.search(text):
        kind, confidence = "cumulative", 0.75
    elif not is_percent and _TERM_FLOW.search(before) and not _ONE_YEAR.search(text):
        kind, confidence = "cumulative", 0.6
    else:
        kind, confidence = "level", 0.8 if reading.deadline_year else 0.6
    reading.kind = kind
    reading.confidence["kind"] = confidence


_REDUCTION_BY = re.compile(
    r"(?<!\w)(?:giảm|kéo\s+giảm)\s*(?:bình\s+quân\s*|trung\s+bình\s*)?(?:(?:hằng|hàng|mỗi)\s+năm\s*)?"
    r"(?:từ\s+|ít\s+nhất\s+|tối\s+thiểu\s+)?$",
    _I,
)


def _read_direction(reading: Reading, text: str, before: str) -> None:
    """Lower is better for a ceiling ("dưới", "không quá") and for what the text wants less of ("tỷ lệ hộ nghèo
    còn 2%", "tốc độ tăng dân số 1%": see `falling`); a reduction written as the target ("giảm bình quân
    1,5%/năm") is better the larger it is."""
    if reading.kind in ("growth_rate", "point_change") and _DECLINE_AVERAGE.search(text):
        reading.direction, confidence = "higher", 0.8
    elif reading.form == "max_bound":
        reading.direction, confidence = "lower", 0.9
    elif reading.form == "min_bound":
        reading.direction, confidence = "higher", 0.9
    elif re.search(r"giảm\s*(?:[\w\s]{0,30}?)\s*(?:xuống\s+)?còn\s*$|còn\s*$", before, _I) and (
        _LOWER_WORDS.search(before) or falls(before)
    ):
        reading.direction, confidence = "lower", 0.85
    elif _REDUCTION_BY.search(before):
        reading.direction, confidence = (
            "higher",
            0.75,
        )  # "tai nạn giao thông giảm 5%": the reduction is the target
    elif falls(before):
        reading.direction, confidence = "lower", 0.75
    elif _LOWER_WORDS.search(before):
        reading.direction, confidence = "lower", 0.7
    else:
        reading.direction, confidence = "higher", 0.7
    reading.confidence["direction"] = confidence


def _deadline(text: str) -> tuple[int | None, float]:
    text = _NOT_DEADLINE.sub(" ", text)
    for pattern, confidence, shift in _DEADLINE:
        found = list(pattern.finditer(text))
        if found:
            return int(found[-1].group("y")) + shift, confidence
    return None, 0.5


# Where the noun phrase after a figure ends: a stop, or a comma before the next verb ("100% xã, phường, thị trấn
# đạt …" keeps its list of places).
_CLAUSE_END = re.compile(
    r"[;.]|,\s*(?=(?:tăng|giảm|đạt|trong\s+đó|bằng|gấp|so\s+với|chiếm|phấn\s+đấu|còn|có|là)(?!\w))", _I
)
_BARE_VERB = re.compile(r"(?:hoàn\s+thành|thực\s+hiện|giải\s+quyết|đảm\s+bảo|bảo\s+đảm|thu|tuyển)", _I)


def _name(before: str, unit: Unit | None, after: str, kind: str) -> str:
    """The subject written before the figure; when there is none ("có 50% số xã …"), the noun phrase after it."""
    subject = _tidy(before)
    if _BARE_VERB.fullmatch(subject) and unit is not None and unit.kind == PERCENT:
        tail = _CLAUSE_END.split(after, maxsplit=1)[0]
        subject = (
            f"{subject} {_DEADLINE_PHRASE.sub(' ', tail).strip()}"  # "hoàn thành 100% chỉ tiêu tuyển quân"
        )
    if len(subject) >= 4 and not (kind == "ratio" and subject.lower() in ("có", "đạt")):
        noun = unit.text.split("/")[0] if unit is not None else ""
        if unit is not None and unit.kind == COUNT and noun.lower() not in subject.lower():
            subject = f"{subject} {unit.text}"  # "kết nạp" + "đảng viên"
        return _capital(subject)
    tail = _CLAUSE_END.split(after, maxsplit=1)[0]
    tail = re.sub(r"^\s*(?:trở\s+lên|trở\s+xuống)\s*", "", tail, flags=_I)
    tail = _DEADLINE_PHRASE.sub(" ", tail).strip()
    if unit is not None and unit.kind == PERCENT:
        tail = re.sub(r"^(?:số|các)\s+", "", tail.strip(), flags=_I)
        if re.match(r"(?:tỷ|tỉ)\s+(?:lệ|trọng)", tail, _I):
            return _capital(tail)
        return _capital(f"tỷ lệ {tail}".strip())
    if unit is not None and unit.kind == COUNT:
        return _capital(f"số {unit.text} {tail}".strip())
    return _capital(f"{subject} {tail}".strip())


def _tidy(before: str) -> str:
    subject = _PERIOD_PHRASE.sub(" ", _DEADLINE_PHRASE.sub(" ", before))
    previous = None
    while previous != subject:
        previous = subject
        subject = _TRAILING.sub("", subject)
        subject = _LEADING.sub("", subject)
    return re.sub(r"\s+", " ", subject).strip(" ,;:")


def _capital(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    return text[:1].upper() + text[1:]
