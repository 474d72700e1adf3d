"""A target list cut into labelled lines: numbered, lettered, bulleted or "Chỉ tiêu N:" items, table rows pasted
from Word (tab-separated) or read from a .docx (cells joined by " | "), wrapped lines joined again."""

import re
from dataclasses import dataclass

from chitieu.reading.numbers import find_numerals
from chitieu.reading.units import read_unit

_I = re.IGNORECASE
ROMAN = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"

# (style, pattern): the style says which items are siblings; the label is kept as published.
_LABELS = (
    (
        "nhóm",
        re.compile(r"nhóm\s+(?:chỉ\s+tiêu\s+)?(?:thứ\s+)?(?P<n>\d{1,2}|[IVX]{1,4})\s*[:.)\-–]\s*(?=\S)", _I),
    ),
    ("chỉ tiêu", re.compile(r"chỉ\s+tiêu\s+(?:số\s+)?(?P<n>\d{1,3})\s*[:.)\-–]?\s*(?=\S)", _I)),
    ("N.N", re.compile(r"(?P<n>\d{1,2}(?:\.\d{1,2})+)\.?\)?\s+(?=\D)")),
    ("(N)", re.compile(r"\(\s*(?P<n>\d{1,3})\s*\)\s*")),
    ("N.", re.compile(r"(?P<n>\d{1,3})\s*(?:\.(?!\d)|/(?!\d))\s*(?=\D)")),
    ("N)", re.compile(r"(?P<n>\d{1,3})\s*[)\-–:](?!\d)\s*(?=\D)")),
    ("roman", re.compile(rf"(?P<n>(?=[IVXL])({ROMAN}))\s*[.)\-–:/]\s*(?=\S)")),
    ("A.", re.compile(r"(?P<n>[A-ZĐ])\s*[.)]\s+(?=\S)")),
    ("(a)", re.compile(r"\(\s*(?P<n>[a-zđ])\s*\)\s*(?=\S)")),
    ("a)", re.compile(r"(?P<n>[a-zđ])\s*[.)]\s+(?=\S)")),
    ("-", re.compile(r"(?P<n>[-–—])\s*(?=\S)")),
    ("+", re.compile(r"(?P<n>\+)\s*(?=\S)")),
    ("•", re.compile(r"(?P<n>[•*●○◦▪■□➢➤►✓·])\s*(?=\S)")),
)
_TABLE_LABEL = re.compile(
    rf"(?:\d{{1,3}}(?:\.\d{{1,2}})*\.?|\(\d{{1,3}}\)|{ROMAN}\.?|[A-ZĐa-zđ][.)]?|[-–+•*])", _I
)
_HEADER_WORDS = re.compile(
    r"^(?:stt|tt|số\s+tt|chỉ\s+tiêu|tên\s+chỉ\s+tiêu|nội\s+dung|đvt|đơn\s+vị(?:\s+tính)?|ghi\s+chú|mục\s+tiêu"
    r"|kế\s+hoạch|nghị\s+quyết|chỉ\s+tiêu\s+(?:nq|nghị\s+quyết|đại\s+hội)|thực\s+hiện|ước|năm\s+\d{4}|giai\s+đoạn)",
    _I,
)
_GOAL_COLUMN = re.compile(r"mục\s+tiêu|chỉ\s+tiêu|nghị\s+quyết|\bnq\b|kế\s+hoạch|đến\s+năm|phấn\s+đấu", _I)
_PAST_COLUMN = re.compile(r"thực\s+hiện|ước|\bth\b|kết\s+quả|đạt\s+được|nhiệm\s+kỳ\s+trước", _I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass
class Line:
    """One item of the list: its published label, the style its label is written in, and its text."""

    label: str
    style: str
    body: str
    table: bool = False
    deadline: int | None = None  # from a table's column heading ("Mục tiêu đến năm 2025")


def list_lines(text: str) -> list[Line]:
    """The non-empty lines of a target list, labels split off, table rows turned into statements."""
    lines: list[Line] = []
    header: dict | None = None
    for raw in text.split("\n"):
        raw = raw.strip(" \r")
        if "\t" in raw or " | " in raw:
            cells = _cells(raw)
            if header is None and sum(1 for c in cells if c) <= 2:
                raw = " ".join(c for c in cells if c)  # "1.\tTốc độ …": Word's numbering, not a table
        if "\t" in raw or " | " in raw:
            if _is_header(cells):
                header = _header(cells)
                continue
            row = _row(cells, header)
            if row is not None:
                lines.append(row)
            continue
        for piece in _inline_items(raw):
            line = split_label(piece)
            if lines and _continues(lines[-1], line):
                lines[-1].body = f"{lines[-1].body} {line.body}"
            else:
                lines.append(line)
    return lines


def split_label(text: str) -> Line:
    text = text.strip()
    for style, pattern in _LABELS:
        match = pattern.match(text)
        if match and match.end() < len(text):
            label = text[: match.end()].strip()
            if style == "chỉ tiêu":
                label = f"Chỉ tiêu {match.group('n')}"
            elif style == "nhóm":
                label = f"Nhóm {match.group('n')}"
            return Line(label, style, text[match.end() :].strip())
    return Line("", "", text)


# Before "(2) ", "2. Tốc độ", "Chỉ tiêu 2:", "- Tỷ lệ", "Về văn hóa - xã hội:" when a paragraph runs them on.
_INLINE_ITEM = re.compile(
    r"(?<=\D[.;:])\s+(?=\(\d{1,2}\)\s|\d{1,2}\.\s+[A-ZĐÀ-Ỹ]|Chỉ\s+tiêu\s+\d{1,2}\s*:|[-–+•]\s+\w|Về\s+\w[^.;:]{0,60}:)"
)


def _inline_items(raw: str) -> list[str]:
    """A paragraph holding several numbered items ("(1) …; (2) …") is cut before each label."""
    return [piece.strip() for piece in _INLINE_ITEM.split(raw) if piece.strip()]


def _continues(previous: Line, line: Line) -> bool:
    """A line wrapped by the word processor: no label, a small letter, the line before not finished."""
    return (
        not previous.table
        and not line.label
        and line.body[:1].islower()
        and not re.search(r"[.;:!?]\s*$", previous.body)
    )


# ----------------------------------------------------------------------------------------------------- tables
def _cells(raw: str) -> list[str]:
    cells = [c.strip() for c in re.split(r"\t| \|(?= |$)", raw)]
    merged: list[str] = []
    for cell in cells:  # a merged Word cell (a heading row) is read once per column it spans
        if cell and merged and merged[-1] == cell and re.search(r"[^\W\d_]{2,}", cell):
            continue
        merged.append(cell)
    return merged


def _is_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    named = [c for c in filled if _HEADER_WORDS.match(c)]
    return (
        len(named) >= 2
        and len(named) >= len(filled) - 2
        and not any(find_numerals(_YEAR.sub(" ", c)) for c in filled)
    )


def _header(cells: list[str]) -> dict:
    roles: dict = {"label": None, "name": None, "unit": None, "value": None, "deadline": None}
    goals = []
    for i, cell in enumerate(cells):
        lowered = cell.lower()
        if roles["label"] is None and re.fullmatch(r"(?:số\s+)?s?tt", lowered):
            roles["label"] = i
        elif re.match(r"đvt|đơn\s+vị", lowered):
            roles["unit"] = i
        elif roles["name"] is None and re.match(r"(?:tên\s+)?chỉ\s+tiêu$|nội\s+dung|tên", lowered):
            roles["name"] = i
        elif roles["name"] is not None and _GOAL_COLUMN.search(cell) and not _PAST_COLUMN.search(cell):
            goals.append(i)
    if goals:
        roles["value"] = goals[-1]
        years = _YEAR.findall(cells[goals[-1]])
        roles["deadline"] = int(years[-1]) if years else None
    return roles


def _row(cells: list[str], header: dict | None) -> Line | None:
    """A table row as a statement: "Thu nhập bình quân đầu người | triệu đồng | 60" → "… 60 triệu đồng"."""
    if not any(cells):
        return None
    roles = header or {}
    label_at = roles.get("label")
    if label_at is None and cells and (not cells[0] or _TABLE_LABEL.fullmatch(cells[0])):
        label_at = 0
    label = cells[label_at] if label_at is not None and label_at < len(cells) else ""
    rest = [(i, c) for i, c in enumerate(cells) if i != label_at]
    name_at = roles.get("name")
    if name_at is None or name_at >= len(cells):
        name_at = next((i for i, c in rest if re.search(r"[^\W\d_]{2,}", c)), None)
    if name_at is None:
        return None
    name = cells[name_at]
    unit_at = roles.get("unit")
    after = [(i, c) for i, c in rest if i > name_at and c]
    if unit_at is None:
        unit_at = next((i for i, c in after[:1] if _looks_like_unit(c)), None)
    unit = cells[unit_at] if unit_at is not None and unit_at < len(cells) else ""
    value_at = roles.get("value")
    if value_at is None or value_at >= len(cells):
        values = [i for i, c in after if i != unit_at]
        value_at = values[-1] if values else None
    value = cells[value_at] if value_at is not None and value_at < len(cells) else ""
    line = split_label(f"{label} x") if label else Line("", "", "")
    if label and line.body != "x":  # "1", "I", "a": a label cell written without its stop
        line = Line(label, _bare_style(label), "")
    return Line(
        line.label, line.style, _statement(name, unit, value), table=True, deadline=roles.get("deadline")
    )


def _bare_style(label: str) -> str:
    if re.fullmatch(r"\d{1,3}", label):
        return "N."
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+\.?", label):
        return "N.N"
    if re.fullmatch(ROMAN, label):
        return "roman"
    if re.fullmatch(r"[A-ZĐ]", label):
        return "A."
    if re.fullmatch(r"[a-zđ]", label):
        return "a)"
    return split_label(f"{label} x").style


def _looks_like_unit(cell: str) -> bool:
    return (
        len(cell) <= 30 and not re.search(r"\d", cell.replace("m2", "").replace("km2", "")) or cell in ("%",)
    )


def _statement(name: str, unit: str, value: str) -> str:
    name = name.strip().rstrip(":")
    unit = unit.strip().strip("()")
    if unit[:1].isupper() and unit[1:2].islower():
        unit = unit[:1].lower() + unit[1:]
    if not value or re.fullmatch(r"(?:đạt(?:\s+chuẩn)?|có|x|hoàn\s+thành|duy\s+trì)\.?", value, _I):
        return name  # "Xã đạt chuẩn nông thôn mới | | Đạt": the name says it all
    numerals = find_numerals(value)
    if numerals and unit and read_unit(value, numerals[-1].end) is None:
        value = f"{value[: numerals[-1].end]} {unit}{value[numerals[-1].end :]}"
    if numerals and not re.search(r"[:]\s*$", name):
        return f"{name}: {value}"
    return f"{name} {value}"
