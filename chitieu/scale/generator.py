"""A national-scale illustrative dataset on the official units: resolutions, targets, observations, assessments.

Everything written is marked illustrative and sourced "Dữ liệu sinh tự động", and it is deterministic: each unit
draws from its own random stream seeded by (seed, scheme, level, code), so a capped run is a prefix of a full one.
"""

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from chitieu.core.bulk import db_datetime, insert_rows
from chitieu.criteria.catalogue import new_rural_set
from chitieu.criteria.models import Assessment
from chitieu.localities.models import Locality
from chitieu.localities.services import load_units
from chitieu.localities.units import CURRENT, LEGACY, ProvinceSelection
from chitieu.plans.models import Indicator, Resolution, Target, TargetGroup, Term
from chitieu.results.door import System, delete_loaded, insert_observations
from chitieu.results.models import PeriodKind, ValueKind
from chitieu.results.rollups import rebuild as rebuild_rollups
from chitieu.scale.catalogue import (
    CATALOGUE,
    GROUPS,
    MONTH,
    QUARTER,
    TARGETS_PER_LEVEL,
    IndicatorSpec,
)

MARK = "Dữ liệu sinh tự động"

# Each era's five years of values: the 2020-2025 term up to the reform, and the 2025-2030 term so far.
ERAS = {
    LEGACY: ("2020-2025", 2020, 2025, date(2020, 7, 1), date(2025, 6, 30), "lần thứ XXI"),
    CURRENT: ("2025-2030", 2025, 2030, date(2025, 7, 1), date(2026, 12, 31), "lần thứ I"),
}
# A sum indicator of a district or province is this many communes' worth.
SCALE = {"commune": 1, "district": 15, "province": 150}
ASSESSMENT_YEARS = range(2021, 2026)

# Generated figures are illustrative (every page says so) and published, so the public pages show them too.
GENERATOR = System("generate")
OBSERVATION_FIELDS = [
    "indicator",
    "locality",
    "period_start",
    "period_end",
    "period_kind",
    "kind",
    "value",
    "text_value",
    "reported_on",
    "source",
    "source_sentence",
    "note",
    "is_illustrative",
    "created_at",
    "updated_at",
]
TARGET_FIELDS = [
    "resolution",
    "group",
    "label",
    "order",
    "name",
    "text",
    "indicator",
    "unit",
    "direction",
    "form",
    "strict",
    "kind",
    "value",
    "baseline_value",
    "baseline_year",
    "deadline_year",
    "leader_name",
    "leader_title",
    "source_sentence",
    "is_illustrative",
    "ordinal_target",
    "source_url",
    "source_note",
    "needs_checking",
]


@dataclass
class GenerateReport:
    localities: int = 0
    resolutions: int = 0
    targets: int = 0
    observations: int = 0
    assessments: int = 0
    seconds: float = 0.0
    units_loaded: bool = False
    by_level: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Unit:
    id: int
    scheme: str
    level: str
    code: str
    full_name: str

    def rng(self, seed: int) -> random.Random:
        return random.Random(f"{seed}/{self.scheme}/{self.level}/{self.code}")


@dataclass(frozen=True)
class Period:
    kind: str
    start: date
    end: date


def generate(
    selection: ProvinceSelection, *, seed: int = 2025, communes: int | None = None
) -> GenerateReport:
    """Replace the generated data of the selected provinces (at most `communes` communes each per era).

    One transaction: a run killed midway leaves the database as it was.
    """
    started = time.perf_counter()
    report = GenerateReport()
    with transaction.atomic():
        report.units_loaded = _ensure_units(selection)
        units = selected_units(selection, communes)
        report.localities = len(units)
        for unit in units:
            report.by_level[f"{unit.scheme}/{unit.level}"] = (
                report.by_level.get(f"{unit.scheme}/{unit.level}", 0) + 1
            )
        clear([unit.id for unit in selected_units(selection, None)])
        indicators = _ensure_indicators()
        criteria = list(new_rural_set().criteria.order_by("number").values_list("pk", flat=True))
        _write_resolutions(units, indicators, seed, report)
        now = db_datetime(timezone.now())
        report.observations = insert_observations(
            GENERATOR,
            [f"{name}_id" if name in ("indicator", "locality") else name for name in OBSERVATION_FIELDS],
            _observations(units, indicators, seed, now),
        )
        # Assessments entered otherwise (the demo's, an office's) keep their place: generated rows skip their keys.
        taken = set(
            Assessment.objects.filter(
                locality__in=[u.id for u in units if u.scheme == LEGACY and u.level == "commune"],
                criterion__in=criteria,
                year__in=ASSESSMENT_YEARS,
            ).values_list("locality_id", "criterion_id", "year")
        )
        report.assessments = insert_rows(
            Assessment,
            ["locality_id", "criterion_id", "year", "met", "note", "is_illustrative"],
            (row for row in _assessments(units, criteria, seed) if row[:3] not in taken),
        )
        # The door's COPY path leaves the roll-ups to this: one set-wise rebuild in the same transaction.
        rebuild_rollups()
    report.seconds = time.perf_counter() - started
    return report


def _ensure_units(selection: ProvinceSelection) -> bool:
    present = set(
        Locality.objects.filter(level__slug="province", scheme__in=[LEGACY, CURRENT]).values_list(
            "scheme", "code"
        )
    )
    wanted = {(LEGACY, code) for code in selection.legacy} | {(CURRENT, code) for code in selection.current}
    if wanted <= present:
        return False
    load_units(selection)
    return True


def selected_units(selection: ProvinceSelection, communes: int | None) -> list[Unit]:
    """Provinces, (legacy) districts and communes of the selection, parents first, in code order."""
    rows = Locality.objects.filter(scheme__in=[LEGACY, CURRENT]).exclude(code="")
    provinces = {
        (scheme, code): pk
        for pk, scheme, code in rows.filter(level__slug="province").values_list("pk", "scheme", "code")
        if code in (selection.legacy if scheme == LEGACY else selection.current)
    }
    province_ids = set(provinces.values())
    units: list[Unit] = []
    for pk, scheme, code, type_name, name in rows.filter(pk__in=province_ids).values_list(
        "pk", "scheme", "code", "type_name", "name"
    ):
        units.append(Unit(pk, scheme, "province", code, f"{type_name} {name}"))
    districts = {
        pk: (code, f"{type_name} {name}", parent)
        for pk, code, type_name, name, parent in rows.filter(
            level__slug="district", parent__in=province_ids
        ).values_list("pk", "code", "type_name", "name", "parent_id")
    }
    chosen_communes: list[Unit] = []
    taken: dict[int, int] = {}
    for pk, scheme, code, type_name, name, parent, grandparent in (
        rows.filter(level__slug="commune")
        .filter(parent__in=province_ids | set(districts))
        .order_by("scheme", "code")
        .values_list("pk", "scheme", "code", "type_name", "name", "parent_id", "parent__parent_id")
    ):
        province = grandparent if parent in districts else parent
        if communes is not None and taken.get(province, 0) >= communes:
            continue
        taken[province] = taken.get(province, 0) + 1
        chosen_communes.append(Unit(pk, scheme, "commune", code, f"{type_name} {name}"))
    if communes is None:
        wanted_districts = set(districts)
    else:
        parents = dict(rows.filter(pk__in=[u.id for u in chosen_communes]).values_list("pk", "parent_id"))
        wanted_districts = {parents[u.id] for u in chosen_communes} & set(districts)
    for pk in sorted(wanted_districts, key=lambda pk: districts[pk][0]):
        code, full_name, _parent = districts[pk]
        units.append(Unit(pk, LEGACY, "district", code, full_name))
    units.sort(key=lambda u: (u.scheme, ("province", "district", "commune").index(u.level), u.code))
    return units + chosen_communes


def clear(locality_ids: list[int]) -> None:
    """Remove what an earlier run generated for these localities (and only that)."""
    for start in range(0, len(locality_ids), 500):
        chunk = locality_ids[start : start + 500]
        delete_loaded(GENERATOR, locality__in=chunk, source=MARK)
        Assessment.objects.filter(locality__in=chunk, is_illustrative=True, note=MARK).delete()
        Resolution.objects.filter(locality__in=chunk, source_note=MARK).delete()


def _ensure_indicators() -> dict[str, Indicator]:
    existing = {
        indicator.code: indicator
        for indicator in Indicator.objects.filter(code__in=[s.code for s in CATALOGUE])
    }
    missing = [
        Indicator(
            code=spec.code,
            name=spec.name,
            unit=spec.unit,
            is_percent=spec.percent,
            rollup=spec.rollup,
            description=MARK,
        )
        for spec in CATALOGUE
        if spec.code not in existing
    ]
    if missing:
        Indicator.objects.bulk_create(missing)
        existing = {i.code: i for i in Indicator.objects.filter(code__in=[s.code for s in CATALOGUE])}
    return existing


def _picks(unit: Unit, seed: int) -> list[IndicatorSpec]:
    """The indicators of the unit's targets, in catalogue (hence group) order."""
    rng = unit.rng(seed)
    low, high = TARGETS_PER_LEVEL[unit.level]
    count = rng.randint(low, high)
    return sorted(rng.sample(CATALOGUE, count), key=CATALOGUE.index)


def _base(spec: IndicatorSpec, unit: Unit, rng: random.Random) -> float:
    value = rng.uniform(spec.low, spec.high)
    return value if spec.percent or spec.rollup != Indicator.Rollup.SUM else value * SCALE[unit.level]


def _write_resolutions(
    units: list[Unit], indicators: dict[str, Indicator], seed: int, report: GenerateReport
) -> None:
    terms = {
        scheme: Term.objects.get_or_create(name=name, defaults={"start_year": start, "end_year": end})[0]
        for scheme, (name, start, end, *_rest) in ERAS.items()
    }
    resolutions = Resolution.objects.bulk_create(
        [
            Resolution(
                locality_id=unit.id,
                term=terms[unit.scheme],
                kind=Resolution.Kind.CONGRESS,
                number="01-NQ/ĐH",
                title=(
                    f"Nghị quyết Đại hội đại biểu Đảng bộ {unit.full_name} {ERAS[unit.scheme][5]}, "
                    f"nhiệm kỳ {ERAS[unit.scheme][0]} (dữ liệu minh họa)"
                ),
                issued_on=date(ERAS[unit.scheme][1], 9, 1),
                issuing_body=f"Đảng bộ {unit.full_name}",
                is_public=False,
                source_note=MARK,
            )
            for unit in units
        ],
        batch_size=2000,
    )
    report.resolutions = len(resolutions)
    groups = TargetGroup.objects.bulk_create(
        [
            TargetGroup(resolution=resolution, label=label, name=name, order=order)
            for resolution in resolutions
            for order, (label, name) in enumerate(GROUPS)
        ],
        batch_size=5000,
    )
    group_ids = {(group.resolution_id, group.order): group.pk for group in groups}

    def rows() -> Iterator[tuple]:
        for unit, resolution in zip(units, resolutions, strict=True):
            _name, first, last, *_rest = ERAS[unit.scheme]
            rng = unit.rng(seed)
            specs = _picks(unit, seed)
            for order, spec in enumerate(specs, start=1):
                base = _base(spec, unit, rng)
                years = last - first
                if spec.kind == Target.Kind.CUMULATIVE:
                    value = base * years * (1 + spec.growth_float * 2) * rng.uniform(0.95, 1.1)
                elif spec.kind == Target.Kind.ANNUAL:
                    value = base * rng.uniform(0.9, 1.05)
                else:
                    value = base * (1 + spec.growth_float) ** years * rng.uniform(0.97, 1.05)
                if spec.percent:
                    value = min(value, 100.0)
                lower = spec.direction == Target.Direction.LOWER
                form = (
                    Target.Form.MAX_BOUND
                    if lower
                    else (Target.Form.MIN_BOUND if spec.percent else Target.Form.EXACT)
                )
                figure = f"{value:.2f}"
                yield (
                    resolution.pk,
                    group_ids[resolution.pk, spec.group],
                    f"{order}.",
                    order,
                    spec.name,
                    f"{spec.name} đến năm {last} đạt {figure} {spec.unit} (dữ liệu minh họa)",
                    indicators[spec.code].pk,
                    spec.unit,
                    spec.direction,
                    form,
                    False,
                    spec.kind,
                    figure,
                    f"{base:.2f}",
                    first,
                    last,
                    "",
                    "",
                    MARK,
                    True,
                    "",
                    "",
                    "",
                    False,
                )

    fields = [
        f"{name}_id" if name in ("resolution", "group", "indicator") else name for name in TARGET_FIELDS
    ]
    report.targets = insert_rows(Target, fields, rows())


def periods(first_day: date, last_day: date) -> dict[str, list[Period]]:
    """The periods of an era's window, by cadence: monthly indicators get months and years; quarterly ones
    quarters, 9 months and years; every indicator gets the 6-month estimate and the year."""
    months, quarters, nine, half, years = [], [], [], [], []
    for year in range(first_day.year, last_day.year + 1):
        for month in range(1, 13):
            start = date(year, month, 1)
            end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            if first_day <= start and end <= last_day:
                months.append(Period(PeriodKind.MONTH, start, end))
                if month % 3 == 0:
                    quarters.append(Period(PeriodKind.QUARTER, date(year, month - 2, 1), end))
                if month == 6:
                    half.append(Period(PeriodKind.HALF_YEAR, date(year, 1, 1), end))
                if month == 9:
                    nine.append(Period(PeriodKind.NINE_MONTHS, date(year, 1, 1), end))
                if month == 12:
                    years.append(Period(PeriodKind.YEAR, date(year, 1, 1), end))
    quarters = [q for q in quarters if q.start >= first_day]
    half = [h for h in half if h.start >= first_day]
    nine = [n for n in nine if n.start >= first_day]
    years = [y for y in years if y.start >= first_day]
    return {"months": months, "quarters": quarters, "nine": nine, "half": half, "years": years}


def _observations(
    units: list[Unit], indicators: dict[str, Indicator], seed: int, now: object
) -> Iterator[tuple]:
    windows = {scheme: periods(era[3], era[4]) for scheme, era in ERAS.items()}
    for unit in units:
        rng = unit.rng(seed)
        specs = _picks(unit, seed)
        bases = [_base(spec, unit, rng) for spec in specs]  # the same draws as for the targets
        noise = random.Random(f"{seed}/values/{unit.scheme}/{unit.level}/{unit.code}")
        for spec, base in zip(specs, bases, strict=True):
            yield from _series(
                unit.id, indicators[spec.code].pk, spec, base, windows[unit.scheme], noise, now
            )


def _series(
    locality: int,
    indicator: int,
    spec: IndicatorSpec,
    base: float,
    window: dict[str, list[Period]],
    noise: random.Random,
    now: object,
) -> Iterator[tuple]:
    """One indicator's values at one unit: a trend from the 2020 base, flows shared out over the period."""
    official, estimate = int(ValueKind.OFFICIAL), int(ValueKind.ESTIMATE)
    summed = spec.rollup == Indicator.Rollup.SUM and not spec.percent
    growth = spec.growth_float

    def level(day: date, share: float) -> float:
        years = (day.year - 2020) + (day.month - 1) / 12
        value = base * (1 + growth) ** years * noise.uniform(0.96, 1.04)
        value = value * share if summed else value
        return min(value, 100.0) if spec.percent else value

    def row(period: Period, kind: int, value: float) -> tuple:
        reported = period.end + timedelta(days=10 if kind == estimate else 45)
        return (
            indicator, locality, period.start.isoformat(), period.end.isoformat(), period.kind, kind,
            f"{value:.2f}", "", reported.isoformat(), MARK, "", "", True, now, now,
        )  # fmt: skip

    if spec.cadence == MONTH:
        for period in window["months"]:
            yield row(period, official, level(period.end, 1 / 12))
    if spec.cadence == QUARTER:
        for period in window["quarters"]:
            yield row(period, official, level(period.end, 1 / 4))
        for period in window["nine"]:
            yield row(period, estimate, level(period.end, 3 / 4))
    for period in window["half"]:
        yield row(period, estimate, level(period.end, 1 / 2))
    for period in window["years"]:
        value = level(period.end, 1)
        yield row(period, estimate, value * noise.uniform(0.97, 1.03))
        yield row(period, official, value)


def _assessments(units: list[Unit], criteria: list[int], seed: int) -> Iterator[tuple]:
    """Legacy communes against the 19 new-rural criteria, 2021-2025: more criteria met each year."""
    for unit in units:
        if unit.scheme != LEGACY or unit.level != "commune":
            continue
        rng = random.Random(f"{seed}/criteria/{unit.code}")
        order = rng.sample(criteria, len(criteria))
        met = rng.randint(5, 15)
        for year in ASSESSMENT_YEARS:
            met = min(len(criteria), met + rng.randint(0, 2))
            reached = set(order[:met])
            for criterion in criteria:
                yield (unit.id, criterion, year, criterion in reached, MARK, True)
