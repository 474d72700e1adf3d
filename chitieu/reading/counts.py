"""Statements counting targets by status: "9/9 chỉ tiêu đạt và vượt", "đạt và vượt 17/17 chỉ tiêu",
"16 chỉ tiêu …, có 9 chỉ tiêu thực hiện đạt và vượt, 4 chỉ tiêu đạt 90%"."""

import re
from bisect import bisect_left
from dataclasses import dataclass

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


def find_counts(text: str) -> list[dict]:
    """Every status-count statement, in order, as COUNT dicts of the contract."""
    counts: list[dict] = []
    digits = [m.start() for m in _ANCHOR_DIGIT.finditer(text)]
    for start, end in _sentences(text):
        first, last = bisect_left(digits, start), bisect_left(digits, end)
        if first < last:  # a sentence without a number counts nothing
            counts.extend(_counts_in(text, start, end, digits[first:last]))
    return counts


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
            for other in rest:
                classes[other.status or ""] = classes.get(other.status or "", 0) + other.n
                used.add(other.start)
            met = met_of(classes)
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
        counts.append(_count(text, loose[0].start, loose[-1].status_end, total, met_of(classes), classes))
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
    return {"span": [start, end], "text": text[start:end], "total": total, "met": met, "classes": classes}
