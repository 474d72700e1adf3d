"""Remind each reporter of the periods they still owe, due or overdue: a notice in the application for everyone
(the demo users and many commune reporters have no e-mail) and an e-mail with direct links to those who have
one; once a day at most."""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from chitieu.accounts.models import Membership
from chitieu.results.door import is_open
from chitieu.results.models import ReminderLog, Submission
from chitieu.results.notices.models import Notification
from chitieu.results.notices.services import notify
from chitieu.results.queries import open_periods

DONE = (Submission.Status.SUBMITTED, Submission.Status.APPROVED)


class Command(BaseCommand):
    help = (
        "Nhắc người báo cáo các kỳ đến hạn hoặc quá hạn: thông báo trong ứng dụng cho mọi người, e-mail cho "
        "người có địa chỉ (tối đa một lần mỗi người mỗi ngày)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url", default=getattr(settings, "CHITIEU_BASE_URL", "http://localhost:8000")
        )

    def handle(self, *args, base_url: str, **options) -> None:
        today = timezone.localdate()
        done = set(Submission.objects.filter(status__in=DONE).values_list("period_id", "locality_id"))
        periods = [p for p in open_periods(today)]
        owed: dict = {}
        memberships = Membership.objects.filter(
            role=Membership.Role.REPORTER, locality__isnull=False, user__is_active=True
        )
        for membership in memberships.select_related("user", "locality"):
            for period in periods:
                if (period.pk, membership.locality_id) in done or not is_open(
                    period, membership.locality, today
                ):
                    continue
                owed.setdefault(membership.user, []).append((period, membership.locality))
        sent = notices = 0
        for user, items in owed.items():
            for period, locality in items:
                kind = Notification.Kind.OVERDUE if period.deadline < today else Notification.Kind.DUE
                notices += len(notify([user], kind, period, locality))
            if user.email:
                sent += self._send(user, items, today, base_url.rstrip("/"))
        self.stdout.write(f"Đã gửi {sent} thư nhắc và {notices} thông báo trong ứng dụng.")

    def _send(self, user, items, today, base_url: str) -> int:
        try:
            with transaction.atomic():
                ReminderLog.objects.create(user=user, day=today, items=len(items))
                lines = [
                    f"- {period.name} · {locality.type_name} {locality.name}: "
                    f"{'QUÁ HẠN' if period.deadline < today else 'hạn'} {period.deadline:%d/%m/%Y} — "
                    f"{base_url}{reverse('results:entry', args=[period.pk, locality.pk])}"
                    for period, locality in items
                ]
                send_mail(
                    "[chitieu] Nhắc báo cáo số liệu",
                    "Kính gửi đồng chí,\n\nCác kỳ báo cáo sau chưa gửi số liệu:\n" + "\n".join(lines) + "\n",
                    None,
                    [user.email],
                )
        except IntegrityError:  # already reminded today: cron ran twice
            return 0
        return 1
