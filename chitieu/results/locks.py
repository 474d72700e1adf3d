"""Which units may still change a reporting period's figures: one lock layer per locality.

A period is closed for a unit when its deadline (and grace days) has passed or it was locked by hand for every
unit (`ReportingPeriod.is_locked`), or when the office of the unit or of a unit above it locked it for its own
subtree (`PeriodLock`). A lock exception granted at or above the unit opens it again until its date, except
where a lock freezes the figures of a signed report: only a reopen with a reason lifts that. A period lying inside
a closed one (a month of a closed quarter) is closed too; a year stays open when only its January is closed.
Figures sent for approval or approved are closed as well, whatever the lock. The write door asks here, and so do
the pages that show a unit whether it may still write; all of it in a few queries for many units.
"""

from collections.abc import Collection
from datetime import date

from django.db.models import Q
from django.utils import timezone

from chitieu.localities.models import Locality
from chitieu.localities.queries import ancestors_in, parents_above
from chitieu.results.models import LockException, PeriodLock, ReportingPeriod, Submission

SENT = "số liệu kỳ này của đơn vị đã gửi và đang chờ phê duyệt: không sửa được."
APPROVED = "số liệu kỳ này của đơn vị đã được phê duyệt: cần người phê duyệt mở lại (có lý do) để sửa."
FROZEN = "số liệu kỳ này đã được trích trong báo cáo đã ký: cần mở lại (có lý do) để sửa."


def locked_reason(period: ReportingPeriod) -> str:
    if period.is_locked:
        return "kỳ báo cáo đã khóa: cần người phê duyệt cho phép mở lại."
    return f"kỳ báo cáo đã khóa từ ngày {period.lock_date:%d/%m/%Y}: cần người phê duyệt cho phép mở lại."


def office_lock_reason(period: ReportingPeriod, unit_name: str) -> str:
    return f"kỳ báo cáo đã được {unit_name} khóa: cần người phê duyệt cho phép mở lại."


def locked_units(
    period: ReportingPeriod,
    unit_ids: Collection[int],
    today: date | None = None,
    parents: dict[int, int | None] | None = None,
) -> set[int]:
    """The units among `unit_ids` for which the period itself is locked now (see the module's rule)."""
    return set(lock_reasons(period, unit_ids, today, parents))


def lock_reasons(
    period: ReportingPeriod,
    unit_ids: Collection[int],
    today: date | None = None,
    parents: dict[int, int | None] | None = None,
) -> dict[int, str]:
    """The units among `unit_ids` for which the period is locked now, each with the reason in Vietnamese.

    `parents` (unit id → parent id) may come from a caller that has read them already; otherwise the units
    above are read here, one query per level, and only when some lock or exception needs them."""
    return _LockLayer([period], today).reasons(period, unit_ids, parents)


class _LockLayer:
    """The office locks and exceptions of several periods, read in two queries."""

    def __init__(self, periods: Collection[ReportingPeriod], today: date | None) -> None:
        self.today = today or timezone.localdate()
        ids = [p.pk for p in periods]
        self.locks: dict[int, list[tuple[int, str]]] = {}
        for period_id, unit, report in PeriodLock.objects.filter(period_id__in=ids).values_list(
            "period_id", "locality_id", "frozen_by"
        ):
            self.locks.setdefault(period_id, []).append((unit, report))
        self.exceptions: dict[int, set[int]] = {}
        if any(self._globally(p) for p in periods) or self.locks:
            for period_id, unit in LockException.objects.filter(
                period_id__in=ids, until__gte=self.today
            ).values_list("period_id", "locality_id"):
                self.exceptions.setdefault(period_id, set()).add(unit)
        self.names: dict[int, str] = {}

    def _globally(self, period: ReportingPeriod) -> bool:
        return period.is_locked or self.today >= period.lock_date

    def reasons(
        self, period: ReportingPeriod, unit_ids: Collection[int], parents: dict[int, int | None] | None
    ) -> dict[int, str]:
        unit_ids = list(unit_ids)
        globally = self._globally(period)
        office_locks = self.locks.get(period.pk, [])
        if not globally and not office_locks:
            return {}
        excepted = self.exceptions.get(period.pk, set())
        if globally and not excepted and not office_locks:
            return dict.fromkeys(unit_ids, locked_reason(period))
        if parents is None:
            parents = parents_above(unit_ids)
        frozen = {unit for unit, report in office_locks if report}
        locked_by = {unit for unit, report in office_locks if not report}
        missing = locked_by - set(self.names)
        if missing:
            self.names.update((u.pk, str(u)) for u in Locality.objects.filter(pk__in=missing))
        reasons: dict[int, str] = {}
        for pk in unit_ids:
            above = ancestors_in(pk, parents)
            if not frozen.isdisjoint(above):
                reasons[pk] = FROZEN
                continue
            if not excepted.isdisjoint(above):
                continue
            if globally:
                reasons[pk] = locked_reason(period)
            elif (lock := next((unit for unit in above if unit in locked_by), None)) is not None:
                reasons[pk] = office_lock_reason(period, self.names.get(lock, "đơn vị cấp trên"))
        return reasons


def closed_units(
    period: ReportingPeriod,
    unit_ids: Collection[int],
    today: date | None = None,
    parents: dict[int, int | None] | None = None,
    *,
    for_update: bool = False,
) -> dict[int, str]:
    """The units among `unit_ids` whose figures for the period cannot change now, each with the reason: the
    period or one holding it is locked for the unit, or its figures of the period are sent or approved."""
    closed = closed_places({period: set(unit_ids)}, today, parents, for_update=for_update)
    return {unit: reason for (_period, unit), reason in closed.items()}


def closed_places(
    wanted: dict[ReportingPeriod, set[int]],
    today: date | None = None,
    parents: dict[int, int | None] | None = None,
    *,
    for_update: bool = False,
) -> dict[tuple[int, int], str]:
    """For many periods at once, in a handful of queries whatever their number: (period id, unit) → reason."""
    if not wanted:
        return {}
    first = min(p.start for p in wanted)
    last = max(p.end for p in wanted)
    stored = list(ReportingPeriod.objects.filter(start__lte=last, end__gte=first).order_by("end", "start"))
    holders = {
        period: [
            period,
            *(h for h in stored if h.pk != period.pk and h.start <= period.start and h.end >= period.end),
        ]
        for period in wanted
    }
    layer = _LockLayer({h for group in holders.values() for h in group}, today)
    if parents is None and (layer.locks or layer.exceptions):
        parents = parents_above({unit for units in wanted.values() for unit in units})
    closed: dict[tuple[int, int], str] = {}
    for period, units in wanted.items():
        for holder in holders[period]:
            for unit, reason in layer.reasons(holder, units, parents).items():
                closed.setdefault((period.pk, unit), reason)
    rows = Submission.objects.filter(
        period__in=list(wanted), locality_id__in={unit for units in wanted.values() for unit in units}
    )
    if for_update:
        rows = rows.select_for_update()
    for period_id, unit, status in rows.values_list("period_id", "locality_id", "status"):
        if status == Submission.Status.SUBMITTED:
            closed[(period_id, unit)] = SENT
        elif status == Submission.Status.APPROVED:
            closed[(period_id, unit)] = APPROVED
    return closed


def periods_by_dates(
    pairs: Collection[tuple[date, date]],
) -> dict[tuple[date, date], list[ReportingPeriod]]:
    """The reporting periods with exactly these (start, end) dates."""
    found: dict[tuple[date, date], list[ReportingPeriod]] = {}
    if pairs:
        starts, ends = {start for start, _ in pairs}, {end for _, end in pairs}
        for period in ReportingPeriod.objects.filter(start__in=starts, end__in=ends):
            if (period.start, period.end) in pairs:
                found.setdefault((period.start, period.end), []).append(period)
    return found


def periods_near(start: date, end: date, limit: int = 5) -> list[ReportingPeriod]:
    """Stored periods overlapping the dates (else those of the same years): what a refusal offers instead."""
    near = ReportingPeriod.objects.filter(start__lte=end, end__gte=start).order_by("end", "start")
    found = list(near[:limit])
    if not found:
        years = Q(end__year__gte=start.year) & Q(start__year__lte=end.year)
        found = list(ReportingPeriod.objects.filter(years).order_by("end", "start")[:limit])
    return found
