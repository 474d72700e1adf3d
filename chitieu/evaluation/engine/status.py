"""Comparing an actual with its target: the ratio in percent, the status, the near band and rounding helpers."""

from decimal import ROUND_HALF_UP, Decimal
from typing import overload

from .definitions import Direction, Status, TargetDef, ValueForm

HUNDRED = Decimal(100)

# Worst first: the verdict of several parts (years of an ANNUAL target, children of a parent) is the worst one.
STATUS_ORDER: tuple[Status, ...] = (
    Status.NO_DATA,
    Status.NOT_MET,
    Status.HARD,
    Status.NEAR,
    Status.LIKELY,
    Status.ON_TRACK,
    Status.MET,
    Status.EXCEEDED,
)
REACHED = frozenset({Status.MET, Status.EXCEEDED})


def status_rank(status: Status) -> int:
    return STATUS_ORDER.index(status)


def worst(statuses: list[Status]) -> Status:
    return min(statuses, key=status_rank)


def to_decimal(number: Decimal | int | float | str) -> Decimal:
    """A float is read through its shortest repr (29.6 → Decimal('29.6')), as a person typed it."""
    return number if isinstance(number, Decimal) else Decimal(str(number))


@overload
def round_half_up(value: Decimal, places: int = 1) -> Decimal: ...
@overload
def round_half_up(value: None, places: int = 1) -> None: ...
def round_half_up(value: Decimal | None, places: int = 1) -> Decimal | None:
    """Round for display only (124,2007 → 124,2); the engine keeps full precision. None stays None."""
    return None if value is None else value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct_from_exceeded(exceeded_by: Decimal | int | float | str) -> Decimal:
    """'vượt 7% so với nghị quyết' → 107 (percent of the target)."""
    return HUNDRED + to_decimal(exceeded_by)


def pct_from_increase_over_target(increase: Decimal | int | float | str) -> Decimal:
    """'tăng 29,6% so với mục tiêu' → 129,6 (percent of the target, not of last year)."""
    return HUNDRED + to_decimal(increase)


def pct_from_shortfall(shortfall: Decimal | int | float | str) -> Decimal:
    """'thấp hơn 5% so với mục tiêu' → 95."""
    return HUNDRED - to_decimal(shortfall)


def ratio_pct(target: Decimal | None, actual: Decimal | None, direction: Direction) -> Decimal | None:
    """Actual against target in percent; for lower-is-better, target / actual so that beating it is > 100."""
    if target is None or actual is None:
        return None
    if direction is Direction.LOWER:
        target, actual = actual, target
    if target == 0:
        return HUNDRED if actual == 0 else None
    return actual / target * HUNDRED


def target_figure(target: TargetDef) -> Decimal | None:
    """The figure the ratio is taken against: the side of a range that decides whether it is met."""
    if target.form in (ValueForm.YES_NO, ValueForm.ORDINAL):
        return None
    if target.form is ValueForm.RANGE and target.direction is Direction.LOWER:
        return _range(target)[1]
    if target.form is ValueForm.RANGE:
        return _range(target)[0]
    return target.value


def ordinal_rank(target: TargetDef, text: str | None) -> Decimal | None:
    if text is None:
        return None
    wanted = " ".join(text.split()).casefold()
    for rank, level in enumerate(target.ordinal_scale):
        if " ".join(level.split()).casefold() == wanted:
            return Decimal(rank)
    return None


def ordinal_target_rank(target: TargetDef) -> Decimal | None:
    return ordinal_rank(target, target.ordinal_target) if target.ordinal_target else target.value


def classify(target: TargetDef, actual: Decimal | None, tolerance_pct: Decimal = Decimal(0)) -> Status:
    """The official verdict: strict and binary after direction is normalised; exact targets can be exceeded."""
    if actual is None:
        return Status.NO_DATA
    form = target.form
    if form is ValueForm.ORDINAL:
        wanted = ordinal_target_rank(target)
        return _met(wanted is not None and actual >= wanted)
    if form is ValueForm.YES_NO:
        return _met(actual == (Decimal(1) if target.value is None else target.value))
    if target.value is None:
        return Status.NO_DATA
    if form is ValueForm.MIN_BOUND:
        return _met(actual > target.value if target.strict else actual >= target.value)
    if form is ValueForm.MAX_BOUND:
        return _met(actual < target.value if target.strict else actual <= target.value)
    if form is ValueForm.RANGE:
        return _classify_range(target, actual)
    if (
        form is ValueForm.APPROXIMATE
        and abs(actual - target.value) <= abs(target.value) * tolerance_pct / HUNDRED
    ):
        return Status.MET
    beyond = _compare(actual, target.value, target.direction)
    if beyond > 0:
        return Status.EXCEEDED
    return Status.MET if beyond == 0 else Status.NOT_MET


def apply_near_band(status: Status, ratio: Decimal | None, near_band_pct: Decimal | None) -> Status:
    """A committee's own class 'đạt trên 90%': only a NOT_MET whose ratio reaches the band moves."""
    if (
        status is Status.NOT_MET
        and near_band_pct is not None
        and ratio is not None
        and ratio >= near_band_pct
    ):
        return Status.NEAR
    return status


def _met(reached: bool) -> Status:
    return Status.MET if reached else Status.NOT_MET


def _compare(actual: Decimal, target: Decimal, direction: Direction) -> int:
    """+1 when the actual is on the good side of the target, 0 when equal, −1 otherwise."""
    difference = actual - target if direction is Direction.HIGHER else target - actual
    return (difference > 0) - (difference < 0)


def _range(target: TargetDef) -> tuple[Decimal, Decimal]:
    low = target.value if target.value is not None else target.value_high
    high = target.value_high if target.value_high is not None else target.value
    assert low is not None and high is not None
    return (low, high) if low <= high else (high, low)


def _classify_range(target: TargetDef, actual: Decimal) -> Status:
    low, high = _range(target)
    if target.direction is Direction.LOWER:
        if actual > high or (target.strict and actual == high):
            return Status.NOT_MET
        return Status.EXCEEDED if actual < low else Status.MET
    if actual < low or (target.strict and actual == low):
        return Status.NOT_MET
    return Status.EXCEEDED if actual > high else Status.MET
