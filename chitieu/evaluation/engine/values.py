"""Which values count: as-of filtering, official over estimate, the latest period, and the series of years."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .definitions import ValuePoint

ONE_DAY = timedelta(days=1)
# A calendar year is 365–366 days; a Decree 09/2019 year (15/12 to 14/12) is the same length.
LONGEST_YEAR_DAYS = 366


@dataclass(frozen=True, slots=True)
class YearPoints:
    """The points that make a year's value: one for a stock, a chain of sub-periods for a flow."""

    year: int
    points: tuple[ValuePoint, ...]
    partial: bool  # the points stop before the end of the year (9 tháng, 6 tháng…)

    @property
    def covered_to(self) -> date:
        return self.points[-1].period_end


def known_on(point: ValuePoint) -> date:
    """A value without a report date is taken as known when its period ended."""
    return point.reported_on or point.period_end


def ended_by(points: Iterable[ValuePoint], until: date | None) -> list[ValuePoint]:
    """The values of periods that end by `until` ("số liệu tính đến ngày 30/6/2023")."""
    if until is None:
        return list(points)
    return [p for p in points if p.period_end <= until]


def known_as_of(points: Iterable[ValuePoint], as_of: date | None) -> list[ValuePoint]:
    """The values known on `as_of` (and of periods begun by then): what a report of that day could quote."""
    if as_of is None:
        return list(points)
    return [p for p in points if p.period_start <= as_of and known_on(p) <= as_of]


def has_data(point: ValuePoint) -> bool:
    return (
        point.value is not None
        or point.text is not None
        or (point.numerator is not None and point.denominator is not None)
    )


def best_per_period(points: Iterable[ValuePoint]) -> list[ValuePoint]:
    """One point per locality and period: official > preliminary > estimate, then the latest report."""
    best: dict[tuple[str | None, date, date], ValuePoint] = {}
    for point in points:
        if not has_data(point):
            continue
        key = (point.locality, point.period_start, point.period_end)
        current = best.get(key)
        if current is None or precedence(point) > precedence(current):
            best[key] = point
    return sorted(best.values(), key=_period_order)


def latest_point(points: Sequence[ValuePoint]) -> ValuePoint | None:
    """The latest period wins; on the same end date the longer period (9 tháng over quý III)."""
    return max(points, key=_period_order) if points else None


def latest_period_points(points: Sequence[ValuePoint]) -> list[ValuePoint]:
    """Every locality's point for the latest period, for a ratio summed over units."""
    last = latest_point(points)
    if last is None:
        return []
    return [p for p in points if (p.period_start, p.period_end) == (last.period_start, last.period_end)]


def yearly_points(points: Sequence[ValuePoint], flow: bool) -> dict[int, YearPoints]:
    """Each year's points; a flow chains sub-periods from the start of the year, a stock takes the last reading."""
    by_year: dict[int, list[ValuePoint]] = {}
    for point in points:
        if (point.period_end - point.period_start).days < LONGEST_YEAR_DAYS:
            by_year.setdefault(point.period_end.year, []).append(point)
    result = {}
    for year, candidates in sorted(by_year.items()):
        chosen = _flow_chain(year, candidates) if flow else (max(candidates, key=_period_order),)
        if chosen:
            result[year] = YearPoints(year, chosen, partial=chosen[-1].period_end < year_end(year))
    return result


def year_end(year: int) -> date:
    """A year is complete once a period reaches 14/12, the Decree 09/2019 cut-off, or 31/12."""
    return date(year, 12, 14)


def starts_year(point: ValuePoint, year: int) -> bool:
    return date(year - 1, 12, 15) <= point.period_start <= date(year, 1, 1)


def term_to_date_points(points: Sequence[ValuePoint], first_year: int) -> list[ValuePoint]:
    """'Lũy kế từ đầu nhiệm kỳ': periods longer than a year that start with the term."""
    return [
        p
        for p in points
        if (p.period_end - p.period_start).days >= LONGEST_YEAR_DAYS and starts_year(p, first_year)
    ]


def precedence(point: ValuePoint) -> tuple[int, date]:
    """Official > preliminary > estimate; between two of a kind, the later report."""
    return (point.kind, point.reported_on or date.min)


YES_WORDS = frozenset({"có", "đạt", "đạt chuẩn", "x", "yes", "true", "1"})
NO_WORDS = frozenset({"không", "chưa", "chưa đạt", "không đạt", "chưa đạt chuẩn", "no", "false", "0"})


@lru_cache(maxsize=4096)  # a roll-up asks it of every commune's "đạt chuẩn" or "chưa đạt", every period
def says_yes(text: str) -> bool | None:
    """'Có', 'đạt chuẩn' → True; 'không', 'chưa đạt' → False; anything else → None (not read)."""
    word = " ".join(text.split()).casefold()
    if word in YES_WORDS:
        return True
    return False if word in NO_WORDS else None


def _period_order(point: ValuePoint) -> tuple[date, int, int, date]:
    return (
        point.period_end,
        (point.period_end - point.period_start).days,
        point.kind,
        point.reported_on or date.min,
    )


def _flow_chain(year: int, candidates: list[ValuePoint]) -> tuple[ValuePoint, ...]:
    """The fewest, longest periods that run on without gap from the start of the year as far as possible."""
    reach: dict[date, tuple[ValuePoint, ...]] = {}
    for point in sorted(candidates, key=lambda p: (p.period_start, p.period_end)):
        if starts_year(point, year):
            path: tuple[ValuePoint, ...] | None = (point,)
        else:
            before = reach.get(point.period_start - ONE_DAY)
            path = before + (point,) if before is not None else None
        if path is not None and (point.period_end not in reach or len(path) < len(reach[point.period_end])):
            reach[point.period_end] = path
    if not reach:
        return ()
    return reach[max(reach)]
