"""What a committee signs keeps its history: a sender does not approve their own figures, commentary is
conflict-checked like figures, a target with records is retired rather than deleted, and the public page shows
approved figures only."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.conftest import _user
from chitieu.plans.models import PlanValue, PlanValueRevision, Target
from chitieu.results.door import EntryRefused, decide_submission
from chitieu.results.models import ApprovalRule, Commentary, Submission
from chitieu.setup.tests.test_setup import group_url, page_data


@pytest.fixture
def reporting(client, reporter, entry, frozen):
    client.force_login(reporter)
    return client


def entry_url(entry) -> str:
    return reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])


def send(client, entry, value: str = "45", submit: bool = True):
    key = f"i{entry.income_indicator.pk}"
    data = {f"{key}-value": value, f"{key}-kind": 1}
    if submit:
        data["submit"] = "1"
    return client.post(entry_url(entry), data)


@pytest.fixture
def sender_and_approver(world):
    """A commune officer who also approves for the district: both roles, one person."""
    user = _user("kiemnhiem.pl", Membership.Role.REPORTER, world.yen_ninh, "Đỗ Văn Hùng")
    Membership.objects.create(user=user, role=Membership.Role.APPROVER, locality=world.phu_luong)
    return user


def test_whoever_sent_the_figures_cannot_approve_them(client, sender_and_approver, entry, frozen):
    client.force_login(sender_and_approver)
    send(client, entry)
    submission = Submission.objects.get()
    with pytest.raises(EntryRefused, match="không được tự phê duyệt"):
        decide_submission(user=sender_and_approver, submission=submission, approve=True)
    submission.refresh_from_db()
    assert (submission.status, submission.level) == (Submission.Status.SUBMITTED, 0)


def test_a_unit_may_turn_separation_of_duties_off(client, sender_and_approver, entry, frozen):
    ApprovalRule.objects.create(locality=entry.world.phu_luong, levels=1, separate_duties=False)
    client.force_login(sender_and_approver)
    send(client, entry)
    submission = decide_submission(
        user=sender_and_approver, submission=Submission.objects.get(), approve=True
    )
    assert submission.status == Submission.Status.APPROVED


def test_a_double_click_on_approve_is_one_decision(client, approver, reporting, entry, world):
    ApprovalRule.objects.create(locality=world.yen_ninh, levels=2)
    send(reporting, entry)
    submission = Submission.objects.get()
    client.force_login(approver)
    url = reverse("results:approval", args=[submission.pk])
    for _click in range(2):
        client.post(url, {"decision": "approve", "reason": "", "level": 0})
    submission.refresh_from_db()
    assert submission.level == 1


def notes_form(entry, reporting) -> dict:
    """The entry page's form as the browser holds it, with the commentary's version it was shown."""
    page = reporting.get(entry_url(entry))
    form = page.context["form"]
    return {name: form[name].value() or "" for name in form.fields if name != "evidence"}


def test_a_stale_commentary_is_refused_and_shows_the_other_users_text(client, reporting, entry, world):
    key = f"i{entry.income_indicator.pk}"
    mine = notes_form(entry, reporting)
    office = _user("vanphong.pl", Membership.Role.OFFICE, world.phu_luong, "Trần Văn Bình")
    client.force_login(office)
    theirs = notes_form(entry, client)
    theirs[f"{key}-result"] = "Thu nhập tăng nhờ chè và du lịch."
    assert client.post(entry_url(entry), theirs).status_code == 302
    mine[f"{key}-result"] = "Thu nhập tăng khá."
    response = reporting.post(entry_url(entry), mine)
    assert response.status_code == 200
    assert "Thu nhập tăng nhờ chè và du lịch." in response.content.decode()
    assert Commentary.objects.get().result == "Thu nhập tăng nhờ chè và du lịch."


def test_a_target_with_figures_cannot_be_deleted_on_the_setup_page_only_retired(
    client, reporting, entry, world
):
    send(reporting, entry, submit=False)
    office = _user("vanphong.yn", Membership.Role.OFFICE, world.yen_ninh, "Phan Thị Thu")
    client.force_login(office)
    resolution = entry.commune_resolution
    group = Target.objects.get(pk=entry.income.pk).group
    data = {  # the numbers as the page shows them: 60, not 60.0000
        key: f"{Decimal(value).normalize():f}".replace(".", ",")
        if re.fullmatch(r"-?\d+\.\d+", value)
        else value
        for key, value in page_data(resolution, group).items()
    }
    index = next(
        i
        for i, t in enumerate(resolution.targets.filter(group=group).order_by("order", "pk"))
        if t.pk == entry.income.pk
    )
    data[f"targets-{index}-DELETE"] = "on"
    url = group_url(resolution, group)
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert "đã có số liệu, kế hoạch hoặc thuyết minh" in response.content.decode()
    assert Target.objects.filter(pk=entry.income.pk).exists()


def test_a_target_with_plans_cannot_be_deleted_in_the_back_office(admin_client, entry):
    response = admin_client.post(
        reverse("admin:plans_target_delete", args=[entry.income.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Target.objects.filter(pk=entry.income.pk).exists()


def test_a_plan_value_changed_in_the_back_office_keeps_the_old_one(admin_client, entry):
    plan = PlanValue.objects.get(target=entry.income)
    response = admin_client.post(
        reverse("admin:plans_planvalue_change", args=[plan.pk]),
        {
            "target": entry.income.pk,
            "year": 2024,
            "source": plan.source,
            "value": "55",
            "source_sentence": "",
        },
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    revision = PlanValueRevision.objects.get()
    assert (plan.value, revision.value, revision.via) == (Decimal(55), Decimal(52), "admin")


def test_the_public_page_shows_no_draft_and_says_as_of_which_approval(client, reporting, approver, entry):
    resolution = entry.commune_resolution
    resolution.is_public = True
    resolution.save()
    public = reverse("reports:public_resolution", args=[resolution.pk])
    send(reporting, entry, "47,5", submit=False)
    assert "47,5" not in client.get(public).content.decode()
    send(reporting, entry, "47,5")
    assert "47,5" not in client.get(public).content.decode()
    client.force_login(approver)
    client.post(reverse("results:approval", args=[Submission.objects.get().pk]), {"decision": "approve"})
    client.logout()
    page = client.get(public).content.decode()
    assert "47,5" in page
    assert f"{date(2024, 10, 5):%d/%m/%Y}" in page
