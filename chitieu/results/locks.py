"""Which units may still change a reporting period's figures: the lock and its exceptions, and figures already
sent or approved. The entry page, the reminders, the many-unit workbook and the API ask here, for one unit or
many in a few queries."""

from collections.abc import Collection
from datetime import date

from django.utils import timezone

from chitieu.localities.models import Locality
from chitieu.results.models import LockException, ReportingPeriod, Submission

SENT = "số liệu kỳ này của đơn vị đã gửi và đang chờ phê duyệt: không sửa được."
APPROVED = "số liệu kỳ này của đơn vị đã được phê duyệt: cần người phê duyệt mở lại (có lý do) để sửa."


def locked_reason(period: ReportingPeriod) -> str:
    return f"kỳ báo cáo đã khóa từ ngày {period.lock_date:%d/%m/%Y}: cần người phê duyệt cho phép mở lại."


def locked_units(
    period: ReportingPeriod,
    unit_ids: Collection[int],
    today: date | None = None,
    parents: dict[int, int | None] | None = None,
) -> set[int]:
    """The units among `unit_ids` for which the period is locked now: past its lock date (or locked by hand)
    and no lock exception, still running, granted to the unit or a unit above it.

    `parents` (unit id → parent id) may come from a caller that has read them already; otherwise the units
    above are read here, one query per level, and only when some exception has been granted.
    """
    today = today or timezone.localdate()
    if not period.is_locked and today < period.lock_date:
        return set()
    excepted = set(
        LockException.objects.filter(period=period, until__gte=today).values_list("locality_id", flat=True)
    )
    if not excepted:
        return set(unit_ids)
    if parents is None:
        parents = _parents_above(unit_ids)
    return {pk for pk in unit_ids if excepted.isdisjoint(_ancestors(pk, parents))}


def closed_units(
    period: ReportingPeriod,
    unit_ids: Collection[int],
    today: date | None = None,
    parents: dict[int, int | None] | None = None,
) -> dict[int, str]:
    """The units among `unit_ids` whose figures for the period cannot change now, each with the reason:
    the lock (`locked_units`), or figures sent for approval or approved."""
    closed = {pk: locked_reason(period) for pk in locked_units(period, unit_ids, today, parents)}
    sent = Submission.objects.filter(
        period=period,
        locality_id__in=list(unit_ids),
        status__in=[Submission.Status.SUBMITTED, Submission.Status.APPROVED],
    ).values_list("locality_id", "status")
    for pk, status in sent:
        closed[pk] = SENT if status == Submission.Status.SUBMITTED else APPROVED
    return closed


def periods_by_dates(
    pairs: Collection[tuple[date, date]],
) -> dict[tuple[date, date], list[ReportingPeriod]]:
    """The reporting periods with exactly these (start, end) dates; a value outside any period has no lock."""
    found: dict[tuple[date, date], list[ReportingPeriod]] = {}
    if pairs:
        starts, ends = {start for start, _ in pairs}, {end for _, end in pairs}
        for period in ReportingPeriod.objects.filter(start__in=starts, end__in=ends):
            if (period.start, period.end) in pairs:
                found.setdefault((period.start, period.end), []).append(period)
    return found


def _parents_above(unit_ids: Collection[int]) -> dict[int, int | None]:
    parents: dict[int, int | None] = {}
    frontier = set(unit_ids)
    while frontier:
        found = dict(Locality.objects.filter(pk__in=frontier).values_list("pk", "parent_id"))
        parents.update(found)
        frontier = {parent for parent in found.values() if parent is not None and parent not in parents}
    return parents


def _ancestors(pk: int, parents: dict[int, int | None]) -> list[int]:
    ids = [pk]
    while (parent := parents.get(ids[-1])) is not None and parent not in ids:
        ids.append(parent)
    return ids
