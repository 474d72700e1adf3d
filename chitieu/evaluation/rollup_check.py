"""The maintained roll-up table (results.rollups) compared with `SeriesReader` reading the raw observations."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from chitieu.evaluation.series import SeriesReader
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator
from chitieu.results.models import Rollup
from chitieu.results.rollups import kept, rolled_value

# SQLite adds decimals as floating point numbers; PostgreSQL keeps 20 decimal places of a mean of means.
TOLERANCE = Decimal("1e-9")


@dataclass(frozen=True)
class Difference:
    unit: str
    indicator: str
    period: str
    published: bool
    table: str
    reference: str

    def __str__(self) -> str:
        variant = "đã duyệt" if self.published else "mới nhất"
        return (
            f"{self.unit} · {self.indicator} · {self.period} ({variant}): "
            f"bảng {self.table}, tính lại {self.reference}"
        )


def _same(left: Decimal, right: Decimal) -> bool:
    return abs(left - right) <= TOLERANCE * max(Decimal(1), abs(left), abs(right))


def differences(root: Locality, indicators: Iterable[Indicator] | None = None) -> list[Difference]:
    """Every roll-up of the units at or below `root` (through parents) that the table and the reference read
    differently: value, weakest kind, latest report date, parts reported and expected."""
    indicators = [
        indicator
        for indicator in (indicators if indicators is not None else Indicator.objects.all())
        if kept(indicator.rollup, indicator.criteria_set_id)
    ]
    found: list[Difference] = []
    for published in (False, True):
        reader = SeriesReader(root, indicators, group_in_sql=False, published_only=published)
        units = _below(reader, root.pk)
        rows: dict[tuple[int, int], dict] = {}
        for row in Rollup.objects.filter(
            locality_id__in=units, published=published, indicator_id__in=[i.pk for i in indicators]
        ):
            rows.setdefault((row.indicator_id, row.locality_id), {})[(row.period_start, row.period_end)] = row
        for unit in units:
            for indicator in indicators:
                table = {
                    period: row
                    for period, row in rows.get((indicator.pk, unit), {}).items()
                    if rolled_value(indicator.rollup, row) is not None
                }
                reference = reader._rolled_up(indicator, unit)  # the reference's roll-up, before own figures
                for period in sorted(set(table) | set(reference)):
                    found.extend(
                        _compare(
                            reader,
                            unit,
                            indicator,
                            period,
                            published,
                            table.get(period),
                            reference.get(period),
                        )
                    )
    return found


def _below(reader: SeriesReader, root_id: int) -> list[int]:
    """The units of the root's own tree (not the units it absorbed, which their own root checks) that roll up."""
    units, frontier = [], [root_id]
    while frontier:
        units.extend(frontier)
        frontier = [child for pk in frontier for child in reader.tree.units[pk].children]
    return [pk for pk in units if reader.tree.units[pk].children or reader.tree.units[pk].predecessors]


def _compare(reader, unit, indicator, period, published, row, point) -> list[Difference]:
    def shown(row, point) -> str:
        if row is not None:
            value = rolled_value(indicator.rollup, row)
            return f"{value} (loại {row.weakest}, {row.reported_on}, {row.reported}/{row.expected})"
        coverage = getattr(point, "coverage", None)
        counts = f", {coverage.reported}/{coverage.expected}" if coverage is not None else ""
        return f"{point.value} (loại {int(point.kind)}, {point.reported_on}{counts})"

    same = row is not None and point is not None
    if same:
        coverage = getattr(point, "coverage", None)
        same = (
            _same(rolled_value(indicator.rollup, row), point.value)
            and row.weakest == point.kind
            and row.reported_on == point.reported_on
            and (coverage is None or (row.reported, row.expected) == (coverage.reported, coverage.expected))
        )
    if same:
        return []
    return [
        Difference(
            unit=reader.tree.units[unit].name,
            indicator=indicator.code or str(indicator.pk),
            period=f"{period[0]:%d/%m/%Y}–{period[1]:%d/%m/%Y}",
            published=published,
            table="không có" if row is None else shown(row, None),
            reference="không có" if point is None else shown(None, point),
        )
    ]
