"""Read-side rows for the dashboards: a resolution's table and counts, a target's series and breakdown, scorecards."""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from chitieu.core.collation import vn_key
from chitieu.evaluation.display import (
    actual_words,
    class_words,
    coverage_text,
    forecast_text,
    held_text,
    is_due,
    is_estimate,
    projection_text,
    review_words,
    shown_actual,
    status_text,
    words,
)
from chitieu.evaluation.display import counts as counts_of
from chitieu.evaluation.engine.definitions import (
    Evaluation,
    EvaluationConfig,
    Review,
    Status,
    TargetDef,
    ValuePoint,
)
from chitieu.evaluation.engine.evaluate import evaluate_tree
from chitieu.evaluation.engine.summary import REPORT_ORDER, Summary, review_class
from chitieu.evaluation.engine.wording import describe_target
from chitieu.evaluation.queries import ResolutionEvaluation, TargetRow, review_config
from chitieu.evaluation.series import SeriesReader
from chitieu.evaluation.text import resolution_summary
from chitieu.localities.queries import subtree_ids
from chitieu.plans.models import Indicator, Resolution, Target
from chitieu.reports.evaluations import cached_evaluation
from chitieu.results.models import Observation, ObservationRevision, Submission

REVIEW_LABELS = {
    Review.ANNUAL: _("annual review"),
    Review.MID_TERM: _("mid-term review"),
    Review.END_OF_TERM: _("end-of-term review"),
}


@dataclass(frozen=True)
class Choice:
    """What the reader asked the page for: the review's settings and the table's filters."""

    until: date | None = None  # the review's date: periods that end by it
    known_on: date | None = None  # the date of knowledge: only what was known that day
    review: Review | None = None  # None: the review that fits the date (evaluation.queries.fitting_review)
    near_band: Decimal | None = None
    group: int | None = None
    status: Status | None = None
    agency: int | None = None
    forecast: bool = False

    def config(self, resolution: Resolution) -> EvaluationConfig:
        return review_config(
            resolution,
            as_of=self.known_on,
            until=self.until,
            review=self.review,
            near_band_pct=self.near_band,
            forecast=self.forecast,
        )

    @property
    def filtered(self) -> bool:
        return any(v is not None for v in (self.group, self.status, self.agency))


@dataclass
class YearCell:
    year: int
    value: Decimal | None
    text: str | None  # "có", "hoàn thành tốt nhiệm vụ": categorical values are words, not numbers
    partial: bool


@dataclass
class TableRow:
    """One line of the dashboard table, as the review annex prints it."""

    target: Target
    definition: TargetDef
    evaluation: Evaluation
    depth: int
    illustrative: bool
    figure: str  # the target as published: "trên 85%", "04/09 thôn"
    years: list[YearCell]
    actual_text: str | None  # words or "2/3" for a parent; None when the actual is a number
    estimate: bool  # the latest value is an estimate (ước) or preliminary
    status_label: str
    forecast_label: str
    agency: str
    coverage: str = ""  # "14/14 xã đã báo cáo" beside a rolled-up figure
    held: str = ""  # a roll-up not every unit reported to, not used yet
    projection: str = ""  # the forecast's figure in the target's unit
    heading: str | None = None  # the group's name, on the first row shown of each group

    @property
    def has_children(self) -> bool:
        return bool(self.definition.children)

    @property
    def actual(self) -> Decimal | None:
        return shown_actual(self.evaluation)

    @property
    def counts(self) -> tuple[Decimal, Decimal] | None:
        return counts_of(self.evaluation)

    @property
    def glued_unit(self) -> str:
        return glued(self.definition.unit)


@dataclass
class GroupCount:
    name: str
    cells: list[int]
    total: int


@dataclass
class Dashboard:
    resolution: Resolution
    result: ResolutionEvaluation
    summary: Summary
    years: list[int]
    rows: list[TableRow]
    total_rows: int
    statuses: list[tuple[Status, str]]
    group_counts: list[GroupCount]
    choice: Choice

    @property
    def config(self) -> EvaluationConfig:
        return self.result.config

    @property
    def illustrative(self) -> bool:
        return any(row.illustrative for row in self.rows)

    @property
    def review_label(self) -> str:
        return str(REVIEW_LABELS[self.config.review])

    @property
    def forecast_on(self) -> bool:
        return self.config.forecast_on

    @property
    def columns(self) -> int:
        return 9 + len(self.years) + (2 if self.forecast_on else 0)


def term_years(resolution: Resolution) -> list[int]:
    """The years a review table has a column for: the annual resolution's year, else the term's years."""
    if resolution.year:
        return [resolution.year]
    return list(range(resolution.term.start_year + 1, resolution.term.end_year + 1))


def dashboard(resolution: Resolution, choice: Choice, *, published_only: bool = False) -> Dashboard:
    """The resolution evaluated as the reader chose, its headline, counts by group and the (filtered) table;
    `published_only` for the public page, which shows approved figures only."""
    result = cached_evaluation(resolution, choice.config(resolution), published_only=published_only)
    years = term_years(resolution)
    band = result.config.near_band_pct
    rows = [table_row(row, years, result.config) for row in result.rows]
    summary = resolution_summary(result)
    top = [row for row in result.rows if row.depth == 0]
    statuses = [
        (
            status,
            class_words(
                status,
                (
                    review_words(row.definition, row.evaluation, result.config)
                    for row in top
                    if review_class(row.evaluation, result.config.forecast_on) is status
                ),
                band,
            ),
        )
        for status in summary.counts
    ]
    group_counts = [
        GroupCount(name or "—", [counts.get(s, 0) for s, _ in statuses], sum(counts.values()))
        for name, counts in summary.by_group.items()
    ]
    return Dashboard(
        resolution=resolution,
        result=result,
        summary=summary,
        years=years,
        rows=_with_headings(_filtered(rows, choice)),
        total_rows=len(rows),
        statuses=statuses,
        group_counts=group_counts,
        choice=choice,
    )


def table_row(row: TargetRow, years: Sequence[int], config: EvaluationConfig) -> TableRow:
    definition, evaluation = row.definition, row.evaluation
    band = config.near_band_pct
    agency = row.target.lead_agency
    return TableRow(
        target=row.target,
        definition=definition,
        evaluation=evaluation,
        depth=row.depth,
        illustrative=row.illustrative,
        figure="" if definition.children else describe_target(definition),
        years=[
            YearCell(
                year,
                evaluation.actual_by_year.get(year),
                words(definition, evaluation.actual_by_year.get(year)),
                year in evaluation.partial_years,
            )
            for year in years
        ],
        actual_text=actual_words(definition, evaluation),
        estimate=is_estimate(evaluation),
        status_label=status_text(evaluation, band, is_due(definition, config, evaluation)),
        forecast_label=forecast_text(evaluation, band),
        agency=(agency.short_name or agency.name) if agency else "",
        coverage=coverage_text(evaluation),
        held=held_text(definition, evaluation),
        projection=projection_text(definition, evaluation),
    )


def glued(unit: str) -> str:
    """The unit as it follows a number: "%" right after it, "triệu đồng" after a space."""
    if not unit:
        return ""
    return unit if unit.startswith("%") or unit == "‰" else f" {unit}"


def _filtered(rows: list[TableRow], choice: Choice) -> list[TableRow]:
    """Top-level targets that match, or have a part that matches, with all their parts."""
    if not choice.filtered:
        return rows
    blocks: list[list[TableRow]] = []
    for row in rows:
        if row.depth == 0:
            blocks.append([])
        if blocks:
            blocks[-1].append(row)
    return [row for block in blocks if any(_matches(r, choice) for r in block) for row in block]


def _with_headings(rows: list[TableRow]) -> list[TableRow]:
    current: object = None
    for row in rows:
        if row.depth == 0 and row.target.group_id != current:
            current = row.target.group_id
            row.heading = str(row.target.group) if row.target.group else ""
    return rows


def _matches(row: TableRow, choice: Choice) -> bool:
    target = row.target
    return (
        (choice.group is None or target.group_id == choice.group)
        and (choice.status is None or row.evaluation.status is choice.status)
        and (choice.agency is None or target.lead_agency_id == choice.agency)
    )


# Scorecards ---------------------------------------------------------------------------------------------------


@dataclass
class Scorecard:
    """The targets one agency leads, or one leader answers for, with their statuses."""

    name: str
    title: str
    rows: list[TableRow]
    counts: list[int]  # aligned with Scorecards.statuses
    reached: int

    @property
    def total(self) -> int:
        return len(self.rows)


@dataclass
class Scorecards:
    statuses: list[tuple[Status, str]]
    cards: list[Scorecard]


def scorecards(board: Dashboard) -> tuple[Scorecards, Scorecards]:
    """(by lead agency, by responsible leader); child targets without their own assignment follow their parent."""
    by_agency: dict[str, list[TableRow]] = {}
    by_leader: dict[tuple[str, str], list[TableRow]] = {}
    parents: list[TableRow] = []
    for row in board.rows:
        parents = [*parents[: row.depth], row]
        owner = next((r for r in reversed(parents) if r.target.lead_agency_id), None)
        leader = next((r for r in reversed(parents) if r.target.leader_name), None)
        if row.has_children:
            continue  # a multi-part target is counted through its parts
        by_agency.setdefault(owner.target.lead_agency.name if owner else "", []).append(row)  # type: ignore[union-attr]
        key = (leader.target.leader_name, leader.target.leader_title) if leader else ("", "")
        by_leader.setdefault(key, []).append(row)
    band = board.config.near_band_pct
    agencies = [(name, "", rows) for name, rows in by_agency.items()]
    leaders = [(name, title, rows) for (name, title), rows in by_leader.items()]
    return _scorecards(agencies, band), _scorecards(leaders, band)


def _scorecards(groups: list[tuple[str, str, list[TableRow]]], band: Decimal | None) -> Scorecards:
    present = {row.evaluation.status for _, _, rows in groups for row in rows}
    statuses = [s for s in REPORT_ORDER if s in present]
    cards = []
    for name, title, rows in groups:
        counts = Counter(row.evaluation.status for row in rows)
        cards.append(
            Scorecard(
                name, title, rows, [counts[s] for s in statuses], counts[Status.MET] + counts[Status.EXCEEDED]
            )
        )
    # Unassigned targets last, the others by name.
    cards.sort(key=lambda card: (card.name == "", vn_key(card.name)))
    labels = [
        class_words(
            s, (row.status_label for _, _, rows in groups for row in rows if row.evaluation.status is s), band
        )
        for s in statuses
    ]
    return Scorecards(list(zip(statuses, labels, strict=True)), cards)


# The target page ------------------------------------------------------------------------------------------------


@dataclass
class BreakdownRow:
    locality_id: int
    name: str
    evaluation: Evaluation
    actual_text: str | None
    status_label: str
    illustrative: bool
    coverage: str = ""

    @property
    def actual(self) -> Decimal | None:
        return shown_actual(self.evaluation)

    @property
    def counts(self) -> tuple[Decimal, Decimal] | None:
        return counts_of(self.evaluation)


@dataclass
class TargetPage:
    row: TableRow
    children: list[TableRow]
    result: ResolutionEvaluation
    points: list[ValuePoint]
    breakdown: list[BreakdownRow]
    observations: list[Observation]
    revisions: list[ObservationRevision]
    illustrative: bool
    counts: (
        tuple[Decimal, Decimal] | None
    )  # a ratio's two counts at its latest value: (12, 13) for "12/13 xã"

    @property
    def config(self) -> EvaluationConfig:
        return self.result.config


def target_page(target: Target, choice: Choice) -> TargetPage:
    """The target evaluated as on the dashboard, the values behind it, and the same test on each unit below."""
    resolution = target.resolution
    result = cached_evaluation(resolution, choice.config(resolution))
    years = term_years(resolution)
    index = next(i for i, r in enumerate(result.rows) if r.target.pk == target.pk)
    row = table_row(result.rows[index], years, result.config)
    children = []
    for below in result.rows[index + 1 :]:
        if below.depth <= row.depth:
            break
        children.append(table_row(below, years, result.config))
    targets = [row.target, *(child.target for child in children)]
    indicators = {t.indicator_id: t.indicator for t in targets if t.indicator is not None}
    reader = SeriesReader(
        resolution.locality,
        list(indicators.values()),
        as_of=result.config.as_of,
        until=result.config.until,
    )
    breakdown = _breakdown(reader, row.definition, targets, result.config)
    own = Observation.objects.filter(indicator_id__in=list(reader.indicators), locality=resolution.locality)
    return TargetPage(
        row=row,
        children=children,
        result=result,
        points=reader.points(target.indicator) if target.indicator is not None else [],
        breakdown=breakdown,
        observations=list(own.select_related("indicator").order_by("-period_end", "-kind")[:120]),
        revisions=list(
            ObservationRevision.objects.filter(observation__in=own)
            .select_related("observation__indicator", "replaced_by")
            .order_by("-replaced_at")[:60]
        ),
        illustrative=row.illustrative or any(c.illustrative for c in children),
        counts=_counts(row.evaluation, reader, target.indicator),
    )


def _counts(
    evaluation: Evaluation, reader: SeriesReader, indicator: Indicator | None
) -> tuple[Decimal, Decimal] | None:
    """The numerator and denominator behind a ratio's latest value, from the value or from its two indicators."""
    if not evaluation.basis:
        return None
    last = evaluation.basis[-1]
    if last.numerator is not None and last.denominator is not None:
        return last.numerator, last.denominator
    if indicator is None or indicator.numerator is None or indicator.denominator is None:
        return None
    parts = [_same_period(reader.points(part), last) for part in (indicator.numerator, indicator.denominator)]
    if parts[0] is None or parts[1] is None:
        return None
    return parts[0], parts[1]


def _same_period(points: Sequence[ValuePoint], wanted: ValuePoint) -> Decimal | None:
    found = [p for p in points if (p.period_start, p.period_end) == (wanted.period_start, wanted.period_end)]
    best = max(found, key=lambda p: p.kind, default=None)
    return best.value if best is not None else None


def _breakdown(
    reader: SeriesReader, definition: TargetDef, targets: Sequence[Target], config: EvaluationConfig
) -> list[BreakdownRow]:
    """Each unit directly below, judged by the same definition on its own (or rolled-up) values."""
    tree = reader.tree
    by_key = {str(t.pk): t.indicator for t in targets if t.indicator is not None}
    marked = illustrative_units(reader, [i.pk for i in by_key.values() if i is not None])
    rows = []
    below = _from_own_base(definition)
    for child_id in tree.units[tree.root_id].children:
        values = {key: reader.points(indicator, child_id) for key, indicator in by_key.items() if indicator}
        evaluation = evaluate_tree(below, values, {}, config)
        rows.append(
            BreakdownRow(
                locality_id=child_id,
                name=tree.units[child_id].name,
                evaluation=evaluation,
                actual_text=actual_words(definition, evaluation),
                status_label=status_text(
                    evaluation, config.near_band_pct, is_due(definition, config, evaluation)
                ),
                illustrative=child_id in marked,
                coverage=coverage_text(evaluation),
            )
        )
    return sorted(rows, key=lambda r: vn_key(r.name))


def _from_own_base(definition: TargetDef) -> TargetDef:
    """The definition as a unit below is judged by it: from its own value of the base year, not the resolution's
    unit's (a commune's 935 tỷ đồng against the district's 10.500 in 2020 is not a growth of −38%/năm)."""
    children = tuple(_from_own_base(child) for child in definition.children)
    return replace(definition, baseline_value=None, children=children)


def illustrative_units(reader: SeriesReader, indicator_ids: Iterable[int]) -> set[int]:
    """Units whose figures, or the figures of a unit below them, include an illustrative value."""
    tree = reader.tree
    found = set(
        Observation.objects.filter(
            indicator_id__in=list(indicator_ids), locality_id__in=tree.ids, is_illustrative=True
        ).values_list("locality_id", flat=True)
    )
    if not found:
        return set()
    marked: set[int] = set()

    def walk(unit_id: int, seen: frozenset[int]) -> bool:
        unit = tree.units[unit_id]
        parts = [*unit.children, *(p for p, _ in unit.predecessors)]
        hit = unit_id in found
        for part in parts:
            if part not in seen:
                hit = walk(part, seen | {part}) or hit
        if hit:
            marked.add(unit_id)
        return hit

    walk(tree.root_id, frozenset({tree.root_id}))
    return marked


# Comparing resolutions -------------------------------------------------------------------------------------------


@dataclass
class ComparedCell:
    row: TableRow | None


@dataclass
class ComparedIndicator:
    indicator: Indicator
    cells: list[ComparedCell]


@dataclass
class Comparison:
    boards: list[Dashboard]
    rows: list[ComparedIndicator]


def comparison(resolutions: Sequence[Resolution], choice: Choice) -> Comparison:
    """Several resolutions side by side on the indicators that at least two of them set a target on."""
    boards = [
        dashboard(resolution, Choice(until=choice.until, known_on=choice.known_on, review=choice.review))
        for resolution in resolutions
    ]
    by_indicator: list[dict[int, TableRow]] = []
    for board in boards:
        found: dict[int, TableRow] = {}
        for row in board.rows:
            indicator_id = row.target.indicator_id
            if indicator_id is not None and indicator_id not in found:
                found[indicator_id] = row
        by_indicator.append(found)
    counts = Counter(i for found in by_indicator for i in found)
    order: list[int] = []
    for found in by_indicator:
        order.extend(i for i in found if counts[i] >= 2 and i not in order)
    rows = []
    for indicator_id in order:
        sample = next(found[indicator_id] for found in by_indicator if indicator_id in found)
        rows.append(
            ComparedIndicator(
                sample.target.indicator,  # type: ignore[arg-type]
                [ComparedCell(found.get(indicator_id)) for found in by_indicator],
            )
        )
    return Comparison(boards, rows)


def last_approval(resolution: Resolution) -> datetime | None:
    """When figures of the resolution's unit or of a unit below it were last approved: the public page shows
    approved figures only, as of that approval."""
    units = [resolution.locality_id, *subtree_ids(resolution.locality)]
    return Submission.objects.filter(status=Submission.Status.APPROVED, locality_id__in=units).aggregate(
        last=Max("decided_at")
    )["last"]
