"""Evaluate a resolution from the database: load its targets, values and plans, run the engine, return plain rows."""

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from django.utils import timezone

from chitieu.evaluation.baselines import Baseline, carried_baseline, target_baseline
from chitieu.evaluation.engine.definitions import (
    ChildrenRule,
    Evaluation,
    EvaluationConfig,
    PlanPoint,
    Review,
    TargetDef,
    TargetKind,
    ValuePoint,
)
from chitieu.evaluation.engine.evaluate import evaluate_tree
from chitieu.evaluation.series import SeriesReader
from chitieu.evaluation.targets import target_definitions
from chitieu.plans.models import PlanValue, Resolution, Target
from chitieu.results.models import Observation


@dataclass
class TargetRow:
    """One line of the evaluation table: the target, how deep it sits, and the engine's verdict."""

    target: Target
    definition: TargetDef
    evaluation: Evaluation
    depth: int
    illustrative: bool


@dataclass
class ResolutionEvaluation:
    resolution: Resolution
    config: EvaluationConfig
    rows: list[TargetRow]
    # Target id → the baseline it was read against when the resolution states none (see target_baselines).
    baselines: dict[int, Baseline] = field(default_factory=dict)

    @property
    def top(self) -> list[Evaluation]:
        return [row.evaluation for row in self.rows if row.depth == 0]

    @property
    def illustrative(self) -> bool:
        return any(row.illustrative for row in self.rows)


def fitting_review(resolution: Resolution, day: date) -> Review:
    """The review that fits `day`: the end-of-term review once the term (an annual resolution: its year) is over;
    before that the mid-term review, which forecasts (an annual resolution: the annual review), never a final
    verdict on targets whose deadline has not come."""
    last = resolution.year or resolution.term.end_year
    if day > date(last, 12, 31):
        return Review.END_OF_TERM
    return Review.ANNUAL if resolution.year else Review.MID_TERM


def review_config(
    resolution: Resolution,
    *,
    as_of: date | None = None,
    until: date | None = None,
    review: Review | None = None,
    near_band_pct: Decimal | None = None,
    use_resolution_band: bool = True,
    forecast: bool = False,
    today: date | None = None,
) -> EvaluationConfig:
    """The review's settings: the resolution's own classes unless the review overrides them. `until` is the
    review's date (periods that end by it, latest figures known); `as_of` the date of knowledge (only what was
    known that day, to reproduce a past report). Without a `review`, the one that fits the review's date
    (else the date of knowledge, else today)."""
    band = (
        near_band_pct
        if near_band_pct is not None
        else (resolution.near_band_pct if use_resolution_band else None)
    )
    share = resolution.children_min_share_pct
    if review is None:
        review = fitting_review(resolution, until or as_of or today or timezone.localdate())
    return EvaluationConfig(
        review=review,
        as_of=as_of,
        until=until,
        near_band_pct=band,
        forecast=forecast,
        children_rule=ChildrenRule.MIN_SHARE if share is not None else ChildrenRule.ALL,
        children_min_share=share,
        today=today or as_of or until,
        partial_rollups=resolution.evaluate_partial_rollups,
    )


# The kinds whose actual is measured against a baseline; the others only show it.
MEASURED_FROM_BASELINE = (TargetKind.GROWTH_RATE, TargetKind.TOTAL_CHANGE, TargetKind.POINT_CHANGE)
# A target continues one of the term before, which may continue one of the term before that: no further.
CARRY_DEPTH = 3


def evaluate_resolution(
    resolution: Resolution,
    config: EvaluationConfig | None = None,
    *,
    published_only: bool = False,
    _depth: int = 0,
) -> ResolutionEvaluation:
    """Every target of the resolution, evaluated at its locality with values rolled up from below;
    `published_only` reads approved figures only (the public page). A target with no baseline of its own stated
    is read against `target_baselines`, which its explanation names."""
    config = config or review_config(resolution)
    targets = list(
        resolution.targets.select_related(
            "indicator__numerator",
            "indicator__denominator",
            "indicator__weight",
            "indicator__criteria_set",
            "group",
            "lead_agency",
        ).order_by("group__order", "order", "pk")
    )
    start_year = resolution.year or resolution.term.start_year + 1
    definitions = target_definitions(targets, start_year=start_year)
    default_deadline = resolution.year or resolution.term.end_year
    definitions = [_with_deadline(d, default_deadline) for d in definitions]
    by_key = {str(t.pk): t for t in targets}
    indicators = [t.indicator for t in targets if t.indicator is not None]
    reader = SeriesReader(
        resolution.locality, indicators, as_of=config.as_of, until=config.until, published_only=published_only
    )
    baselines = target_baselines(targets, reader, config, published_only=published_only, _depth=_depth)
    definitions = [_with_baseline(d, baselines) for d in definitions]
    # An annual resolution is judged on its own year: later figures belong to later resolutions.
    last_day = (
        date(resolution.year, 12, 31)
        if resolution.kind == Resolution.Kind.ANNUAL and resolution.year
        else None
    )
    values: dict[str, list[ValuePoint]] = {
        str(t.pk): [p for p in reader.points(t.indicator) if last_day is None or p.period_end <= last_day]
        for t in targets
        if t.indicator is not None
    }
    plans: dict[str, list[PlanPoint]] = {}
    plan_rows = PlanValue.objects.filter(target__resolution=resolution).order_by("year", "source")
    for plan in plan_rows.values("target_id", "year", "value", "source"):
        plans.setdefault(str(plan["target_id"]), []).append(
            PlanPoint(year=plan["year"], value=plan["value"].normalize(), source=plan["source"])
        )
    illustrative = _illustrative_targets(resolution, targets)
    rows: list[TargetRow] = []

    def walk(definition: TargetDef, evaluation: Evaluation, depth: int) -> None:
        target = by_key[definition.key]
        rows.append(TargetRow(target, definition, evaluation, depth, target.pk in illustrative))
        for child_def, child_eval in zip(definition.children, evaluation.children, strict=False):
            walk(child_def, child_eval, depth + 1)

    for definition in definitions:
        walk(
            definition, _explained(definition, evaluate_tree(definition, values, plans, config), baselines), 0
        )
    return ResolutionEvaluation(resolution=resolution, config=config, rows=rows, baselines=baselines)


def target_baselines(
    targets: list[Target],
    reader: SeriesReader,
    config: EvaluationConfig | None = None,
    *,
    published_only: bool = False,
    carried: dict[int, Baseline] | None = None,
    _depth: int = 0,
) -> dict[int, Baseline]:
    """The baseline of each target whose resolution states no baseline value: the office's override, else the
    end-of-term figure of the previous term's target it continues, else a merged unit's predecessors' roll-up.
    The evaluation, the target page and `chitieu evaluate` all read it from here, so they show one figure."""
    if carried is None:
        carried = carried_baselines(targets, config, published_only, _depth)
    found: dict[int, Baseline] = {}
    for target in targets:
        if target.indicator is None or (target.baseline_value is not None and not target.baseline_reason):
            continue
        baseline = target_baseline(reader, target, carried.get(target.pk))
        if baseline is not None:
            found[target.pk] = baseline
    return found


def carried_baselines(
    targets: list[Target],
    config: EvaluationConfig | None = None,
    published_only: bool = False,
    depth: int = 0,
) -> dict[int, Baseline]:
    """For each target that continues one of the term before: that target's end-of-term review, as a baseline."""
    old_ids = {t.continues_id for t in targets if t.continues_id is not None}
    if not old_ids or depth >= CARRY_DEPTH:
        return {}
    olds = Target.objects.select_related("resolution__term", "resolution__locality").in_bulk(old_ids)
    reviews: dict[int, dict[int, TargetRow]] = {}
    for old in olds.values():
        if old.resolution_id not in reviews:
            previous = old.resolution
            review = review_config(
                previous, review=Review.END_OF_TERM, as_of=config.as_of if config else None
            )
            result = evaluate_resolution(previous, review, published_only=published_only, _depth=depth + 1)
            reviews[previous.pk] = {row.target.pk: row for row in result.rows}
    found = {}
    for target in targets:
        old = olds.get(target.continues_id) if target.continues_id else None
        row = reviews[old.resolution_id].get(old.pk) if old is not None else None
        if old is not None and row is not None:
            found[target.pk] = carried_baseline(old, row.definition, row.evaluation)
    return found


def _with_baseline(definition: TargetDef, baselines: dict[int, Baseline]) -> TargetDef:
    """A change target with no baseline value stated takes the carried or rolled-up one (an override is already
    the target's own value); a stated base year other than the baseline's keeps the series' figure of that year."""
    children = tuple(_with_baseline(child, baselines) for child in definition.children)
    baseline = baselines.get(int(definition.key))
    if (
        baseline is None
        or baseline.value is None
        or definition.kind not in MEASURED_FROM_BASELINE
        or definition.baseline_value is not None
        or definition.baseline_year not in (None, baseline.year)
    ):
        return replace(definition, children=children)
    return replace(definition, baseline_value=baseline.value, baseline_year=baseline.year, children=children)


def _explained(definition: TargetDef, evaluation: Evaluation, baselines: dict[int, Baseline]) -> Evaluation:
    """The explanation of a change target starts with the baseline it was read against and where it comes from."""
    children = [
        _explained(child_def, child, baselines)
        for child_def, child in zip(definition.children, evaluation.children, strict=False)
    ]
    baseline = baselines.get(int(definition.key))
    used = baseline is not None and (
        definition.baseline_value == baseline.value
        if baseline.value is not None
        else definition.baseline_value is None and definition.baseline_year is None
    )
    if baseline is None or not used or definition.kind not in MEASURED_FROM_BASELINE:
        return replace(evaluation, children=children) if definition.children else evaluation
    return replace(evaluation, explanation=[f"{baseline.text}.", *evaluation.explanation], children=children)


def _with_deadline(definition: TargetDef, deadline: int) -> TargetDef:
    children = tuple(_with_deadline(child, deadline) for child in definition.children)
    return replace(definition, deadline_year=definition.deadline_year or deadline, children=children)


def _illustrative_targets(resolution: Resolution, targets: list[Target]) -> set[int]:
    """Targets whose figure, plan or any value was not stated by a source, so pages can say so."""
    marked = {t.pk for t in targets if t.is_illustrative}
    marked |= set(
        PlanValue.objects.filter(target__resolution=resolution, is_illustrative=True).values_list(
            "target_id", flat=True
        )
    )
    indicator_ids: dict[int, list[int]] = {}
    for target in targets:
        if target.indicator is None:
            continue
        parts = [target.indicator_id, target.indicator.numerator_id, target.indicator.denominator_id]
        for part in parts:
            if part is not None:
                indicator_ids.setdefault(part, []).append(target.pk)
    illustrated = Observation.objects.filter(
        indicator_id__in=list(indicator_ids), locality=resolution.locality, is_illustrative=True
    ).values_list("indicator_id", flat=True)
    for indicator_id in set(illustrated):
        marked.update(indicator_ids[indicator_id])
    return marked


def resolutions_of(locality_id: int) -> list[Resolution]:
    return list(
        Resolution.objects.filter(locality_id=locality_id)
        .select_related("term", "locality")
        .order_by("-term__start_year", "kind", "-year")
    )
