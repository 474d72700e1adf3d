"""Approval: the queue below an approver, approve or return with a reason, several levels, the lock it puts."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.results.door import System, record_observation
from chitieu.results.models import ApprovalRule, Observation, Submission

SEED = System("test-fixture")


@pytest.fixture
def submitted(client, reporter, entry, frozen):
    client.force_login(reporter)
    key = f"i{entry.income_indicator.pk}"
    client.post(
        reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {f"{key}-value": "45", f"{key}-kind": 1, "submit": "1"},
    )
    client.logout()
    return Submission.objects.get()


def decide(client, submission, decision, reason=""):
    return client.post(
        reverse("results:approval", args=[submission.pk]), {"decision": decision, "reason": reason}
    )


def test_the_approver_sees_what_was_submitted_below_them(client, approver, submitted):
    client.force_login(approver)
    page = client.get(reverse("results:approvals")).content.decode()
    assert "Yên Ninh" in page and "9 tháng năm 2024" in page


def test_returning_needs_a_reason_and_the_reporter_sees_it(client, approver, reporter, submitted, entry):
    client.force_login(approver)
    decide(client, submitted, "return")
    submitted.refresh_from_db()
    assert submitted.status == Submission.Status.SUBMITTED
    decide(client, submitted, "return", "Thu nhập cao bất thường, kiểm tra lại nguồn")
    submitted.refresh_from_db()
    assert (submitted.status, submitted.decided_by) == (Submission.Status.RETURNED, approver)
    client.force_login(reporter)
    page = client.get(
        reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])
    ).content.decode()
    assert "Thu nhập cao bất thường, kiểm tra lại nguồn" in page


def test_approval_locks_the_value_and_a_later_change_needs_a_reason(
    client, approver, reporter, submitted, entry
):
    client.force_login(approver)
    decide(client, submitted, "approve")
    submitted.refresh_from_db()
    assert submitted.status == Submission.Status.APPROVED
    client.force_login(reporter)
    key = f"i{entry.income_indicator.pk}"
    response = client.post(
        reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {f"{key}-value": "50", f"{key}-kind": 1},
    )
    assert "đã được phê duyệt" in response.content.decode()
    observation = Observation.objects.get()
    assert observation.value == Decimal(45)
    with pytest.raises(ValidationError):
        record_observation(
            actor=SEED,
            via="",
            indicator=entry.income_indicator,
            locality=entry.world.yen_ninh,
            period_start=entry.period.start,
            period_end=entry.period.end,
            value=Decimal(50),
            reported_on=date(2024, 10, 5),
            kind=1,
        )
    record_observation(
        actor=SEED,
        via="",
        indicator=entry.income_indicator,
        locality=entry.world.yen_ninh,
        period_start=entry.period.start,
        period_end=entry.period.end,
        value=Decimal(50),
        reported_on=date(2024, 10, 5),
        kind=1,
        reason="Cục Thống kê điều chỉnh",
    )
    assert observation.revisions.get().reason == "Cục Thống kê điều chỉnh"


def test_an_approver_reopens_an_approved_period_with_a_reason(
    client, approver, reporter, submitted, entry, frozen
):
    client.force_login(approver)
    decide(client, submitted, "approve")
    frozen.move_to(date(2024, 10, 17))  # locked by date too
    client.force_login(approver)  # days later: a new session (the idle timeout ended the old one)
    response = client.post(
        reverse("results:reopen", args=[submitted.pk]),
        {"until": "05/11/2024", "reason": "Số liệu chính thức của Chi cục Thống kê"},
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == Submission.Status.RETURNED
    client.force_login(reporter)
    key = f"i{entry.income_indicator.pk}"
    page = reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])
    seen = client.get(page).context["form"][f"{key}-versions"].value()
    response = client.post(page, {f"{key}-value": "46", f"{key}-kind": 1, f"{key}-versions": seen})
    assert response.status_code == 302, response.context["form"].errors
    revision = Observation.objects.get().revisions.get()
    assert "Số liệu chính thức của Chi cục Thống kê" in revision.reason


def test_two_levels_commune_then_district_then_province(
    client, approver, submitted, entry, django_user_model
):
    ApprovalRule.objects.create(locality=entry.world.thai_nguyen, levels=2)
    submitted.status = Submission.Status.DRAFT
    submitted.save()
    from chitieu.results.door import save_entries

    reporter = submitted.observations.first().updated_by
    submitted = save_entries(
        user=reporter, period=entry.period, locality=entry.world.yen_ninh, entries=[], submit=True
    )
    assert submitted.levels == 2
    district = django_user_model.objects.create_user("lanhdao.pl", password="x")
    Membership.objects.create(user=district, role=Membership.Role.APPROVER, locality=entry.world.phu_luong)
    client.force_login(district)
    assert decide(client, submitted, "approve").status_code == 302
    submitted.refresh_from_db()
    assert (submitted.status, submitted.level) == (Submission.Status.SUBMITTED, 1)
    assert decide(client, submitted, "approve").status_code == 404  # level 2 belongs to the province
    client.force_login(approver)
    decide(client, submitted, "approve")
    submitted.refresh_from_db()
    assert (submitted.status, submitted.level) == (Submission.Status.APPROVED, 2)
    assert list(submitted.events.values_list("action", "level")) == [
        ("submitted", 0),
        ("submitted", 0),
        ("approved", 1),
        ("approved", 2),
    ]


def test_the_reporter_cannot_approve_their_own_figures(client, reporter, submitted):
    client.force_login(reporter)
    assert decide(client, submitted, "approve").status_code == 404
    assert client.get(reverse("results:approvals")).context["queue"] == []


def test_figures_imported_for_the_unit_are_sent_with_it_though_the_page_did_not_change_them(
    client, reporter, entry, frozen
):
    # An office's many-unit workbook or the API wrote the figure; the reporter only checks it and sends it.
    imported = record_observation(
        actor=SEED,
        via="",
        indicator=entry.income_indicator,
        locality=entry.world.yen_ninh,
        period_start=entry.period.start,
        period_end=entry.period.end,
        period_kind=entry.period.kind,
        kind=1,
        value=Decimal(45),
        reported_on=date(2024, 10, 3),
    )
    client.force_login(reporter)
    key = f"i{entry.income_indicator.pk}"
    response = client.post(
        reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {f"{key}-value": "45", f"{key}-kind": 1, "submit": "1"},
    )
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.status == Submission.Status.SUBMITTED
    assert list(submission.observations.all()) == [imported]
