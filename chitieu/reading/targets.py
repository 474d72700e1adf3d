"""A resolution's list of key targets (các chỉ tiêu chủ yếu) read into groups, numbered targets and sub-targets.

`parse_targets(text)` is pure: it returns plain dicts (numbers as Decimal) that `chitieu parse-targets` prints as
JSON and the review screen puts into its form. Declared counts ("I. Về kinh tế (11 chỉ tiêu)") are checked
against the targets found, and what does not add up comes back as warnings in Vietnamese.
"""

import re

from chitieu.reading.target_values import Reading, read_statement
from chitieu.reading.text import composed

_I = re.IGNORECASE
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_GROUP = re.compile(
    rf"^\s*(?:(?P<label>{_ROMAN}|[A-Z]|[a-zđ])[.)\-]\s*)?(?P<name>(?:về|nhóm|các\s+chỉ\s+tiêu|chỉ\s+tiêu|lĩnh\s+vực)\b.*|[^\d(]*)$",
    _I,
)
_DECLARED = re.compile(
    r"\(?\s*(?:gồm\s+|có\s+)?(?P<n>\d{1,3})\s+chỉ\s+tiêu(?:\s+chủ\s+yếu)?\s*\)?\s*:?\s*$", _I
)
_LABEL = re.compile(r"^\s*(?P<label>\d{1,2}[.)](?!\d)|\(\d{1,2}\)|[a-zđ]\)|[-–+•*])\s*", _I)
_INLINE_ITEM = re.compile(r"(?<=[.;:])\s+(?=\(\d{1,2}\)\s|\d{1,2}\.\s+[A-ZĐÀ-Ỹ])")
_WHEREOF = re.compile(r"[,;:.]?\s*\b(?:trong\s+đó|gồm|bao\s+gồm)\s*[:,]?\s*", _I)
_TOTAL_DECLARED = re.compile(r"(?P<n>\d{1,3})\s+chỉ\s+tiêu(?:\s+chủ\s+yếu)?", _I)

FIELDS = ("value", "unit", "form", "strict", "kind", "direction", "deadline_year", "name")


def parse_targets(text: str) -> dict:
    """{"groups": [...], "targets": [...], "warnings": [...], "declared_total": n or None}; targets nest their
    sub-targets in "children"; `declared_total` is the count the text states ("20 chỉ tiêu chủ yếu")."""
    text, _ = composed(text.replace("\r\n", "\n").replace("\xa0", " "))
    groups: list[dict] = []
    targets: list[dict] = []
    warnings: list[str] = []
    declared_total: int | None = None
    parent: dict | None = None  # the target whose dash items are its sub-targets
    for line in _lines(text):
        label_match = _LABEL.match(line)
        label = label_match.group("label") if label_match else ""
        body = line[label_match.end() :] if label_match else line
        if not label and _is_group(line):
            groups.append(_group(line, len(groups)))
            parent = None
            continue
        if not label and (_DECLARED.search(line) or not _looks_like_target(body)):
            found = _TOTAL_DECLARED.search(line)
            if found and not targets:
                declared_total = int(found.group("n"))
            continue
        is_bullet = (
            label in ("-", "–", "+", "•", "*") or re.fullmatch(r"[a-zđ]\)", label or "", _I) is not None
        )
        group_index = len(groups) - 1 if groups else None
        if is_bullet and parent is not None:
            parent["children"].append(_target(body, label, group_index, parent))
            continue
        target = _target(body, "" if is_bullet else label, group_index, None)
        targets.append(target)
        parent = (
            target if body.rstrip().endswith(":") or target["children"] or target["value"] is None else None
        )
    _check_counts(groups, targets, declared_total, warnings)
    _check_numbering(targets, warnings)
    return {"groups": groups, "targets": targets, "warnings": warnings, "declared_total": declared_total}


def flat(targets: list[dict]) -> list[dict]:
    """Every target and sub-target in published order, each once, children after their parent."""
    rows: list[dict] = []
    for target in targets:
        rows.append(target)
        rows.extend(flat(target["children"]))
    return rows


def _lines(text: str) -> list[str]:
    """Non-empty lines; a paragraph holding several numbered items ("(1) …; (2) …") is cut before each label."""
    lines: list[str] = []
    for raw in text.split("\n"):
        for piece in _INLINE_ITEM.split(raw):
            if piece.strip():
                lines.append(piece.strip())
    return lines


def _is_group(line: str) -> bool:
    match = _GROUP.match(line)
    if not match:
        return False
    name = match.group("name").strip()
    has_roman = bool(match.group("label")) and re.fullmatch(_ROMAN, match.group("label"), _I) is not None
    starts_like_group = re.match(r"(?:về|nhóm|các\s+chỉ\s+tiêu\s+về|chỉ\s+tiêu\s+về|lĩnh\s+vực)\b", name, _I)
    return bool(name) and len(name) < 120 and bool(has_roman or starts_like_group)


def _group(line: str, index: int) -> dict:
    match = _GROUP.match(line)
    assert match is not None
    name = match.group("name").strip().rstrip(":").strip()
    declared = _DECLARED.search(name)
    if declared:
        name = name[: declared.start()].strip(" :,-–")
    return {
        "label": f"{match.group('label')}." if match.group("label") else "",
        "name": _group_name(name),
        "declared_count": int(declared.group("n")) if declared else None,
        "order": index,
    }


def _group_name(name: str) -> str:
    name = re.sub(r"^(?:nhóm\s+)?(?:các\s+)?chỉ\s+tiêu\s+(?:chủ\s+yếu\s+)?", "", name, flags=_I).strip()
    if name.isupper():
        name = name.capitalize()
    return name[:1].upper() + name[1:]


def _looks_like_target(body: str) -> bool:
    return bool(re.search(r"\d", body)) and len(body) > 12 and not body.rstrip().endswith(":")


def _target(body: str, label: str, group: int | None, parent: dict | None) -> dict:
    """A numbered item: its own figure, sub-targets after "trong đó", parts split by ";", bracketed equivalents."""
    text = body.strip().rstrip(".").strip()
    head, parts = _split_parts(text)
    reading = read_statement(head)
    if parent is not None:
        _inherit(reading, parent)
    target = _as_dict(reading, label, text, group)
    for part in parts:
        child = read_statement(part)
        _inherit(child, target)
        target["children"].append(_as_dict(child, "", part, group))
    for equivalent in reading.equivalents:
        for piece in re.split(r"[;,]\s*", equivalent):
            if re.search(r"\d", piece) and not re.fullmatch(r".*\b(?:19|20)\d{2}\b.*", piece):
                target["children"].append(_equivalent(piece, target, group))
    return target


def _split_parts(text: str) -> tuple[str, list[str]]:
    """("Tổng vốn đầu tư 25.000 tỷ đồng", ["vốn ngân sách 5.000 tỷ đồng", …]) for "…, trong đó: …; …"."""
    whereof = _WHEREOF.search(text)
    if whereof and re.search(r"\d", text[whereof.end() :]):
        head = text[: whereof.start()]
        return head, [p.strip() for p in re.split(r";\s*", text[whereof.end() :]) if p.strip()]
    pieces = [p.strip() for p in re.split(r";\s*", text) if p.strip()]
    if (
        len(pieces) > 1
        and sum(bool(re.search(r"\d|đạt\s+chuẩn|không\s+có|không\s+để", p, _I)) for p in pieces) >= 2
    ):
        heading = pieces[0].split(":", 1)
        if len(heading) == 2 and re.search(r"\d", heading[1]):
            return heading[0], [heading[1].strip(), *pieces[1:]]
        return "", pieces
    if ":" in text and not re.search(r"\d", text.split(":", 1)[0]):
        heading, rest = text.split(":", 1)
        pieces = [p.strip() for p in re.split(r"[;,]\s*(?=[^\d])", rest) if p.strip()]
        if len(pieces) > 1:
            return heading, pieces
    return text, []


def _inherit(child: Reading, parent: dict | Reading) -> None:
    """A sub-target says "hằng năm" or "đến năm 2025" once, on its parent."""
    get = parent.get if isinstance(parent, dict) else parent.__dict__.get
    if child.deadline_year is None and get("deadline_year"):
        child.deadline_year = get("deadline_year")
        child.confidence["deadline_year"] = 0.6
    if (
        child.kind == "level"
        and get("kind") in ("annual", "cumulative")
        and child.confidence.get("kind", 0) < 0.8
    ):
        child.kind = get("kind")
        child.confidence["kind"] = 0.6


def _equivalent(piece: str, target: dict, group: int | None) -> dict:
    """ "(8 xã)" after "50% số xã": the same target counted; "(66/112 thôn, tăng thêm 20 thôn)": also the increase."""
    reading = read_statement(piece)
    _inherit(reading, target)
    noun = re.sub(r"^tỷ\s+lệ\s+", "", target["name"], flags=_I)
    if reading.form == "count_fraction":
        reading.name, reading.kind = f"Số {noun}" if not noun.lower().startswith("số") else noun, "ratio"
    elif re.search(r"tăng\s+thêm", piece, _I):
        reading.name, reading.kind = f"Số {reading.unit} tăng thêm", "cumulative"
    elif reading.unit and reading.name.lower() in ("", reading.unit.lower(), f"số {reading.unit}".lower()):
        reading.name = f"Số {noun}" if not noun.lower().startswith("số") else noun
    row = _as_dict(reading, "", piece, group)
    row["equivalent"] = True
    row["confidence"]["name"] = 0.6
    return row


def _as_dict(reading: Reading, label: str, text: str, group: int | None) -> dict:
    name = reading.name or text[:120]
    confidence = {key: round(reading.confidence.get(key, 0.5), 2) for key in FIELDS}
    if not reading.name:
        confidence["name"] = 0.3
    return {
        "label": label,
        "text": text,
        "name": name[:300],
        "value": reading.value,
        "value_high": reading.value_high,
        "total": reading.total,
        "unit": reading.unit,
        "form": reading.form,
        "strict": reading.strict,
        "kind": reading.kind,
        "direction": reading.direction,
        "deadline_year": reading.deadline_year,
        "group": group,
        "equivalent": False,
        "children": [],
        "confidence": confidence,
    }


def _check_counts(
    groups: list[dict], targets: list[dict], declared_total: int | None, warnings: list[str]
) -> None:
    for index, group in enumerate(groups):
        found = sum(1 for t in targets if t["group"] == index)
        group["found_count"] = found
        declared = group["declared_count"]
        if declared is not None and declared != found:
            name = group["label"].rstrip(".") or group["name"]
            warnings.append(f"Nhóm {name} khai báo {declared} chỉ tiêu nhưng tìm thấy {found}.")
    if declared_total is not None and declared_total != len(targets):
        warnings.append(f"Văn bản nêu {declared_total} chỉ tiêu nhưng tìm thấy {len(targets)}.")


def _check_numbering(targets: list[dict], warnings: list[str]) -> None:
    """Published numbers run on across groups or restart in each; a gap or a repeat is worth a look."""
    previous: int | None = None
    for target in targets:
        digits = re.sub(r"\D", "", target["label"])
        if not digits:
            continue
        number = int(digits)
        if previous is not None and number != previous + 1 and number != 1:
            warnings.append(
                f"Số thứ tự nhảy từ {previous} sang {number}: kiểm tra chỉ tiêu bị thiếu hoặc tách dòng."
            )
        previous = number
