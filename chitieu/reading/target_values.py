"""One target statement read into its figure, unit, value form, type, direction and deadline, each with a confidence.

The values of `form`, `kind` and `direction` are those of `chitieu.plans.models.Target` (and of the evaluation
engine's `ValueForm`, `TargetKind`, `Direction`).
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.reading.numbers import Numeral, find_numerals
from chitieu.reading.units import COUNT, DURATION, PERCENT, RATING, Unit, read_unit

_I = re.IGNORECASE

# Bounds written before the figure: (form, strict). "từ X trở lên" is an inclusive lower bound.
_BOUND_BEFORE = (
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
    r"tốc\s+độ\s+tăng|tăng\s+trưởng|tăng\s+bình\s+quân|bình\s+quân\s+(?:hằng|hàng|mỗi)\s+năm\s+tăng", _I
)
_DECLINE_AVERAGE = re.compile(
    r"giảm\s+bình\s+quân|bình\s+quân\s+(?:hằng|hàng|mỗi)\s+năm\s+giảm|giảm\s+(?:hằng|hàng|mỗi)\s+năm", _I
)
_AVERAGE = re.compile(r"bình\s+quân", _I)
_EVERY_YEAR = re.compile(r"(?<!\w)(?:hằng|hàng|mỗi)\s+năm|năm\s+nào\s+cũng|bình\s+quân\s+(?:một|1)\s+năm", _I)
_CUMULATIVE = re.compile(
    r"giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}|(?:tổng|cả)\b.{0,60}?\b5\s+năm|(?:trong\s+)?5\s+năm|cả\s+nhiệm\s+k[ỳì]"
    r"|trong\s+nhiệm\s+k[ỳì]|lũy\s+kế|luỹ\s+kế|tăng\s+thêm|xây\s+dựng\s+mới|trồng\s+mới|kết\s+nạp",
    _I,
)
_RATIO = re.compile(r"(?<!\w)tỷ\s+lệ|(?<!\w)tỉ\s+lệ", _I)
_SHARE_OF = re.compile(r"^\s*(?:số|các)?\s*(?P<noun>[^\W\d_]+)", _I)
_STANDARD = re.compile(
    r"đạt\s+chuẩn|không\s+có|không\s+để|được\s+công\s+nhận|hoàn\s+thành|đạt\s+danh\s+hiệu|đạt\s+tiêu\s+chí",
    _I,
)
_ORDINAL = re.compile(r"hoàn\s+thành\s+(?:tốt|xuất\s+sắc)\s+nhiệm\s+vụ(?:\s+trở\s+lên)?", _I)

_LOWER_WORDS = re.compile(
    r"(?<!\w)(?:giảm|kiềm\s+chế|hạ|kéo\s+giảm|không\s+để)(?!\s+nghèo\s+bền)"
    r"|hộ\s+nghèo|hộ\s+cận\s+nghèo|suy\s+dinh\s+dưỡng|tai\s+nạn|tội\s+phạm|thất\s+nghiệp|tử\s+vong"
    r"|sinh\s+con\s+thứ\s+(?:3|ba)|mất\s+cân\s+bằng|ô\s+nhiễm|tái\s+nghèo|bỏ\s+học|nợ\s+đọng",
    _I,
)
_DEADLINE = (
    (re.compile(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{2})", _I), 0.9, 0),
    (re.compile(r"(?:vào|trong)\s+năm\s+(?P<y>(?:19|20)\d{2})", _I), 0.9, 0),
    (re.compile(r"trước\s+năm\s+(?P<y>(?:19|20)\d{2})", _I), 0.6, -1),
    (re.compile(r"năm\s+(?P<y>(?:19|20)\d{2})", _I), 0.7, 0),
    (re.compile(r"giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?P<y>(?:19|20)\d{2})", _I), 0.6, 0),
)
_PERIOD_PHRASE = re.compile(r"\s*(?:trong\s+)?giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}\s*", _I)
_BRACKETS = re.compile(r"\([^()]*\)")

# What is left of the words before a figure once its verb and bound are taken off: the name of the target.
_TRAILING = re.compile(
    r"(?:[\s,:]+|(?<!\w)(?:phấn\s+đấu|bình\s+quân|hằng\s+năm|hàng\s+năm|mỗi\s+năm|đạt\s+được|đạt\s+mức|đạt|tăng"
    r"|giảm|xuống\s+còn|còn|xuống|là|ở\s+mức|trên|dưới|từ|khoảng|không\s+vượt\s+quá|không\s+quá|tối\s+thiểu"
    r"|ít\s+nhất|tối\s+đa|hơn|gần|có|chiếm|bằng|duy\s+trì|ổn\s+định|đảm\s+bảo|phải|mới)(?!\w))+$",
    _I,
)
_LEADING = re.compile(
    r"^(?:[\s,:\-–+•]+|(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}|(?:đến|tới)\s+\d{4}|(?:vào|trong)\s+năm\s+\d{4}"
    r"|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}|(?:hằng|hàng|mỗi)\s+năm|phấn\s+đấu|cuối\s+nhiệm\s+k[ỳì]|có(?=\s))+",
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
    equivalents: list[str] = field(default_factory=list)  # "(8 xã)": the same figure as a count
    confidence: dict[str, float] = field(default_factory=dict)


def read_statement(text: str) -> Reading:
    """Read a target statement such as "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm" or "Huyện đạt chuẩn NTM năm 2025"."""
    plain = _BRACKETS.sub(" ", text)
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
    reading.unit = unit.text if unit else ""
    reading.confidence["value"] = 0.95 if len(_figures(plain)) == 1 else 0.75
    reading.confidence["unit"] = 0.9 if unit else 0.3
    _read_form(reading, numeral, unit, before, after)
    _read_kind(reading, plain, before, unit)
    _read_direction(reading, plain, before)
    reading.name = _name(before, unit, after, reading.kind)
    reading.confidence["name"] = 0.8 if len(reading.name) >= 6 else 0.4
    return reading


def _figures(text: str) -> list[Numeral]:
    return find_numerals(text)


def _main_figure(text: str) -> tuple[Numeral | None, Unit | None]:
    """The first figure that has a unit and is not a span of time ("5 năm") or a rating; else the first figure."""
    first: tuple[Numeral | None, Unit | None] = (None, None)
    for numeral in _figures(text):
        unit = read_unit(text, numeral.end)
        if unit is not None and unit.kind in (DURATION, RATING):
            continue
        if unit is not None:
            return numeral, unit
        if first[0] is None:
            first = (numeral, None)
    return first


def _without_figure(text: str, reading: Reading) -> Reading:
    """A statement without a figure: a standard to reach ("đạt chuẩn nông thôn mới") or a rating to keep."""
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
    else:
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
    if is_percent and _DECLINE_AVERAGE.search(text) and (_RATIO.search(text) or not _GROWTH.search(before)):
        kind, confidence = ("point_change", 0.85) if _RATIO.search(text) else ("growth_rate", 0.6)
    elif is_percent and (_GROWTH.search(text) or (per_year and _AVERAGE.search(text))):
        kind, confidence = "growth_rate", 0.9
    elif is_percent and per_year:
        kind, confidence = "growth_rate", 0.6
    elif _EVERY_YEAR.search(text):
        kind, confidence = "annual", 0.85
    elif reading.form == "count_fraction":
        kind, confidence = "ratio", 0.85
    elif is_percent and (_RATIO.search(text) or _SHARE_OF.match(text[len(before) :].split("%", 1)[-1])):
        kind, confidence = "ratio", 0.8 if _RATIO.search(text) else 0.6
    elif not is_percent and _CUMULATIVE.search(text):
        kind, confidence = "cumulative", 0.75
    else:
        kind, confidence = "level", 0.8 if reading.deadline_year else 0.6
    reading.kind = kind
    reading.confidence["kind"] = confidence


def _read_direction(reading: Reading, text: str, before: str) -> None:
    """Lower is better for a ceiling ("dưới", "không quá") and for what the text wants less of ("tỷ lệ hộ nghèo
    còn 2%"); a reduction written as the target ("giảm bình quân 1,5%/năm") is better the larger it is."""
    if reading.kind in ("growth_rate", "point_change") and _DECLINE_AVERAGE.search(text):
        reading.direction, confidence = "higher", 0.8
    elif reading.form == "max_bound":
        reading.direction, confidence = "lower", 0.9
    elif reading.form == "min_bound":
        reading.direction, confidence = "higher", 0.9
    elif re.search(
        r"giảm\s*(?:[\w\s]{0,30}?)\s*(?:xuống\s+)?còn\s*$|còn\s*$", before, _I
    ) and _LOWER_WORDS.search(before):
        reading.direction, confidence = "lower", 0.85
    elif _LOWER_WORDS.search(before):
        reading.direction, confidence = "lower", 0.7
    else:
        reading.direction, confidence = "higher", 0.7
    reading.confidence["direction"] = confidence


def _deadline(text: str) -> tuple[int | None, float]:
    for pattern, confidence, shift in _DEADLINE:
        found = list(pattern.finditer(text))
        if found:
            return int(found[-1].group("y")) + shift, confidence
    return None, 0.5


def _name(before: str, unit: Unit | None, after: str, kind: str) -> str:
    """The subject written before the figure; when there is none ("có 50% số xã …"), the noun phrase after it."""
    subject = _tidy(before)
    if len(subject) >= 4 and not (kind == "ratio" and subject.lower() in ("có", "đạt")):
        noun = unit.text.split("/")[0] if unit is not None else ""
        if unit is not None and unit.kind == COUNT and noun.lower() not in subject.lower():
            subject = f"{subject} {unit.text}"  # "kết nạp" + "đảng viên"
        return _capital(subject)
    tail = re.split(r"[,;.]", after, maxsplit=1)[0]
    tail = re.sub(r"^\s*(?:trở\s+lên|trở\s+xuống)\s*", "", tail, flags=_I)
    tail = _DEADLINE_PHRASE.sub(" ", tail).strip()
    if unit is not None and unit.kind == PERCENT:
        tail = re.sub(r"^(?:số|các)\s+", "", tail, flags=_I)
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
