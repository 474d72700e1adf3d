"""The text as read: Unicode composed (NFC) for matching, with a map back to the offsets of the original."""

import re
import unicodedata
from collections.abc import Iterable, Iterator


def composed(text: str) -> tuple[str, list[int] | None]:
    """NFC text and, when composing changed it, the original offset of each of its characters (plus the end).

    Word processors and some web pages store Vietnamese decomposed ("ệ" as e + two marks); the rules are written
    for composed text, and spans must still index the text the user gave us.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []
    cluster_start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        piece = unicodedata.normalize("NFC", text[cluster_start:i])
        pieces.append(piece)
        offsets.extend([cluster_start] * len(piece))
        cluster_start = i
    offsets.append(len(text))
    return "".join(pieces), offsets


def original_span(offsets: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if offsets is None:
        return start, end
    return offsets[start], offsets[end]


def chained(first: list[int] | None, second: list[int] | None) -> list[int] | None:
    """The offset map of two rewrites done one after the other (`second` maps into the text `first` maps from)."""
    if second is None:
        return first
    if first is None:
        return second
    return [first[i] for i in second]


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, 0, endpos)` finds, given every place a match can begin (`starts`, ascending).

    re tries a pattern at every position of the text; trying it only where a match can begin (found by a cheap
    pattern that re can skip to) is several times faster. The pattern must not match the empty string.
    """
    end = 0
    endpos = len(text) if endpos is None else endpos
    for pos in starts:
        if pos >= end and (match := pattern.match(text, pos, endpos)):
            end = match.end()
            yield match
