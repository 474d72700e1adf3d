"""Read side of entry: what a locality must report for a period, its current values, and the flags on a new value."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.db import models
from django.db.models import Max, QuerySet
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from chitieu.evaluation.engine.definitions import TargetDef, TargetKind, ValueForm, ValuePoint
from chitieu.evaluation.engine.definitions import ValueKind as EngineKind
from chitieu.evaluation.engine.flags import Flag, check_value
from chitieu.evaluation.engine.wording import amount, num
from chitieu.localities.models import Locality
from chitieu.localities.queries import subtree_ids
from chitieu.plans.models import Indicator, PlanValue, Target
from chitieu.results.locks import closed_units
from chitieu.results.models import Commentary, Observation, ReportingPeriod, Submission
from chitieu.results.notices.models import Notification


@dataclass
class Item:
    """One indicator to report, with the targets that use it and what is known of it already."""

    indicator: Indicator
    targets: list[Target] = field(default_factory=list)
    part_of: list[Target] = field(default_factory=list)  # ratio targets it is the numerator/denominator of
    plans: list[PlanValue] = field(default_factory=list)
    current: Observation | None = None  # this period's value (the most authoritative kind)
    by_kind: dict[int, Observation] = field(default_factory=dict)  # this period's values, by kind
    previous: Observation | None = None  # the latest value of an earlier period
    commentary: Commentary | None = None
    conflict: Observation | None = None  # what someone else saved meanwhile

    @property
    def lines(self) -> list["TargetLine"]:
        """Its targets as the page lists them: numbered with their parent's number, in their own unit."""
        return [TargetLine(t, target_number(t), target_goal(t)) for t in self.targets]

    @property
    def has_commentary(self) -> bool:
        """Whether some commentary was written (an empty one is saved with every draft)."""
        return self.commentary is not None and any(
            getattr(self.commentary, name) for name in ("result", "difficulties", "causes", "solutions")
        )

    @property
    def key(self) -> str:
        return f"i{self.indicator.pk}"

    @property
    def target(self) -> Target | None:
        """The target its commentary is written under."""
        return self.targets[0] if self.targets else None

    @property
    def versions(self) -> str:
        """'1=<version>;3=<version>;n=<version>': what the form saw of each kind and of the commentary, to
        notice a concurrent save."""
        parts = [f"{kind}={version_of(o)}" for kind, o in sorted(self.by_kind.items())]
        if self.target is not None:
            parts.append(f"n={version_of(self.commentary)}")
        return ";".join(parts)


@dataclass(frozen=True)
class TargetLine:
    target: Target
    number: str  # "1.a" for a sub-target "a)" of target "1."
    goal: str  # "10%/năm", "60 triệu đồng", "có": the target in its own unit, not the indicator's


def target_number(target: Target) -> str:
    """A target's number with its parent's: "1.a" for "a)" under "1.", so sub-targets read apart."""
    own = target.label.strip().strip("().").strip()
    parent = target.parent.label.strip().strip("().").strip() if target.parent_id and target.parent else ""
    return f"{parent}.{own}" if parent and own else target.label.strip()


def target_goal(target: Target) -> str:
    """The resolution's figure in the target's own unit: a growth target's rate reads "10%/năm" beside the
    level entered in "tỷ đồng", never a bare 10."""
    if target.form == Target.Form.YES_NO:
        return "có" if target.value in (None, Decimal(1)) else "không"
    if target.value is None:
        return ""
    unit = target.unit or ("%/năm" if target.kind == Target.Kind.GROWTH_RATE else target.indicator.unit)
    if target.value_high is not None:
        return f"{num(target.value)} – {amount(target.value_high, unit)}"
    return amount(target.value, unit)


def version_of(row: Observation | Commentary | None) -> str:
    """The token an edit form carries to notice that someone else saved the value meanwhile."""
    return row.updated_at.isoformat() if row is not None else ""


def entry_items(targets: QuerySet[Target], period: ReportingPeriod, locality: Locality) -> list[Item]:
    """The items of the entry page, in the resolutions' order; the parts of ratio targets after their target."""
    items: dict[int, Item] = {}
    for target in targets:
        items.setdefault(target.indicator_id, Item(target.indicator)).targets.append(target)
        for part in (target.indicator.numerator, target.indicator.denominator):
            if part is not None:
                items.setdefault(part.pk, Item(part)).part_of.append(target)
    target_ids = [t.pk for item in items.values() for t in item.targets]
    plans = PlanValue.objects.filter(target_id__in=target_ids, year=period.end.year).order_by("source")
    for plan in plans:
        for item in items.values():
            if any(t.pk == plan.target_id for t in item.targets):
                item.plans.append(plan)
    observations = Observation.objects.filter(
        indicator_id__in=list(items), locality=locality, period_end__lte=period.end
    ).order_by("period_end", "kind")
    for observation in observations:
        item = items[observation.indicator_id]
        if observation.period_start == period.start and observation.period_end == period.end:
            item.current = observation
            item.by_kind[observation.kind] = observation
        elif observation.period_end < period.end:
            item.previous = observation
    notes = {c.target_id: c for c in Commentary.objects.filter(period=period, locality=locality)}
    for item in items.values():
        if item.target is not None:
            item.commentary = notes.get(item.target.pk)
    return list(items.values())


def value_flags(
    indicator: Indicator, locality: Locality, period: ReportingPeriod, value: Decimal, targets: list[Target]
) -> list[Flag]:
    """The engine's warnings on a value about to be saved (`check_value`): a 10× jump from the last like period,
    a ratio over 300% against a target it is comparable with, a percentage over 100."""
    earlier = Observation.objects.filter(
        indicator=indicator, locality=locality, period_end__lt=period.end, value__isnull=False
    ).order_by("-period_end", "-kind")[:24]
    length = _months(period.start, period.end)
    # Compared only with the last period of the same length, so that every jump found is this value's.
    like = next((o for o in earlier if _months(o.period_start, o.period_end) == length), None)
    return _flags(period, value, like, targets, locality.pk)


def _flags(
    period: ReportingPeriod, value: Decimal, like, targets: list[Target], locality_id: int | None = None
) -> list[Flag]:
    previous = _point(like.period_start, like.period_end, like.value) if like is not None else None
    return check_value(
        _point(period.start, period.end, value),
        previous,
        [_definition(t) for t in targets if _same_measure(t, locality_id)],
    )


def _same_measure(target: Target, locality_id: int | None) -> bool:
    """A unit's figure is set against its own unit's target; against the target of the unit above only when
    the indicator is not added up (a rate or a mean is the same measure at both levels, a sum is a part)."""
    if locality_id is None or target.resolution.locality_id == locality_id:
        return True
    indicator = target.indicator
    return indicator is not None and (
        indicator.is_percent or indicator.rollup not in (Indicator.Rollup.SUM, Indicator.Rollup.COUNT_MEETING)
    )


def _definition(target: Target) -> TargetDef:
    """What the flags need to know of a target: its kind and form (a growth target's values are levels), its
    figure and unit."""
    indicator = target.indicator
    return TargetDef(
        key=str(target.pk),
        label=target.label,
        name=target.name,
        unit=target.unit or (indicator.unit if indicator else ""),
        kind=TargetKind(target.kind),
        form=ValueForm(target.form),
        value=target.value,
        is_percent=bool(indicator and indicator.is_percent),
        value_unit=indicator.unit if indicator else "",
    )


@dataclass(frozen=True)
class ReviewedFigure:
    """A figure on the approver's page with the value of the previous like period and every flag on it."""

    observation: Observation
    previous: Observation | None
    flags: list[Flag]


def reviewed_figures(
    observations: list[Observation], period: ReportingPeriod, locality: Locality
) -> list[ReviewedFigure]:
    """Each submitted figure beside the previous value of the same length of period and the flags the entry
    form raised on it, in two queries whatever the number of figures."""
    indicator_ids = {o.indicator_id for o in observations}
    earlier: dict[int, Observation] = {}
    length = _months(period.start, period.end)
    rows = Observation.objects.filter(
        indicator_id__in=indicator_ids, locality=locality, period_end__lt=period.end, value__isnull=False
    ).order_by("period_end", "kind")
    for row in rows:
        if _months(row.period_start, row.period_end) == length:
            earlier[row.indicator_id] = row
    owners = [locality.pk] if locality.parent_id is None else [locality.pk, locality.parent_id]
    targets: dict[int, list[Target]] = {}
    for target in Target.objects.filter(
        indicator_id__in=indicator_ids, resolution__locality_id__in=owners
    ).select_related("indicator", "resolution"):
        targets.setdefault(target.indicator_id, []).append(target)
    figures = []
    for observation in observations:
        like = earlier.get(observation.indicator_id)
        flags = (
            _flags(period, observation.value, like, targets.get(observation.indicator_id, []), locality.pk)
            if observation.value is not None
            else []
        )
        figures.append(ReviewedFigure(observation, like, flags))
    return figures


@dataclass(frozen=True)
class _Like:
    period_start: date
    period_end: date
    value: Decimal


def flagged_values(
    period: ReportingPeriod, values: dict[tuple[int, int], Decimal], parents: dict[int, int | None]
) -> set[tuple[int, int]]:
    """The (indicator id, locality id) keys of `values` the engine warns about, as `value_flags` would, in a few
    queries: for imports of many units, where a query per value would take minutes."""
    if not values:
        return set()
    indicator_ids = {key[0] for key in values}
    locality_ids = {key[1] for key in values}
    length = _months(period.start, period.end)
    like: dict[tuple[int, int], _Like] = {}
    earlier = (
        Observation.objects.filter(
            indicator_id__in=indicator_ids,
            locality_id__in=locality_ids,
            period_end__lt=period.end,
            value__isnull=False,
        )
        .order_by("period_end", "kind")
        .values_list("indicator_id", "locality_id", "period_start", "period_end", "value")
    )
    for indicator_id, locality_id, start, end, value in earlier.iterator(chunk_size=10_000):
        if _months(start, end) == length:
            like[(indicator_id, locality_id)] = _Like(start, end, value)
    owners = locality_ids | {parents.get(pk) for pk in locality_ids} - {None}
    targets: dict[tuple[int, int], list[Target]] = {}
    for target in (
        Target.objects.filter(indicator_id__in=indicator_ids, resolution__locality_id__in=owners)
        .only(
            "indicator_id",
            "resolution__locality_id",
            "value",
            "form",
            "kind",
            "name",
            "label",
            "unit",
            "indicator__unit",
            "indicator__is_percent",
            "indicator__rollup",
        )
        .select_related("resolution", "indicator")
    ):
        targets.setdefault((target.indicator_id, target.resolution.locality_id), []).append(target)
    flagged = set()
    for (indicator_id, locality_id), value in values.items():
        own = targets.get((indicator_id, locality_id), []) + targets.get(
            (indicator_id, parents.get(locality_id)), []
        )
        if _flags(period, value, like.get((indicator_id, locality_id)), own, locality_id):
            flagged.add((indicator_id, locality_id))
    return flagged


def _months(start: date, end: date) -> int:
    return round((end - start).days / 30)


def _point(start: date, end: date, value: Decimal | None) -> ValuePoint:
    return ValuePoint(period_start=start, period_end=end, value=value, kind=EngineKind.OFFICIAL)


def submission_of(period: ReportingPeriod, locality: Locality) -> Submission | None:
    return Submission.objects.filter(period=period, locality=locality).first()


class State(models.TextChoices):
    """Where a unit stands for a period on /entry/: the submission's state, or nothing yet, or late."""

    MISSING = "missing", _("not entered")
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    RETURNED = "returned", _("returned")
    APPROVED = "approved", _("approved")
    OVERDUE = "overdue", _("overdue")


@dataclass(frozen=True)
class PeriodRow:
    period: ReportingPeriod
    cells: list[tuple[Locality, State]]


def period_states(periods: list[ReportingPeriod], localities: list[Locality], today: date) -> list[PeriodRow]:
    """Each period with the state of each unit in it (one query): what is sent or approved stays so; past the
    deadline anything else is overdue."""
    found = {
        (period_id, locality_id): status
        for period_id, locality_id, status in Submission.objects.filter(
            period__in=periods, locality__in=localities
        ).values_list("period_id", "locality_id", "status")
    }
    rows = []
    for period in periods:
        cells = []
        for locality in localities:
            state = State(found.get((period.pk, locality.pk), State.MISSING))
            if today > period.deadline and state not in (State.SUBMITTED, State.APPROVED):
                state = State.OVERDUE
            cells.append((locality, state))
        rows.append(PeriodRow(period, cells))
    return rows


def by_unit(rows: list[PeriodRow]) -> list[tuple[Locality, list[tuple[ReportingPeriod, State]]]]:
    """The same states a row per unit and a column per period: an office that may enter for every commune of a
    province reads down a list of units, not across a hundred columns."""
    if not rows:
        return []
    return [
        (locality, [(row.period, row.cells[index][1]) for row in rows])
        for index, (locality, _state) in enumerate(rows[0].cells)
    ]


@dataclass(frozen=True)
class Missing:
    locality: Locality
    state: State
    last_reminder: datetime | None


def not_reported(
    periods: list[ReportingPeriod], units: list[Locality], today: date
) -> list[tuple[ReportingPeriod, list[Missing]]]:
    """Per period, the units that have not sent their figures, each with its state and its last reminder (in
    the application or by e-mail, as the reminders write a notice for both)."""
    reminded = {
        (period_id, locality_id): at
        for period_id, locality_id, at in Notification.objects.filter(
            period__in=periods,
            locality__in=units,
            kind__in=[Notification.Kind.DUE, Notification.Kind.OVERDUE],
        )
        .values("period_id", "locality_id")
        .annotate(at=Max("created_at"))
        .values_list("period_id", "locality_id", "at")
    }
    return [
        (
            row.period,
            [
                Missing(locality, state, reminded.get((row.period.pk, locality.pk)))
                for locality, state in row.cells
                if state not in (State.SUBMITTED, State.APPROVED)
            ],
        )
        for row in period_states(periods, units, today)
    ]


def closed_reason(period: ReportingPeriod, locality: Locality) -> str:
    """Why the unit cannot change the period's figures now (the write door's own words), or ""."""
    return capfirst(closed_units(period, [locality.pk]).get(locality.pk, ""))


def open_periods(today: date) -> QuerySet[ReportingPeriod]:
    """Periods that have ended (or end today) and are not yet locked: the ones to report now."""
    return ReportingPeriod.objects.filter(is_locked=False, end__lte=today).order_by("deadline")


def target_has_records(target: Target) -> bool:
    """Whether anything was recorded against a target (plans, commentary, figures of its indicator at its unit or
    below): such a target is retired, never deleted."""
    if target.plans.exists() or target.commentaries.exists():
        return True
    if target.indicator_id is None:
        return False
    unit = target.resolution.locality
    return Observation.objects.filter(
        indicator_id=target.indicator_id, locality_id__in=[unit.pk, *subtree_ids(unit)]
    ).exists()
