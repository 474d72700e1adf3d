"""The unit written after a number: "%", "tỷ đồng", "ha", "triệu đồng/người/năm", or a count noun ("xã")."""

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from chitieu.reading.lexicon import (
    CURRENCY,
    DURATIONS,
    MEASURES,
    NOT_A_UNIT,
    RATINGS,
    SCALE,
    SCALE_WORDS,
)
from chitieu.reading.nouns import AFTER_CLASSIFIER, CLASSIFIERS, COMPOUND_NOUNS, NOT_IN_A_NOUN, SINGLE_NOUNS

PERCENT = "percent"
MEASURE = "measure"
COUNT = "count"
DURATION = "duration"
RATING = "rating"

_PERCENT = re.compile(r"[ \t]?(%0|‰|%)")
_SCALED = re.compile(
    rf"[ \t]*(?P<scales>{SCALE}(?:\s+{SCALE})*)"
    rf"(?:\s+(?P<more>\d{{1,3}}(?:,\d+)?)\s+(?P<smaller>{SCALE}))?"
    rf"(?:\s*(?P<what>{CURRENCY}|{MEASURES}))?",
    re.IGNORECASE,
)
_MEASURE = re.compile(rf"[ \t]*(?P<what>{MEASURES})", re.IGNORECASE)
_CURRENCY = re.compile(rf"[ \t]*(?P<what>{CURRENCY})", re.IGNORECASE)
_WORD = re.compile(r"[ \t]*(?P<word>[^\W\d_][\w\-]*)")
_SYLLABLE = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)(?![\w\-])")
# Up to five words after a number, to look the longest known compound up in a set (a regex of a few hundred
# alternatives would try each of them at every number).
_WORDS_AHEAD = re.compile(
    r"[ \t]*(?P<w1>[^\W\d_]+)(?:(?P<s2>\s+|,[ \t]*)(?P<w2>[^\W\d_]+)(?:\s+(?P<w3>[^\W\d_]+)"
    r"(?:\s+(?P<w4>[^\W\d_]+)(?:\s+(?P<w5>[^\W\d_]+))?)?)?)?"
)
_COMPOUND_SET = frozenset(COMPOUND_NOUNS)
_LONGEST = max(len(c.split()) for c in COMPOUND_NOUNS)
_PER = re.compile(r"\s*/\s*(?P<per>vạn\s+dân|nghìn\s+dân|\d[\d.]*\s+dân|ngày\s+đêm|[^\W\d_][\w]*)")
_SPELLING = (
    (re.compile(r"\btỉ\b"), "tỷ"),
    (re.compile(r"\bngàn\b"), "nghìn"),
    (re.compile(r"%0"), "‰"),
    (re.compile(r"điểm\s*(?:%|phần\s+trăm)"), "điểm %"),
    (re.compile(r"\bđ\b"), "đồng"),
    (re.compile(r"\bVN[ĐD]\b", re.IGNORECASE), "đồng"),
    (re.compile(r"\bhéc-?ta\b|\bhécta\b", re.IGNORECASE), "ha"),
    (re.compile(r"\s+"), " "),
)


@dataclass(frozen=True)
class Unit:
    """`text` normalised in spelling; `extra` is what a second number adds ("16 tỷ 434 triệu": 0.434 tỷ)."""

    text: str
    end: int
    kind: str
    extra: Decimal = Decimal(0)


@lru_cache(maxsize=1024)
def normalise(unit: str) -> str:
    """'tỉ đồng' → 'tỷ đồng', 'ngàn' → 'nghìn', '%0' → '‰', 'đ' → 'đồng' (a few hundred units recur: cached)."""
    for pattern, replacement in _SPELLING:
        unit = pattern.sub(replacement, unit)
    return unit.strip()


def read_unit(text: str, pos: int) -> Unit | None:
    """The unit starting at `pos` (just after a number), or None when no unit is written there."""
    unit = (
        _percent(text, pos)
        or _scaled(text, pos)
        or _compound(text, pos)
        or _measure(text, pos)
        or _single_noun(text, pos)  # _count_noun, its compounds already tried
    )
    if unit is None or unit.kind in (DURATION, RATING):
        return unit
    return _per(text, unit)


def _percent(text: str, pos: int) -> Unit | None:
    match = _PERCENT.match(text, pos)
    return Unit(normalise(match.group(1)), match.end(), PERCENT) if match else None


def _scaled(text: str, pos: int) -> Unit | None:
    match = _SCALED.match(text, pos)
    if not match:
        return None
    scales = match.group("scales")
    extra = Decimal(0)
    if match.group("more"):
        big = SCALE_WORDS[scales.split()[-1].lower()]
        small = SCALE_WORDS[match.group("smaller").lower()]
        if small >= big:
            return Unit(normalise(scales), match.end("scales"), MEASURE)
        extra = Decimal(match.group("more").replace(",", ".")) * small / big
    what = match.group("what")
    end = match.end()
    if what is None:
        noun = _count_noun(text, end)
        if noun is not None and noun.kind == COUNT:
            return Unit(normalise(f"{scales} {noun.text}"), noun.end, COUNT, extra)
        end = match.end("smaller") if match.group("smaller") else match.end("scales")
    return Unit(normalise(f"{scales} {what or ''}"), end, MEASURE, extra)


def _measure(text: str, pos: int) -> Unit | None:
    match = _MEASURE.match(text, pos) or _CURRENCY.match(text, pos)
    return Unit(normalise(match.group("what")), match.end(), MEASURE) if match else None


def _compound(text: str, pos: int) -> Unit | None:
    """The longest compound noun of the lexicon at `pos` ("hợp tác xã", "trường hợp", "sở, ngành")."""
    match = _WORDS_AHEAD.match(text, pos)
    if not match:
        return None
    words = [w.lower() for w in match.group("w1", "w2", "w3", "w4", "w5") if w]
    comma = "," in (match.group("s2") or "")
    for size in range(min(len(words), _LONGEST), 0, -1):
        key = words[0] + ("," if comma and size > 1 else "") + "".join(f" {w}" for w in words[1:size])
        if key in _COMPOUND_SET and (
            size == 1 or not text[match.end(f"w{size}") : match.end(f"w{size}") + 1].isalnum()
        ):
            written = text[match.start("w1") : match.end(f"w{size}")]
            return _with_counted_noun(text, Unit(normalise(written), match.end(f"w{size}"), COUNT))
    return None


def _count_noun(text: str, pos: int) -> Unit | None:
    return _compound(text, pos) or _single_noun(text, pos)


def _single_noun(text: str, pos: int) -> Unit | None:
    match = _WORD.match(text, pos)
    if not match:
        return None
    word = match.group("word")
    lowered = word.lower()
    if lowered in DURATIONS:
        return Unit(word, match.end(), DURATION)
    if lowered in RATINGS:
        return Unit(word, match.end(), RATING)
    is_abbreviation = word.isupper() and 2 <= len(word) <= 6
    if lowered in NOT_A_UNIT or not (word[0].islower() or is_abbreviation):
        return None
    if is_abbreviation or lowered in SINGLE_NOUNS or lowered in CLASSIFIERS:
        return _with_counted_noun(text, Unit(word, match.end(), COUNT))
    second = _SYLLABLE.match(text, match.end())
    following = second.group("word") if second else ""
    if second is None or not following[:1].islower() or following in NOT_IN_A_NOUN or following in DURATIONS:
        return Unit(word, match.end(), COUNT)
    return Unit(f"{word} {following}", second.end(), COUNT)  # "địa phương", "công nhân"


def _with_counted_noun(text: str, unit: Unit) -> Unit:
    """A classifier keeps the noun it counts: "5 loại dược liệu", "14 buổi biểu diễn", "7.800 lượt hộ"."""
    if unit.text.lower() not in CLASSIFIERS:
        return unit
    verb = _SYLLABLE.match(text, unit.end)
    if verb and verb.group("word") in AFTER_CLASSIFIER:
        return Unit(f"{unit.text} {verb.group('word')}", verb.end(), COUNT)  # "3 cuộc thi", "12 buổi học"
    noun = _compound(text, unit.end) or _single_noun(text, unit.end)
    if noun is None or noun.kind != COUNT or noun.text.lower() in CLASSIFIERS:
        return unit
    return Unit(f"{unit.text} {noun.text}", noun.end, COUNT)


def _per(text: str, unit: Unit) -> Unit:
    """'triệu đồng/người/năm', '%/năm', 'giường bệnh/vạn dân'."""
    end, written = unit.end, unit.text
    while match := _PER.match(text, end):
        written += "/" + normalise(match.group("per"))
        end = match.end()
    return Unit(written, end, unit.kind, unit.extra)
