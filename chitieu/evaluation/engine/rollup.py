"""Rolling child localities' values up to their parent by an indicator's rule (sum, mean, ratio, count…)."""

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from operator import mul
from typing import Any, Protocol

from .definitions import ValueKind, ValuePoint
from .status import HUNDRED
from .values import has_data, known_as_of, precedence, says_yes


class RollupRule(StrEnum):
    SUM = "sum"
    MEAN = "mean"
    WEIGHTED_MEAN = "weighted_mean"
    RATIO = "ratio"
    COUNT_MEETING = "count_meeting"
    LATEST = "latest"


@dataclass(frozen=True, slots=True)
class Contribution:
    """One child's share; a roll-up returns one too, so that district results roll up again to the province."""

    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    weight: Decimal | None = None
    met: bool | None = None
    period_end: date | None = None
    locality: str | None = None


class RollupError(ValueError):
    """The children's figures cannot be combined by this rule without guessing."""


class _Child(Protocol):
    """What a rule reads from a child: a Contribution and a ValuePoint both have it."""

    @property
    def value(self) -> Decimal | None: ...
    @property
    def numerator(self) -> Decimal | None: ...
    @property
    def denominator(self) -> Decimal | None: ...
    @property
    def period_end(self) -> date | None: ...
    @property
    def locality(self) -> str | None: ...


# A rule gets the children, their weights (WEIGHTED_MEAN) and whether each meets the standard (COUNT_MEETING).
_Rule = Callable[[Sequence[_Child], list[Decimal | None], list[bool]], Contribution]

ZERO = Decimal(0)


def roll_up(rule: RollupRule, contributions: Sequence[Contribution]) -> Contribution:
    """Children without a value are left out (a missing report is not a zero), except for COUNT_MEETING."""
    weights = [c.weight for c in contributions] if rule is RollupRule.WEIGHTED_MEAN else []
    met = [bool(c.met) for c in contributions] if rule is RollupRule.COUNT_MEETING else []
    rolled = _RULES[rule](contributions, weights, met)
    if rule is RollupRule.LATEST or rolled.value is None and rolled.numerator is None:
        return rolled
    end = max((c.period_end for c in contributions if c.period_end is not None), default=None)
    return Contribution(rolled.value, rolled.numerator, rolled.denominator, rolled.weight, period_end=end)


def roll_up_series(
    rule: RollupRule,
    values: Sequence[ValuePoint],
    as_of: date | None = None,
    weights: Mapping[str | None, Decimal] | None = None,
    meets: Callable[[ValuePoint], bool] | None = None,
) -> list[ValuePoint]:
    """Children's values, one series per locality, into the parent's series: one rolled-up point per period.

    Each child counts once per period by the same precedence as values.best_per_period. A period's point is an
    estimate if any child's value in it is: it is only as firm as its weakest part.
    """
    # The hot path of a province's evaluation (hundreds of thousands of values): one grouping pass, then a few
    # comprehensions and sums over each period's children (comprehensions read slotted attributes faster than
    # map with attrgetter); the careful per-value path runs only for the periods that need it. Values arrive
    # period by period (every commune reports each month), so a period's children lie together in memory.
    groups: defaultdict[date, list[ValuePoint]] = defaultdict(list)
    for point in values:
        groups[point.period_end].append(point)
    meets = meets or meets_standard
    rule_function = _RULES[rule]
    counting = rule is RollupRule.COUNT_MEETING
    result = []
    for end in sorted(groups):
        for start, points in _by_start(groups[end]):
            children, kind, reported_on = _children(points, as_of)
            if not children:
                continue
            child_weights = [weights.get(c.locality) for c in children] if weights is not None else []
            met = list(map(meets, children)) if counting else []
            rolled = rule_function(children, child_weights, met)
            result.append(
                ValuePoint(
                    start,
                    end,
                    rolled.value,
                    kind=kind,
                    reported_on=reported_on,
                    numerator=rolled.numerator,
                    denominator=rolled.denominator,
                    source=f"tổng hợp từ {len(children)} đơn vị",
                )
            )
    return result


def _by_start(points: list[ValuePoint]) -> list[tuple[date, list[ValuePoint]]]:
    """Periods ending on one day but starting apart (quý III and 9 tháng) are rolled up apart."""
    starts = {p.period_start for p in points}
    if len(starts) == 1:
        return [(starts.pop(), points)]
    return [(start, [p for p in points if p.period_start == start]) for start in sorted(starts)]


def _children(
    points: list[ValuePoint], as_of: date | None
) -> tuple[list[ValuePoint], ValueKind, date | None]:
    """A period's children, one per locality, known as of the date; with the kind and report date of the
    rolled-up point (its weakest kind, its latest report)."""
    reports: list[Any] = [p.reported_on for p in points]
    try:
        latest_report = max(reports)
    except TypeError:  # some children have no report date: max cannot compare None with a date
        latest_report = None
    in_time = as_of is None or (
        latest_report is not None and latest_report <= as_of and points[0].period_start <= as_of
    )
    # The shortcut holds when each child is a distinct unit with a figure (values.has_data, written out inline).
    with_figure = {
        p.locality
        for p in points
        if p.value is not None
        or p.text is not None
        or (p.numerator is not None and p.denominator is not None)
    }
    if in_time and len(with_figure) == len(points):
        if latest_report is None:
            latest_report = max(filter(None, reports), default=None)
        return points, min([p.kind for p in points]), latest_report
    kept = _one_per_locality(known_as_of(points, as_of))
    reported = max((p.reported_on for p in kept if p.reported_on), default=None)
    return kept, min((p.kind for p in kept), default=ValueKind.OFFICIAL), reported


def meets_standard(point: ValuePoint) -> bool:
    """A child meets the standard when its text says so ("đạt chuẩn", "có") or its value is not zero."""
    if point.text is not None:
        return says_yes(point.text) is True
    return bool(point.value)


def _one_per_locality(points: list[ValuePoint]) -> list[ValuePoint]:
    best: dict[str | None, ValuePoint] = {}
    for point in points:
        current = best.get(point.locality)
        if has_data(point) and (current is None or precedence(point) > precedence(current)):
            best[point.locality] = point
    return list(best.values())


# Each rule first sums straight over the children, in C; a child without a figure makes Decimal + None raise
# TypeError, and only then does the rule take the careful path that leaves such children out.


def _straight_sum(figures: list[Any]) -> Decimal:
    return sum(figures, ZERO)


def _sum(children: Sequence[_Child], weights: list[Decimal | None], met: list[bool]) -> Contribution:
    try:
        return Contribution(value=_straight_sum([c.value for c in children])) if children else Contribution()
    except TypeError:
        values = _present_values(children)
        return Contribution(value=sum(values, ZERO)) if values else Contribution()


def _mean(children: Sequence[_Child], weights: list[Decimal | None], met: list[bool]) -> Contribution:
    try:
        total, count = _straight_sum([c.value for c in children]), len(children)
    except TypeError:
        present = _present_values(children)
        total, count = sum(present, ZERO), len(present)
    if not count:
        return Contribution()
    # The count goes on as the weight, so a weighted mean of these means is the mean of all units.
    return Contribution(value=total / count, weight=Decimal(count))


def _weighted_mean(
    children: Sequence[_Child], weights: list[Decimal | None], met: list[bool]
) -> Contribution:
    missing_weight = RollupError("Thiếu trọng số của một đơn vị để tính bình quân gia quyền.")
    if len(weights) != len(children):
        raise missing_weight
    try:
        weighted = _straight_sum(list(map(mul, [c.value for c in children], weights)))
        total = _straight_sum(weights)
    except TypeError:
        pairs = [(c.value, w) for c, w in zip(children, weights, strict=True) if c.value is not None]
        weighed = [(v, w) for v, w in pairs if w is not None]
        if len(weighed) != len(pairs):
            raise missing_weight from None
        total = sum((w for _, w in weighed), ZERO)
        weighted = sum((v * w for v, w in weighed), ZERO)
    if total == 0:
        return Contribution()
    return Contribution(value=weighted / total, weight=total)


def _ratio(children: Sequence[_Child], weights: list[Decimal | None], met: list[bool]) -> Contribution:
    try:
        numerator = _straight_sum([c.numerator for c in children])
        denominator = _straight_sum([c.denominator for c in children])
    except TypeError:
        for c in children:
            if c.value is not None and (c.numerator is None or c.denominator is None):
                raise RollupError(
                    f"Đơn vị {c.locality or ''} chỉ có tỷ lệ phần trăm, thiếu tử số và mẫu số: "
                    "không được lấy bình quân các tỷ lệ."
                ) from None
        pairs = [(c.numerator, c.denominator) for c in children]
        counted = [(n, d) for n, d in pairs if n is not None and d is not None]
        children = [c for c in children if c.numerator is not None and c.denominator is not None]
        numerator = sum((n for n, _ in counted), ZERO)
        denominator = sum((d for _, d in counted), ZERO)
    if not children:
        return Contribution()
    return Contribution(
        value=numerator / denominator * HUNDRED if denominator else None,
        numerator=numerator,
        denominator=denominator,
    )


def _present_values(children: Sequence[_Child]) -> list[Decimal]:
    return [c.value for c in children if c.value is not None]


def _count_meeting(
    children: Sequence[_Child], weights: list[Decimal | None], met: list[bool]
) -> Contribution:
    # Every listed unit counts in the denominator: a commune not yet recognised is not one that meets.
    if not children:
        return Contribution()
    meeting, units = Decimal(sum(met)), Decimal(len(children))
    return Contribution(value=meeting / units * HUNDRED, numerator=meeting, denominator=units)


def _latest(children: Sequence[_Child], weights: list[Decimal | None], met: list[bool]) -> Contribution:
    reported = [c for c in children if c.value is not None]
    if not reported:
        return Contribution()
    last = max(reported, key=lambda c: c.period_end or date.min)
    return Contribution(last.value, last.numerator, last.denominator, period_end=last.period_end)


_RULES: dict[RollupRule, _Rule] = {
    RollupRule.SUM: _sum,
    RollupRule.MEAN: _mean,
    RollupRule.WEIGHTED_MEAN: _weighted_mean,
    RollupRule.RATIO: _ratio,
    RollupRule.COUNT_MEETING: _count_meeting,
    RollupRule.LATEST: _latest,
}
