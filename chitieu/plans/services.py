"""Writes to resolutions and targets that carry a business meaning: atomic, with a line in the back office's history."""

from collections.abc import Iterable
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


class ContinuityRefused(ValueError):
    pass


def set_continuity(
    user: AbstractBaseUser,
    resolution: Resolution,
    candidates: Iterable[Resolution],
    previous: Iterable[Resolution],
    links: dict[int, Target | None],
) -> int:
    """Marks which of the `candidates` (resolutions of the term before) `resolution` carries on, and which of their
    targets each of its own targets continues (None: none); one history line per row changed, the count returned.

    The caller has checked the user manages `resolution` and may see every candidate."""
    chosen = {r.pk for r in previous}
    for old in links.values():
        if old is not None and old.resolution_id not in chosen:
            raise ContinuityRefused(
                f"Chỉ tiêu “{old}” thuộc nghị quyết chưa được đánh dấu là được tiếp nối; hãy đánh dấu nghị quyết đó."
            )
    changed: list[tuple[Resolution | Target, str]] = []
    with transaction.atomic():
        # Ordered by id alone: the models' orderings join nullable tables, which FOR UPDATE refuses on PostgreSQL.
        olds = Resolution.objects.select_for_update().filter(pk__in=[c.pk for c in candidates])
        for old_resolution in olds.order_by("pk"):
            wanted = resolution.pk if old_resolution.pk in chosen else None
            # Unticked, a link to another resolution of this term is someone else's: it stays.
            if old_resolution.continued_by_id == wanted or (
                wanted is None and old_resolution.continued_by_id != resolution.pk
            ):
                continue
            old_resolution.continued_by_id = wanted
            old_resolution.save(update_fields=["continued_by"])
            words = "Được tiếp nối bởi" if wanted else "Bỏ đánh dấu được tiếp nối bởi"
            changed.append((old_resolution, f"{words} nghị quyết “{resolution}”."))
        targets = Target.objects.select_for_update().filter(resolution=resolution, pk__in=list(links))
        for target in targets.order_by("pk"):
            old = links[target.pk]
            if target.continues_id == (old.pk if old else None):
                continue
            target.continues = old
            target.save(update_fields=["continues"])
            changed.append(
                (target, f"Tiếp nối chỉ tiêu “{old}”." if old else "Bỏ liên kết tiếp nối chỉ tiêu.")
            )
        for row, message in changed:
            LogEntry.objects.log_actions(user.pk, [row], CHANGE, change_message=message)
    return len(changed)
