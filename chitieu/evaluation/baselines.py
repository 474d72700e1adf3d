"""A new unit's baseline for a target: its predecessors' last figure before the merge, rolled up through the links.

A commune or province formed on 1/7/2025 has no figure of its own for 2024 or the first half of 2025; its
first congress states targets against what the units it absorbed reported. The SeriesReader already rolls
those units up for periods that ended before the merge (by the indicator's rule: sum, mean, weighted mean,
ratio of summed counts); this module picks the last such period, names the units behind it and how many of
them reported, and prefers the office's override when there is one (plans/services.override_baseline).
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from chitieu.core.numbers import format_number
from chitieu.evaluation.engine.definitions import ValuePoint
from chitieu.evaluation.engine.values import best_per_period, latest_point
from chitieu.evaluation.series import SeriesReader
from chitieu.plans.models import Indicator, Resolution, Target


@dataclass(frozen=True)
class Source:
    """One unit the new unit absorbed, and its own figure for the baseline's period."""

    id: int
    name: str
    value: Decimal | None


@dataclass(frozen=True)
class Baseline:
    value: Decimal | None
    period: tuple[date, date] | None  # the predecessors' period it stands for; None when none reported
    merged_on: date
    sources: tuple[Source, ...]
    computed: Decimal | None = None  # the roll-up, kept beside an override
    reason: str = ""  # the office's reason, when it overrode the roll-up
    rolls_up: bool = True  # False: the indicator is not added up across units (a per-head figure, a rate)

    @property
    def year(self) -> int | None:
        return self.period[1].year if self.period else None

    @property
    def reported(self) -> int:
        return sum(1 for source in self.sources if source.value is not None)

    @property
    def overridden(self) -> bool:
        return bool(self.reason)

    @property
    def text(self) -> str:
        """'Giá trị gốc 2025 (6 tháng đầu năm 2025): 245 — tổng hợp từ 3 đơn vị cũ, 3/3 có số liệu (…)'."""
        count = len(self.sources)
        names = ", ".join(s.name for s in self.sources)
        if self.period is None and not self.rolls_up:
            return (
                f"Giá trị gốc: chỉ số không tổng hợp được từ {count} đơn vị cũ ({names}); "
                "văn phòng nhập giá trị gốc kèm lý do"
            )
        if self.period is None:
            return f"Giá trị gốc: chưa có số liệu của {count} đơn vị cũ trước sáp nhập ({names})"
        when = period_text(self.period)
        when = when if when == f"năm {self.year}" else f"{self.year} ({when})"
        head = f"Giá trị gốc {when}: {format_number(self.value)}"
        rolled = f"tổng hợp từ {count} đơn vị cũ, {self.reported}/{count} có số liệu ({names})"
        if self.overridden:
            return f"{head} — văn phòng điều chỉnh: {self.reason} (số tổng hợp: {format_number(self.computed)}; {rolled})"
        return f"{head} — {rolled}"


def period_text(period: tuple[date, date]) -> str:
    """'năm 2024', '6 tháng đầu năm 2025', 'quý II/2025', else the two dates."""
    start, end = period
    if start.month == 1 and start.day == 1 and end.day in (30, 31):
        if end.month == 12:
            return f"năm {start.year}"
        if end.month == 6:
            return f"6 tháng đầu năm {start.year}"
        if end.month == 9:
            return f"9 tháng năm {start.year}"
    if start.day == 1 and start.month in (1, 4, 7, 10) and end.month == start.month + 2:
        quarter = ("I", "II", "III", "IV")[start.month // 3]
        return f"quý {quarter}/{start.year}"
    return f"{start:%d/%m/%Y} - {end:%d/%m/%Y}"


def merged_on(reader: SeriesReader, unit_id: int) -> date | None:
    """The day a unit was formed from others (1/7/2025), or None for a unit with no predecessors."""
    days = [effective for _, effective in reader.tree.units[unit_id].predecessors]
    return min(days) if days else None


def _before(points: list[ValuePoint], day: date) -> list[ValuePoint]:
    return [p for p in best_per_period(points) if p.period_end < day and p.value is not None]


def predecessor_baseline(reader: SeriesReader, indicator: Indicator, unit_id: int) -> Baseline | None:
    """The roll-up of the predecessors' last reported period before the merge; None for a unit never merged."""
    day = merged_on(reader, unit_id)
    if day is None:
        return None
    point = latest_point(_before(reader.points(indicator, unit_id), day))
    units = reader.tree.units
    if point is None:
        ids = [pid for pid, _ in units[unit_id].predecessors]
        sources = tuple(Source(i, units[i].name, None) for i in ids)
        return Baseline(None, None, day, sources, rolls_up=indicator.rollup != Indicator.Rollup.NONE)
    period = (point.period_start, point.period_end)
    ids, _ = reader.expected(unit_id, period)
    sources = []
    for pid in ids:
        own = [
            p for p in _before(reader.points(indicator, pid), day) if (p.period_start, p.period_end) == period
        ]
        sources.append(Source(pid, units[pid].name, own[0].value if own else None))
    return Baseline(point.value, period, day, tuple(sources), computed=point.value)


def target_baseline(reader: SeriesReader, target: Target) -> Baseline | None:
    """The baseline a new unit's target is read against: the office's override, else the predecessors' roll-up."""
    if target.indicator is None:
        return None
    baseline = predecessor_baseline(reader, target.indicator, target.resolution.locality_id)
    if baseline is None or not target.baseline_reason:
        return baseline
    year = target.baseline_year or baseline.year
    period = (date(year, 1, 1), date(year, 12, 31)) if year and baseline.period is None else baseline.period
    return Baseline(
        target.baseline_value,
        period,
        baseline.merged_on,
        baseline.sources,
        computed=baseline.computed,
        reason=target.baseline_reason,
    )


def resolution_baselines(resolution: Resolution, as_of: date | None = None) -> list[str]:
    """'Giá trị gốc …' lines for each target of a merged unit's resolution; none for a unit never merged."""
    targets = list(
        resolution.targets.select_related("indicator", "resolution").order_by("group__order", "order", "pk")
    )
    indicators = [t.indicator for t in targets if t.indicator is not None]
    if not indicators or not resolution.locality.predecessor_links.exists():
        return []
    return baseline_lines(SeriesReader(resolution.locality, indicators, as_of=as_of), targets)


def baseline_lines(reader: SeriesReader, targets: list[Target]) -> list[str]:
    """One line per target of a merged unit's resolution, for `chitieu evaluate`."""
    lines = []
    for target in targets:
        baseline = target_baseline(reader, target)
        if baseline is not None:
            lines.append(f"{target.label} {target.name}: {baseline.text}".strip())
    return lines
