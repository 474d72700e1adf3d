"""Read-side rows for a locality: its place in the tree, a ranking of its units on one indicator, the criteria matrix."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Count, Max, Q, QuerySet

from chitieu.core.collation import by_name, vn_key
from chitieu.criteria.counting import counted_units, recognised_count
from chitieu.criteria.models import Assessment, CriteriaSet, Criterion, Product, Recognition
from chitieu.evaluation.engine.definitions import ValuePoint
from chitieu.evaluation.queries import resolutions_of
from chitieu.evaluation.series import SeriesReader
from chitieu.localities.models import Locality
from chitieu.localities.queries import predecessors_of, subtree_ids, successors_of
from chitieu.plans.models import Indicator, Resolution
from chitieu.reports.queries import illustrative_units


@dataclass
class CriteriaLink:
    criteria_set: CriteriaSet
    year: int


@dataclass
class LocalityOverview:
    locality: Locality
    ancestors: list[Locality]  # the top first
    children: list[Locality]  # annotated with `below`, the number of units under each
    resolutions: list[Resolution]
    predecessors: list[Locality]
    successors: list[Locality]
    criteria: list[CriteriaLink]


def locality_overview(locality: Locality, chain: Sequence[int], visible: set[int] | None) -> LocalityOverview:
    """The unit, the units above it (`chain`, nearest first) and the units below it that the reader may open."""
    above = {unit.pk: unit for unit in Locality.objects.filter(pk__in=list(chain[1:]))}
    children = (
        Locality.objects.filter(parent=locality)
        .select_related("level")
        .annotate(below=Count("children"))
        .order_by("level__rank", by_name())
    )
    if visible is not None:
        children = children.filter(pk__in=visible)
    # The link opens the latest year assessed below this unit, not the latest year anywhere.
    below = subtree_ids(locality)
    criteria = CriteriaSet.objects.filter(level__rank__gt=locality.level.rank).annotate(
        latest=Max("criteria__assessments__year", filter=Q(criteria__assessments__locality_id__in=below))
    )
    return LocalityOverview(
        locality=locality,
        ancestors=[above[pk] for pk in reversed(chain[1:]) if pk in above],
        children=list(children),
        resolutions=resolutions_of(locality.pk),
        predecessors=predecessors_of(locality),
        successors=successors_of(locality),
        criteria=[
            CriteriaLink(c, c.latest or c.last_year or c.first_year or date.today().year)  # type: ignore[attr-defined]
            for c in criteria
        ],
    )


# Ranking units on one indicator ------------------------------------------------------------------------------


@dataclass
class Ranked:
    locality_id: int
    name: str
    point: ValuePoint | None
    illustrative: bool
    rank: int | None = None


@dataclass
class Ranking:
    indicator: Indicator
    parent: Locality
    year: int
    years: list[int]
    parent_point: ValuePoint | None
    rows: list[Ranked] = field(default_factory=list)

    @property
    def illustrative(self) -> bool:
        return any(row.illustrative for row in self.rows)


def ranking(indicator: Indicator, parent: Locality, year: int | None) -> Ranking:
    """The units directly below `parent`, highest value first, each on its figure for the year."""
    reader = SeriesReader(parent, [indicator])
    tree = reader.tree
    children = tree.units[parent.pk].children
    series = {child: reader.points(indicator, child) for child in children}
    years = sorted({p.period_end.year for points in series.values() for p in points}, reverse=True)
    chosen = year if year is not None else (years[0] if years else date.today().year)
    marked = illustrative_units(reader, [indicator.pk])
    rows = [
        Ranked(child, tree.units[child].name, year_figure(series[child], chosen), child in marked)
        for child in children
    ]
    rows.sort(key=lambda r: (_value(r.point) is None, -(_value(r.point) or Decimal(0)), vn_key(r.name)))
    for position, row in enumerate(r for r in rows if _value(r.point) is not None):
        row.rank = position + 1
    parent_point = year_figure(reader.points(indicator), chosen)
    return Ranking(indicator, parent, chosen, years, parent_point, rows)


def _value(point: ValuePoint | None) -> Decimal | None:
    return point.value if point is not None else None


def year_figure(points: Sequence[ValuePoint], year: int) -> ValuePoint | None:
    """The figure a year is ranked on: the whole year when reported, else its latest and longest period."""
    in_year = [p for p in points if p.period_end.year == year and p.period_start.year == year]
    if not in_year:
        return None
    return max(in_year, key=lambda p: (p.period_end, p.period_end - p.period_start, p.kind))


# The criteria matrix -------------------------------------------------------------------------------------------


@dataclass
class MatrixCell:
    met: bool | None
    illustrative: bool


@dataclass
class MatrixRow:
    unit: Locality
    cells: list[MatrixCell]
    met: int
    level: str  # the highest recognition held at the end of the year, "" if none
    decision: Recognition | None
    illustrative: bool


@dataclass
class StarCount:
    stars: int
    count: int


@dataclass
class ReportedCount:
    """What the unit itself reported for a standard in a year ('12/13 xã đạt chuẩn'): an indicator of the set
    counting units, its numerator over its denominator, with where the figure came from."""

    indicator: Indicator
    met: int
    of: int
    period_end: date
    source: str


@dataclass
class CriteriaMatrix:
    locality: Locality
    criteria_set: CriteriaSet
    year: int
    criteria: list[Criterion]
    rows: list[MatrixRow]
    recognised: int
    unit_word: str  # "xã"
    stars: list[StarCount]
    products: list[Product]
    reported: "ReportedCount | None" = None

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def differs(self) -> bool:
        """The unit's own report counts otherwise than its recognitions on the official list of units."""
        return self.reported is not None and (self.reported.met, self.reported.of) != (
            self.recognised,
            self.total,
        )

    @property
    def recognised_pct(self) -> Decimal | None:
        return Decimal(self.recognised) / self.total * 100 if self.rows else None

    @property
    def illustrative(self) -> bool:
        return any(row.illustrative for row in self.rows) or any(p.is_illustrative for p in self.products)


def criteria_matrix(locality: Locality, criteria_set: CriteriaSet, year: int) -> CriteriaMatrix:
    """Units of the set's level under `locality` × criteria, met or not in `year`; recognitions; OCOP stars."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    ids = [locality.pk, *subtree_ids(locality)]
    units = Locality.objects.filter(pk__in=ids).filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=end),
        Q(valid_until__isnull=True) | Q(valid_until__gte=start),
    )
    if criteria_set.level_id is not None:
        units = units.filter(level_id=criteria_set.level_id)
    else:
        units = units.filter(parent=locality)
    units = counted_units(list(units.order_by(by_name())), _applied_types(criteria_set, units, end))
    criteria = list(criteria_set.criteria.all())
    unit_ids = [u.pk for u in units]
    found = {
        (a["locality_id"], a["criterion_id"]): a
        for a in Assessment.objects.filter(
            locality_id__in=unit_ids, criterion__criteria_set=criteria_set, year=year
        ).values("locality_id", "criterion_id", "met", "is_illustrative")
    }
    held = _recognitions(criteria_set, unit_ids, end)
    rows = []
    for unit in units:
        cells = [
            MatrixCell(found[(unit.pk, c.pk)]["met"], found[(unit.pk, c.pk)]["is_illustrative"])
            if (unit.pk, c.pk) in found
            else MatrixCell(None, False)
            for c in criteria
        ]
        decision = held.get(unit.pk)
        rows.append(
            MatrixRow(
                unit=unit,
                cells=cells,
                met=sum(1 for cell in cells if cell.met),
                level=decision.level if decision else "",
                decision=decision,
                illustrative=any(c.illustrative for c in cells)
                or bool(decision and decision.is_illustrative),
            )
        )
    products = list(
        Product.objects.filter(locality_id__in=ids, rated_on__lte=end)
        .select_related("locality")
        .order_by("-stars", by_name())
    )
    stars = Counter(p.stars for p in products)
    return CriteriaMatrix(
        locality=locality,
        criteria_set=criteria_set,
        year=year,
        criteria=criteria,
        rows=rows,
        recognised=recognised_count(
            units, {k: (d.decided_on, d.revoked_on) for k, d in held.items()}, end, ()
        )[0],
        unit_word=criteria_set.level.name.split(",")[0].strip().lower() if criteria_set.level else "đơn vị",
        stars=[StarCount(n, stars[n]) for n in (5, 4, 3) if stars[n]]
        + [StarCount(n, stars[n]) for n in (2, 1) if stars[n]],
        products=products,
        reported=_reported(locality, criteria_set, end),
    )


def _reported(locality: Locality, criteria_set: CriteriaSet, end: date) -> ReportedCount | None:
    """The unit's own count for the set in the year ending `end`, from the first indicator of the set that holds
    one as a ratio of units ('Tỷ lệ xã đạt chuẩn nông thôn mới': 12 of 13), else None."""
    indicators = list(
        Indicator.objects.filter(criteria_set=criteria_set, rollup=Indicator.Rollup.RATIO)
        .select_related("numerator", "denominator", "weight", "criteria_set")
        .order_by("pk")
    )
    if not indicators:
        return None
    reader = SeriesReader(locality, indicators, until=end)
    for indicator in indicators:
        points = [
            p
            for p in reader.points(indicator)
            if p.period_end.year == end.year and p.numerator is not None and p.denominator is not None
        ]
        if points:
            point = max(points, key=lambda p: (p.period_end, p.kind))
            return ReportedCount(
                indicator, int(point.numerator), int(point.denominator), point.period_end, point.source or ""
            )
    return None


def _applied_types(criteria_set: CriteriaSet, units: QuerySet[Locality], end: date) -> set[str]:
    """The types of unit the standard was applied to: a standard for communes is not one for towns. Those
    recognised under it by `end` (as an indicator counting recognitions sees it), else those assessed."""
    recognised = units.filter(
        recognitions__criteria_set=criteria_set, recognitions__decided_on__lte=end
    ).values_list("type_name", flat=True)
    assessed = units.filter(assessments__criterion__criteria_set=criteria_set).values_list(
        "type_name", flat=True
    )
    return set(recognised) or set(assessed)


def _recognitions(criteria_set: CriteriaSet, unit_ids: list[int], end: date) -> dict[int, Recognition]:
    """The highest level each unit holds on `end` (levels as the set lists them, lowest first)."""
    order = [level.strip() for level in criteria_set.recognition_levels.split(",") if level.strip()]
    held: dict[int, Recognition] = {}
    decisions = Recognition.objects.filter(
        criteria_set=criteria_set, locality_id__in=unit_ids, decided_on__lte=end
    ).filter(Q(revoked_on__isnull=True) | Q(revoked_on__gt=end))
    for decision in decisions:
        current = held.get(decision.locality_id)
        if current is None or _rank(order, decision.level) > _rank(order, current.level):
            held[decision.locality_id] = decision
    return held


def _rank(order: list[str], level: str) -> int:
    return order.index(level) if level in order else 0
