"""A new unit's baseline for a target: its predecessors' last figure before the merge, rolled up through the links.

A commune or province formed on 1/7/2025 has no figure of its own for 2024 or the first half of 2025; its
first congress states targets against what the units it absorbed reported. The SeriesReader already rolls
those units up for periods that ended before the merge (by the indicator's rule: sum, mean, weighted mean,
ratio of summed counts); this module picks the last such period, names the units behind it and how many of
them reported, and prefers the office's override when there is one (plans/services.override_baseline).

A target that continues one of the term before (Target.continues) starts instead from the figure that target's
end-of-term review reads (`carried_baseline`, fed by evaluation/queries.py, which runs that review).
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from chitieu.core.numbers import format_number
from chitieu.evaluation.engine.definitions import Evaluation, TargetDef, TargetKind, ValuePoint
from chitieu.evaluation.engine.values import best_per_period, latest_point
from chitieu.evaluation.engine.wording import amount, status_label
from chitieu.evaluation.series import SeriesReader
from chitieu.plans.models import Indicator, Target


@dataclass(frozen=True)
class Source:
    """One unit the new unit absorbed, and its own figure for the baseline's period."""

    id: int
    name: str
    value: Decimal | None


@dataclass(frozen=True)
class Carried:
    """The previous term's target a target continues, and what its end-of-term review says."""

    target_id: int
    target: str  # "2. Thu nhập bình quân đầu người"
    resolution_id: int
    resolution: str
    term: str  # "2020-2025"
    result: str  # "30,2 triệu đồng/người/năm (năm 2024) — đạt"

    @property
    def text(self) -> str:
        """'Tiếp nối chỉ tiêu 2. Thu nhập … của Nghị quyết … (2020-2025): kết quả cuối kỳ 30,2 … — đạt'."""
        return f"Tiếp nối chỉ tiêu {self.target} của {self.of}: kết quả cuối kỳ {self.result}"

    @property
    def of(self) -> str:
        return titled(self.resolution, self.term)


def titled(title: str, term: str) -> str:
    """A resolution's title, with its term when the title does not say it."""
    return title if term in title else f"{title} ({term})"


@dataclass(frozen=True)
class Baseline:
    value: Decimal | None
    period: tuple[date, date] | None  # the period it stands for; None when nothing was reported
    merged_on: date | None  # None for a baseline carried from a previous target of a unit never merged
    sources: tuple[Source, ...]
    computed: Decimal | None = None  # the roll-up or the carried figure, kept beside an override
    reason: str = ""  # the office's reason, when it overrode the roll-up
    rolls_up: bool = True  # False: the indicator is not added up across units (a per-head figure, a rate)
    carried: Carried | None = None  # the previous term's target whose end-of-term figure it is

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
        if self.carried is not None:
            return self._carried_text(self.carried)
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

    def _carried_text(self, carried: Carried) -> str:
        source = f"kết quả cuối kỳ của chỉ tiêu {carried.target}, {carried.of}"
        if self.period is None:
            return f"Giá trị gốc: chưa có — {source} chưa có số liệu"
        head = f"Giá trị gốc {period_text(self.period)}: {format_number(self.value)}"
        if self.overridden:
            return f"{head} — văn phòng điều chỉnh: {self.reason} ({source}: {format_number(self.computed)})"
        return f"{head} — {source}"


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


def _before(points: list[ValuePoint], day: date, whole_years: bool = False) -> list[ValuePoint]:
    return [
        p
        for p in best_per_period(points)
        if p.period_end < day and p.value is not None and (not whole_years or _whole_year(p))
    ]


def _whole_year(point: ValuePoint) -> bool:
    start, end = point.period_start, point.period_end
    return start == date(start.year, 1, 1) and end == date(start.year, 12, 31)


# A rate a year, a rise or a change in points is counted in whole years (V_n / V_base over n years): the first
# half of 2025 is no base for them.
COUNTED_IN_YEARS = (Target.Kind.GROWTH_RATE, Target.Kind.TOTAL_CHANGE, Target.Kind.POINT_CHANGE)


def predecessor_baseline(
    reader: SeriesReader, indicator: Indicator, unit_id: int, whole_years: bool = False
) -> Baseline | None:
    """The roll-up of the predecessors' last reported period before the merge (`whole_years`: the last whole
    year); None for a unit never merged."""
    day = merged_on(reader, unit_id)
    if day is None:
        return None
    point = latest_point(_before(reader.points(indicator, unit_id), day, whole_years))
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


def carried_baseline(old: Target, definition: TargetDef, review: Evaluation) -> Baseline:
    """The figure the end-of-term review of `old` reads, as the baseline of the target that continues it: the
    actual of a level target, else the latest level the review counted (a growth target's last year)."""
    point = review.basis[-1] if review.basis else None
    value = review.actual if definition.kind is TargetKind.LEVEL else (point.value if point else None)
    period = (point.period_start, point.period_end) if point is not None and value is not None else None
    when = f" ({period_text(period)})" if period else ""
    result = (
        f"{amount(review.actual, definition.unit)}{when} — {status_label(review.status)}"
        if review.actual is not None
        else "chưa có số liệu"
    )
    carried = Carried(
        target_id=old.pk,
        target=f"{old.label} {old.name}".strip(),
        resolution_id=old.resolution_id,
        resolution=old.resolution.title,
        term=old.resolution.term.name,
        result=result,
    )
    return Baseline(value, period, None, (), computed=value, carried=carried)


def target_baseline(reader: SeriesReader, target: Target, carried: Baseline | None = None) -> Baseline | None:
    """The baseline a target is read against, when the resolution states none: the office's override, else the
    end-of-term figure of the previous term's target it continues (`carried`), else, for a new unit, the
    predecessors' roll-up."""
    if target.indicator is None:
        return None
    baseline = carried or predecessor_baseline(
        reader, target.indicator, target.resolution.locality_id, whole_years=target.kind in COUNTED_IN_YEARS
    )
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
        carried=baseline.carried,
    )
