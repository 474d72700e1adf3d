"""The entry page as a checklist: numbered rows, only what the unit is asked, targets in their own unit, a
closed page read-only with the reason and who can reopen, and each period's state on /entry/."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.plans.models import Indicator, Target
from chitieu.results.models import ReportingPeriod, Submission


@pytest.fixture
def reporting(client, reporter, frozen):
    client.force_login(reporter)
    return client


def url(entry):
    return reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])


def send(client, entry, submit=True):
    key = f"i{entry.income_indicator.pk}"
    data = {f"{key}-value": "45", f"{key}-kind": 1}
    if submit:
        data["submit"] = "1"
    assert client.post(url(entry), data).status_code == 302
    return Submission.objects.get(period=entry.period, locality=entry.world.yen_ninh)


def growth_sub_target(entry) -> Target:
    """ "a) Tốc độ tăng giá trị sản xuất bình quân 10%/năm" under target 1., its level entered in tỷ đồng."""
    production = Indicator.objects.create(code="gia-tri-san-xuat", name="Giá trị sản xuất", unit="tỷ đồng")
    return Target.objects.create(
        resolution=entry.commune_resolution,
        parent=entry.income,
        order=5,
        label="a)",
        name="Tốc độ tăng giá trị sản xuất bình quân",
        indicator=production,
        unit="%/năm",
        kind=Target.Kind.GROWTH_RATE,
        value=Decimal(10),
    )


def test_a_sub_target_reads_with_its_parents_number(reporting, entry):
    growth_sub_target(entry)
    page = reporting.get(url(entry)).content.decode()
    assert '<span class="number">1.a</span> Tốc độ tăng giá trị sản xuất bình quân' in page
    # the growth target shows its rate in its own unit, beside the level entered in tỷ đồng
    assert "<div>10%/năm</div>" in page and "<td>tỷ đồng</td>" in page


def test_a_commune_is_not_asked_a_yes_no_about_its_district(reporting, entry):
    district_standard = Indicator.objects.create(
        code="huyen-dat-chuan-ntm", name="Huyện đạt chuẩn nông thôn mới", rollup=Indicator.Rollup.NONE
    )
    Target.objects.create(
        resolution=entry.world.phu_luong_resolution,
        order=2,
        label="2.",
        name="Huyện đạt chuẩn nông thôn mới",
        indicator=district_standard,
        form=Target.Form.YES_NO,
        kind=Target.Kind.YES_NO,
    )
    page = reporting.get(url(entry)).content.decode()
    assert "Huyện đạt chuẩn nông thôn mới" not in page
    assert "Thu ngân sách trên địa bàn" in page  # the district's sum, which its communes report
    assert "(Huyện Phú Lương)" in page  # the row says whose target it is


def test_a_sent_page_is_read_only_with_the_reason_and_who_can_reopen(reporting, entry, approver):
    send(reporting, entry)
    page = reporting.get(url(entry)).content.decode()
    assert "đã gửi và đang chờ phê duyệt" in page
    assert "Nguyễn Thị Hằng (Tỉnh Thái Nguyên)" in page
    key = f"i{entry.income_indicator.pk}"
    assert f'name="{key}-value" id="id_{key}-value" value="45" inputmode="decimal"' in page
    assert (
        f'id="id_{key}-value" value="45" inputmode="decimal" aria-label="Thu nhập bình quân đầu người" disabled'
        in page
    )
    assert 'name="submit"' not in page and 'name="save"' not in page


def test_a_page_locked_by_its_deadline_is_read_only(reporting, entry, frozen):
    frozen.move_to(date(2024, 10, 20))  # deadline 10/10, five days' grace
    reporting.force_login(Membership.objects.get(role=Membership.Role.REPORTER).user)
    page = reporting.get(url(entry)).content.decode()
    assert "Kỳ báo cáo đã khóa từ ngày 16/10/2024: cần người phê duyệt cho phép mở lại." in page
    assert 'name="submit"' not in page


def test_an_empty_commentary_stays_folded_after_a_save(reporting, entry):
    send(reporting, entry, submit=False)
    page = reporting.get(url(entry)).content.decode()
    assert "<details open>" not in page
    key = f"i{entry.income_indicator.pk}"
    reporting.post(url(entry), {f"{key}-value": "45", f"{key}-kind": 1, f"{key}-result": "Đạt kế hoạch"})
    assert "<details open>" in reporting.get(url(entry)).content.decode()


def states(client) -> list[str]:
    page = client.get(reverse("results:home")).content.decode()
    return [part.split('"')[0] for part in page.split('data-state="')[1:]]


def test_the_entry_home_shows_where_each_period_stands(client, reporter, approver, entry, frozen):
    client.force_login(reporter)
    assert states(client) == ["missing"]
    send(client, entry, submit=False)
    assert states(client) == ["draft"]
    submission = Submission.objects.get()
    submission.status = Submission.Status.SUBMITTED
    submission.save()
    assert states(client) == ["submitted"]
    assert ">đã gửi<" in client.get(reverse("results:home")).content.decode()
    submission.status = Submission.Status.RETURNED
    submission.save()
    frozen.move_to(date(2024, 10, 12))
    client.force_login(reporter)
    assert states(client) == ["overdue"]
    submission.status = Submission.Status.APPROVED
    submission.save()
    assert states(client) == ["approved"]


def test_each_unit_and_period_has_its_own_state(client, reporter, entry, frozen):
    ReportingPeriod.objects.create(
        kind="month",
        name="Tháng 9/2024",
        start=date(2024, 9, 1),
        end=date(2024, 9, 30),
        deadline=date(2024, 10, 3),
    )
    client.force_login(reporter)
    assert sorted(states(client)) == ["missing", "overdue"]
