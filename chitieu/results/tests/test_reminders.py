"""Reminders: each reporter gets the periods they owe, with links, and at most one e-mail a day."""

from io import StringIO

from django.core import mail
from django.core.management import call_command

from chitieu.results.models import ReminderLog, Submission


def test_each_reporter_gets_one_email_a_day_with_direct_links(reporter, entry, frozen):
    reporter.email = "baocao@yenninh.gov.vn"
    reporter.save()
    call_command("send_reminders", stdout=StringIO())
    call_command("send_reminders", stdout=StringIO())
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "9 tháng năm 2024" in body and "Yên Ninh" in body
    assert f"/entry/{entry.period.pk}/{entry.world.yen_ninh.pk}/" in body
    assert ReminderLog.objects.get().user == reporter


def test_a_submitted_period_is_not_reminded(reporter, entry, frozen):
    reporter.email = "baocao@yenninh.gov.vn"
    reporter.save()
    Submission.objects.create(
        period=entry.period, locality=entry.world.yen_ninh, status=Submission.Status.SUBMITTED
    )
    call_command("send_reminders", stdout=StringIO())
    assert mail.outbox == []
