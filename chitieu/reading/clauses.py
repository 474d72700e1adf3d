"""Where sentences and clauses begin, so the words before a number are read within its clause."""

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

# A mark, a full stop only before a space, a quote or the end; the class comes first so that re skips to it.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<!\.)|(?=\s|$|[“”\"']))")
_CLAUSE_END = re.compile(r"[.;:!?\n…](?:(?<!\.)|(?=\s|$|[“”\"']))")
_CLAUSE_MARKS = ";:!?\n…."


def clause_start(text: str, pos: int, floor: int = 0, commas: bool = True) -> int:
    """Where the clause holding `pos` begins: after the last ; : . ! ? newline (or comma) before it."""
    start = floor
    if floor < pos and text[pos - 1] in _CLAUSE_MARKS:
        start = pos  # read up to `pos` only, a full stop just before it ends the clause whatever follows
    else:
        ends = _clause_ends(text)
        index = bisect_left(ends, pos - 1) - 1
        if index >= 0 and ends[index] >= floor:
            start = ends[index] + 1
    bracket = text.rfind("(", start, pos)
    if bracket >= 0 and text.find(")", bracket, pos) < 0:
        start = bracket + 1  # "(năng suất bình quân 62,41 tạ/ha": the bracket opens its own clause
    if commas:
        comma = text.rfind(",", start, pos)
        if comma >= 0 and not _between_digits(text, comma):
            start = comma + 1
    return start


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins."""
    starts = _sentence_starts(text)
    return starts[bisect_right(starts, pos) - 1]


@lru_cache(maxsize=4)
def _clause_ends(text: str) -> list[int]:
    """Where each clause-ending mark of the text stands, found once so each lookup is a bisection."""
    return [m.start() for m in _CLAUSE_END.finditer(text)]


@lru_cache(maxsize=4)
def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _between_digits(text: str, pos: int) -> bool:
    return 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()


def sentence_around(text: str, start: int, end: int) -> str:
    """The whole sentence holding the span `start`–`end`, as written."""
    begin = sentence_start(text, start)
    stop = _SENTENCE_END.search(text, end)
    return text[begin : stop.end() if stop else len(text)].strip()
