"""The roll-up table kept in step with every write of figures, and the version of each unit that caches carry.

The write door calls `refresh` with the places it wrote, inside its transaction: every unit above them (parents,
and the units that absorbed them through the primary merge links) has its version moved and its roll-up rows
recomputed, lowest units first, for the indicators written (and the weighted means they weigh) and the periods
written. `rebuild` recomputes every row (recovery, and the generator after its millions of rows).

The rules are those of `evaluation.series.SeriesReader`, which stays the reference (`chitieu check-rollups`
compares the two): a part is a unit the roll-up's unit absorbed (periods before the merge, when any of them has
a figure) or else a unit directly below it that existed over the period; it counts by its strongest own figure,
or by its own roll-up when it has none. Parts that are plain leaves (nothing below them, no merge into them) are
added up by the database; the others, and the rules that need each part's value (weighted mean, latest), are
read row by row.
"""

from collections import defaultdict, namedtuple
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, Sum

from chitieu.core.bulk import insert_rows
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import Indicator
from chitieu.results.models import Observation, Rollup, UnitVersion, ValueKind

Place = tuple[int, int, date, date]  # indicator id, locality id, period start, period end
Period = tuple[date, date]
Key = tuple[int, int, Period, bool]  # unit (or part) id, indicator id, period, approved figures only

ZERO = Decimal(0)
Rules = Indicator.Rollup
ONE_BY_ONE = frozenset({Rules.WEIGHTED_MEAN, Rules.LATEST})
VARIANTS = (False, True)


def kept(rollup: str, criteria_set_id: int | None) -> bool:
    """Whether an indicator's roll-up is kept in the table: a ratio is divided from its two indicators' rows, a
    count of recognised units is counted from the (small) recognition table, 'none' is not rolled up."""
    if rollup == Rules.COUNT_MEETING:
        return criteria_set_id is None
    return rollup not in (Rules.RATIO, Rules.NONE)


def rolled_value(rollup: str, row: "Rollup | _Sums | _Stored") -> Decimal | None:
    """The value a row stands for under the indicator's rule; None where the rule gives none (no part had a value,
    a part lacked its weight, the weights add up to zero)."""
    if rollup == Rules.SUM:
        return row.total if row.valued else None
    if rollup == Rules.MEAN:
        return row.total / row.valued if row.valued and row.total is not None else None
    if rollup == Rules.WEIGHTED_MEAN:
        if row.unweighted or not row.weight_total or row.weighted_total is None:
            return None
        return row.weighted_total / row.weight_total
    if rollup == Rules.LATEST:
        return row.latest
    if rollup == Rules.COUNT_MEETING:
        # Without a standard to meet, no part meets it (engine.rollup._count_meeting).
        return ZERO if row.parts else None
    return None


@dataclass(frozen=True, slots=True)
class _Rule:
    rollup: str
    weight_id: int | None
    kept: bool


def _rules() -> dict[int, _Rule]:
    return {
        pk: _Rule(rollup, weight_id, kept(rollup, set_id))
        for pk, rollup, weight_id, set_id in Indicator.objects.values_list(
            "pk", "rollup", "weight_id", "criteria_set_id"
        )
    }


@dataclass(slots=True)
class _Point:
    """A part's figure for one period: its strongest own figure, or its roll-up."""

    value: Decimal | None
    kind: int
    reported_on: date | None
    partial: bool = False


@dataclass(slots=True)
class _Sums:
    """The parts of one roll-up as they are added in."""

    parts: int = 0
    valued: int = 0
    reported: int = 0
    total: Decimal = ZERO
    weighted_total: Decimal = ZERO
    weight_total: Decimal = ZERO
    unweighted: int = 0
    latest: Decimal | None = None
    latest_order: tuple | None = None
    weakest: int = ValueKind.OFFICIAL
    reported_on: date | None = None

    def add(self, point: _Point, weight: Decimal | None, order: tuple) -> None:
        self._count(1, point.kind, point.reported_on)
        if point.value is None:
            return
        self.valued += 1
        self.reported += 0 if point.partial else 1
        self.total += point.value
        if weight is None:
            self.unweighted += 1
        else:
            self.weighted_total += point.value * weight
            self.weight_total += weight
        if self.latest_order is None or order < self.latest_order:
            self.latest, self.latest_order = point.value, order

    def add_leaves(self, parts: int, valued: int, total: Decimal | None, weakest: int, reported: date | None):
        """Plain leaves added up by the database (never partial: they have nothing below them)."""
        self._count(parts, weakest, reported)
        self.valued += valued
        self.reported += valued
        self.total += total or ZERO

    def _count(self, parts: int, kind: int, reported_on: date | None) -> None:
        self.parts += parts
        self.weakest = min(self.weakest, kind)
        if reported_on is not None and (self.reported_on is None or reported_on > self.reported_on):
            self.reported_on = reported_on


@dataclass(slots=True)
class _Unit:
    """A unit whose roll-up is computed in this layer: its parts and what the coverage counts."""

    children: list[tuple[int, date | None, date | None]]
    predecessors: list[tuple[int, date, date | None, date | None]]

    def expected(self, period: Period) -> int:
        before = [
            p
            for p, effective, start, end in self.predecessors
            if period[1] < effective and _over(start, end, period)
        ]
        if before:
            return len(before)
        return sum(1 for _c, start, end in self.children if _over(start, end, period))


def _over(valid_from: date | None, valid_until: date | None, period: Period) -> bool:
    return (valid_from is None or valid_from <= period[1]) and (
        valid_until is None or period[0] <= valid_until
    )


# Writing


_gathering: ContextVar[set[Place] | None] = ContextVar("rollup_places", default=None)


@contextmanager
def gathered() -> Iterator[None]:
    """Refresh once, on leaving, for every place written inside (a page saving twenty figures one by one)."""
    if _gathering.get() is not None:
        yield
        return
    places: set[Place] = set()
    token = _gathering.set(places)
    try:
        yield
    finally:
        _gathering.reset(token)
    refresh(places)


def refresh(places: Iterable[Place]) -> None:
    """Move the versions of the written units and of every unit above them, and recompute those units' roll-ups
    for the written indicators and periods. Called by the door inside its transaction.

    The versions are moved first, in the order of their ids: that locks each unit's row until the transaction
    ends, so two writers under one province recompute it one after the other, the second from what the first
    committed (PostgreSQL reads each statement from a fresh snapshot)."""
    gathering = _gathering.get()
    if gathering is not None:
        gathering.update(places)
        return
    places = set(places)
    if not places:
        return
    written = {place[1] for place in places}
    layers = _layers_above(written)
    bump(written | {unit for layer in layers for unit in layer})
    rules = _rules()
    indicators = _with_dependents({place[0] for place in places}, rules)
    if not indicators or not layers:
        return
    starts = {place[2] for place in places}
    ends = {place[3] for place in places}
    for layer in layers:
        _recompute(layer, rules, indicators, starts, ends)


@transaction.atomic
def rebuild() -> int:
    """Recompute the whole table from the observations; returns how many rows it holds."""
    if connection.vendor == "postgresql":
        # Writers wait (on their version rows) until the table is whole again; readers go on.
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {UnitVersion._meta.db_table} IN EXCLUSIVE MODE")
    Rollup.objects.all().delete()
    rules = _rules()
    indicators = {pk for pk, rule in rules.items() if rule.kept}
    above: dict[int, set[int]] = defaultdict(set)
    for child, parent in Locality.objects.filter(parent__isnull=False).values_list("pk", "parent_id"):
        above[child].add(parent)
    for predecessor, successor in LocalityLink.objects.filter(is_primary=True).values_list(
        "predecessor_id", "successor_id"
    ):
        above[predecessor].add(successor)
    written = 0
    for targets in _components(above):
        computed: dict[Key, _Point] = {}  # rows of the layers below, kept rather than read back
        for layer in _ordered(targets, above):
            written += _recompute(layer, rules, indicators, None, None, computed)
    # Every cached page may have read a unit the rebuild changed.
    bump(Locality.objects.values_list("pk", flat=True))
    return written


def _components(above: dict[int, set[int]]) -> list[set[int]]:
    """The units that roll up, in groups that share no part (a 2025 province with the provinces it absorbed):
    a rebuild keeps one group's roll-ups in memory at a time."""
    root: dict[int, int] = {}

    def find(unit: int) -> int:
        while root.get(unit, unit) != unit:
            unit = root[unit]
        return unit

    for part, units in above.items():
        for unit in units:
            first, second = find(part), find(unit)
            if first != second:
                root[first] = second
    groups: dict[int, set[int]] = defaultdict(set)
    for units in above.values():
        for unit in units:
            groups[find(unit)].add(unit)
    return list(groups.values())


def bump(unit_ids: Iterable[int]) -> None:
    """Move each unit's version by one (creating it at 1)."""
    ids = sorted(set(unit_ids))
    if not ids:
        return
    table = connection.ops.quote_name(UnitVersion._meta.db_table)
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            cursor.execute(
                f"INSERT INTO {table} (locality_id, version) VALUES {', '.join(['(%s, 1)'] * len(chunk))} "
                f"ON CONFLICT (locality_id) DO UPDATE SET version = {table}.version + 1",
                chunk,
            )


def versions(unit_ids: Iterable[int]) -> dict[int, int]:
    """The versions of these units (0 for a unit never written), in one indexed lookup."""
    ids = list(unit_ids)
    found = dict(UnitVersion.objects.filter(locality_id__in=ids).values_list("locality_id", "version"))
    return {pk: found.get(pk, 0) for pk in ids}


def _with_dependents(indicator_ids: set[int], rules: dict[int, _Rule]) -> set[int]:
    """The kept indicators among these and the weighted means they weigh (a part's weight is its figure)."""
    found = set(indicator_ids)
    while True:
        more = {
            pk
            for pk, rule in rules.items()
            if rule.rollup == Rules.WEIGHTED_MEAN and rule.weight_id in found and pk not in found
        }
        if not more:
            return {pk for pk in found if pk in rules and rules[pk].kept}
        found |= more


def _layers_above(written: set[int]) -> list[list[int]]:
    """The units above the written ones (parents, and units that absorbed them), lowest first: one query."""
    quote = connection.ops.quote_name
    locality, link = quote(Locality._meta.db_table), quote(LocalityLink._meta.db_table)
    true = "TRUE" if connection.vendor == "postgresql" else "1"
    marks = ", ".join(["%s"] * len(written))
    edges = (
        f"SELECT id AS part, parent_id AS unit FROM {locality} WHERE parent_id IS NOT NULL "
        f"UNION ALL SELECT predecessor_id, successor_id FROM {link} WHERE is_primary = {true}"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH RECURSIVE up(part, unit) AS ("
            f"SELECT e.part, e.unit FROM ({edges}) e WHERE e.part IN ({marks}) "
            f"UNION SELECT e.part, e.unit FROM ({edges}) e JOIN up ON e.part = up.unit"
            f") SELECT part, unit FROM up",
            list(written),
        )
        rows = cursor.fetchall()
    above: dict[int, set[int]] = defaultdict(set)
    for part, unit in rows:
        above[part].add(unit)
    return _ordered({unit for _part, unit in rows}, above)


def _ordered(targets: set[int], above: dict[int, set[int]]) -> list[list[int]]:
    """Layers of the targets such that every target comes after the targets among its parts."""
    waiting = {unit: 0 for unit in targets}
    for part, units in above.items():
        if part in targets:
            for unit in units:
                waiting[unit] += 1
    layers: list[list[int]] = []
    ready = sorted(unit for unit, count in waiting.items() if count == 0)
    done: set[int] = set()
    while ready:
        layers.append(ready)
        done.update(ready)
        following: list[int] = []
        for part in ready:
            for unit in above.get(part, ()):
                waiting[unit] -= 1
                if waiting[unit] == 0:
                    following.append(unit)
        ready = sorted(following)
    rest = sorted(targets - done)
    if rest:  # a cycle in bad lineage data: computed once, as the reference reads it once
        layers.append(rest)
    return layers


# Computing one layer


def _recompute(
    layer: list[int],
    rules: dict[int, _Rule],
    indicators: set[int],
    starts: set[date] | None,
    ends: set[date] | None,
    computed: dict[Key, _Point] | None = None,
) -> int:
    """Replace the rows of these units (for these indicators, and these periods; None: all) and return how many.
    `computed` holds the roll-ups of the layers below when they are not to be read back (a rebuild)."""
    units: dict[int, _Unit] = {pk: _Unit([], []) for pk in layer}
    # part → (unit above, merge date or None for a child, valid from, valid until, its place in the reference's order)
    edges: dict[int, list[tuple[int, date | None, date | None, date | None, tuple]]] = defaultdict(list)
    composite: set[int] = set()  # parts with units below them or merged into them
    below = Exists(Locality.objects.filter(parent_id=OuterRef("pk")))
    merged = Exists(LocalityLink.objects.filter(successor_id=OuterRef("pk"), is_primary=True))
    for pk, parent, valid_from, valid_until, rank, code, name, is_composite in (
        Locality.objects.filter(parent_id__in=layer)
        .annotate(composite=below | merged)
        .values_list(
            "pk", "parent_id", "valid_from", "valid_until", "level__rank", "code", "name", "composite"
        )
    ):
        units[parent].children.append((pk, valid_from, valid_until))
        edges[pk].append((parent, None, valid_from, valid_until, (1, rank, code or "", name, pk)))
        if is_composite:
            composite.add(pk)
    below = Exists(Locality.objects.filter(parent_id=OuterRef("predecessor_id")))
    merged = Exists(LocalityLink.objects.filter(successor_id=OuterRef("predecessor_id"), is_primary=True))
    for pk, successor, effective, valid_from, valid_until, is_composite in (
        LocalityLink.objects.filter(successor_id__in=layer, is_primary=True)
        .annotate(composite=below | merged)
        .values_list(
            "predecessor_id",
            "successor_id",
            "effective",
            "predecessor__valid_from",
            "predecessor__valid_until",
            "composite",
        )
    ):
        units[successor].predecessors.append((pk, effective, valid_from, valid_until))
        edges[pk].append((successor, effective, None, None, (0, effective, "", "", pk)))
        if is_composite:
            composite.add(pk)
    parts = set(edges)
    one_by_one = {pk for pk in indicators if rules[pk].rollup in ONE_BY_ONE}
    grouped = indicators - one_by_one
    weights = {rules[pk].weight_id for pk in one_by_one if rules[pk].weight_id}
    sums: dict[Key, _Sums] = {}  # (unit, indicator, period, published) → the parts' sums
    from_predecessors: set[Key] = set()
    plain = parts - composite
    if grouped and plain:
        plain_children = {c for unit in units.values() for c, _start, _end in unit.children} & plain
        plain_predecessors = {p for unit in units.values() for p, *_dates in unit.predecessors} & plain
        _add_grouped(
            sums, from_predecessors, layer, plain_children, plain_predecessors, grouped, starts, ends
        )
    points = _points(
        composite, parts, indicators | weights, one_by_one | weights, rules, starts, ends, computed
    )
    for (part, indicator, period, published), point in points.items():
        if indicator not in indicators or (part not in composite and indicator not in one_by_one):
            continue
        weight = None
        if rules[indicator].rollup == Rules.WEIGHTED_MEAN and rules[indicator].weight_id:
            found = points.get((part, rules[indicator].weight_id, period, published))
            weight = found.value if found else None
        for unit, effective, valid_from, valid_until, order in edges[part]:
            key = (unit, indicator, period, published)
            if effective is not None:
                if period[1] < effective:
                    from_predecessors.add(key)
                    sums.setdefault((-unit, indicator, period, published), _Sums()).add(point, weight, order)
            elif _over(valid_from, valid_until, period):
                sums.setdefault(key, _Sums()).add(point, weight, order)
    _delete(layer, indicators, starts, ends)
    return _write(sums, from_predecessors, units, rules, computed)


def _filtered(
    query, indicators: set[int], starts: set[date] | None, ends: set[date] | None, prefix: str = ""
):
    query = query.filter(**{f"{prefix}indicator_id__in": indicators})
    if starts is not None and ends is not None:
        query = query.filter(**{f"{prefix}period_start__in": starts, f"{prefix}period_end__in": ends})
    return query


def _add_grouped(
    sums: dict[Key, _Sums],
    from_predecessors: set[Key],
    layer: list[int],
    plain_children: set[int],
    plain_predecessors: set[int],
    indicators: set[int],
    starts: set[date] | None,
    ends: set[date] | None,
) -> None:
    """Plain leaves' strongest figures added up by the database, per unit above them and period, for both
    variants in one pass (a figure is the strongest of its place among all figures, or among the approved)."""
    vias = []
    if plain_predecessors:
        vias.append(
            (
                "locality__successor_links__successor_id",
                plain_predecessors,
                Q(
                    locality__successor_links__is_primary=True,
                    locality__successor_links__successor_id__in=layer,
                    period_end__lt=F("locality__successor_links__effective"),
                ),
            )
        )
    if plain_children:
        vias.append(
            (
                "locality__parent_id",
                plain_children,
                Q(locality__parent_id__in=layer)
                & (Q(locality__valid_from__isnull=True) | Q(locality__valid_from__lte=F("period_end")))
                & (Q(locality__valid_until__isnull=True) | Q(locality__valid_until__gte=F("period_start"))),
            )
        )
    stronger = Observation.objects.filter(
        indicator_id=OuterRef("indicator_id"),
        locality_id=OuterRef("locality_id"),
        period_start=OuterRef("period_start"),
        period_end=OuterRef("period_end"),
        kind__gt=OuterRef("kind"),
    )
    best = {
        False: Q(strongest=True),
        True: Q(is_published=True, strongest_published=True),
    }
    aggregates = {}
    for published, condition in best.items():
        aggregates |= {
            f"total{published:d}": Sum("value", filter=condition),
            f"valued{published:d}": Count("value", filter=condition),
            f"parts{published:d}": Count("id", filter=condition),
            f"weakest{published:d}": Min("kind", filter=condition),
            f"reported{published:d}": Max("reported_on", filter=condition),
        }
    for field, parts, condition in vias:
        rows = (
            _filtered(Observation.objects.filter(locality_id__in=parts), indicators, starts, ends)
            .filter(condition)
            .annotate(
                strongest=~Exists(stronger),
                strongest_published=~Exists(stronger.filter(is_published=True)),
            )
            .filter(Q(strongest=True) | Q(is_published=True, strongest_published=True))
            .values(field, "indicator_id", "period_start", "period_end")
            .annotate(**aggregates)
            .order_by()
            .values_list(field, "indicator_id", "period_start", "period_end", *aggregates)
        )
        for unit, indicator, start, end, *counted in rows:
            for published in VARIANTS:
                total, valued, parts_count, weakest, reported = counted[5 * published : 5 * published + 5]
                if not parts_count:
                    continue
                key = (unit, indicator, (start, end), published)
                if field != "locality__parent_id":
                    from_predecessors.add(key)
                    key = (-unit, indicator, (start, end), published)
                sums.setdefault(key, _Sums()).add_leaves(parts_count, valued, total, weakest, reported)


def _points(
    composite: set[int],
    parts: set[int],
    indicators: set[int],
    one_by_one: set[int],
    rules: dict[int, _Rule],
    starts: set[date] | None,
    ends: set[date] | None,
    computed: dict[Key, _Point] | None,
) -> dict[Key, _Point]:
    """Each part's figure, row by row: every indicator for the parts with units below or merged into them,
    the indicators read one by one (and their weights) for every part."""
    found: dict[Key, _Point] = {}
    if not composite and not one_by_one:
        return found
    wanted = Q(locality_id__in=composite)
    if one_by_one:
        wanted |= Q(locality_id__in=parts, indicator_id__in=one_by_one)
    rows = _filtered(Observation.objects.filter(wanted), indicators, starts, ends).values_list(
        "locality_id",
        "indicator_id",
        "period_start",
        "period_end",
        "kind",
        "value",
        "reported_on",
        "is_published",
    )
    for part, indicator, start, end, kind, value, reported_on, is_published in rows.order_by():
        for published in VARIANTS if is_published else (False,):
            key = (part, indicator, (start, end), published)
            current = found.get(key)
            if current is None or kind > current.kind:
                found[key] = _Point(value, kind, reported_on)
    if computed is not None:
        for key, point in computed.items():
            if key[0] in composite and key[1] in indicators:
                found.setdefault(key, point)
    elif composite:
        rollups = _filtered(Rollup.objects.filter(locality_id__in=composite), indicators, starts, ends)
        for values in rollups.values_list(*ROW_FIELDS):
            row = _Stored(*values)
            key = (row.locality_id, row.indicator_id, (row.period_start, row.period_end), row.published)
            if key not in found:
                point = _rolled_point(rules[row.indicator_id].rollup, row)
                if point is not None:
                    found[key] = point
    return found


def _rolled_point(rollup: str, row: "_Stored") -> _Point | None:
    value = rolled_value(rollup, row)
    if value is None:
        return None
    return _Point(value, row.weakest, row.reported_on, row.reported < row.expected)


def _delete(layer: list[int], indicators: set[int], starts: set[date] | None, ends: set[date] | None) -> None:
    if starts is None:
        return  # a rebuild emptied the table first
    _filtered(Rollup.objects.filter(locality_id__in=layer), indicators, starts, ends).delete()


FIELDS = [
    "indicator_id",
    "locality_id",
    "period_start",
    "period_end",
    "published",
    "from_predecessors",
    "parts",
    "valued",
    "reported",
    "expected",
    "total",
    "weighted_total",
    "weight_total",
    "unweighted",
    "latest",
    "weakest",
    "reported_on",
]


ROW_FIELDS = [field.attname for field in Rollup._meta.concrete_fields]
_Stored = namedtuple("_Stored", ROW_FIELDS)  # a row read back, without a model instance's cost


def _write(
    sums: dict[Key, _Sums],
    from_predecessors: set[Key],
    units: dict[int, _Unit],
    rules: dict[int, _Rule],
    computed: dict[Key, _Point] | None,
) -> int:
    """One row per unit, indicator, period and variant: the predecessors' sums where any of them had a figure
    for the period, else the children's."""
    rows = []
    for key, part in sums.items():
        unit, indicator, period, published = key
        merged = unit < 0
        if merged:
            unit = -unit
        elif key in from_predecessors:
            continue
        expected = max(units[unit].expected(period), part.reported)
        if computed is not None:
            value = rolled_value(rules[indicator].rollup, part)
            if value is not None:
                computed[(unit, indicator, period, published)] = _Point(
                    value, part.weakest, part.reported_on, part.reported < expected
                )
        rows.append(
            (
                indicator,
                unit,
                period[0].isoformat(),
                period[1].isoformat(),
                published,
                merged,
                part.parts,
                part.valued,
                part.reported,
                expected,
                str(part.total),
                str(part.weighted_total),
                str(part.weight_total),
                part.unweighted,
                None if part.latest is None else str(part.latest),
                part.weakest,
                None if part.reported_on is None else part.reported_on.isoformat(),
            )
        )
    return insert_rows(Rollup, FIELDS, rows)
