"""A target's values year by year on the scale its target is read on, as table lines and as chart data for ECharts.

The chart and the table below it come from the same lines, so the page never shows a number only in the chart.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from django.db.models import Min
from django.utils.translation import gettext as _

from chitieu.evaluation.baselines import Baseline, target_baseline
from chitieu.evaluation.engine.definitions import (
    Evaluation,
    PlanRatio,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
)
from chitieu.evaluation.engine.status import target_figure
from chitieu.evaluation.engine.values import best_per_period, ended_by, known_as_of, yearly_points
from chitieu.evaluation.series import SeriesReader
from chitieu.reports.queries import BreakdownRow, TargetPage

HUNDRED = Decimal(100)
NOT_CHARTED = (TargetKind.YES_NO, TargetKind.ORDINAL)


@dataclass
class YearLine:
    year: int
    value: Decimal | None  # the year's value as the engine counts it
    scaled: Decimal | None  # on the target's scale: the running total of a cumulative target, else the value
    estimate: bool
    partial: bool
    path: Decimal | None  # where an even path from the baseline to the target stands at the end of the year
    plans: list[PlanRatio] = field(default_factory=list)


@dataclass
class TargetSeries:
    lines: list[YearLine]
    goal: Decimal | None  # the target on the chart's scale, at the deadline
    deadline: int | None
    projection: Decimal | None  # the end-of-term projection on the chart's scale
    cumulative: bool
    levels: bool = (
        False  # a rate target drawn as the levels it is computed from: the goal is the level it implies
    )

    @property
    def has_path(self) -> bool:
        return any(line.path is not None for line in self.lines)


def target_series(
    definition: TargetDef, evaluation: Evaluation, points: list[ValuePoint], as_of_date: object = None
) -> TargetSeries | None:
    """Yearly lines for a single target with a numeric figure; None for yes/no, ordinal and multi-part targets."""
    if (
        definition.children
        or definition.kind in NOT_CHARTED
        or definition.form
        in (
            ValueForm.YES_NO,
            ValueForm.ORDINAL,
        )
    ):
        return None
    by_year = evaluation.actual_by_year
    usable = best_per_period(known_as_of(points, as_of_date))  # type: ignore[arg-type]
    chains = yearly_points(usable, definition.is_flow or definition.kind is TargetKind.CUMULATIVE)
    cumulative = definition.kind is TargetKind.CUMULATIVE
    base_year, base = _baseline(definition, by_year)
    deadline = definition.deadline_year
    goal = _goal(definition, base_year, base)
    plans: dict[int, list[PlanRatio]] = {}
    for plan in evaluation.plan_ratios:
        plans.setdefault(plan.year, []).append(plan)
    first = min([*by_year, *plans, *([base_year] if base_year else [])], default=None)
    last = max([*by_year, *plans, *([deadline] if deadline else [])], default=None)
    if first is None or last is None:
        return TargetSeries([], goal, deadline, None, cumulative)
    running = Decimal(0)
    lines = []
    for year in range(first, last + 1):
        value = by_year.get(year)
        if value is not None:
            running += value
        chain = chains.get(year)
        lines.append(
            YearLine(
                year=year,
                value=value,
                scaled=(running if cumulative else value) if value is not None else None,
                estimate=chain is not None and min(p.kind for p in chain.points) < ValueKind.OFFICIAL,
                partial=year in evaluation.partial_years,
                path=_path(definition, year, base_year, base, goal),
                plans=plans.get(year, []),
            )
        )
    return TargetSeries(
        lines=lines,
        goal=goal,
        deadline=deadline,
        projection=_projection(definition, evaluation, base_year, base),
        cumulative=cumulative,
        levels=drawn_as_levels(definition),
    )


def drawn_as_levels(definition: TargetDef) -> bool:
    return definition.kind in (TargetKind.POINT_CHANGE, TargetKind.TOTAL_CHANGE) or (
        definition.kind is TargetKind.GROWTH_RATE and not definition.values_are_rates
    )


def _baseline(definition: TargetDef, by_year: dict[int, Decimal]) -> tuple[int | None, Decimal | None]:
    if definition.kind is TargetKind.CUMULATIVE:
        start = definition.start_year or (definition.baseline_year + 1 if definition.baseline_year else None)
        return (start - 1, Decimal(0)) if start else (None, None)
    year = definition.baseline_year
    if year is None:
        return None, None
    value = definition.baseline_value if definition.baseline_value is not None else by_year.get(year)
    return year, value


def _goal(definition: TargetDef, base_year: int | None, base: Decimal | None) -> Decimal | None:
    """The target on the scale of the yearly values: a level for growth and change targets."""
    figure = target_figure(definition)
    if figure is None:
        return None
    if definition.kind is TargetKind.GROWTH_RATE and not definition.values_are_rates:
        return _grown(base, figure, _years(definition, base_year))
    if definition.kind is TargetKind.POINT_CHANGE:
        return _changed(definition, base, figure, _years(definition, base_year))
    if definition.kind is TargetKind.TOTAL_CHANGE:
        return _grown(base, figure, 1)
    return figure


def _years(definition: TargetDef, base_year: int | None) -> int | None:
    if base_year is None or definition.deadline_year is None:
        return None
    return definition.deadline_year - base_year


def _grown(base: Decimal | None, rate: Decimal, years: int | None) -> Decimal | None:
    if base is None or years is None:
        return None
    return base * (1 + rate / HUNDRED) ** years


def _changed(
    definition: TargetDef, base: Decimal | None, change: Decimal, years: int | None
) -> Decimal | None:
    if base is None or years is None:
        return None
    return base - change * years if definition.change_is_decrease else base + change * years


def _path(
    definition: TargetDef, year: int, base_year: int | None, base: Decimal | None, goal: Decimal | None
) -> Decimal | None:
    """The even path from the baseline to the target (compound for a growth rate), at the end of `year`."""
    deadline = definition.deadline_year
    if (
        base_year is None
        or base is None
        or goal is None
        or deadline is None
        or definition.kind is TargetKind.ANNUAL
    ):
        return None
    if not base_year <= year <= deadline or deadline <= base_year:
        return None
    if definition.kind is TargetKind.GROWTH_RATE and not definition.values_are_rates:
        figure = target_figure(definition)
        return _grown(base, figure, year - base_year) if figure is not None else None
    if definition.kind is TargetKind.GROWTH_RATE:
        return goal
    return base + (goal - base) * (year - base_year) / (deadline - base_year)


def _projection(
    definition: TargetDef, evaluation: Evaluation, base_year: int | None, base: Decimal | None
) -> Decimal | None:
    projected = evaluation.projection
    if projected is None:
        return None
    if definition.kind is TargetKind.GROWTH_RATE and not definition.values_are_rates:
        return _grown(base, projected, _years(definition, base_year))
    if definition.kind is TargetKind.POINT_CHANGE:
        return _changed(definition, base, projected, _years(definition, base_year))
    return projected


# JSON for charts.js ----------------------------------------------------------------------------------------------


def _day(year: int) -> int:
    """Values stand at the end of their year; the axis is labelled by year."""
    return year


def _number(value: Decimal | None) -> float | None:
    return None if value is None else round(float(value), 4)


def _before_merger(lines: list[YearLine], merged_on: date | None) -> tuple[list[YearLine], list[YearLine]]:
    """The years that ended before a merged unit existed (its predecessors' roll-up), and the rest."""
    if merged_on is None:
        return [], lines
    return (
        [x for x in lines if date(x.year, 12, 31) < merged_on],
        [x for x in lines if date(x.year, 12, 31) >= merged_on],
    )


def _break(merged_on: date) -> dict:
    """Where 1/7/2025 stands on an axis of year ends: halfway between the ends of 2024 and 2025."""
    days = (merged_on - date(merged_on.year, 1, 1)).days / (
        date(merged_on.year, 12, 31).toordinal() - date(merged_on.year, 1, 1).toordinal() + 1
    )
    return {
        "x": round(merged_on.year - 1 + days, 2),
        "label": _("Merged on %(day)s") % {"day": merged_on.strftime("%d/%m/%Y")},
    }


def target_chart(series: TargetSeries, unit: str, merged_on: date | None = None) -> dict:
    """Official values solid, estimates dashed and hollow, plans, the target, the even path and the projection.

    For a unit formed by merger (`merged_on`), the years before it are its predecessors' roll-up: a series of
    their own, and a line marks the break."""
    before, after = _before_merger(series.lines, merged_on)
    series = replace(series, lines=after) if before else series
    official = [
        [_day(x.year), _number(x.scaled)] for x in series.lines if x.scaled is not None and not x.estimate
    ]
    estimate: list[list] = []
    previous = None
    for line in series.lines:
        if line.scaled is None:
            continue
        if line.estimate:
            if not estimate and previous is not None and not previous.estimate:
                estimate.append([_day(previous.year), _number(previous.scaled)])
            estimate.append([_day(line.year), _number(line.scaled)])
        previous = line
    valued = [x for x in series.lines if x.scaled is not None]
    plans = (
        []
        if series.cumulative
        else [[_day(x.year), _number(p.plan), p.source] for x in series.lines for p in x.plans]
    )
    goal = None
    if series.goal is not None and series.lines:
        end = series.deadline or series.lines[-1].year
        goal = [[_day(series.lines[0].year), _number(series.goal)], [_day(end), _number(series.goal)]]
    projection = None
    if series.projection is not None and valued and series.deadline and series.deadline > valued[-1].year:
        projection = [
            [_day(valued[-1].year), _number(valued[-1].scaled)],
            [_day(series.deadline), _number(series.projection)],
        ]
    chart = {
        "unit": unit,
        "names": {
            "before": _("Units before the merger"),
            "official": _("Official"),
            "estimate": _("Estimate"),
            "plan": _("Plan"),
            "target": _("Target"),
            "path": _("Even path to the target"),
            "projection": _("Projection"),
        },
        "official": official,
        "estimate": estimate,
        "plans": plans,
        "target": goal,
        "path": [[_day(x.year), _number(x.path)] for x in series.lines if x.path is not None],
        "projection": projection,
    }
    if merged_on is not None:
        chart["before"] = [[_day(x.year), _number(x.scaled)] for x in before if x.scaled is not None]
        chart["break"] = _break(merged_on)
        chart["path"] = [[_day(x.year), _number(x.path)] for x in before + series.lines if x.path is not None]
    return chart


def breakdown_chart(rows: list[BreakdownRow], unit: str) -> dict | None:
    """One bar per unit below, coloured by its status; None when no unit has a number to show."""
    shown = [row for row in rows if row.evaluation.actual is not None and row.actual_text is None]
    if not shown:
        return None
    return {
        "unit": unit,
        "names": [row.name for row in shown],
        "values": [_number(row.evaluation.actual) for row in shown],
        "statuses": [row.evaluation.status.value for row in shown],
        "labels": [row.status_label for row in shown],
    }


def page_charts(page: TargetPage) -> tuple[TargetSeries | None, dict | None, dict | None]:
    """(the yearly lines, the values chart, the breakdown chart) of a target page."""
    row = page.row
    series = target_series(
        row.definition, row.evaluation, ended_by(page.points, page.config.until), page.config.as_of
    )
    indicator = row.target.indicator
    unit = (
        indicator.unit if drawn_as_levels(row.definition) and indicator is not None else row.definition.unit
    )
    locality = row.target.resolution.locality
    merged_on = (
        locality.predecessor_links.aggregate(day=Min("effective"))["day"] if locality.valid_from else None
    )
    chart = target_chart(series, unit, merged_on) if series is not None and series.lines else None
    return series, chart, breakdown_chart(page.breakdown, row.definition.unit)


def page_baseline(page: TargetPage) -> Baseline | None:
    """A merged unit's baseline for the page's target: the predecessors' roll-up, or the office's override."""
    target = page.row.target
    if target.indicator is None or target.resolution.locality.valid_from is None:
        return None
    reader = SeriesReader(target.resolution.locality, [target.indicator], as_of=page.config.as_of)
    return target_baseline(reader, target)
