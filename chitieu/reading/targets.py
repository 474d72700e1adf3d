"""A resolution's list of key targets (các chỉ tiêu chủ yếu) read into groups, numbered targets and sub-targets.

`parse_targets(text)` is pure: it returns plain dicts (numbers as Decimal) that `chitieu parse-targets` prints as
JSON and the review screen puts into its form. Declared counts ("I. Về kinh tế (11 chỉ tiêu)") are checked
against the targets found, and what does not add up comes back as warnings in Vietnamese.

The list is read as an outline: each label style (1., (1), Chỉ tiêu 1:, a), -, +, …) keeps the depth it had when
it first appeared under the current group, so items written alike are siblings and a new style goes one level
down. Group headings are known by their wording, whatever label they carry.
"""

import re

from chitieu.reading.domains import DOMAINS
from chitieu.reading.numbers import find_numerals
from chitieu.reading.target_lines import Line, list_lines
from chitieu.reading.target_parts import pieces, split_parts
from chitieu.reading.target_values import Reading, deadline_of, inherit, read_statement, readable
from chitieu.reading.text import composed

_I = re.IGNORECASE
_DOMAIN_ONLY = re.compile(rf"^{DOMAINS}$", _I)
# "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ XÃ …" head the document; they name no group.
_DOMAIN_FIRST = re.compile(
    rf"^(?!đảng\s+(?:bộ|cộng\s+sản|ủy|uỷ)\b)(?:phát\s+triển\s+|lĩnh\s+vực\s+)?{DOMAINS}", _I
)
_GROUP_OPENER = re.compile(
    r"^(?:về|nhóm|lĩnh\s+vực|khối|(?:các\s+|nhóm\s+)?chỉ\s+tiêu\s+(?:chủ\s+yếu\s+)?(?:về|thuộc|lĩnh\s+vực))\s+\S",
    _I,
)
_DECLARED = re.compile(
    r"\(?\s*(?:gồm\s+|có\s+)?(?P<n>\d{1,3})\s+chỉ\s+tiêu(?:\s+(?:chủ\s+yếu|cụ\s+thể|chính))?\s*\)?", _I
)
_INTRO = re.compile(
    r"chỉ\s+tiêu\s+(?:chủ\s+yếu|cụ\s+thể|chính|cơ\s+bản)|\d+\s+chỉ\s+tiêu|đề\s+ra|nghị\s+quyết|đại\s+hội"
    r"|nhiệm\s+kỳ|mục\s+tiêu\s+(?:cụ\s+thể|chủ\s+yếu)|^(?:các\s+)?chỉ\s+tiêu\s*:?$",
    _I,
)
_INTRO_HEADING = re.compile(
    r"^(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)\s+(?:chủ\s+yếu|cụ\s+thể|chính|cơ\s+bản)|^(?:các\s+)?chỉ\s+tiêu\s*:?$",
    _I,
)
_PRICE_BASIS = re.compile(r"^\s*(?:theo\s+)?giá\s+(?:so\s+sánh|cố\s+định|hiện\s+hành|thực\s+tế)", _I)
_WHEREOF_LINE = re.compile(r"^\s*(?:trong\s+đó|cụ\s+thể|bao\s+gồm)\s*[:,]?\s*", _I)
_OPEN_END = re.compile(r"(?::|\b(?:trong\s+đó|gồm|như\s+sau|cụ\s+thể))\s*$", _I)
_TASKS = re.compile(
    r"^(?:[IVX]+\.\s*)?(?:các\s+)?(?:nhiệm\s+vụ|giải\s+pháp|khâu\s+đột\s+phá|chương\s+trình)", _I
)

FIELDS = ("value", "unit", "form", "strict", "kind", "direction", "deadline_year", "name")


def parse_targets(text: str) -> dict:
    """{"groups": [...], "targets": [...], "warnings": [...], "declared_total": n or None}; targets nest their
    sub-targets in "children"; `declared_total` is the count the text states ("20 chỉ tiêu chủ yếu")."""
    text, _ = composed(text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " "))
    lines = list_lines(text)
    outline = _Outline(unlabelled_list=_unlabelled_list(lines))
    for line in lines:
        if _ends_the_list(line) and outline.targets:
            break  # the targets are followed by the key tasks: the list is over
        outline.add(line)
    targets, groups = outline.targets, outline.groups
    for target in flat(targets):
        if target["value"] is None and any(not c["equivalent"] for c in target["children"]):
            _as_heading(target)
    warnings: list[str] = []
    _check_counts(groups, targets, outline.declared_total, warnings)
    _check_numbering(targets, warnings)
    return {
        "groups": groups,
        "targets": targets,
        "warnings": warnings,
        "declared_total": outline.declared_total,
    }


class _Outline:
    """The list read so far: groups, targets, and the path of (label style, target) from the top level down to the
    last target placed, which decides where the next item goes."""

    def __init__(self, unlabelled_list: bool) -> None:
        self.unlabelled_list = unlabelled_list
        self.groups: list[dict] = []
        self.group_styles: list[str] = []
        self.targets: list[dict] = []
        self.stack: list[tuple[str, dict]] = []
        self.declared_total: int | None = None

    def add(self, line: Line) -> None:
        if _INTRO_HEADING.search(line.body) and not _has_figure(line.body) and not self.targets:
            self._note_declared(line)
            return
        inline = _inline_group(line)
        if inline is not None or (
            _is_group(line) and _numbered_group_fits(line, self.group_styles, self.stack)
        ):
            self._open_group(line, *(inline or (line, [])))
            return
        whereof = _WHEREOF_LINE.match(line.body)
        if whereof and self.stack:
            owner = self.stack[-1][1]
            for part in pieces(line.body[whereof.end() :]) if line.body[whereof.end() :].strip() else []:
                owner["children"].append(_target(part, "", owner["group"], owner, line))
            return
        if self._not_a_target(line):
            self._note_declared(line)
            return
        announced = _announced_part(self.stack, line.style, line)
        if announced is not None:
            announced["children"].append(_target(line.body, line.label, announced["group"], announced, line))
            return
        self._place(line)

    def _open_group(self, line: Line, heading: Line, inline_targets: list[str]) -> None:
        self.groups.append(_group(heading, len(self.groups)))
        self.group_styles.append(line.style)
        self.stack = []
        for body in inline_targets:
            self.targets.append(_target(body, "", len(self.groups) - 1, None, heading))

    def _not_a_target(self, line: Line) -> bool:
        """A line without label or figure: a title, an opener, a note; in a list without labels, a yes/no target."""
        if line.label or _has_figure(line.body) or (self.unlabelled_list and self.stack):
            return False
        return (not line.table and bool(_INTRO.search(line.body))) or not _looks_like_target(
            line, self.unlabelled_list
        )

    def _note_declared(self, line: Line) -> None:
        found = _DECLARED.search(line.body)
        if found and not self.targets:
            self.declared_total = int(found.group("n"))

    def _place(self, line: Line) -> None:
        """Items written alike are siblings; a new style goes one level down; an unlabelled line after a finished
        target is the next target, not a part of it."""
        style, stack = line.style, self.stack
        if not style and stack and not line.table and not _holds_children(stack[-1][1], stack[-1][0]):
            style = stack[-1][0]
        depth = next((i for i, (s, _) in enumerate(stack) if s == style), None)
        if depth is not None:
            del stack[depth:]
        parent = stack[-1][1] if stack else None
        group = len(self.groups) - 1 if self.groups else None
        target = _target(line.body, line.label, group, parent, line)
        (parent["children"] if parent is not None else self.targets).append(target)
        stack.append((style, target))


def flat(targets: list[dict]) -> list[dict]:
    """Every target and sub-target in published order, each once, children after their parent."""
    rows: list[dict] = []
    for target in targets:
        rows.append(target)
        rows.extend(flat(target["children"]))
    return rows


# ------------------------------------------------------------------------------------------------ line kinds
def _ends_the_list(line: Line) -> bool:
    """ "II. NHIỆM VỤ VÀ GIẢI PHÁP", "Các khâu đột phá:": a heading of what follows the targets."""
    body = line.body.strip()
    heading = line.style in ("", "roman", "A.") or body.isupper()
    return heading and bool(_TASKS.match(body)) and len(body.split()) <= 12 and not _has_figure(body)


def _has_figure(body: str) -> bool:
    plain = _DECLARED.sub(" ", re.sub(r"\([^()]*\)", " ", body))
    return bool(find_numerals(readable(plain)))


def _is_group(line: Line) -> bool:
    """ "I. Về kinh tế (11 chỉ tiêu)", "- Về văn hóa - xã hội:", "B. QUỐC PHÒNG - AN NINH", "Kinh tế": a domain named
    without a figure. A Roman numeral or a capital letter without a figure is a group whatever it names."""
    body = _DECLARED.sub(" ", line.body).strip(" .:;")
    if not body or len(body) > 120 or _has_figure(body):
        return False
    name = re.sub(r"^(?:các\s+|nhóm\s+)?chỉ\s+tiêu\s+(?:chủ\s+yếu\s+)?", "", body, flags=_I).strip()
    if _GROUP_OPENER.match(body) or _DOMAIN_ONLY.match(name.rstrip(" .:")):
        return True
    if line.style in ("roman", "A.", "nhóm") and not _INTRO.search(body):
        return True
    # "Phát triển kinh tế:", "KINH TẾ - XÃ HỘI VÀ MÔI TRƯỜNG": a short heading that starts with its domain
    heading_like = body.isupper() or line.body.rstrip().endswith(":") or len(body.split()) <= 6
    if line.style in ("", "roman", "A.") and heading_like and _DOMAIN_FIRST.match(body):
        return not _INTRO.search(body) and len(body.split()) <= 10
    return False


_NUMBERED = ("N.", "N)", "(N)", "chỉ tiêu")


def _numbered_group_fits(line: Line, group_styles: list[str], stack: list) -> bool:
    """ "1. Về kinh tế" opens numbered groups; "5. Về lao động, việc làm:" among numbered targets is a target whose
    parts follow, unless the groups before it were numbered the same way."""
    if line.style not in _NUMBERED:
        return True
    if group_styles:
        return group_styles[-1] == line.style
    return not stack and re.sub(r"\D", "", line.label) == "1"


def _inline_group(line: Line) -> tuple[Line, list[str]] | None:
    """ "- Về kinh tế: tốc độ tăng trưởng 7,5%/năm; thu nhập 70 triệu đồng": a group heading and its targets on one
    line, the targets separated by ";"."""
    at = line.body.find(":")
    if at < 0 or not _has_figure(line.body[at + 1 :]):
        return None
    heading = Line(line.label, line.style, line.body[:at])
    items = pieces(line.body[at + 1 :])
    if not _is_group(heading):
        return None
    named = _GROUP_OPENER.match(heading.body) or line.style in ("roman", "A.")
    if not named and (line.style in _NUMBERED or len(items) < 2 or not all(_named_item(i) for i in items)):
        return None  # "Dịch vụ: 35%" is a share of the economy, not a group
    return heading, items


def _named_item(item: str) -> bool:
    reading = read_statement(item)
    return len(reading.name.split()) >= 3


def _group(line: Line, index: int) -> dict:
    declared = _DECLARED.search(line.body)
    name = (line.body[: declared.start()] + line.body[declared.end() :]) if declared else line.body
    name = name.strip().strip(" :;,.-–").strip()
    label = line.label if line.style in ("roman", "A.", "N.", "(N)", "a)", "nhóm") else ""
    if label and line.style != "nhóm" and not label.endswith((".", ")")):
        label = f"{label}."
    return {
        "label": label,
        "name": _group_name(name),
        "declared_count": int(declared.group("n")) if declared else None,
        "order": index,
    }


def _group_name(name: str) -> str:
    """The heading as published, without its label or count; capitals only at the start ("KINH TẾ" → "Kinh tế")."""
    if name.isupper():
        name = name.capitalize()
    return name[:1].upper() + name[1:]


def _unlabelled_list(lines: list[Line]) -> bool:
    """A list whose targets carry no label at all, one per line."""
    items = [line for line in lines if not _is_group(line) and _has_figure(line.body)]
    return bool(items) and all(not line.label for line in items)


def _looks_like_target(line: Line, unlabelled_list: bool) -> bool:
    body = line.body.strip()
    if line.label or line.table:
        return len(body) > 3
    return unlabelled_list and len(body) > 12 and not body.endswith(":")


def _holds_children(target: dict, style: str) -> bool:
    """Whether the items after `target` can be its parts: it ends with ":" or "trong đó", or it has no figure and
    is not a yes/no statement of its own."""
    text = target["text"].rstrip(" .;")
    if _OPEN_END.search(text):
        return True
    return target["value"] is None and target["form"] not in ("yes_no", "ordinal")


_ANNOUNCES = re.compile(r"(?:trong\s+đó|bao\s+gồm|gồm|cụ\s+thể|như\s+sau)\s*:\s*$", _I)


def _announced_part(stack: list[tuple[str, dict]], style: str, line: Line) -> dict | None:
    """ "- Tổng vốn đầu tư 5 năm 25.000 tỷ đồng, trong đó:" then "- Vốn ngân sách: 5.000 tỷ đồng": items written
    like the one before but announced by its "trong đó:" and counted in its unit are its parts; so are short parts
    under a heading without a figure ("- Cơ cấu kinh tế năm 2025:" then "- Nông nghiệp 30%"). Numbered items are
    siblings whatever they say. The target they belong to, or None."""
    if not stack or stack[-1][0] != style or style in _NUMBERED or style == "N.N" or line.table:
        return None
    parent = stack[-1][1]
    heading = parent["value"] is None and parent["text"].endswith(":")
    if not (_ANNOUNCES.search(parent["text"]) or heading):
        return None
    reading = read_statement(line.body)
    if reading.value is None:
        return None
    if parent["value"] is not None:
        return parent if reading.unit == parent["unit"] else None
    short = len(reading.name.split()) <= 6 and not re.match(
        r"(?:tỷ|tỉ)\s+(?:lệ|trọng)|tốc\s+độ", reading.name, _I
    )
    return parent if short else None


# ---------------------------------------------------------------------------------------------------- targets
def _target(body: str, label: str, group: int | None, parent: dict | None, line: Line) -> dict:
    """An item: its own figure, sub-targets after "trong đó" or between ";", bracketed equivalents."""
    text = body.strip().rstrip(".;").strip()
    head, parts, whereof = split_parts(text)
    reading = read_statement(head)
    if reading.deadline_year is None and line.deadline is not None:
        reading.deadline_year = line.deadline
        reading.confidence["deadline_year"] = 0.7
    if parent is not None:
        inherit(reading, parent)
    target = _as_dict(reading, label, text, group)
    heading_only = reading.value is None and (parts or whereof)
    if heading_only:
        _as_heading(target)
        if target["deadline_year"] is None and not head:  # "Đến năm 2025, có 9,5 bác sĩ/vạn dân; 32 giường …"
            target["deadline_year"] = deadline_of(parts[0] if parts else text)
    holder = target
    for part in parts:
        child = _part(part, target, group)
        target["children"].append(child)
        holder = child
    for part in whereof:
        holder["children"].append(_part(part, holder, group))
    _add_equivalents(target, reading, group)
    return target


def _part(text: str, parent: dict, group: int | None) -> dict:
    reading = read_statement(text)
    inherit(reading, parent)
    if re.match(r"(?:tăng|giảm)\b", text, _I) and len(reading.name) <= 6:
        reading.name = f"{parent['name']}: {text.split()[0].lower()}"  # "…, tăng bình quân 12%/năm"
    elif not reading.name and reading.value is not None:  # "…, đến năm 2030 đạt 2.000 tỷ đồng": what grows
        grown = re.sub(
            r"^(?:tốc\s+độ\s+|tỷ\s+lệ\s+|mức\s+)?tăng(?:\s+trưởng)?\s+", "", parent["name"], flags=_I
        )
        reading.name = grown[:1].upper() + grown[1:]
    child = _as_dict(reading, "", text, group)
    _add_equivalents(child, reading, group)
    return child


def _as_heading(target: dict) -> None:
    """A target that only names its parts ("Cơ cấu kinh tế năm 2025: …") has no figure, form or type of its own."""
    target.update(value=None, value_high=None, total=None, unit="", form="exact", kind="level", strict=False)
    target["confidence"].update(form=0.7, kind=0.7, direction=0.7, value=1.0, unit=1.0)


def _add_equivalents(target: dict, reading: Reading, group: int | None) -> None:
    """Bracketed figures: parts of the target when the bracket says "trong đó", else the same target restated."""
    for equivalent in reading.equivalents:
        whereof = _WHEREOF_LINE.match(equivalent)
        if whereof:
            for part in pieces(equivalent[whereof.end() :]):
                target["children"].append(_part(part, target, group))
            continue
        for piece in re.split(r"\s*;\s*|,\s+(?=\D)", equivalent):
            if _PRICE_BASIS.search(piece):
                continue  # "(giá so sánh 2010)": the prices the figure is in, not a figure
            if any(not re.fullmatch(r"(?:19|20)\d{2}", piece[n.start : n.end]) for n in find_numerals(piece)):
                target["children"].append(_equivalent(piece, target, group))


def _equivalent(piece: str, target: dict, group: int | None) -> dict:
    """ "(8 xã)" after "50% số xã": the same target counted; "(66/112 thôn, tăng thêm 20 thôn)": also the increase;
    "(tăng 12,5-13,5%/năm)" after a sum of money: a rate of its own, a sub-target rather than a restatement."""
    reading = read_statement(piece)
    inherit(reading, target)
    noun = re.sub(r"^tỷ\s+lệ\s+", "", target["name"], flags=_I)
    own_target = reading.unit.startswith("%") and not target["unit"].startswith("%")
    if reading.form == "count_fraction":
        reading.name, reading.kind = f"Số {noun}" if not noun.lower().startswith("số") else noun, "ratio"
    elif re.search(r"tăng\s+thêm", piece, _I):
        reading.name, reading.kind = f"Số {reading.unit} tăng thêm", "cumulative"
    elif reading.unit and reading.name.lower() in ("", reading.unit.lower(), f"số {reading.unit}".lower()):
        reading.name = f"Số {noun}" if not noun.lower().startswith("số") else noun
    row = _as_dict(reading, "", piece, group)
    row["equivalent"] = not own_target
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
        "baseline_year": reading.baseline_year,
        "group": group,
        "equivalent": False,
        "children": [],
        "confidence": confidence,
    }


# --------------------------------------------------------------------------------------------------- checks
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
        digits = re.findall(r"\d+", target["label"])
        if not digits:
            continue
        number = int(digits[-1])
        if previous is not None and number != previous + 1 and number != 1:
            warnings.append(
                f"Số thứ tự nhảy từ {previous} sang {number}: kiểm tra chỉ tiêu bị thiếu hoặc tách dòng."
            )
        previous = number
