"""The office's page of reporting rounds: it opens a round, locks and unlocks a period for its subtree, grants lock
exceptions and sets approval levels, never for a unit outside its scope; a reporter has no such page."""

from datetime import date, timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from chitieu.accounts.models import Membership
from chitieu.results.locks import closed_units
from chitieu.results.models import ApprovalRule, LockException, PeriodLock, ReportingPeriod

pytestmark = pytest.mark.django_db


def _office(username, locality):
    user = get_user_model().objects.create_user(username, password="chitieu-test")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=locality)
    return user


@pytest.fixture
def office(world):
    return _office("vanphong.pl", world.phu_luong)


@pytest.fixture
def other_office(world):
    return _office("vanphong.pt", world.phong_tho)


@pytest.fixture
def period(db):
    today = timezone.localdate()
    return ReportingPeriod.objects.create(
        kind="year",
        name="Năm 2025",
        start=date(2025, 1, 1),
        end=date(2025, 12, 31),
        deadline=today + timedelta(days=10),
    )


def test_the_office_opens_a_round_with_its_due_date(client, office):
    client.force_login(office)
    response = client.post(
        reverse("setup:round_open"),
        {"kind": "9m", "year": "2026", "number": "", "deadline": "15/10/2026", "grace_days": "3"},
    )
    assert response.status_code == 302
    period = ReportingPeriod.objects.get()
    assert (period.name, period.start, period.end) == (
        "9 tháng năm 2026",
        date(2026, 1, 1),
        date(2026, 9, 30),
    )
    assert (period.deadline, period.grace_days) == (date(2026, 10, 15), 3)
    assert LogEntry.objects.get().change_message == "Mở kỳ báo cáo 9 tháng năm 2026, hạn nộp 15/10/2026."
    page = client.get(reverse("setup:rounds")).content.decode()
    assert "9 tháng năm 2026" in page and "15/10/2026" in page


def test_a_round_open_already_keeps_its_due_date_for_every_unit(client, office):
    client.force_login(office)
    first = {"kind": "quarter", "year": "2026", "number": "3", "deadline": "10/10/2026", "grace_days": "0"}
    client.post(reverse("setup:round_open"), first)
    response = client.post(reverse("setup:round_open"), first | {"deadline": "30/11/2026"}, follow=True)
    assert "đã mở từ trước, hạn nộp 10/10/2026" in response.content.decode()
    period = ReportingPeriod.objects.get()
    assert period.name == "Quý III năm 2026" and period.deadline == date(2026, 10, 10)


def test_a_round_without_its_month_or_a_due_date_before_its_end_is_refused_as_typed(client, office):
    client.force_login(office)
    response = client.post(
        reverse("setup:round_open"),
        {"kind": "month", "year": "2026", "number": "", "deadline": "20/11/2026", "grace_days": "0"},
    )
    assert response.status_code == 200
    assert "Cần ghi tháng (1-12) của kỳ báo cáo." in response.content.decode()
    response = client.post(
        reverse("setup:round_open"),
        {"kind": "year", "year": "2026", "number": "", "deadline": "20/11/2026", "grace_days": "0"},
    )
    text = response.content.decode()
    assert "Hạn nộp (20/11/2026) phải sau ngày cuối kỳ (31/12/2026)." in text
    assert 'value="20/11/2026"' in text  # what was typed stays on the page
    assert not ReportingPeriod.objects.exists()


def test_the_office_locks_its_subtree_and_unlocks_it_with_a_reason(client, world, office, period):
    client.force_login(office)
    data = {"period": period.pk, "locality": world.phu_luong.pk, "reason": "Chốt số liệu trình Ban Thường vụ"}
    assert client.post(reverse("setup:period_lock"), data).status_code == 302
    lock = PeriodLock.objects.get()
    assert lock.locked_by == office
    closed = closed_units(period, [world.yen_ninh.pk, world.si_lo_lau.pk])
    assert closed == {
        world.yen_ninh.pk: "kỳ báo cáo đã được Huyện Phú Lương khóa: cần người phê duyệt cho phép mở lại."
    }

    assert client.post(reverse("setup:period_unlock", args=[lock.pk]), {"reason": ""}).status_code == 302
    assert PeriodLock.objects.exists()  # no reason, no unlock
    client.post(reverse("setup:period_unlock", args=[lock.pk]), {"reason": "Xã Yên Ninh bổ sung số liệu"})
    assert not PeriodLock.objects.exists()
    assert "Xã Yên Ninh bổ sung số liệu" in LogEntry.objects.order_by("-pk").first().change_message


def test_an_exception_lets_a_unit_write_a_locked_period_until_its_date(client, world, office, period):
    period.is_locked = True
    period.save()
    client.force_login(office)
    until = timezone.localdate() + timedelta(days=5)
    data = {
        "period": period.pk,
        "locality": world.yen_ninh.pk,
        "until": f"{until:%d/%m/%Y}",
        "reason": "Xã nộp muộn do mất điện",
    }
    assert client.post(reverse("setup:exception_grant"), data).status_code == 302
    exception = LockException.objects.get()
    assert exception.granted_by == office and exception.until == until
    assert closed_units(period, [world.yen_ninh.pk, world.on_luong.pk]).keys() == {world.on_luong.pk}

    yesterday = timezone.localdate() - timedelta(days=1)
    response = client.post(reverse("setup:exception_grant"), data | {"until": f"{yesterday:%d/%m/%Y}"})
    assert "đã qua" in response.content.decode()
    client.post(reverse("setup:exception_withdraw", args=[exception.pk]))
    assert not LockException.objects.exists()


def test_the_office_sets_the_approval_levels_of_its_units(client, world, office):
    client.force_login(office)
    response = client.post(reverse("setup:approval_levels"), {"locality": world.yen_ninh.pk, "levels": "2"})
    assert response.status_code == 302
    rule = ApprovalRule.objects.get()
    assert (rule.locality, rule.levels, rule.separate_duties) == (world.yen_ninh, 2, True)
    client.post(reverse("setup:approval_levels"), {"locality": world.yen_ninh.pk, "levels": "1"})
    assert ApprovalRule.objects.get().levels == 1


@pytest.mark.parametrize("persona", ["reporter", "outsider"])
def test_a_reporter_has_no_page_of_rounds_and_writes_nothing(client, world, request, persona, period):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("setup:rounds")).status_code == 404
    unit = world.yen_ninh.pk
    posts = {
        "setup:round_open": {"kind": "year", "year": "2027", "deadline": "15/01/2028", "grace_days": "0"},
        "setup:period_lock": {"period": period.pk, "locality": unit, "reason": "x"},
        "setup:exception_grant": {
            "period": period.pk,
            "locality": unit,
            "until": "01/01/2100",
            "reason": "x",
        },
        "setup:approval_levels": {"locality": unit, "levels": "2"},
    }
    for name, data in posts.items():
        assert client.post(reverse(name), data).status_code == 404, name
    assert ReportingPeriod.objects.count() == 1
    assert not (
        PeriodLock.objects.exists() or LockException.objects.exists() or ApprovalRule.objects.exists()
    )


def test_another_districts_office_reaches_none_of_these_units(client, world, office, other_office, period):
    lock = PeriodLock.objects.create(
        period=period, locality=world.phu_luong, reason="Chốt số", locked_by=office
    )
    exception = LockException.objects.create(
        period=period, locality=world.yen_ninh, until=date(2100, 1, 1), reason="Nộp muộn", granted_by=office
    )
    client.force_login(other_office)
    page = client.get(reverse("setup:rounds")).content.decode()
    assert "Chốt số" not in page and "Nộp muộn" not in page and "Yên Ninh" not in page
    assert client.post(reverse("setup:period_unlock", args=[lock.pk]), {"reason": "x"}).status_code == 404
    assert client.post(reverse("setup:exception_withdraw", args=[exception.pk])).status_code == 404
    refused = client.post(
        reverse("setup:period_lock"), {"period": period.pk, "locality": world.yen_ninh.pk, "reason": "x"}
    )
    assert refused.status_code == 200 and "Hãy chọn một lựa chọn hợp lệ" in refused.content.decode()
    refused = client.post(reverse("setup:approval_levels"), {"locality": world.phu_luong.pk, "levels": "3"})
    assert refused.status_code == 200
    assert PeriodLock.objects.count() == 1 and LockException.objects.count() == 1
    assert not ApprovalRule.objects.exists()


def test_an_approver_keeps_the_locks_of_the_units_below_but_sets_no_approval_levels(
    client, world, approver, period
):
    client.force_login(approver)
    page = client.get(reverse("setup:rounds")).content.decode()
    assert "Khóa kỳ cho đơn vị" in page and "Cấp phê duyệt" not in page and "Mở kỳ báo cáo" not in page
    data = {"period": period.pk, "locality": world.phu_luong.pk, "reason": "Tỉnh chốt số"}
    assert client.post(reverse("setup:period_lock"), data).status_code == 302
    assert (
        client.post(
            reverse("setup:approval_levels"), {"locality": world.phu_luong.pk, "levels": "2"}
        ).status_code
        == 404
    )
