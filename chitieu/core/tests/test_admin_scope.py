"""The back office shows each staff user the units of their roles, lets them change only those they manage, and
takes the grantor of a lock or an exception from the session.

Every persona here holds every model permission of the chitieu apps, as generous a group as an administrator could
give: what limits them is their scope, not Django's permissions.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.db import models
from django.test import Client
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.criteria.models import Product
from chitieu.documents.models import DocumentNumber
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator, PlanValue, Resolution, Target
from chitieu.results.models import (
    ApprovalRule,
    Commentary,
    LockException,
    Observation,
    PeriodLock,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
)

APPS = ["accounts", "localities", "plans", "criteria", "results", "documents"]


def _url(model: type[models.Model], page: str, *args: object) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{page}", args=args)


def _staff(user) -> Client:
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.user_permissions.set(Permission.objects.filter(content_type__app_label__in=APPS))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def office_user(world, django_user_model):
    user = django_user_model.objects.create_user(
        "vanphong.pl", password="chitieu-test", first_name="Lan", last_name="Nguyễn Thị"
    )
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=world.phu_luong)
    return user


@pytest.fixture
def office(office_user) -> Client:
    return _staff(office_user)


@pytest.fixture
def leader(approver) -> Client:
    return _staff(approver)


@dataclass
class Side:
    """The rows of one district: Phú Lương (Thái Nguyên) or Phong Thổ (Lai Châu)."""

    resolution: Resolution
    target: Target
    plan: PlanValue
    observation: Observation
    commentary: Commentary
    submission: Submission
    exception: LockException
    lock: PeriodLock
    rule: ApprovalRule

    def row(self, model: type[models.Model]) -> models.Model:
        return next(value for value in vars(self).values() if isinstance(value, model))


@pytest.fixture
def period(db) -> ReportingPeriod:
    return ReportingPeriod.objects.create(
        kind="year",
        name="Năm 2024",
        start=date(2024, 1, 1),
        end=date(2024, 12, 31),
        deadline=date(2025, 1, 15),
    )


@pytest.fixture
def income(db) -> Indicator:
    return Indicator.objects.create(
        code="thu-nhap-binh-quan", name="Thu nhập bình quân đầu người", unit="triệu đồng"
    )


def _side(district: Locality, resolution: Resolution, period, income, grantor) -> Side:
    target = Target.objects.create(
        resolution=resolution,
        label="1.",
        name="Thu nhập bình quân đầu người",
        indicator=income,
        unit="triệu đồng",
        value=Decimal("60"),
        deadline_year=2025,
    )
    return Side(
        resolution=resolution,
        target=target,
        plan=PlanValue.objects.create(target=target, year=2024, value=Decimal("52")),
        observation=Observation.objects.create(
            indicator=income,
            locality=district,
            period_start=period.start,
            period_end=period.end,
            value=Decimal("48.5"),
            reported_on=date(2025, 1, 10),
        ),
        commentary=Commentary.objects.create(
            period=period, locality=district, target=target, result="Đạt 81% kế hoạch năm."
        ),
        submission=Submission.objects.create(period=period, locality=district),
        exception=LockException.objects.create(
            period=period,
            locality=district,
            until=date(2025, 2, 28),
            granted_by=grantor,
            reason="Bổ sung số liệu chính thức của Chi cục Thống kê",
        ),
        lock=PeriodLock.objects.create(period=period, locality=district, reason="Chốt số liệu năm"),
        rule=ApprovalRule.objects.create(locality=district, levels=2),
    )


@pytest.fixture
def sides(world, period, income, django_user_model) -> dict[str, Side]:
    grantor = django_user_model.objects.create_superuser("quantri", "quantri@example.org", "mật-khẩu-dài-123")
    return {
        "Phú Lương": _side(world.phu_luong, world.phu_luong_resolution, period, income, grantor),
        "Phong Thổ": _side(world.phong_tho, world.phong_tho_resolution, period, income, grantor),
    }


SCOPED = [
    Resolution,
    Target,
    PlanValue,
    Observation,
    Commentary,
    Submission,
    LockException,
    PeriodLock,
    ApprovalRule,
]


def _lists(client: Client, row: models.Model) -> bool:
    page = client.get(_url(type(row), "changelist"))
    assert page.status_code == 200
    return _url(type(row), "change", row.pk) in page.content.decode()


@pytest.mark.parametrize("model", SCOPED, ids=lambda model: model.__name__)
def test_the_office_lists_its_district_and_not_another_province(office, sides, model):
    assert _lists(office, sides["Phú Lương"].row(model))
    assert not _lists(office, sides["Phong Thổ"].row(model))


@pytest.mark.parametrize("model", SCOPED, ids=lambda model: model.__name__)
def test_a_row_of_another_province_answers_404_on_its_change_page(office, sides, model):
    row = sides["Phong Thổ"].row(model)
    assert office.get(_url(model, "change", row.pk)).status_code == 404
    assert office.get(_url(model, "history", row.pk)).status_code == 404
    assert office.post(_url(model, "delete", row.pk), {"post": "yes"}).status_code == 404
    assert model.objects.filter(pk=row.pk).exists()


def test_a_row_that_does_not_exist_answers_the_same_404(office, sides):
    assert office.get(_url(Observation, "change", 987654)).status_code == 404


@pytest.mark.parametrize("model", [Observation, Commentary, Submission], ids=lambda model: model.__name__)
def test_the_thai_nguyen_leader_reads_the_province_and_not_lai_chau(leader, sides, model):
    assert _lists(leader, sides["Phú Lương"].row(model))
    assert not _lists(leader, sides["Phong Thổ"].row(model))
    assert leader.get(_url(model, "change", sides["Phong Thổ"].row(model).pk)).status_code == 404


def test_products_and_document_counters_of_another_province_are_absent_too(office, world):
    ours, theirs = (
        (
            Product.objects.create(locality=unit, name=name, stars=4, rated_on=date(2024, 6, 1)),
            DocumentNumber.objects.create(
                locality=unit, body="party", series="2020-2025", document_type="BC"
            ),
        )
        for unit, name in ((world.yen_ninh, "Chè Phú Lương"), (world.si_lo_lau, "Chè Shan tuyết Sì Lở Lầu"))
    )
    assert [_lists(office, row) for row in ours] == [True, True]
    assert [_lists(office, row) for row in theirs] == [False, False]
    assert [office.get(_url(type(row), "change", row.pk)).status_code for row in theirs] == [404, 404]


def test_the_leader_reads_a_figure_of_the_province_but_cannot_change_it(leader, sides):
    observation = sides["Phú Lương"].observation
    page = leader.get(_url(Observation, "change", observation.pk))
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert leader.post(_url(Observation, "change", observation.pk), {"value": "99"}).status_code == 403
    observation.refresh_from_db()
    assert observation.value == Decimal("48.5")


def test_the_leader_cannot_add_a_resolution_or_a_figure(leader, sides):
    assert leader.get(_url(Resolution, "add")).status_code == 403
    assert leader.get(_url(Observation, "add")).status_code == 403


@pytest.mark.parametrize(
    "persona, seen",
    [
        ("approver", {"Phú Lương", "Yên Ninh"}),
        ("reporter", {"Yên Ninh"}),
        ("outsider", {"Sì Lở Lầu"}),
    ],
)
def test_each_persona_lists_the_figures_of_its_own_units_only(request, world, sides, income, persona, seen):
    client = _staff(request.getfixturevalue(persona))
    for commune in (world.yen_ninh, world.si_lo_lau):
        sides[commune.name] = Observation.objects.create(
            indicator=income,
            locality=commune,
            period_start=date(2024, 1, 1),
            period_end=date(2024, 12, 31),
            value=Decimal("41"),
            reported_on=date(2025, 1, 10),
        )
    figures = {
        "Phú Lương": sides["Phú Lương"].observation,
        "Phong Thổ": sides["Phong Thổ"].observation,
        "Yên Ninh": sides["Yên Ninh"],
        "Sì Lở Lầu": sides["Sì Lở Lầu"],
    }
    assert {name for name, figure in figures.items() if _lists(client, figure)} == seen
    for name in figures.keys() - seen:
        assert client.get(_url(Observation, "change", figures[name].pk)).status_code == 404


def test_the_events_of_a_submission_are_read_and_never_deleted_by_the_office(office, sides):
    event = SubmissionEvent.objects.create(
        submission=sides["Phú Lương"].submission, action=Submission.Status.SUBMITTED, reason="Gửi số liệu năm"
    )
    assert office.get(_url(SubmissionEvent, "change", event.pk)).status_code == 200
    assert office.post(_url(SubmissionEvent, "delete", event.pk), {"post": "yes"}).status_code == 403
    assert office.post(_url(Submission, "delete", event.submission_id), {"post": "yes"}).status_code == 403
    assert SubmissionEvent.objects.filter(pk=event.pk).exists()


def _exception_form(locality: Locality, period: ReportingPeriod, **extra: str) -> dict[str, str]:
    return {
        "period": str(period.pk),
        "locality": str(locality.pk),
        "until": "31/03/2025",
        "reason": "Xã bổ sung số liệu điều tra hộ nghèo",
        **extra,
    }


def test_a_forged_grantor_is_ignored(office, office_user, approver, world, period):
    response = office.post(
        _url(LockException, "add"),
        _exception_form(world.yen_ninh, period, granted_by=str(approver.pk)),
    )
    assert response.status_code == 302
    granted = LockException.objects.get(locality=world.yen_ninh)
    assert granted.granted_by == office_user


def test_a_forged_grantor_is_ignored_on_change_too(office, office_user, sides, period):
    exception = sides["Phú Lương"].exception
    superuser = exception.granted_by
    response = office.post(
        _url(LockException, "change", exception.pk),
        _exception_form(exception.locality, period, granted_by=str(superuser.pk), until="15/03/2025"),
    )
    assert response.status_code == 302
    exception.refresh_from_db()
    assert (exception.until, exception.granted_by) == (date(2025, 3, 15), office_user)


def test_the_office_cannot_grant_an_exception_outside_its_district(office, world, period):
    for unit in (world.phong_tho, world.thai_nguyen):
        response = office.post(_url(LockException, "add"), _exception_form(unit, period))
        assert response.status_code == 200
        assert "locality" in response.context["adminform"].form.errors
    assert not LockException.objects.exists()


def test_an_approver_grants_exceptions_below_the_unit_as_a_reopen_does(leader, approver, world, period):
    assert leader.post(_url(LockException, "add"), _exception_form(world.yen_ninh, period)).status_code == 302
    above = leader.post(_url(LockException, "add"), _exception_form(world.thai_nguyen, period))
    assert "locality" in above.context["adminform"].form.errors
    assert list(LockException.objects.values_list("locality__name", "granted_by")) == [
        ("Yên Ninh", approver.pk)
    ]


def test_a_period_lock_records_who_closed_it_and_no_report_it_did_not_freeze(
    office, office_user, approver, world, period
):
    response = office.post(
        _url(PeriodLock, "add"),
        {
            "period": str(period.pk),
            "locality": str(world.on_luong.pk),
            "reason": "Chốt số liệu năm",
            "locked_by": str(approver.pk),
            "frozen_by": "Báo cáo 12-BC/HU",
        },
    )
    assert response.status_code == 302
    lock = PeriodLock.objects.get(locality=world.on_luong)
    assert (lock.locked_by, lock.frozen_by) == (office_user, "")


def test_a_lock_that_freezes_a_signed_report_is_not_lifted_in_the_back_office(office, sides):
    lock = sides["Phú Lương"].lock
    PeriodLock.objects.filter(pk=lock.pk).update(frozen_by="Báo cáo 12-BC/HU")
    assert office.post(_url(PeriodLock, "delete", lock.pk), {"post": "yes"}).status_code == 403
    assert PeriodLock.objects.filter(pk=lock.pk).exists()


def _autocomplete(client: Client, model: type[models.Model], field: str, term: str = "") -> list[str]:
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": model._meta.app_label,
            "model_name": model._meta.model_name,
            "field_name": field,
            "term": term,
        },
    )
    assert response.status_code == 200
    return sorted(row["text"].split(" (")[0] for row in response.json()["results"])


def test_the_locality_autocomplete_of_a_lock_exception_offers_only_units_in_scope(office, leader, world):
    assert _autocomplete(office, LockException, "locality") == [
        "Huyện Phú Lương",
        "Xã Yên Ninh",
        "Xã Ôn Lương",
    ]
    assert _autocomplete(office, LockException, "locality", "Phong Thổ") == []
    assert _autocomplete(leader, LockException, "locality") == [
        "Huyện Phú Lương",
        "Xã Yên Ninh",
        "Xã Ôn Lương",
    ]


def test_the_target_autocomplete_of_a_plan_value_offers_only_the_offices_targets(office, sides):
    response = office.get(
        reverse("admin:autocomplete"),
        {"app_label": "plans", "model_name": "planvalue", "field_name": "target", "term": ""},
    )
    assert [row["id"] for row in response.json()["results"]] == [str(sides["Phú Lương"].target.pk)]


def test_a_plan_value_cannot_be_placed_on_another_provinces_target(office, sides):
    response = office.post(
        _url(PlanValue, "add"),
        {"target": str(sides["Phong Thổ"].target.pk), "year": "2025", "source": "annual", "value": "55"},
    )
    assert response.status_code == 200
    assert "target" in response.context["adminform"].form.errors
    assert PlanValue.objects.filter(year=2025).count() == 0


def test_the_resolution_form_offers_the_offices_units_only(office, world):
    page = office.get(_url(Resolution, "add"))
    choices = page.context["adminform"].form.fields["locality"].queryset
    assert set(choices.values_list("name", flat=True)) == {"Phú Lương", "Yên Ninh", "Ôn Lương"}


def test_the_office_changes_its_own_approval_rule_and_not_another_provinces(office, sides):
    own, other = sides["Phú Lương"].rule, sides["Phong Thổ"].rule
    changed = office.post(
        _url(ApprovalRule, "change", own.pk), {"locality": str(own.locality_id), "levels": "1"}
    )
    assert changed.status_code == 302
    assert office.post(_url(ApprovalRule, "change", other.pk), {"levels": "1"}).status_code == 404
    own.refresh_from_db()
    other.refresh_from_db()
    assert (own.levels, other.levels) == (1, 2)


def test_a_rule_above_the_offices_unit_is_not_the_offices(office, world, sides):
    response = office.post(_url(ApprovalRule, "add"), {"locality": str(world.thai_nguyen.pk), "levels": "1"})
    assert "locality" in response.context["adminform"].form.errors
    assert not ApprovalRule.objects.filter(locality=world.thai_nguyen).exists()


def test_an_office_cannot_change_a_reporting_period(office, period):
    page = office.get(_url(ReportingPeriod, "change", period.pk))
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    moved = office.post(
        _url(ReportingPeriod, "change", period.pk),
        {
            "kind": "year",
            "name": "Năm 2024",
            "start": "01/01/2024",
            "end": "31/12/2024",
            "deadline": "31/12/2026",
        },
    )
    assert moved.status_code == 403
    assert office.get(_url(ReportingPeriod, "add")).status_code == 403
    period.refresh_from_db()
    assert period.deadline == date(2025, 1, 15)


@pytest.mark.parametrize("model", [Indicator, Locality], ids=lambda model: model.__name__)
def test_the_shared_catalogues_are_read_not_changed_by_an_office(office, sides, world, model):
    row = model.objects.first()
    assert office.get(_url(model, "changelist")).status_code == 200
    assert office.post(_url(model, "change", row.pk), {"name": "Đổi tên"}).status_code == 403
    assert office.post(_url(model, "delete", row.pk), {"post": "yes"}).status_code == 403


def test_the_list_delete_action_refuses_a_row_the_user_does_not_manage(office_user, approver, world, sides):
    # Reading a province and managing one district: the province's rows are listed, only the district's deletable.
    Membership.objects.create(user=office_user, role=Membership.Role.APPROVER, locality=world.thai_nguyen)
    office = _staff(office_user)
    other_district = Locality.objects.create(
        name="Định Hóa", type_name="Huyện", level=world.phu_luong.level, parent=world.thai_nguyen
    )
    rule = ApprovalRule.objects.create(locality=other_district, levels=1)
    response = office.post(
        _url(ApprovalRule, "changelist"),
        {"action": "delete_selected", "_selected_action": [str(rule.pk)], "post": "yes"},
    )
    assert response.status_code == 403
    assert ApprovalRule.objects.filter(pk=rule.pk).exists()


def test_an_office_reads_the_roles_of_its_district_but_does_not_grant_them(
    office, office_user, reporter, outsider
):
    roles = {user.username: Membership.objects.get(user=user) for user in (office_user, reporter, outsider)}
    listed = {name for name, role in roles.items() if _lists(office, role)}
    assert listed == {"vanphong.pl", "baocao.yn"}
    assert office.get(_url(Membership, "add")).status_code == 403
    assert office.get(_url(Membership, "change", roles["baocao.sll"].pk)).status_code == 404
