"""The back office opens every page in Vietnamese for a superuser, and saves observations with their history."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib import admin
from django.db import connection, models
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import override

from chitieu.accounts.models import Membership
from chitieu.criteria.models import Assessment, CriteriaSet, Criterion, Product, Recognition
from chitieu.localities.models import Agency, Locality, LocalityLink
from chitieu.plans.models import Indicator, KeyTask, PlanValue, Resolution, Target, TargetGroup
from chitieu.results.door import System, record_observation
from chitieu.results.models import Observation, ObservationRevision, PeriodKind, ReportingPeriod, ValueKind

SEED = System("test-fixture")

REGISTERED = {
    model._meta.label: model for model in admin.site._registry if model.__module__.startswith("chitieu.")
}


def _url(model: type[models.Model], page: str, *args: object) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{page}", args=args)


def _text(response) -> str:
    return response.content.decode()


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("quantri", "quantri@example.org", "mật-khẩu-dài-123")


@pytest.fixture
def office(client: Client, superuser) -> Client:
    client.force_login(superuser)
    return client


@pytest.fixture
def rows(world, superuser) -> dict[str, models.Model]:
    """One row of every model, in real Vietnamese, on top of the shared administrative tree."""
    district, commune, resolution = world.phu_luong, world.yen_ninh, world.phu_luong_resolution
    link = LocalityLink.objects.create(
        predecessor=world.on_luong,
        successor=commune,
        effective=date(2020, 2, 1),
        legal_basis="Nghị quyết 897/NQ-UBTVQH14",
    )
    agency = Agency.objects.create(locality=district, name="Phòng Tài chính - Kế hoạch", short_name="TC-KH")
    income = Indicator.objects.create(
        code="thu-nhap-binh-quan", name="Thu nhập bình quân đầu người", unit="triệu đồng"
    )
    group = TargetGroup.objects.create(resolution=resolution, label="I.", name="Kinh tế", order=1)
    target = Target.objects.create(
        resolution=resolution,
        group=group,
        label="1.",
        name="Thu nhập bình quân đầu người",
        indicator=income,
        unit="triệu đồng",
        value=Decimal("60"),
        deadline_year=2025,
        lead_agency=agency,
    )
    plan = PlanValue.objects.create(
        target=target, year=2023, source=PlanValue.Source.ANNUAL, value=Decimal("52")
    )
    task = KeyTask.objects.create(resolution=resolution, text="Phát triển nông nghiệp hàng hóa tập trung")
    new_rural = CriteriaSet.objects.create(
        code="ntm-2021-2025", name="Bộ tiêu chí xã nông thôn mới 2021-2025"
    )
    criterion = Criterion.objects.create(
        criteria_set=new_rural, number=1, name="Quy hoạch", group="Quy hoạch"
    )
    assessment = Assessment.objects.create(locality=commune, criterion=criterion, year=2023, met=True)
    recognition = Recognition.objects.create(
        locality=commune,
        criteria_set=new_rural,
        decided_on=date(2023, 12, 20),
        decision_number="3456/QĐ-UBND",
    )
    product = Product.objects.create(
        locality=commune,
        name="Chè Phú Lương",
        stars=4,
        points=75,
        rated_on=date(2023, 6, 1),
        is_illustrative=True,
    )
    # The back office writes through the door, which takes figures of stored reporting periods only.
    ReportingPeriod.objects.create(
        kind=PeriodKind.YEAR,
        name="Năm 2023",
        start=date(2023, 1, 1),
        end=date(2023, 12, 31),
        deadline=date(2099, 1, 1),
    )
    for value in (Decimal("1234.5"), Decimal("1250.25")):
        observation = record_observation(
            actor=SEED,
            via="",
            indicator=income,
            locality=district,
            period_start=date(2023, 1, 1),
            period_end=date(2023, 12, 31),
            value=value,
            reported_on=date(2024, 1, 15),
            kind=ValueKind.ESTIMATE,
            is_illustrative=True,
            reason="Số liệu Chi cục Thống kê",
        )
    membership = Membership.objects.create(user=superuser, role=Membership.Role.OFFICE, locality=district)
    return {
        row._meta.label: row
        for row in (
            district.level,
            district,
            link,
            agency,
            world.term,
            income,
            resolution,
            group,
            target,
            plan,
            task,
            new_rural,
            criterion,
            assessment,
            recognition,
            product,
            observation,
            ObservationRevision.objects.get(),
            membership,
        )
    }


def test_the_chitieu_models_are_registered():
    assert {"plans.Target", "plans.Resolution", "results.Observation", "localities.Locality"} <= set(
        REGISTERED
    )


@pytest.mark.parametrize("label", sorted(REGISTERED))
def test_the_changelist_opens_in_vietnamese(office, rows, label):
    model = REGISTERED[label]
    response = office.get(_url(model, "changelist"))
    assert response.status_code == 200
    with override("vi"):
        assert str(capfirst(model._meta.verbose_name_plural)) in _text(response)
    assert 'lang="vi"' in _text(response)


@pytest.mark.parametrize("label", sorted(REGISTERED))
def test_the_add_page_opens_unless_the_model_is_read_only(office, db, label):
    model = REGISTERED[label]
    response = office.get(_url(model, "add"))
    if admin.site._registry[model].has_add_permission(response.wsgi_request):
        assert response.status_code == 200
        with override("vi"):
            assert str(model._meta.verbose_name).lower() in _text(response).lower()
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("label", sorted(REGISTERED))
def test_the_change_page_opens(office, rows, label):
    model = REGISTERED[label]
    row = rows.get(label) or model.objects.first()
    if row is None:
        pytest.skip(f"the rows fixture has no {label} yet")
    response = office.get(_url(model, "change", row.pk))
    assert response.status_code == 200


def test_the_pages_speak_of_targets_and_resolutions(office, rows):
    targets = _text(office.get(_url(Target, "changelist")))
    resolution = _text(office.get(_url(Resolution, "change", rows["plans.Resolution"].pk)))
    assert "Chỉ tiêu" in targets
    assert "Nghị quyết" in resolution
    assert "Nhóm chỉ tiêu" in resolution
    assert "Thu nhập bình quân đầu người" in resolution


def _found(response, *localities: Locality) -> list[bool]:
    return [_url(Locality, "change", locality.pk) in _text(response) for locality in localities]


def test_the_localities_can_be_searched_by_name_with_diacritics(office, world):
    response = office.get(_url(Locality, "changelist"), {"q": "Ôn Lương"})
    assert response.status_code == 200
    assert _found(response, world.on_luong, world.yen_ninh) == [True, False]


def test_a_locality_is_told_apart_by_the_name_of_its_parent(office, world):
    response = office.get(_url(Locality, "changelist"), {"q": "Xã Phú Lương"})
    assert _found(response, world.yen_ninh, world.on_luong, world.phu_luong, world.si_lo_lau) == [
        True,
        True,
        False,
        False,
    ]


def test_a_locality_is_found_without_diacritics_through_its_official_key(office, world):
    Locality.objects.filter(pk=world.yen_ninh.pk).update(key="thainguyen_phuluong_yenninh")
    response = office.get(_url(Locality, "changelist"), {"q": "yen ninh"})
    assert _found(response, world.yen_ninh, world.on_luong) == [True, False]


def test_the_localities_can_be_searched_by_official_code(office, world):
    response = office.get(_url(Locality, "changelist"), {"q": "12"})
    assert _found(response, world.lai_chau, world.thai_nguyen) == [True, False]


def test_a_locality_shows_its_lineage_both_ways(office, rows):
    old = _text(office.get(_url(Locality, "change", rows["localities.LocalityLink"].predecessor_id)))
    new = _text(office.get(_url(Locality, "change", rows["localities.LocalityLink"].successor_id)))
    assert "Xã Yên Ninh" in old
    assert "Xã Ôn Lương" in new


def test_observations_are_shown_the_vietnamese_way_and_marked_illustrative(office, rows):
    text = _text(office.get(_url(Observation, "changelist")))
    assert "1.250,25" in text
    assert "minh họa" in text


def test_years_are_not_written_with_a_thousands_dot(office, rows):
    targets = _text(office.get(_url(Target, "changelist")))
    plans = _text(office.get(_url(PlanValue, "changelist")))
    assert ">2025<" in targets
    assert ">2023<" in plans
    assert "2.025" not in targets and "2.023" not in plans


def _queries_for(office: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert office.get(url).status_code == 200
    return len(queries)


def test_the_observation_list_does_not_query_once_per_row(office, rows, world):
    url = _url(Observation, "changelist")
    before = _queries_for(office, url)
    for month in range(1, 7):
        record_observation(
            actor=SEED,
            via="",
            indicator=rows["plans.Indicator"],
            locality=world.yen_ninh,
            period_start=date(2024, month, 1),
            period_end=date(2024, month, 28),
            value=Decimal(month),
            reported_on=date(2024, month, 28),
        )
    assert _queries_for(office, url) == before


def test_the_locality_list_does_not_query_once_per_row(office, world):
    url = _url(Locality, "changelist")
    before = _queries_for(office, url)
    for number in range(6):
        Locality.objects.create(
            name=f"Thôn {number}", type_name="Thôn", level=world.yen_ninh.level, parent=world.yen_ninh
        )
    assert _queries_for(office, url) == before


def test_the_locality_autocomplete_finds_a_unit(office, rows):
    response = office.get(
        reverse("admin:autocomplete"),
        {"app_label": "plans", "model_name": "resolution", "field_name": "locality", "term": "Ôn"},
    )
    assert response.status_code == 200
    assert [row["text"] for row in response.json()["results"]] == [
        "Xã Ôn Lương (Huyện Phú Lương, Tỉnh Thái Nguyên)"
    ]


def test_namesake_units_are_told_apart_in_the_autocomplete_by_the_units_above_and_their_end(office, world):
    Locality.objects.filter(pk=world.yen_ninh.pk).update(valid_until=date(2025, 6, 30))
    Locality.objects.create(
        name="Yên Ninh", type_name="Xã", level=world.yen_ninh.level, parent=world.phong_tho
    )
    response = office.get(
        reverse("admin:autocomplete"),
        {"app_label": "plans", "model_name": "resolution", "field_name": "locality", "term": "Yên Ninh"},
    )
    assert sorted(row["text"] for row in response.json()["results"]) == [
        "Xã Yên Ninh (Huyện Phong Thổ, Tỉnh Lai Châu)",
        "Xã Yên Ninh (Huyện Phú Lương, Tỉnh Thái Nguyên), đến 30/06/2025",
    ]


def _observation_form(observation: Observation, **changes: str) -> dict[str, str]:
    data = {
        "period_kind": observation.period_kind,
        "value": "",
        "text_value": observation.text_value,
        "reported_on": "15/01/2024",
        "source": observation.source,
        "source_sentence": observation.source_sentence,
        "note": observation.note,
        "reason": "",
        "revisions-TOTAL_FORMS": "0",
        "revisions-INITIAL_FORMS": "0",
        "revisions-MIN_NUM_FORMS": "0",
        "revisions-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_the_observation_form_shows_the_value_the_vietnamese_way(office, rows):
    page = _text(office.get(_url(Observation, "change", rows["results.Observation"].pk)))
    assert 'value="1.250,25"' in page
    assert "1.234,5" in page  # the replaced value, in the history below


def test_saving_an_observation_in_the_admin_keeps_the_value_it_replaces(office, superuser, rows):
    observation = rows["results.Observation"]
    ObservationRevision.objects.all().delete()
    response = office.post(
        _url(Observation, "change", observation.pk),
        _observation_form(
            observation, value="1.300,5", reported_on="20/03/2024", reason="Số liệu chính thức"
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    observation.refresh_from_db()
    revision = ObservationRevision.objects.get()
    assert observation.value == Decimal("1300.5")
    assert observation.reported_on == date(2024, 3, 20)
    assert observation.updated_by == superuser
    assert (revision.value, revision.reason, revision.replaced_by) == (
        Decimal("1250.25"),
        "Số liệu chính thức",
        superuser,
    )


def test_adding_an_observation_in_the_admin_records_who_entered_it(office, superuser, rows):
    income, district = rows["plans.Indicator"], rows["localities.Locality"]
    ReportingPeriod.objects.create(
        kind=PeriodKind.HALF_YEAR,
        name="6 tháng năm 2024",
        start=date(2024, 1, 1),
        end=date(2024, 6, 30),
        deadline=date(2099, 1, 1),
    )
    data = _observation_form(
        Observation(),
        indicator=str(income.pk),
        locality=str(district.pk),
        period_start="01/01/2024",
        period_end="30/06/2024",
        period_kind="6m",
        kind=str(ValueKind.ESTIMATE),
        value="640",
    )
    response = office.post(_url(Observation, "add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    added = Observation.objects.get(period_end=date(2024, 6, 30))
    assert (added.value, added.updated_by, added.revisions.count()) == (Decimal("640"), superuser, 0)
