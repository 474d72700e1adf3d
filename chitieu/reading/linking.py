"""Which indicator of the shared catalogue a target read from a resolution measures.

Pure functions over plain values. A target's name is compared with each indicator's name as sets of meaningful
words (the words that only say how the target is phrased — "tốc độ tăng", "bình quân", "đạt", "đến năm" — are left
out), and only indicators whose unit fits the target's kind are candidates: a growth rate measures a level (GRDP
in tỷ đồng grows by 7%/năm), a ratio or a share is a percentage, a level is in a unit that converts. Below a
confidence the office is offered a new indicator made from the target instead.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from chitieu.reading.matching import unit_factor, words

# Words that tell how a target is phrased, not what it measures.
_PHRASING = frozenset(
    """tốc độ tăng trưởng giảm bình quân hằng hàng mỗi đạt trở lên phấn đấu đến cuối kỳ nhiệm giai đoạn khoảng
    dưới từ mức thực hiện duy trì giữ vững cao hơn ít nhất không quá còn thời cả so""".split()
)
_ABBREVIATIONS = {
    "ntm": "nông thôn mới",
    "grdp": "tổng sản phẩm grdp",
    "thcs": "trung học cơ sở",
    "thpt": "trung học phổ thông",
    "bhyt": "bảo hiểm y tế",
    "bhxh": "bảo hiểm xã hội",
    "ocop": "ocop sản phẩm",
    "tdp": "tổ dân phố",
}
NEW_INDICATOR = "new"  # what a reviewed row says when the office wants an indicator made from the target
SURE = 0.6  # at or above: offered as the match; below it the row is highlighted for the office to check
ENOUGH = 0.4  # below: nothing fits, a new indicator is offered


@dataclass(frozen=True)
class Entry:
    """An indicator of the catalogue, as the linker sees it."""

    pk: int
    name: str
    unit: str
    is_percent: bool = False


@dataclass(frozen=True)
class Link:
    """The indicator offered for a target (None: a new one made from the target), its confidence, and the runners-up."""

    indicator: int | None
    confidence: float
    alternatives: tuple[tuple[int, float], ...] = ()

    @property
    def sure(self) -> bool:
        return self.confidence >= SURE


def meaningful(phrase: str) -> set[str]:
    """The words of a target's or an indicator's name that say what is measured."""
    text = unicodedata.normalize("NFC", phrase or "").lower()
    text = re.sub(r"\([^)]*\)", " ", text)  # "(theo giá so sánh 2010)", "(giá hiện hành)"
    for short, long in _ABBREVIATIONS.items():
        text = re.sub(rf"\b{short}\b", long, text)
    return {w for w in words(text) if w not in _PHRASING}


def fits(kind: str, target_unit: str, entry: Entry) -> bool:
    """Whether an indicator's unit can carry a target of this kind and unit."""
    percent_target = (target_unit or "").strip().startswith("%")
    if kind in ("growth_rate", "point_change"):
        # A growth rate is computed from levels; points change on a percentage.
        return entry.is_percent if kind == "point_change" else not entry.is_percent
    if kind == "ratio" or (percent_target and kind in ("level", "every_year")):
        return entry.is_percent
    if kind in ("yes_no", "ordinal"):
        return True
    if not target_unit:
        return True
    if unit_factor(target_unit, entry.unit) is not None:
        return True
    # "triệu đồng/người" against "triệu đồng/người/năm": a list often writes the per-part otherwise; and money
    # comes in more scales than conversions are listed for ("nghìn tỷ đồng", "triệu tỷ đồng", "USD").
    mine, theirs = target_unit.split("/")[0].strip().lower(), entry.unit.split("/")[0].strip().lower()
    if unit_factor(mine, theirs) is not None:
        return True
    return _is_money(mine) and _is_money(theirs)


def _is_money(unit: str) -> bool:
    return unit.endswith("đồng") or unit.endswith("usd")


def named_in_context(name: str, parent_name: str | None) -> str:
    """A part named only by what sets it apart ("Dịch vụ", "Tỷ lệ") is read with its parent's name."""
    return f"{parent_name} {name}" if parent_name and len(meaningful(name)) < 3 else name


def link(name: str, unit: str, kind: str, catalogue: Iterable[Entry], keep: int = 4) -> Link:
    """The best indicator for one target, with up to `keep` runners-up, or a new one when none reaches ENOUGH."""
    said = meaningful(name)
    if not said:
        return Link(None, 0.0)
    scored: list[tuple[float, int]] = []
    for entry in catalogue:
        if not fits(kind, unit, entry):
            continue
        named = meaningful(entry.name)
        shared = len(said & named)
        if shared:
            scored.append((round(shared / (len(said) * len(named)) ** 0.5, 3), entry.pk))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if not scored or scored[0][0] < ENOUGH:
        return Link(None, 1 - (scored[0][0] if scored else 0.0), tuple((pk, s) for s, pk in scored[:keep]))
    best_score, best = scored[0]
    return Link(best, best_score, tuple((pk, s) for s, pk in scored[1 : keep + 1]))
