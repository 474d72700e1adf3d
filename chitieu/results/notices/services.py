"""Writing notices: after an approver's decision or a reopen (called by the write door after commit), and by
the reminders; marking them read."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from chitieu.accounts.access import REPORT_ROLES
from chitieu.accounts.models import Membership
from chitieu.localities.models import Locality
from chitieu.results.models import ReportingPeriod, Submission
from chitieu.results.notices.models import Notification


def notify(
    users: Iterable[AbstractBaseUser], kind: str, period: ReportingPeriod, locality: Locality, text: str = ""
) -> list[Notification]:
    """One notice each, linked to the unit's entry page; a reminder a user has today, or unread, is not repeated."""
    users = {user.pk: user for user in users}
    if kind in (Notification.Kind.DUE, Notification.Kind.OVERDUE):
        repeated = Notification.objects.filter(
            Q(read_at__isnull=True) | Q(created_at__date=timezone.localdate()),
            user_id__in=list(users),
            kind=kind,
            period=period,
            locality=locality,
        ).values_list("user_id", flat=True)
        for pk in set(repeated):
            users.pop(pk, None)
    link = reverse("results:entry", args=[period.pk, locality.pk])
    return Notification.objects.bulk_create(
        Notification(user=user, kind=kind, period=period, locality=locality, text=text[:2000], link=link)
        for user in users.values()
    )


def reporters_of(locality: Locality) -> list[AbstractBaseUser]:
    """The active users who report for the unit itself."""
    memberships = Membership.objects.filter(
        locality=locality, role__in=REPORT_ROLES, user__is_active=True
    ).select_related("user")
    return [m.user for m in memberships]


def notify_decision(submission: Submission) -> list[Notification]:
    """Tell the unit's reporters (and whoever sent the figures) that they were returned, with the reason, or
    approved at the last level; an approval at a middle level tells no one yet."""
    if submission.status not in (Submission.Status.RETURNED, Submission.Status.APPROVED):
        return []
    users = reporters_of(submission.locality)
    if submission.submitted_by is not None and submission.submitted_by.is_active:
        users.append(submission.submitted_by)
    return notify(users, submission.status, submission.period, submission.locality, submission.reason)


def mark_read(user: AbstractBaseUser, pk: int | None = None) -> int:
    """Mark one of the user's notices read, or all of them; how many changed."""
    notices = Notification.objects.filter(user=user, read_at__isnull=True)
    if pk is not None:
        notices = notices.filter(pk=pk)
    return notices.update(read_at=timezone.now())
