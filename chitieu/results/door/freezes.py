"""The freeze of a signed report's figures (period locks with `frozen_by`) and the reopen that lifts it.

A lock exception does not open frozen figures (`results/locks.py`); only `reopen_frozen` does, with a reason a
person typed. Both write an entry in the back office's history (django.contrib.admin's LogEntry) per lock, so who
froze and who reopened what, and why, stays on record after the lock rows are gone."""

from collections.abc import Collection

from django.contrib.admin.models import ADDITION, DELETION, LogEntry
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from chitieu.localities.models import Locality
from chitieu.results.models import PeriodLock, ReportingPeriod


class ReasonRequired(ValueError):
    """A reopen without a reason typed by a person."""


def freeze_figures(
    report_key: str,
    periods: Collection[ReportingPeriod],
    locality: Locality,
    user: AbstractBaseUser,
    reason: str,
) -> list[PeriodLock]:
    """Freeze the figures of `locality` and the units below it for `periods` under the report `report_key`."""
    with transaction.atomic():
        existing = set(
            PeriodLock.objects.filter(frozen_by=report_key, locality=locality).values_list(
                "period_id", flat=True
            )
        )
        locks = PeriodLock.objects.bulk_create(
            [
                PeriodLock(
                    period=period, locality=locality, reason=reason, locked_by=user, frozen_by=report_key
                )
                for period in periods
                if period.pk not in existing
            ]
        )
        created = PeriodLock.objects.filter(frozen_by=report_key, locality=locality)
        if locks:
            LogEntry.objects.log_actions(
                user.pk, created, ADDITION, change_message=f"Đóng băng số liệu: {reason}", single_object=False
            )
    return list(created)


def frozen_locks(report_key: str):
    return PeriodLock.objects.filter(frozen_by=report_key).select_related("period", "locality")


def reopen_frozen(report_key: str, user: AbstractBaseUser, reason: str) -> int:
    """Lift the freeze of the report `report_key`; the reason is kept in the history. Returns the locks lifted."""
    reason = " ".join(reason.split())
    if not reason:
        raise ReasonRequired("Cần ghi lý do mở lại số liệu đã ký.")
    with transaction.atomic():
        locks = PeriodLock.objects.select_for_update().filter(frozen_by=report_key)
        count = len(list(locks))
        if count:
            LogEntry.objects.log_actions(
                user.pk,
                PeriodLock.objects.filter(frozen_by=report_key),
                DELETION,
                change_message=f"Mở lại số liệu đã ký: {reason}",
                single_object=False,
            )
            PeriodLock.objects.filter(frozen_by=report_key).delete()
    return count
