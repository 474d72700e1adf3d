"""Read the values of indicators for a locality: its own figures, else rolled up from the units below or before it.

A unit's figure for a period is, in order: its own observation; the roll-up of its predecessors' figures for
periods that ended before the merge (the 2025 reorganisation, the 2019-2021 commune mergers); the roll-up of
its children's figures. Predecessors and children are two decompositions of the same whole, so they are
never added together.

A province holds hundreds of thousands of monthly commune values. Sums and means of units whose children are
all plain leaves (no units below, no lineage) are therefore added up by the database, GROUP BY (unit above,
period), with the same precedence as in Python (the highest value kind of each unit and period, as known on
the review's date); only the units whose roll-up needs each child's own value are read row by row.

Pages read what the write door keeps instead (`from_table`): a unit's own rows and its maintained roll-up rows
(results.rollups), for the units a page asks about and no others. A review as known on an earlier date, and the
reference the table is checked against (`group_in_sql=False`), still compute the roll-ups from the observations.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from django.conf import settings
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, Sum

from chitieu.criteria.counting import recognised_count
from chitieu.criteria.models import Recognition
from chitieu.evaluation.engine.definitions import Coverage, ValueKind, ValuePoint
from chitieu.evaluation.engine.rollup import Contribution, RollupError, RollupRule, roll_up
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import Indicator
from chitieu.results.models import Observation, ObservationRevision, Rollup
from chitieu.results.rollups import kept, rolled_value

Period = tuple[date, date]


@dataclass
class _Unit:
    id: int
    name: str
    level_id: int
    valid_from: date | None
    valid_until: date | None
    type_name: str = ""
    children: list[int] = field(default_factory=list)
    predecessors: list[tuple[int, date]] = field(default_factory=list)

    def valid_over(self, period: Period) -> bool:
        return (self.valid_from is None or self.valid_from <= period[1]) and (
            self.valid_until is None or period[0] <= self.valid_until
        )


class Tree:
    """A locality, everything below it, and every unit that preceded them, loaded level by level."""

    def __init__(self, root: Locality) -> None:
        self.root_id = root.pk
        self.units: dict[int, _Unit] = {}
        frontier = [root.pk]
        fields = ("id", "name", "level_id", "valid_from", "valid_until", "parent_id", "type_name")
        for row in Locality.objects.filter(pk=root.pk).values(*fields):
            self._add(row)
        while frontier:
            new: list[int] = []
            for row in Locality.objects.filter(parent_id__in=frontier).values(*fields):
                if row["id"] not in self.units:
                    self._add(row)
                    new.append(row["id"])
                self.units[row["parent_id"]].children.append(row["id"])
            links = LocalityLink.objects.filter(successor_id__in=frontier, is_primary=True).values(
                "predecessor_id", "successor_id", "effective"
            )
            links = list(links)
            missing = [link["predecessor_id"] for link in links if link["predecessor_id"] not in self.units]
            for row in Locality.objects.filter(pk__in=missing).values(*fields):
                self._add(row)
                new.append(row["id"])
            for link in links:
                self.units[link["successor_id"]].predecessors.append(
                    (link["predecessor_id"], link["effective"])
                )
            frontier = new

    def _add(self, row: dict) -> None:
        self.units[row["id"]] = _Unit(
            row["id"], row["name"], row["level_id"], row["valid_from"], row["valid_until"], row["type_name"]
        )

    @property
    def ids(self) -> list[int]:
        return list(self.units)


def _known_values(
    indicator_ids: Iterable[int],
    locality_ids: Iterable[int],
    as_of: date | None,
    published_only: bool = False,
) -> list[dict]:
    """Observation rows as they stood on `as_of`: a value replaced later is read from its revision.
    `published_only` keeps the approved figures (and those loaded from published sources): the public page."""
    indicator_ids, locality_ids = list(indicator_ids), list(locality_ids)
    if not indicator_ids or not locality_ids:
        return []
    published = Q(is_published=True) if published_only else Q()
    rows = list(
        Observation.objects.filter(
            published, indicator_id__in=indicator_ids, locality_id__in=locality_ids
        ).values(
            "id",
            "indicator_id",
            "locality_id",
            "period_start",
            "period_end",
            "kind",
            "value",
            "text_value",
            "reported_on",
            "source",
        )
    )
    if as_of is None:
        return rows
    later = {row["id"]: row for row in rows if row["reported_on"] > as_of}
    known = [row for row in rows if row["reported_on"] <= as_of]
    if later:
        revisions = ObservationRevision.objects.filter(
            observation_id__in=list(later), reported_on__lte=as_of
        ).order_by("observation_id", "-reported_on", "-replaced_at")
        seen: set[int] = set()
        for revision in revisions.values("observation_id", "value", "text_value", "reported_on", "source"):
            if revision["observation_id"] in seen:
                continue
            seen.add(revision["observation_id"])
            known.append(
                {
                    **later[revision["observation_id"]],
                    **{k: v for k, v in revision.items() if k != "observation_id"},
                }
            )
    return known


def _point(row: dict) -> ValuePoint:
    return ValuePoint(
        period_start=row["period_start"],
        period_end=row["period_end"],
        value=row["value"],
        kind=ValueKind(row["kind"]),
        reported_on=row["reported_on"],
        text=row["text_value"] or None,
        source=row["source"] or None,
    )


@dataclass(frozen=True, slots=True)
class _Group:
    """The children of one unit for one period, added up by the database."""

    total: Decimal | None
    valued: int  # children with a value (a mean divides by these)
    parts: int  # children with a figure at all
    weakest: int
    reported_on: date | None


GROUPED_RULES = frozenset({Indicator.Rollup.SUM, Indicator.Rollup.MEAN})


class _TableRow(NamedTuple):
    """One maintained roll-up row (results.Rollup), as much of it as a reading needs."""

    indicator_id: int
    locality_id: int
    period_start: date
    period_end: date
    parts: int
    valued: int
    reported: int
    total: Decimal | None
    weighted_total: Decimal | None
    weight_total: Decimal | None
    unweighted: int
    latest: Decimal | None
    weakest: int
    reported_on: date | None


class SeriesReader:
    """Values of any indicator for any unit of one tree, computed once and remembered.

    `group_in_sql=False` reads every row into Python (the reference the grouped reading is tested against).
    """

    def __init__(
        self,
        root: Locality,
        indicators: Iterable[Indicator],
        as_of: date | None = None,
        *,
        group_in_sql: bool = True,
        published_only: bool = False,
        until: date | None = None,
        from_table: bool | None = None,
    ) -> None:
        self.tree = Tree(root)
        self.as_of = as_of
        self.until = until  # the review's date: counts of recognised units stop there
        self.published_only = published_only
        self.indicators: dict[int, Indicator] = {}
        for indicator in indicators:
            self._register(indicator)
        self._own: dict[tuple[int, int], dict[Period, list[ValuePoint]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self._memo: dict[tuple[int, int], dict[Period, ValuePoint]] = {}
        self._expected: dict[tuple[int, Period], tuple[int, str, bool]] = {}
        self._groups: dict[tuple[int, int], dict[Period, _Group]] = {}
        if from_table is None:
            from_table = settings.READ_MAINTAINED_ROLLUPS and as_of is None and group_in_sql
        self.from_table = from_table
        self._table: dict[tuple[int, int], dict[Period, _TableRow]] = {}
        self._loaded: set[int] = set()
        if from_table:
            self._one_by_one: set[int] = set()
            self._grouped: dict[int, list[int]] = {}
            self._deferred: dict[int, list[int]] = {}
            self._load_units(root.pk)
            self._recognitions = self._load_recognitions()
            return
        self._one_by_one = self._read_one_by_one()
        self._grouped = self._groupable(as_of) if group_in_sql else {}
        self._deferred: dict[int, list[int]] = {}  # grouped unit → indicators of its children not yet read
        leaves = {child for parent in self._grouped for child in self.tree.units[parent].children}
        others = [unit for unit in self.tree.ids if unit not in leaves]
        self._add_rows(_known_values(self.indicators, others, as_of, published_only))
        self._add_rows(_known_values(self._one_by_one, leaves, as_of, published_only))
        if self._grouped:
            self._read_groups()
            later = [pk for pk in self.indicators if pk not in self._one_by_one]
            self._deferred = {parent: later for parent in self._grouped}
        self._recognitions = self._load_recognitions()

    def _add_rows(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self._own[(row["indicator_id"], row["locality_id"])][
                (row["period_start"], row["period_end"])
            ].append(_point(row))

    def _read_one_by_one(self) -> set[int]:
        """Indicators whose roll-up needs each child's own value: weighted means (and their weights), latest."""
        needed: set[int] = set()
        for indicator in self.indicators.values():
            if indicator.rollup in (Indicator.Rollup.WEIGHTED_MEAN, Indicator.Rollup.LATEST):
                needed.add(indicator.pk)
                if indicator.weight_id:
                    needed.add(indicator.weight_id)
        return needed

    def _groupable(self, as_of: date | None) -> dict[int, list[int]]:
        """Units (not the root, whose children a page shows one by one) whose children are all plain leaves."""
        units = self.tree.units
        predecessors = {p for unit in units.values() for p, _ in unit.predecessors}
        grouped = {
            unit.id: unit.children
            for unit in units.values()
            if unit.id != self.tree.root_id
            and unit.children
            and not unit.predecessors
            and all(
                not units[c].children and not units[c].predecessors and c not in predecessors
                for c in unit.children
            )
        }
        if grouped and as_of is not None:
            # A value reported after the review's date counts through its revision: read those units row by row.
            revived = Observation.objects.filter(
                locality__parent_id__in=list(grouped),
                indicator_id__in=list(self.indicators),
                reported_on__gt=as_of,
                revisions__reported_on__lte=as_of,
            ).values_list("locality__parent_id", flat=True)
            for parent in set(revived):
                grouped.pop(parent, None)
        return grouped

    def _read_groups(self) -> None:
        ids = [
            pk
            for pk, ind in self.indicators.items()
            if ind.rollup in GROUPED_RULES and pk not in self._one_by_one
        ]
        if not ids:
            return
        known = Q() if self.as_of is None else Q(reported_on__lte=self.as_of)
        if self.published_only:
            known &= Q(is_published=True)
        stronger = Observation.objects.filter(
            known,
            indicator_id=OuterRef("indicator_id"),
            locality_id=OuterRef("locality_id"),
            period_start=OuterRef("period_start"),
            period_end=OuterRef("period_end"),
            kind__gt=OuterRef("kind"),
        )
        rows = (
            Observation.objects.filter(
                known, indicator_id__in=ids, locality__parent_id__in=list(self._grouped)
            )
            .filter(Q(locality__valid_from__isnull=True) | Q(locality__valid_from__lte=F("period_end")))
            .filter(Q(locality__valid_until__isnull=True) | Q(locality__valid_until__gte=F("period_start")))
            .filter(~Exists(stronger))
            .values("indicator_id", "locality__parent_id", "period_start", "period_end")
            .annotate(
                total=Sum("value"),
                valued=Count("value"),
                parts=Count("id"),
                weakest=Min("kind"),
                reported=Max("reported_on"),
            )
            .order_by()
        )
        for row in rows:
            key = (row["indicator_id"], row["locality__parent_id"])
            self._groups.setdefault(key, {})[(row["period_start"], row["period_end"])] = _Group(
                row["total"], row["valued"], row["parts"], row["weakest"], row["reported"]
            )

    def _read_children_of(self, unit_id: int) -> None:
        """A grouped unit's children's own rows, read when a page asks for one of them."""
        for parent, children in self._grouped.items():
            if unit_id in children and parent in self._deferred:
                self._add_rows(
                    _known_values(self._deferred.pop(parent), children, self.as_of, self.published_only)
                )
                below = set(children)
                self._memo = {key: series for key, series in self._memo.items() if key[1] not in below}

    def _register(self, indicator: Indicator) -> None:
        self.indicators[indicator.pk] = indicator
        for part in (indicator.numerator, indicator.denominator, indicator.weight):
            if part is not None and part.pk not in self.indicators:
                self._register(part)

    def _load_recognitions(self) -> dict[tuple[int, str], dict[int, tuple[date, date | None]]]:
        sets = {
            ind.criteria_set_id
            for ind in self.indicators.values()
            if ind.rollup == Indicator.Rollup.COUNT_MEETING
        }
        found: dict[tuple[int, str], dict[int, tuple[date, date | None]]] = defaultdict(dict)
        if not sets:
            return found
        query = Recognition.objects.filter(criteria_set_id__in=sets, locality_id__in=self.tree.ids)
        last_day = min((d for d in (self.as_of, self.until) if d is not None), default=None)
        if last_day is not None:
            query = query.filter(decided_on__lte=last_day)
        for row in query.values("criteria_set_id", "level", "locality_id", "decided_on", "revoked_on"):
            found[(row["criteria_set_id"], row["level"])][row["locality_id"]] = (
                row["decided_on"],
                row["revoked_on"],
            )
        return found

    def _load_units(self, unit_id: int) -> None:
        """A unit's own rows and maintained roll-ups, with those of the units a page shows beside it (its
        siblings, for a breakdown; the units it absorbed, for a baseline), in two queries."""
        units = self.tree.units
        if not hasattr(self, "_parent"):
            self._parent = {child: unit.id for unit in units.values() for child in unit.children}
        batch = {unit_id, *(pid for pid, _ in units[unit_id].predecessors)}
        if unit_id in self._parent:
            batch.update(units[self._parent[unit_id]].children)
        batch -= self._loaded
        self._loaded |= batch
        self._add_rows(_known_values(self.indicators, batch, None, self.published_only))
        kept_ids = [pk for pk, ind in self.indicators.items() if kept(ind.rollup, ind.criteria_set_id)]
        if not kept_ids:
            return
        rows = Rollup.objects.filter(
            locality_id__in=list(batch), indicator_id__in=kept_ids, published=self.published_only
        ).values_list(*_TableRow._fields)
        for row in map(_TableRow._make, rows):
            self._table.setdefault((row.indicator_id, row.locality_id), {})[
                (row.period_start, row.period_end)
            ] = row

    def _from_table(self, indicator: Indicator, unit_id: int) -> dict[Period, ValuePoint]:
        """The same points `_rolled_up` computes, read from the roll-up rows the write door keeps."""
        result: dict[Period, ValuePoint] = {}
        for period, row in self._table.get((indicator.pk, unit_id), {}).items():
            value = rolled_value(indicator.rollup, row)
            if value is None:
                continue
            coverage = self.coverage(unit_id, period, row.reported)
            result[period] = ValuePoint(
                period_start=period[0],
                period_end=period[1],
                value=_tidy(value),
                kind=ValueKind(row.weakest),
                reported_on=row.reported_on,
                source=self._source(unit_id, coverage),
                coverage=coverage,
            )
        return result

    def points(self, indicator: Indicator, locality_id: int | None = None) -> list[ValuePoint]:
        """Every value the engine may choose from, sorted by period end."""
        unit_id = self.tree.root_id if locality_id is None else locality_id
        if self.from_table and unit_id not in self._loaded:
            self._load_units(unit_id)
        if self._deferred:
            self._read_children_of(unit_id)
        own = self._own.get((indicator.pk, unit_id), {})
        derived = self._series(indicator.pk, unit_id)
        # Own values of every kind stay for the engine to choose from, except where counts replaced them.
        points = [p for period, values in own.items() if derived.get(period) in values for p in values]
        points.extend(
            point for period, point in derived.items() if derived[period] not in own.get(period, ())
        )
        return sorted(points, key=lambda p: (p.period_end, p.period_start, p.kind))

    def _series(self, indicator_id: int, unit_id: int) -> dict[Period, ValuePoint]:
        """One value per period: the best own value, else the roll-up."""
        key = (indicator_id, unit_id)
        if key in self._memo:
            return self._memo[key]
        self._memo[key] = {}  # guards against a cycle in bad lineage data
        indicator = self.indicators[indicator_id]
        result = {
            period: max(values, key=lambda p: p.kind) for period, values in self._own.get(key, {}).items()
        }
        if indicator.rollup == Indicator.Rollup.RATIO:
            # Counts are exact where a stated percentage is rounded ("12/13 xã, đạt 92,3%"): the pair wins.
            for period, point in self._ratio_series(indicator, unit_id).items():
                # A roll-up some units have not reported to never stands in for the unit's own rate.
                if period not in result or (point.kind >= result[period].kind and not point.partial):
                    result[period] = point
        elif indicator.rollup == Indicator.Rollup.COUNT_MEETING and indicator.criteria_set_id:
            for period, point in self._count_series(indicator, unit_id).items():
                result.setdefault(period, point)
        elif indicator.rollup != Indicator.Rollup.NONE:
            for period, point in self._rolled_up(indicator, unit_id).items():
                result.setdefault(period, point)
        self._memo[key] = result
        return result

    def _parts(self, indicator_id: int, unit_id: int) -> dict[Period, list[tuple[int, ValuePoint]]]:
        """The values of the predecessors (before the merge) or else of the children, grouped by period."""
        unit = self.tree.units[unit_id]
        grouped: dict[Period, list[tuple[int, ValuePoint]]] = defaultdict(list)
        for predecessor_id, effective in unit.predecessors:
            for period, point in self._series(indicator_id, predecessor_id).items():
                if period[1] < effective:
                    grouped[period].append((predecessor_id, point))
        from_predecessors = set(grouped)
        for child_id in unit.children:
            child = self.tree.units[child_id]
            for period, point in self._series(indicator_id, child_id).items():
                if period not in from_predecessors and child.valid_over(period):
                    grouped[period].append((child_id, point))
        return grouped

    def expected(self, unit_id: int, period: Period) -> tuple[list[int], bool]:
        """The units expected to report to a unit's roll-up for a period, and whether they are its predecessors.

        Before a merge they are the units it absorbed (links effective after the period ended) that existed
        over the period; otherwise the units directly below that existed over the period."""
        unit = self.tree.units[unit_id]
        before = [
            pid
            for pid, effective in unit.predecessors
            if period[1] < effective and self.tree.units[pid].valid_over(period)
        ]
        if before:
            return before, True
        return [c for c in unit.children if self.tree.units[c].valid_over(period)], False

    def coverage(self, unit_id: int, period: Period, reported: int) -> Coverage:
        """'7/14 xã đã báo cáo' for a unit's roll-up of a period with `reported` parts in it."""
        key = (unit_id, period)
        if key not in self._expected:  # a province's dozens of indicators share each period's expected units
            ids, predecessors = self.expected(unit_id, period)
            self._expected[key] = (len(ids), _noun([self.tree.units[i].type_name for i in ids]), predecessors)
        count, noun, predecessors = self._expected[key]
        return Coverage(
            reported=reported, expected=max(count, reported), noun=noun, predecessors=predecessors
        )

    def _rolled_up(self, indicator: Indicator, unit_id: int) -> dict[Period, ValuePoint]:
        if self.from_table:
            return self._from_table(indicator, unit_id)
        if (
            unit_id in self._grouped
            and indicator.rollup in GROUPED_RULES
            and indicator.pk not in self._one_by_one
        ):
            return self._from_groups(indicator, unit_id)
        result: dict[Period, ValuePoint] = {}
        for period, parts in self._parts(indicator.pk, unit_id).items():
            contributions = []
            for part_id, point in parts:
                weight = None
                if indicator.weight_id:
                    weight_point = self._series(indicator.weight_id, part_id).get(period)
                    weight = weight_point.value if weight_point else None
                contributions.append(
                    Contribution(
                        value=point.value, weight=weight, period_end=point.period_end, locality=str(part_id)
                    )
                )
            try:
                value = roll_up(RollupRule(indicator.rollup), contributions).value
            except RollupError:
                continue
            if value is not None:
                reported = sum(1 for _, p in parts if p.value is not None and not p.partial)
                coverage = self.coverage(unit_id, period, reported)
                result[period] = _combined(
                    period, value, [p for _, p in parts], self._source(unit_id, coverage), coverage
                )
        return result

    def _from_groups(self, indicator: Indicator, unit_id: int) -> dict[Period, ValuePoint]:
        """The same points `_rolled_up` makes from each child, made from the database's sums."""
        result: dict[Period, ValuePoint] = {}
        for period, group in self._groups.get((indicator.pk, unit_id), {}).items():
            if group.total is None or not group.valued:
                continue
            value = (
                group.total
                if indicator.rollup == Indicator.Rollup.SUM
                else group.total / Decimal(group.valued)
            )
            coverage = self.coverage(unit_id, period, group.valued)
            result[period] = ValuePoint(
                period_start=period[0],
                period_end=period[1],
                value=value,
                kind=ValueKind(group.weakest),
                reported_on=group.reported_on,
                source=self._source(unit_id, coverage),
                coverage=coverage,
            )
        return result

    def _ratio_series(self, indicator: Indicator, unit_id: int) -> dict[Period, ValuePoint]:
        numerators = self._series(indicator.numerator_id, unit_id)
        denominators = self._series(indicator.denominator_id, unit_id)
        result: dict[Period, ValuePoint] = {}
        for period, numerator in numerators.items():
            denominator = denominators.get(period)
            if denominator is None or not denominator.value or numerator.value is None:
                continue
            covered = [c for c in (numerator.coverage, denominator.coverage) if c is not None]
            point = _combined(
                period,
                numerator.value / denominator.value * 100,
                [numerator, denominator],
                numerator.source,
                min(covered, key=lambda c: c.reported) if covered else None,
            )
            result[period] = ValuePoint(
                period_start=point.period_start,
                period_end=point.period_end,
                value=point.value,
                kind=point.kind,
                reported_on=point.reported_on,
                numerator=numerator.value,
                denominator=denominator.value,
                source=point.source,
                coverage=point.coverage,
            )
        # Without counts to divide, percentages of the parts are never averaged into a whole.
        return result

    def _count_series(self, indicator: Indicator, unit_id: int) -> dict[Period, ValuePoint]:
        """Yearly counts of the units directly below that hold a recognition ("12/13 xã đạt chuẩn")."""
        recognised = self._recognitions.get(
            (indicator.criteria_set_id, indicator.recognition_level or "đạt chuẩn"), {}
        )
        unit = self.tree.units[unit_id]
        if not recognised or not unit.children:
            return {}
        level_id = indicator.criteria_set.level_id if indicator.criteria_set else None
        # The types of unit the standard was applied to, whatever the level of recognition counted.
        applied = {
            self.tree.units[held].type_name
            for (set_id, _level), units in self._recognitions.items()
            if set_id == indicator.criteria_set_id
            for held in units
            if held in self.tree.units
        }
        first = min(decided for decided, _ in recognised.values()).year
        cut = min((d for d in (self.as_of, self.until) if d is not None), default=None)
        last = (cut or max(decided for decided, _ in recognised.values())).year
        result: dict[Period, ValuePoint] = {}
        for year in range(first, last + 1):
            end = min(date(year, 12, 31), cut) if cut else date(year, 12, 31)
            period = (date(year, 1, 1), end)
            units = [
                self.tree.units[c]
                for c in unit.children
                if (level_id is None or self.tree.units[c].level_id == level_id)
                and self.tree.units[c].valid_over((end, end))
            ]
            count, total = recognised_count(units, recognised, end, applied)
            if total:
                result[period] = ValuePoint(
                    period_start=period[0],
                    period_end=end,
                    value=Decimal(count) / total * 100,
                    kind=ValueKind.OFFICIAL,
                    reported_on=end,
                    numerator=Decimal(count),
                    denominator=Decimal(total),
                    source=f"Đếm quyết định công nhận: {count}/{total} đơn vị",
                )
        return result

    def _source(self, unit_id: int, coverage: Coverage) -> str:
        """'Tổng hợp từ các xã của Phú Lương (7/14 xã đã báo cáo)'; a merged unit's figure says it came from
        the units it absorbed."""
        unit = self.tree.units[unit_id]
        if coverage.predecessors:
            return f"Tổng hợp từ các đơn vị trước sáp nhập của {unit.name} ({coverage.text})"
        return f"Tổng hợp từ các đơn vị trực thuộc {unit.name} ({coverage.text})"


def _tidy(value: Decimal) -> Decimal:
    """A sum as the table keeps it (20 decimal places) written as the observations are: 935, not 935.000…"""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value


def _noun(type_names: list[str]) -> str:
    """What the expected units are called: 'xã'; 'xã, thị trấn' when they are of several kinds (the most
    numerous first); 'đơn vị' when they have no type."""
    counts: dict[str, int] = {}
    for name in type_names:
        if name:
            counts[name.lower()] = counts.get(name.lower(), 0) + 1
    if not counts:
        return "đơn vị"
    return ", ".join(sorted(counts, key=lambda n: (-counts[n], n)))


def _combined(
    period: Period,
    value: Decimal,
    parts: list[ValuePoint],
    source: str | None,
    coverage: Coverage | None = None,
) -> ValuePoint:
    """A derived value is only as firm as its weakest part, and known only once its last part is."""
    reported = [p.reported_on for p in parts if p.reported_on is not None]
    return ValuePoint(
        period_start=period[0],
        period_end=period[1],
        value=value,
        kind=min((p.kind for p in parts), default=ValueKind.OFFICIAL),
        reported_on=max(reported) if reported else None,
        source=source,
        coverage=coverage,
    )
