"""Turn the seed declarations into rows: terms, indicators, agencies, resolutions, groups, targets, plans, key tasks
and observations. One transaction; rows are found by their natural keys and updated, so a second run changes
nothing and a seed edited since the last run replaces what it used to declare."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from chitieu.demo.criteria import load_criteria, load_current_criteria
from chitieu.demo.month import load_month
from chitieu.demo.seeds import DISTRICTS
from chitieu.demo.seeds.agencies import AGENCIES, COMMUNE_AGENCIES
from chitieu.demo.seeds.current import UNITS
from chitieu.demo.seeds.indicators import INDICATORS
from chitieu.demo.spec import (
    REPORTING_DELAY,
    DistrictSpec,
    Figure,
    GroupSpec,
    KeyTaskSpec,
    ResolutionSpec,
    TargetSpec,
    UnitSpec,
    illustrative_text,
    number,
)
from chitieu.localities.models import Agency, Locality, LocalityLink
from chitieu.localities.queries import find_locality
from chitieu.plans.models import Indicator, KeyTask, PlanValue, Resolution, Target, TargetGroup, Term
from chitieu.results.door import PlanFigure, System, delete_plan_values, record_observation, set_plan_values
from chitieu.results.models import Observation, PeriodKind, ReportingPeriod

LEGACY = Locality.Scheme.LEGACY
CURRENT = Locality.Scheme.CURRENT
TERMS = {"2015-2020": (2015, 2020), "2020-2025": (2020, 2025), "2025-2030": (2025, 2030)}
DEMO_SOURCE = "Dữ liệu mẫu chitieu (số liệu minh họa, không có trong bài viết nguồn)"
RELOAD_REASON = "Nạp lại dữ liệu mẫu (chitieu load-demo)."
# The demo loader writes through the door as a system actor: figures from published articles, or marked illustrative.
LOADER = System("load-demo")


class MissingUnitsError(Exception):
    """The official legacy units the demo is built on have not been loaded."""


@dataclass(frozen=True)
class TermCounts:
    term: str
    resolutions: int
    targets: int
    illustrative_targets: int
    observations: int
    illustrative_observations: int


@dataclass
class Summary:
    """What the demo holds after a load, for the closing message."""

    districts: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)  # the units from 1/7/2025
    by_term: list[TermCounts] = field(default_factory=list)
    resolutions: int = 0
    targets: int = 0
    illustrative_targets: int = 0
    plans: int = 0
    illustrative_plans: int = 0
    key_tasks: int = 0
    observations: int = 0
    illustrative_observations: int = 0


@dataclass
class _District:
    """What building one district needs to hand around."""

    spec: DistrictSpec | UnitSpec
    locality: Locality
    indicators: dict[str, Indicator]
    agencies: dict[str, Agency]
    resolution_ids: list[int] = field(default_factory=list)
    observation_ids: set[int] = field(default_factory=set)
    seen: set[tuple] = field(default_factory=set)


@transaction.atomic
def load_demo() -> Summary:
    """Build (or rebuild) the five demo districts on the official legacy units (2020-2025), then the new provinces
    and communes on the units from 1/7/2025 (2025-2030)."""
    localities = [(spec, find_district(spec)) for spec in DISTRICTS]
    units = [(spec, find_unit(spec)) for spec in UNITS]
    indicators = ensure_indicators()
    terms = {name: ensure_term(name) for name in TERMS}
    built = [
        _District(spec, locality, indicators, ensure_agencies(locality)) for spec, locality in localities
    ]
    built += [
        _District(
            spec, unit, indicators, ensure_agencies(unit, COMMUNE_AGENCIES) if spec.level == "commune" else {}
        )
        for spec, unit in units
    ]
    for district in built:
        for resolution in district.spec.resolutions:
            build_resolution(district, resolution, terms[resolution.term])
        for figure in district.spec.figures:
            record_figure(district, figure)
    resolution_ids = [pk for district in built for pk in district.resolution_ids]
    observation_ids = {pk for district in built for pk in district.observation_ids}
    load_criteria({spec.name: locality for spec, locality in localities})
    load_current_criteria([unit for spec, unit in units if spec.level == "commune"])
    load_month(open_reporting_rounds(timezone.localdate())[0])
    return summarise(
        [spec.name for spec in DISTRICTS],
        resolution_ids,
        observation_ids,
        [locality.full_name for _spec, locality in units],
    )


def open_reporting_rounds(today: date) -> list[ReportingPeriod]:
    """The reporting rounds of the year in course, with deadlines relative to the day the demo is loaded, so that
    a reporter finds work on first login: the latest 6- or 9-month round that has ended, due in a week, and the
    year, due on 15 January."""
    year = today.year
    if today >= date(year, 10, 1):
        ended = (PeriodKind.NINE_MONTHS, f"9 tháng năm {year}", date(year, 1, 1), date(year, 9, 30))
    elif today >= date(year, 7, 1):
        ended = (PeriodKind.HALF_YEAR, f"6 tháng năm {year}", date(year, 1, 1), date(year, 6, 30))
    else:
        ended = (PeriodKind.YEAR, f"Năm {year - 1}", date(year - 1, 1, 1), date(year - 1, 12, 31))
    rounds = [
        (*ended, today + timedelta(days=7)),
        (PeriodKind.YEAR, f"Năm {year}", date(year, 1, 1), date(year, 12, 31), date(year + 1, 1, 15)),
    ]
    return [
        ReportingPeriod.objects.update_or_create(
            kind=kind, start=start, end=end, defaults={"name": name, "deadline": deadline, "grace_days": 5}
        )[0]
        for kind, name, start, end, deadline in rounds
    ]


def find_district(spec: DistrictSpec) -> Locality:
    try:
        return find_locality(spec.name, "district", LEGACY, parent_name=spec.province)
    except Locality.DoesNotExist as error:
        raise MissingUnitsError(
            f"Chưa có huyện {spec.name} (tỉnh {spec.province}) trong danh mục đơn vị hành chính trước 1/7/2025. "
            "Hãy chạy `chitieu load-units --province demo` trước. / "
            f"The legacy district {spec.name} ({spec.province}) is missing: "
            "run `chitieu load-units --province demo` first."
        ) from error


def find_unit(spec: UnitSpec) -> Locality:
    """The unit of the official list from 1/7/2025, checked against the merge links it was formed by."""
    try:
        unit = find_locality(spec.name, spec.level, CURRENT, parent_name=spec.province)
    except Locality.DoesNotExist as error:
        raise MissingUnitsError(
            f"Chưa có {spec.name} trong danh mục đơn vị hành chính từ 1/7/2025. "
            "Hãy chạy `chitieu load-units --province demo` trước. / "
            f"The current unit {spec.name} is missing: run `chitieu load-units --province demo` first."
        ) from error
    if spec.formed_from:
        linked = set(LocalityLink.objects.filter(successor=unit).values_list("predecessor__name", flat=True))
        if not set(spec.formed_from) <= linked:
            raise ValueError(
                f"{spec.name}: formed from {spec.formed_from}, but the merge links say {linked}."
            )
    return unit


def ensure_term(name: str) -> Term:
    first, last = TERMS[name]
    term, _ = Term.objects.update_or_create(name=name, defaults={"start_year": first, "end_year": last})
    return term


def ensure_indicators() -> dict[str, Indicator]:
    """The demo's catalogue, parts before the ratios built on them (a ratio needs both parts to exist)."""
    found: dict[str, Indicator] = {}
    for spec in sorted(INDICATORS, key=lambda s: s.numerator is not None):
        found[spec.code], _ = Indicator.objects.update_or_create(
            code=spec.code,
            defaults={
                "name": spec.name,
                "unit": spec.unit,
                "rollup": spec.rollup,
                "is_percent": spec.is_percent,
                "numerator": found[spec.numerator] if spec.numerator else None,
                "denominator": found[spec.denominator] if spec.denominator else None,
                "description": spec.description,
            },
        )
    return found


def ensure_agencies(locality: Locality, agencies: dict[str, str] = AGENCIES) -> dict[str, Agency]:
    return {
        name: Agency.objects.update_or_create(locality=locality, name=name, defaults={"short_name": short})[0]
        for name, short in agencies.items()
    }


def build_resolution(district: _District, spec: ResolutionSpec, term: Term) -> Resolution:
    article = district.spec.article
    resolution, _ = Resolution.objects.update_or_create(
        locality=district.locality,
        term=term,
        kind=spec.kind,
        year=spec.year,
        defaults={
            "title": spec.title,
            "number": spec.number,
            "issuing_body": spec.issuing_body,
            "congress_ordinal": spec.congress_ordinal,
            "near_band_pct": number(spec.near_band_pct),
            "children_min_share_pct": number(spec.children_min_share_pct),
            "declared_count": spec.declared_count,
            "is_public": True,
            "source_note": f"{spec.source_note}\nNguồn: {article.source}.",
        },
    )
    district.resolution_ids.append(resolution.pk)
    deadline = spec.year or term.end_year
    groups: list[int] = []
    targets: list[int] = []
    continuing: list[Target] = []
    for order, group_spec in enumerate(spec.groups, start=1):
        group = _group(resolution, group_spec, order)
        groups.append(group.pk)
        for target_spec in group_spec.targets:
            target = build_target(district, resolution, group, target_spec, None, len(targets) + 1, deadline)
            targets.append(target.pk)
            if target_spec.continues:
                continuing.append(target)
    Target.objects.filter(resolution=resolution, parent=None).exclude(pk__in=targets).delete()
    TargetGroup.objects.filter(resolution=resolution).exclude(pk__in=groups).delete()
    _key_tasks(resolution, spec.key_tasks)
    _continue(resolution, spec.continues, continuing)
    return resolution


def _continue(resolution: Resolution, district: str, continuing: list[Target]) -> None:
    """Mark the 2020-2025 congress resolution of `district` (built before) as carried on by `resolution`, and link
    each continuing target to that resolution's target with the same indicator; a reload replaces the links."""
    Resolution.objects.filter(continued_by=resolution).update(continued_by=None)
    resolution.targets.update(continues=None)
    if not district:
        return
    previous = Resolution.objects.get(
        locality__name=district,
        locality__level__slug="district",
        locality__scheme=LEGACY,
        term__name="2020-2025",
        kind=Resolution.Kind.CONGRESS,
    )
    previous.continued_by = resolution
    previous.save(update_fields=["continued_by"])
    for target in continuing:
        target.continues = previous.targets.get(indicator=target.indicator_id)
        target.save(update_fields=["continues"])


def _group(resolution: Resolution, spec: GroupSpec, order: int) -> TargetGroup:
    group, _ = TargetGroup.objects.update_or_create(
        resolution=resolution,
        order=order,
        defaults={"label": spec.label, "name": spec.name, "declared_count": spec.declared_count},
    )
    return group


def build_target(
    district: _District,
    resolution: Resolution,
    group: TargetGroup,
    spec: TargetSpec,
    parent: Target | None,
    order: int,
    deadline: int,
) -> Target:
    baseline_value, baseline_year = spec.baseline if spec.baseline else (None, None)
    target, _ = Target.objects.update_or_create(
        resolution=resolution,
        parent=parent,
        order=order,
        defaults={
            "group": group,
            "label": spec.label,
            "name": spec.name,
            "text": _target_text(spec),
            "indicator": district.indicators[spec.indicator] if spec.indicator else None,
            "unit": spec.unit,
            "direction": spec.direction,
            "form": spec.form,
            "strict": spec.strict,
            "kind": spec.kind,
            "value": number(spec.value),
            "value_high": number(spec.value_high),
            "total": number(spec.total),
            "baseline_value": number(baseline_value),
            "baseline_year": baseline_year,
            "deadline_year": spec.deadline_year or deadline,
            "lead_agency": district.agencies[spec.lead] if spec.lead else None,
            "source_sentence": spec.sentence,
            "source_url": spec.url,
            "source_note": "; ".join(filter(None, [spec.source_note, spec.needs_checking])),
            "needs_checking": bool(spec.needs_checking),
            "is_illustrative": bool(spec.illustrative),
        },
    )
    target.cooperating_agencies.set([district.agencies[name] for name in spec.cooperating])
    plans = {
        (target.pk, plan.year, plan.source): PlanFigure(
            number(plan.value), plan.sentence, bool(plan.illustrative)
        )
        for plan in spec.plans
    }
    stale = [
        pk
        for pk, *key in PlanValue.objects.filter(target=target).values_list(
            "pk", "target_id", "year", "source"
        )
        if tuple(key) not in plans
    ]
    if stale:
        delete_plan_values(LOADER, stale, via="", reason=RELOAD_REASON)
    if plans:
        set_plan_values(LOADER, plans, via="", reason=RELOAD_REASON)
    for figure in spec.figures:
        record_figure(district, figure)
    children = [
        build_target(district, resolution, group, child, target, child_order, deadline).pk
        for child_order, child in enumerate(spec.children, start=1)
    ]
    Target.objects.filter(parent=target).exclude(pk__in=children).delete()
    return target


def _target_text(spec: TargetSpec) -> str:
    """The wording, then what in it is illustrative: the target's own figures and any derived plan."""
    parts = [spec.text.rstrip(".")] if spec.text else []
    if spec.illustrative:
        parts.append(illustrative_text(spec.illustrative))
    parts += [
        f"Kế hoạch năm {plan.year} ({plan.source}): {illustrative_text(plan.illustrative)}"
        for plan in spec.plans
        if plan.illustrative
    ]
    return ". ".join(parts) + "." if parts else ""


def _key_tasks(resolution: Resolution, specs: tuple[KeyTaskSpec, ...]) -> None:
    kept: list[int] = []
    orders: dict[str, int] = {}
    for spec in specs:
        orders[spec.kind] = orders.get(spec.kind, 0) + 1
        task, _ = KeyTask.objects.update_or_create(
            resolution=resolution,
            kind=spec.kind,
            order=orders[spec.kind],
            defaults={
                "label": spec.label,
                "text": spec.text,
                "status": spec.status,
                "source_sentence": spec.sentence,
            },
        )
        kept.append(task.pk)
    KeyTask.objects.filter(resolution=resolution).exclude(pk__in=kept).delete()


def record_figure(district: _District, figure: Figure) -> Observation:
    """Record one figure at the district through the history-keeping service."""
    period = figure.period
    key = (figure.indicator, period.start, period.end, figure.kind, figure.at)
    if key in district.seen:
        raise ValueError(f"{district.spec.name}: {figure.indicator} is declared twice for {period}.")
    district.seen.add(key)
    article = district.spec.article
    if figure.illustrative:
        note = " ".join(filter(None, [illustrative_text(figure.illustrative) + ".", figure.note]))
        reported_on = figure.reported_on or _illustrative_report_date(figure, article.known_on)
        source = article.source if figure.sentence else DEMO_SOURCE
    elif figure.url:
        note = figure.note
        reported_on = figure.reported_on or article.known_on
        source = figure.url
    else:
        if not figure.sentence:
            raise ValueError(f"{district.spec.name}: {figure.indicator} is stated without its sentence.")
        assumed = (
            f"Ngày báo cáo {article.known_on:%d/%m/%Y} là ngày ước định: {article.assumed_date_reason}."
            if article.published is None
            else ""
        )
        note = " ".join(filter(None, [figure.note, assumed]))
        reported_on = figure.reported_on or article.known_on
        source = article.source
    observation = record_observation(
        actor=LOADER,
        via="",
        indicator=district.indicators[figure.indicator],
        locality=_predecessor(district.locality, figure.at) if figure.at else district.locality,
        period_start=period.start,
        period_end=period.end,
        period_kind=period.kind,
        kind=figure.kind,
        value=number(figure.value),
        text_value=figure.text,
        reported_on=reported_on,
        source=source,
        source_sentence=figure.sentence,
        note=note,
        is_illustrative=bool(figure.illustrative),
        reason=RELOAD_REASON,
    )
    district.observation_ids.add(observation.pk)
    return observation


def _predecessor(unit: Locality, name: str) -> Locality:
    """The unit `unit` was formed from that is called `name`, through the official merge links."""
    return (
        LocalityLink.objects.select_related("predecessor")
        .get(successor=unit, predecessor__name=name)
        .predecessor
    )


def _illustrative_report_date(figure: Figure, article_date: date) -> date:
    """Shortly after the period (15/1 for a year); no later than the article a derived figure comes from."""
    day = figure.period.end + REPORTING_DELAY
    return min(day, article_date) if figure.sentence else day


def summarise(
    districts: list[str], resolution_ids: list[int], observation_ids: set[int], units: list[str]
) -> Summary:
    targets = Target.objects.filter(resolution_id__in=resolution_ids)
    plans = PlanValue.objects.filter(target__resolution_id__in=resolution_ids)
    observations = Observation.objects.filter(pk__in=observation_ids)
    return Summary(
        districts=districts,
        units=units,
        by_term=[_term_counts(term, resolution_ids, observations) for term in TERMS],
        resolutions=len(resolution_ids),
        targets=targets.count(),
        illustrative_targets=targets.filter(is_illustrative=True).count(),
        plans=plans.count(),
        illustrative_plans=plans.filter(is_illustrative=True).count(),
        key_tasks=KeyTask.objects.filter(resolution_id__in=resolution_ids).count(),
        observations=observations.count(),
        illustrative_observations=observations.filter(is_illustrative=True).count(),
    )


def _term_counts(term: str, resolution_ids: list[int], observations) -> TermCounts:
    """A term's resolutions and targets, and the figures of their units for periods ending in its years."""
    first, last = TERMS[term]
    resolutions = Resolution.objects.filter(pk__in=resolution_ids, term__name=term)
    targets = Target.objects.filter(resolution__in=resolutions)
    units = resolutions.values("locality")
    figures = observations.filter(
        locality__in=units, period_end__gte=date(first, 1, 1), period_end__lte=date(last, 12, 31)
    )
    return TermCounts(
        term,
        resolutions.count(),
        targets.count(),
        targets.filter(is_illustrative=True).count(),
        figures.count(),
        figures.filter(is_illustrative=True).count(),
    )
