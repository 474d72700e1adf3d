"""Which indicator a claim read from a report speaks of: word overlap of the phrases and unit compatibility.

Pure functions over plain values: the page gives the candidates (a locality's targets and indicators) as
`Candidate`s and gets back, per claim, the best one with the factor that converts the claim's value into the
candidate's unit ("16,434 tỷ đồng" → 16.434 triệu đồng).
"""

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

_WORD = re.compile(r"[^\W\d_]+")
# Words that say little about what is measured: they may not carry a match on their own.
_FILLER = frozenset(
    "của và các những trên địa bàn toàn đạt được số tổng tỷ tỉ lệ năm với cho trong theo về có là bình quân".split()
)
_MONEY = {
    "đồng": Decimal(1),
    "nghìn đồng": Decimal(10**3),
    "triệu đồng": Decimal(10**6),
    "tỷ đồng": Decimal(10**9),
}
_WEIGHT = {
    "kg": Decimal(1),
    "yến": Decimal(10),
    "tạ": Decimal(100),
    "tấn": Decimal(1000),
    "nghìn tấn": Decimal(10**6),
}
_AREA = {
    "m2": Decimal(1),
    "m²": Decimal(1),
    "ha": Decimal(10**4),
    "km2": Decimal(10**6),
    "km²": Decimal(10**6),
}
_FAMILIES = (_MONEY, _WEIGHT, _AREA)
MIN_SCORE = 0.34


@dataclass(frozen=True)
class Candidate:
    """Something a claim may be a value of: an indicator, possibly reached through a target of a resolution."""

    indicator_id: int
    name: str
    unit: str
    target_id: int | None = None


@dataclass(frozen=True)
class Match:
    candidate: Candidate
    score: float
    factor: Decimal  # claim value × factor = value in the candidate's unit


def words(phrase: str) -> set[str]:
    """The meaningful words of a phrase, lowercased and composed."""
    text = unicodedata.normalize("NFC", phrase or "").lower().replace("tỉ", "tỷ")
    return {w for w in _WORD.findall(text) if w not in _FILLER}


def unit_factor(claim_unit: str, candidate_unit: str) -> Decimal | None:
    """How to convert a value written in `claim_unit` into `candidate_unit`; None when they measure different things.

    A candidate without a unit accepts any claim; "%" matches only "%"; money, weight and area convert within
    their scale; per-parts must agree after the first unit ("triệu đồng/người/năm").
    """
    left, right = _plain_unit(claim_unit), _plain_unit(candidate_unit)
    if not right:
        return Decimal(1)
    if left == right:
        return Decimal(1)
    left_head, _, left_per = left.partition("/")
    right_head, _, right_per = right.partition("/")
    if left_per != right_per:
        return None
    for family in _FAMILIES:
        if left_head in family and right_head in family:
            return family[left_head] / family[right_head]
    return None


def best_match(indicator_phrase: str, unit: str, candidates: list[Candidate]) -> Match | None:
    """The candidate sharing most words with the claim's phrase among those whose unit fits; None below MIN_SCORE."""
    said = words(indicator_phrase) | words(_count_noun(unit))
    if not said:
        return None
    best: Match | None = None
    for candidate in candidates:
        factor = unit_factor(unit, candidate.unit)
        if factor is None:
            continue
        named = words(candidate.name)
        if not named:
            continue
        shared = len(said & named)
        score = shared / (len(said) * len(named)) ** 0.5  # cosine of the word sets
        if shared and score >= MIN_SCORE and (best is None or score > best.score):
            best = Match(candidate, round(score, 3), factor)
    return best


def disagrees(claimed: Decimal, stored: Decimal) -> bool:
    """Whether two figures differ by more than the rounding of the claimed one ("92,3" agrees with 92.27)."""
    exponent = claimed.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return abs(claimed - stored) > Decimal(5) * Decimal(10) ** -(places + 1)


def _plain_unit(unit: str) -> str:
    unit = (
        unicodedata.normalize("NFC", unit or "").strip().lower().replace("tỉ", "tỷ").replace("ngàn", "nghìn")
    )
    return re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", unit))


def _count_noun(unit: str) -> str:
    plain = _plain_unit(unit)
    return "" if plain in ("%", "‰") or any(plain.split("/")[0] in family for family in _FAMILIES) else plain
