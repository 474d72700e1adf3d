"""Writes to resolutions and targets that carry a business meaning: atomic, with a line in the back office's history."""

from decimal import Decimal

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from chitieu.plans.models import Resolution, Target


class ReasonRequired(ValueError):
    pass


def override_baseline(
    user: AbstractBaseUser, target: Target, value: Decimal, year: int, reason: str
) -> Target:
    """The office replaces a target's baseline (a merged unit's roll-up, or a stated one) and says why.

    The caller has checked the user may manage the target's resolution (plans/access.resolution_for)."""
    reason = " ".join(reason.split())
    if not reason:
        raise ReasonRequired("Cần ghi lý do điều chỉnh giá trị gốc.")
    with transaction.atomic():
        target = Target.objects.select_for_update().get(pk=target.pk)
        before = f"{target.baseline_value} ({target.baseline_year})"
        target.baseline_value = value
        target.baseline_year = year
        target.baseline_reason = reason
        target.baseline_set_by_id = user.pk
        target.baseline_set_at = timezone.now()
        target.save(
            update_fields=[
                "baseline_value",
                "baseline_year",
                "baseline_reason",
                "baseline_set_by",
                "baseline_set_at",
            ]
        )
        LogEntry.objects.log_actions(
            user.pk,
            [target],
            CHANGE,
            change_message=f"Điều chỉnh giá trị gốc: {before} → {value} ({year}). Lý do: {reason}",
        )
    return target


def clear_baseline_override(user: AbstractBaseUser, target: Target, reason: str) -> Target:
    """Back to the roll-up of the predecessors: the override's value and year are cleared."""
    reason = " ".join(reason.split())
    if not reason:
        raise ReasonRequired("Cần ghi lý do bỏ điều chỉnh giá trị gốc.")
    with transaction.atomic():
        target = Target.objects.select_for_update().get(pk=target.pk)
        before = f"{target.baseline_value} ({target.baseline_year})"
        target.baseline_value = None
        target.baseline_year = None
        target.baseline_reason = ""
        target.baseline_set_by_id = user.pk
        target.baseline_set_at = timezone.now()
        target.save(
            update_fields=[
                "baseline_value",
                "baseline_year",
                "baseline_reason",
                "baseline_set_by",
                "baseline_set_at",
            ]
        )
        LogEntry.objects.log_actions(
            user.pk, [target], CHANGE, change_message=f"Bỏ điều chỉnh giá trị gốc {before}. Lý do: {reason}"
        )
    return target

def create_resolution(user: AbstractBaseUser, resolution: Resolution) -> Resolution:
    """The office records a new resolution of its unit (the caller checked it manages the unit); its targets come
    next, typed on the setup page, from a workbook, or read from the pasted text."""
    with transaction.atomic():
        resolution.save()
        LogEntry.objects.log_actions(
            user.pk,
            [resolution],
            ADDITION,
            change_message="Tạo nghị quyết trên trang web.",
            single_object=True,
        )
    return resolution

