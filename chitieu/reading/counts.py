"""Statements counting targets by status: "9/9 chỉ tiêu đạt và vượt", "đạt và vượt 17/17 chỉ tiêu",
"16 chỉ tiêu …, có 9 chỉ tiêu thực hiện đạt và vượt, 4 chỉ tiêu đạt 90%", and counts broken down by group
("20 chỉ tiêu đạt và vượt (kinh tế 5/6, văn hóa - xã hội 7/8, …)"): one count per group plus the total.

Each count says where its total comes from (`total_source`): "text" when the text states it, "classes" when it
adds up the classes it lists, "groups" when it adds up the groups, "resolution" when it is the number of targets
the resolution declares (given by the caller); `note` says so in Vietnamese."""

import re
from bisect import bisect_left
from dataclasses import dataclass

from chitieu.reading.domains import DOMAINS
from chitieu.reading.text import matches_at

_THAN_PLAN = r"(?:so\s+với\s+)?(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|nghị\s+quyết)"
_STATUS = (
    r"(?:hoàn\s+thành\s+(?:và\s+hoàn\s+thành\s+)?vượt(?:\s+mức)?|hoàn\s+thành\s+tốt|hoàn\s+thành"
    r"|đạt\s+và\s+vượt(?:\s+mức)?|vượt(?:\s+mức)?"
    r"|đạt\s+(?:trên\s+|từ\s+|dưới\s+)?\d+(?:,\d+)?\s*%(?:\s+trở\s+lên)?"
    r"|đạt\s+tiến\s+độ|đang\s+trong\s+lộ\s+trình|có\s+khả\s+năng\s+(?:sẽ\s+)?đạt|khó\s+đạt|cơ\s+bản\s+đạt"
    rf"|(?:tăng\s+trưởng\s+)?cao\s+hơn\s+{_THAN_PLAN}"
    rf"|(?:(?:sẽ|có\s+thể|dự\s+kiến)\s+)?(?:đạt\s+)?thấp\s+hơn\s+{_THAN_PLAN}"
    r"|(?:sẽ|có\s+thể|dự\s+kiến)\s+đạt"
    r"|không\s+đạt|chưa\s+đạt|chưa\s+hoàn\s+thành|không\s+hoàn\s+thành|đạt)(?!\w)"
)
_STATUS_RE = re.compile(_STATUS, re.IGNORECASE)
_TARGETS = r"chỉ\s+tiêu"
_ANCHOR = re.compile(rf"(?<![\w/.,])(?P<n>\d+)(?:/(?P<of>\d+))?\s+{_TARGETS}(?!\w)", re.IGNORECASE)
_ANCHOR_DIGIT = re.compile(r"\d(?<![\w/.,]\d)")  # where an anchor can begin; re skips straight to digits
_STATUS_BEFORE = re.compile(rf"(?P<status>{_STATUS})\s+(?:được\s+|cả\s+)?$", re.IGNORECASE)
# A class inside a breakdown: "9 chỉ tiêu thực hiện đạt và vượt", or, after a total, just "4 đạt 90%".
_MEMBER = re.compile(
    rf"(?<![\w/.,])(?P<n>\d+)(?!\s*[/%,.]\d)(?:\s+{_TARGETS}(?:\s+\S+){{0,2}}?)?"
    rf"\s+(?:(?:đã|được|đều|thực\s+hiện|cơ\s+bản)\s+)*(?P<status>{_STATUS})",
    re.IGNORECASE,
)
# "kinh tế 5/6", "lĩnh vực văn hóa - xã hội: 7/8 chỉ tiêu", "về xây dựng Đảng, có 4/4 chỉ tiêu đạt và vượt".
_GROUP_ITEM = re.compile(
    rf"(?<!\w)(?P<name>(?:(?:lĩnh\s+vực|nhóm(?:\s+chỉ\s+tiêu)?|khối|về|(?:các\s+)?chỉ\s+tiêu\s+(?:về\s+)?)\s*)?"
    rf"{DOMAINS})\s*[:,]?\s*(?:(?:có|đạt|đạt\s+được|thực\s+hiện\s+đạt|hoàn\s+thành|với)\s+)?"
    rf"(?P<n>\d+)(?:/(?P<of>\d+))?(?![\d%]|[,.]\d)(?P<tail>\s+{_TARGETS}(?:\s+thành\s+phần)?)?"
    rf"(?:\s+(?:(?:đã|được|đều|thực\s+hiện)\s+)*(?P<status>{_STATUS}))?",
    re.IGNORECASE,
)
# "5/6 chỉ tiêu kinh tế, 7/8 chỉ tiêu văn hóa - xã hội đạt và vượt": the group named after its count.
_GROUP_AFTER = re.compile(
    rf"(?<![\w/.,])(?P<n>\d+)/(?P<of>\d+)(?P<tail>\s+{_TARGETS})\s+(?:(?:về|thuộc)\s+)?"
    rf"(?:(?:lĩnh\s+vực|nhóm|khối)\s+)?(?P<name>{DOMAINS})"
    rf"(?:\s+(?:(?:đã|được|đều|thực\s+hiện)\s+)*(?P<status>{_STATUS}))?",
    re.IGNORECASE,
)
_NAMES_COUNT_BEFORE = re.compile(rf"{_TARGETS}\s+(?:(?:về|thuộc)\s+)?(?:(?:lĩnh\s+vực|nhóm|khối)\s+)?$", re.I)
_GROUP_LEAD = re.compile(
    r"^(?:lĩnh\s+vực|nhóm(?:\s+chỉ\s+tiêu)?|khối|về|(?:các\s+)?chỉ\s+tiêu(?:\s+về)?)\s+", re.I
)
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<!\.)|(?=\s|$))")  # a full stop only before a space or the end
_UNMET = ("không", "chưa")
_MAX_GAP = 150


@dataclass(frozen=True)
class _Anchor:
    start: int
    end: int
    n: int
    of: int | None
    status: str | None
    status_end: int


def find_counts(text: str, declared_total: int | None = None) -> list[dict]:
    """Every status-count statement, in order, as COUNT dicts of the contract. `declared_total`, the number of
    targets the resolution states, completes a count written without its total when no groups add up to one."""
    counts: list[dict] = []
    digits = [m.start() for m in _ANCHOR_DIGIT.finditer(text)]
    for start, end in _sentences(text):
        first, last = bisect_left(digits, start), bisect_left(digits, end)
        if first < last:  # a sentence without a number counts nothing
            counts.extend(_sentence_counts(text, start, end, digits[first:last]))
    for count in counts:
        whole_list = "group" not in count  # a group's own total is not the resolution's
        if count["total"] is None and declared_total is not None and whole_list and count["met"] is not None:
            count["total"], count["total_source"] = declared_total, "resolution"
            count["note"] = f"Tổng số lấy theo số chỉ tiêu nghị quyết nêu ({declared_total})."
    return counts


def _sentence_counts(text: str, start: int, end: int, digits: list[int]) -> list[dict]:
    """The counts of one sentence: its group breakdown, if any, read first and masked, then the other counts."""
    groups = _group_counts(text, start, end)
    if not groups:
        return _counts_in(text, start, end, digits)
    masked = list(text[start:end])
    for g in groups:
        masked[g["span"][0] - start : g["span"][1] - start] = " " * (g["span"][1] - g["span"][0])
    scan = text[:start] + "".join(masked) + text[end:]
    counts = _counts_in(scan, start, end, digits)
    for count in counts:
        count["text"] = text[count["span"][0] : count["span"][1]]
    if len(groups) < 2:
        return sorted(groups + counts, key=lambda c: c["span"][0])
    totals = [g["total"] for g in groups]
    whole = sum(totals) if all(t is not None for t in totals) else None
    met = sum(g["met"] for g in groups)
    for count in counts:
        if count["total_source"] in (None, "classes") and whole is not None and count["met"] == met:
            count["total"], count["total_source"] = whole, "groups"
            count["note"] = f"Tổng số là tổng các nhóm ({whole})."
    if not counts:  # only the groups are written: their sum is the total
        classes: dict[str, int] = {}
        for g in groups:
            for status, n in g["classes"].items():
                classes[status] = classes.get(status, 0) + n
        total = _count(text, groups[0]["span"][0], groups[-1]["span"][1], whole, met, classes)
        total.update(total_source="groups" if whole is not None else None)
        if whole is not None:
            total["note"] = f"Tổng số là tổng các nhóm ({whole})."
        counts.append(total)
    return sorted(groups + counts, key=lambda c: (c["span"][0], "group" in c))


def _group_counts(text: str, start: int, end: int) -> list[dict]:
    """ "kinh tế 5/6, văn hóa - xã hội 7/8": one count per group named; the status is the group's own, else the
    one the sentence gives before the groups ("20 chỉ tiêu đạt và vượt (kinh tế 5/6, …)") or after them."""
    if not re.search(_TARGETS, text[start:end], re.IGNORECASE):
        return []
    items = [
        m
        for m in _GROUP_ITEM.finditer(text, start, end)
        if (m.group("of") or m.group("tail")) and not _NAMES_COUNT_BEFORE.search(text, start, m.start())
    ]
    named_after = list(_GROUP_AFTER.finditer(text, start, end))
    if len(named_after) > len(items):
        items = named_after
    if len(items) == 1 and not (items[0].group("of") and items[0].group("tail")):
        return []
    shared = next((m.group("status") for m in items if m.group("status")), None)
    if shared is None and items:
        # "22/25 chỉ tiêu đạt và vượt, đạt 88%; trong đó …": a percentage is the rate of the whole, not the status
        before = [m for m in _STATUS_RE.finditer(text, start, items[0].start()) if "%" not in m.group()]
        after = _STATUS_RE.search(text, items[-1].end(), end)
        shared = before[-1].group() if before else after.group() if after else None
    if shared is None:  # "kinh tế 8 chỉ tiêu, văn hóa - xã hội 7 chỉ tiêu": the targets set, not a count
        items = [m for m in items if m.group("of")]
    counts = []
    for m in items:
        status = re.sub(r"\s+", " ", m.group("status") or shared or "đạt").lower()
        n, of = int(m.group("n")), int(m.group("of")) if m.group("of") else None
        met = of - n if of is not None and _is_unmet(status) else met_of({status: n})
        count = _count(text, m.start(), m.end(), of, met, {status: n})
        count["group"] = _GROUP_LEAD.sub("", re.sub(r"\s+", " ", m.group("name")).strip())
        counts.append(count)
    return counts


_WITHIN = re.compile(r"\btrong\s+(?:đó|số\s+đó)\b|\briêng\b", re.IGNORECASE)


def met_of(classes: dict[str, int]) -> int:
    """Targets met or exceeded: "đạt", "vượt", "đạt và vượt", "hoàn thành…", or a percentage of 100 or more."""
    met = 0
    for status, n in classes.items():
        words = status.lower()
        if words.startswith(_UNMET) or any(
            w in words
            for w in ("khó", "khả năng", "tiến độ", "lộ trình", "cơ bản", "sẽ", "có thể", "dự kiến")
        ):
            continue
        percent = re.search(r"(\d+(?:,\d+)?)\s*%", words)
        if percent and float(percent.group(1).replace(",", ".")) < 100:
            continue
        met += n
    return met


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _counts_in(text: str, start: int, end: int, digits: list[int]) -> list[dict]:
    """The counts of the sentence `start`–`end`, given where a number can begin in it."""
    anchors = [_anchor(text, m, end) for m in matches_at(_ANCHOR, text, digits, end)]
    counts = []
    used: set[int] = set()
    for anchor in anchors:
        if anchor.start in used:
            continue
        if anchor.of is not None and anchor.status:
            # "20/22 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt": the classes after it break the same total down
            rest = [
                a
                for a in anchors
                if a.start > anchor.start and a.of is None and a.status and a.start not in used
            ]
            classes = {anchor.status: anchor.n}
            # "17/19 chỉ tiêu hoàn thành, trong đó 12 chỉ tiêu vượt": the 12 are among the 17, not beside them
            nested = {other.start for other in rest if _WITHIN.search(text[anchor.status_end : other.start])}
            for other in rest:
                classes[other.status or ""] = classes.get(other.status or "", 0) + other.n
                used.add(other.start)
            met = (
                met_of(
                    {anchor.status: anchor.n}
                    | {other.status or "": other.n for other in rest if other.start not in nested}
                )
                if nested
                else met_of(classes)
            )
            if len(classes) == 1 and _is_unmet(anchor.status):
                met = anchor.of - anchor.n  # "3/17 chỉ tiêu chưa đạt": the other 14 are met
            end_at = rest[-1].status_end if rest else anchor.status_end
            counts.append(_count(text, anchor.start, end_at, anchor.of, met, classes))
            used.add(anchor.start)
            continue
        if anchor.status is not None:
            continue
        members = _breakdown(text, anchor.end, end, used)
        if not members:
            continue
        classes: dict[str, int] = {}
        for m in members:
            status = re.sub(r"\s+", " ", m.group("status")).lower()
            classes[status] = classes.get(status, 0) + int(m.group("n"))
            used.add(m.start("n"))
        used.add(anchor.start)
        total = anchor.of if anchor.of is not None else anchor.n
        counts.append(_count(text, anchor.start, members[-1].end(), total, met_of(classes), classes))
    # a breakdown written without its total: "có 15 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt"
    loose = [a for a in anchors if a.start not in used and a.of is None and a.status]
    if loose:
        classes = {}
        for a in loose:
            key = re.sub(r"\s+", " ", a.status or "").lower()
            classes[key] = classes.get(key, 0) + a.n
        total = sum(classes.values()) if len(loose) > 1 else None
        count = _count(text, loose[0].start, loose[-1].status_end, total, met_of(classes), classes)
        if total is not None:
            count["total_source"] = "classes"
        counts.append(count)
    return sorted(counts, key=lambda c: c["span"][0])


def _breakdown(text: str, pos: int, end: int, used: set[int]) -> list[re.Match[str]]:
    """The classes that follow a total, one after another: no other number may stand between them."""
    members = []
    for member in _MEMBER.finditer(text, pos, end):
        gap = text[pos : member.start()]
        if member.start("n") in used or len(gap) > _MAX_GAP or any(c.isdigit() for c in gap):
            break
        members.append(member)
        pos = member.end()
    return members


def _anchor(text: str, match: re.Match[str], sentence_end: int) -> _Anchor:
    n, of = int(match.group("n")), int(match.group("of")) if match.group("of") else None
    before = _STATUS_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before:
        status = re.sub(r"\s+", " ", before.group("status")).lower()
        return _Anchor(before.start(), match.end(), n, of, status, match.end())
    status, status_end = _status_after(text, match.end(), sentence_end)
    return _Anchor(match.start(), match.end(), n, of, status, status_end)


def _status_after(text: str, pos: int, sentence_end: int) -> tuple[str | None, int]:
    """The status later in the same clause, looking through brackets: "9/9 chỉ tiêu (…) … đã đạt và vượt"."""
    depth = 0
    i = pos
    limit = min(sentence_end, pos + 200)
    while i < limit:
        char = text[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",;:":
            break
        elif depth == 0 and char.isdigit() and not text[i - 1].isalnum():
            break
        elif depth == 0:
            match = _STATUS_RE.match(text, i)
            if match and not text[i - 1].isalnum():
                return re.sub(r"\s+", " ", match.group()).lower(), match.end()
        i += 1
    return None, pos


def _is_unmet(status: str) -> bool:
    return status.startswith(_UNMET)


def _count(
    text: str, start: int, end: int, total: int | None, met: int | None, classes: dict[str, int]
) -> dict:
    source = "text" if total is not None else None
    return {
        "span": [start, end],
        "text": text[start:end],
        "total": total,
        "met": met,
        "classes": classes,
        "total_source": source,
    }
