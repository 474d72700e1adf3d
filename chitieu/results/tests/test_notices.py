"""In-app notices: returned and approved figures, due and overdue periods (also for users without e-mail), a
count in the header, a page that marks them read, and the office's page of units that have not reported."""

from datetime import date
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.results.models import Submission
from chitieu.results.notices.models import Notification


@pytest.fixture
def submitted(client, reporter, entry, frozen):
    client.force_login(reporter)
    key = f"i{entry.income_indicator.pk}"
    client.post(
        reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {f"{key}-value": "45", f"{key}-kind": 1, "submit": "1"},
    )
    return Submission.objects.get()


def decide(client, approver, submission, decision, reason=""):
    client.force_login(approver)
    return client.post(
        reverse("results:approval", args=[submission.pk]), {"decision": decision, "reason": reason}
    )


def test_a_returned_submission_tells_its_reporter_with_the_reason(
    client, approver, reporter, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, approver, submitted, "return", "Thu nhập cần theo số của Chi cục Thống kê")
    notice = Notification.objects.get()
    assert (notice.user, notice.kind, notice.text) == (
        reporter,
        "returned",
        "Thu nhập cần theo số của Chi cục Thống kê",
    )
    assert notice.link == reverse("results:entry", args=[submitted.period_id, submitted.locality_id])


def test_an_approval_tells_the_reporter_and_the_approver_gets_nothing(
    client, approver, reporter, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, approver, submitted, "approve")
    assert list(Notification.objects.values_list("user__username", "kind")) == [
        (reporter.username, "approved")
    ]


def test_a_refused_decision_writes_no_notice(client, approver, submitted, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, approver, submitted, "return", "")  # a return needs a reason
    assert not Notification.objects.exists()


def test_the_header_counts_unread_notices_in_one_query(
    client, approver, reporter, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, approver, submitted, "return", "Thiếu số liệu")
    client.force_login(reporter)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("results:home")).content.decode()
    assert '<span class="count" title="chưa đọc">1</span>' in page
    counting = [q["sql"] for q in queries if "notices_notification" in q["sql"]]
    assert len(counting) == 1


def test_the_notices_page_lists_them_and_marks_them_read_by_post(
    client, approver, reporter, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, approver, submitted, "return", "Thiếu số liệu")
    client.force_login(reporter)
    page = client.get(reverse("results:notices")).content.decode()
    assert "Thiếu số liệu" in page and "bị trả lại" in page
    assert Notification.objects.get().read_at is None  # a GET never writes
    notice = Notification.objects.get()
    response = client.post(reverse("results:notice_open", args=[notice.pk]))
    assert response["Location"] == notice.link
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert 'class="count"' not in client.get(reverse("results:notices")).content.decode()


def test_a_user_cannot_open_another_users_notice(
    client, approver, outsider, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, approver, submitted, "return", "Thiếu số liệu")
    client.force_login(outsider)
    notice = Notification.objects.get()
    assert client.post(reverse("results:notice_open", args=[notice.pk])).status_code == 404
    assert client.post(reverse("results:notices_read")).status_code == 302
    notice.refresh_from_db()
    assert notice.read_at is None


def test_the_reminders_notify_users_without_email_once_a_day(reporter, entry, frozen):
    assert reporter.email == ""
    out = StringIO()
    call_command("send_reminders", stdout=out)
    call_command("send_reminders", stdout=StringIO())
    assert mail.outbox == []
    assert "Đã gửi 0 thư nhắc và 1 thông báo trong ứng dụng." in out.getvalue()
    notice = Notification.objects.get()
    assert (notice.user, notice.kind, notice.locality) == (reporter, "due", entry.world.yen_ninh)
    frozen.move_to(date(2024, 10, 12))  # past the deadline of 10/10
    call_command("send_reminders", stdout=StringIO())
    assert list(Notification.objects.values_list("kind", flat=True)) == ["overdue", "due"]


def test_the_office_sees_who_has_not_reported_with_their_last_reminder(
    client, approver, reporter, entry, frozen, django_user_model
):
    on_luong = django_user_model.objects.create_user("baocao.ol", password="x")
    Membership.objects.create(user=on_luong, role=Membership.Role.REPORTER, locality=entry.world.on_luong)
    call_command("send_reminders", stdout=StringIO())
    Submission.objects.create(
        period=entry.period, locality=entry.world.yen_ninh, status=Submission.Status.SUBMITTED
    )
    client.force_login(approver)
    assert 'href="/entry/missing/"' in client.get(reverse("results:home")).content.decode()
    page = client.get(reverse("results:not_reported")).content.decode()
    assert f'data-locality="{entry.world.on_luong.pk}"' in page
    assert f'data-locality="{entry.world.yen_ninh.pk}"' not in page  # sent
    assert "05/10/2024" in page  # the reminder of today
    assert "1 đơn vị chưa gửi." in page


def test_a_reporter_oversees_no_one(client, reporter, entry, frozen):
    client.force_login(reporter)
    assert 'href="/entry/missing/"' not in client.get(reverse("results:home")).content.decode()
    assert "Không có đơn vị báo cáo nào" in client.get(reverse("results:not_reported")).content.decode()
