"""Which units may still change a reporting period's figures: the lock and its exceptions, and figures already
sent or approved. The many-unit workbook and the API ask here, for many units in a few queries."""

from collections.abc import Collection
from datetime import date

from django.utils import timezone

from chitieu.localities.models import Locality
from chitieu.results.models import LockException, ReportingPeriod, Submission

SENT = "số liệu kỳ này của đơn vị đã gửi và đang chờ phê duyệt: không sửa được."
APPROVED = "số liệu kỳ này của đơn vị đã được phê duyệt: cần người phê duyệt mở lại (có lý do) để sửa."


def locked_reason(period: ReportingPeriod) -> str:
    return f"kỳ báo cáo đã khóa từ ngày {period.lock_date:%d/%m/%Y}: cần người phê duyệt cho phép mở lại."


def closed_units(
    period: ReportingPeriod,
    unit_ids: Collection[int],
    today: date | None = None,
    parents: dict[int, int | None] | None = None,
) -> dict[int, str]:
    """The units among `unit_ids` whose figures for the period cannot change now, each with the reason.

    A lock exception granted to a unit covers the units below it, as on the entry page. `parents` (every
    unit's parent id) is read here when a lock exception needs it and the caller has not read it already.
    """
    today = today or timezone.localdate()
    closed: dict[int, str] = {}
    if period.is_locked or today >= period.lock_date:
        excepted = set(
            LockException.objects.filter(period=period, until__gte=today).values_list(
                "locality_id", flat=True
            )
        )
        if parents is None:
            parents = _parents() if excepted else {}
        closed = {
            pk: locked_reason(period) for pk in unit_ids if excepted.isdisjoint(_ancestors(pk, parents))
        }
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


def _parents() -> dict[int, int | None]:
    return dict(Locality.objects.values_list("pk", "parent_id"))


def _ancestors(pk: int, parents: dict[int, int | None]) -> list[int]:
    ids = [pk]
    while (parent := parents.get(ids[-1])) is not None and parent not in ids:
        ids.append(parent)
    return ids
