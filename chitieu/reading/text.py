"""The text as read: Unicode composed (NFC) for matching, with a map back to the offsets of the original."""

import unicodedata


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
