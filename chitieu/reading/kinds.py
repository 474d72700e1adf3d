"""Whether a number is a result ("actual"), a goal set for the future ("target"), or neither ("other")."""

import re
from bisect import bisect_right
from dataclasses import dataclass

from chitieu.reading.clauses import clause_start, sentence_start
from chitieu.reading.lexicon import STRUCTURE_NOUNS, TARGET_MARKERS
from chitieu.reading.text import matches_at

ACTUAL, TARGET, OTHER = "actual", "target", "other"

_MARKER = re.compile(rf"(?<!\w)(?:{TARGET_MARKERS})(?!\w)", re.IGNORECASE)
# "hoàn thành mục tiêu", "vượt chỉ tiêu đề ra": the marker names a goal already reached.
_REACHED = re.compile(r"(?:hoàn\s+thành|đạt|vượt|so\s+với|theo)(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
_OPENS_WITH_GOAL = re.compile(
    r"\s*(?:[-+•*]\s*)?(?:(?:đến|tới|trong|vào)\s+(?:cuối\s+)?năm\s+(?:19|20)\d{2}\s*,?\s*)?"
    r"(?:phấn\s+đấu|mục\s+tiêu|định\s+hướng)(?!\w)",
    re.IGNORECASE,
)
_FUTURE_YEAR = re.compile(
    r"(?<!\w)(?:đến|tới|vào|trong)\s+(?:cuối\s+)?năm\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE
)
_DATE = re.compile(r"(?<!\d)\d{1,2}[/\-.]\d{1,2}[/\-.]((?:19|20)\d{2})(?!\d)")
_TERM = re.compile(r"(?:nhiệm\s+k[ỳì]|giai\s+đoạn)\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})", re.IGNORECASE)
# A list of goals opens with "đề ra 11 chỉ tiêu chủ yếu, như:" or a heading "Các chỉ tiêu chủ yếu:".
_LIST_OPENER = re.compile(
    r"(?:(?:đề\s+ra|đặt\s+ra|xác\s+định|thông\s+qua|gồm)\s+(?:\d+\s+)?(?:các\s+)?(?:nhóm\s+)?chỉ\s+tiêu"
    r"(?:(?!đạt|vượt|thực\s+hiện|hoàn\s+thành|kết\s+quả)[^.\n:]){0,80}"
    r"|(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)\s+(?:chủ\s+yếu|cụ\s+thể|chính)"
    r"(?:(?!đạt|vượt|thực\s+hiện|hoàn\s+thành|kết\s+quả)[^.\n:]){0,40})"
    r"(?::|,?\s+như\s*:?|,?\s+gồm\s*:?|,?\s+cụ\s+thể\s*:?)"
    r"|^[ \t]*(?:mục\s+tiêu|(?:các\s+)?chỉ\s+tiêu\s+(?:chủ\s+yếu|cụ\s+thể))(?![^\n:]*(?:kết\s+quả|thực\s+hiện))"
    r"[^.\n:]{0,60}:",
    re.IGNORECASE | re.MULTILINE,
)
# Where an opener can begin: a line, or the first two letters of one of its words ("đề", "đặt", "xác", "thông",
# "gồm", "các", "chỉ", "mục"). A single class first lets re skip to them; no second letter can start a word here.
_OPENER_WORD = re.compile(r"[đĐxXtTgGcCmM][ềặỀẶáÁhHồỒụỤ]")
_NEWLINE = re.compile(r"\n")
_LIST_ITEM = re.compile(r"\n[ \t]*(?:[-+•*]|\d+[.)]|[a-zđ][.)])", re.IGNORECASE)


def reference_year(text: str) -> int | None:
    """The year the text was written, from its first full date ("25/10/2022"), when it has one."""
    match = _DATE.search(text)
    return int(match.group(1)) if match else None


def target_zones(text: str) -> list[tuple[int, int]]:
    """Stretches of text that list goals: from a list opener to the end of its paragraph or list."""
    zones = []
    for match in matches_at(_LIST_OPENER, text, _opener_starts(text)):
        end = text.find("\n", match.end())
        while end >= 0 and _LIST_ITEM.match(text, end):
            end = text.find("\n", end + 1)
        zones.append((match.end(), len(text) if end < 0 else end))
    return zones


def _opener_starts(text: str) -> list[int]:
    """Every place a list opener can begin, in order: the start of a line, or of one of its first words."""
    lines = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    return sorted(lines + [m.start() for m in _OPENER_WORD.finditer(text)])


@dataclass(frozen=True)
class Setting:
    """What the whole text tells about time: its goal lists, the year it was written, the end of its term."""

    zones: list[tuple[int, int]]
    year: int | None
    term_end: int | None


def _in_zone(zones: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in one of the zones (disjoint and in order, as `_merged` leaves them)."""
    index = bisect_right(zones, (pos, len(zones) and zones[-1][1] + 1)) - 1
    return index >= 0 and zones[index][0] <= pos < zones[index][1]


def _merged(zones: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping zones joined, so that a position is looked up by bisection (a long text has many)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(zones):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def setting_of(text: str) -> Setting:
    ends = [int(m.group(1)) for m in _TERM.finditer(text)]
    return Setting(_merged(target_zones(text)), reference_year(text), max(ends) if ends else None)


def kind_of(text: str, start: int, unit: str | None, setting: Setting) -> str:
    """The kind of the statement whose number starts at `start`."""
    if unit and unit.lower() in STRUCTURE_NOUNS:
        return OTHER
    if _in_zone(setting.zones, start):
        return TARGET
    sentence = sentence_start(text, start)
    clause = text[clause_start(text, start, sentence, commas=False) : start]
    if _OPENS_WITH_GOAL.match(text, sentence):
        return TARGET  # "Đến năm 2025, phấn đấu …: A; B; C": a goal opening the sentence governs all of it
    for marker in _MARKER.finditer(clause):
        if not _REACHED.search(clause[: marker.start()]):
            return TARGET
    # without the date it was written, a year counts as ahead when it ends the term: "đến năm 2025" in 2020-2025
    horizon = setting.year if setting.year is not None else setting.term_end and setting.term_end - 1
    for future in _FUTURE_YEAR.finditer(clause):
        if horizon is not None and int(future.group(1)) > horizon:
            return TARGET
    return ACTUAL
