"""After 1/7/2025 the abolished district's figures are read-only, and the new province's office writes its
end-of-term review; the new province's page says how each district it absorbed ended its term."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.documents import services
from chitieu.documents.models import ReportDraft, ReportKind
from chitieu.documents.tests.conftest import demo_resolution
from chitieu.evaluation.continuity import predecessor_results
from chitieu.localities.models import Locality
from chitieu.plans.access import resolution_allowed
from chitieu.plans.models import Indicator, Resolution
from chitieu.results.door import Refused, record_observation

pytestmark = pytest.mark.django_db


def _new(name: str) -> Locality:
    return Locality.objects.get(name=name, level__slug="province", valid_from=date(2025, 7, 1))


def _user(username: str, role: str, locality: Locality):
    user = get_user_model().objects.create_user(username, password="chitieu-test")
    Membership.objects.create(user=user, role=role, locality=locality)
    return user


@pytest.fixture
def province_office():
    return _user("vanphong.tinhtn", Membership.Role.OFFICE, _new("Thái Nguyên"))


@pytest.fixture
def province_leader():
    return _user("lanhdao.tinhtn", Membership.Role.APPROVER, _new("Thái Nguyên"))


@pytest.fixture
def other_office():
    return _user("vanphong.laichau", Membership.Role.OFFICE, _new("Lai Châu"))


def _end_of_term(client, resolution: Resolution):
    return client.post(
        reverse("documents:resolution", args=[resolution.pk]),
        {
            "kind": ReportKind.END_OF_TERM,
            "as_of": "30/06/2025",
            "body": "party",
            "place": "Thái Nguyên",
            "dated": "15/08/2025",
            "signer": "Nguyễn Văn Bình",
            "signer_title": "Phó Bí thư Tỉnh ủy",
        },
    )


def test_the_new_province_office_writes_the_abolished_district_end_of_term_review(client, province_office):
    resolution = demo_resolution("Phú Lương")
    assert resolution.locality.valid_until == date(2025, 6, 30)
    client.force_login(province_office)
    response = _end_of_term(client, resolution)
    draft = ReportDraft.objects.get(resolution=resolution, kind=ReportKind.END_OF_TERM)
    assert response.status_code == 302 and response.url == reverse("documents:draft", args=[draft.pk])
    assert "tổng kết kết quả thực hiện các chỉ tiêu chủ yếu" in draft.text
    assert "9/9 chỉ tiêu" in draft.text
    assert client.get(reverse("documents:draft", args=[draft.pk])).status_code == 200


def test_the_new_province_leader_reads_the_district_but_may_not_write_its_review(client, province_leader):
    resolution = demo_resolution("Phú Lương")
    client.force_login(province_leader)
    assert client.get(reverse("documents:resolution", args=[resolution.pk])).status_code == 200
    assert _end_of_term(client, resolution).status_code == 404
    assert not ReportDraft.objects.filter(resolution=resolution).exists()


def test_an_office_of_another_province_is_refused_the_district(client, other_office):
    resolution = demo_resolution("Phú Lương")
    client.force_login(other_office)
    assert client.get(reverse("documents:resolution", args=[resolution.pk])).status_code == 404
    assert _end_of_term(client, resolution).status_code == 404
    assert not resolution_allowed(other_office, resolution, "view")


def test_a_unit_that_still_exists_is_not_opened_to_others_by_the_successor_rule(other_office):
    current = Resolution.objects.get(locality=_new("Thái Nguyên"), term__name="2025-2030")
    assert not resolution_allowed(other_office, current, "view")


def test_the_door_refuses_figures_for_a_district_that_no_longer_exists(province_office):
    district = demo_resolution("Phú Lương").locality
    office = get_user_model().objects.get(username="vanphong")  # the district's own office, still on file
    with pytest.raises(Refused, match="Huyện Phú Lương không còn tồn tại từ sau ngày 30/06/2025"):
        record_observation(
            actor=office,
            via="test",
            indicator=Indicator.objects.get(code="thu-ngan-sach-nha-nuoc-tren-dia-ban"),
            locality=district,
            period_start=date(2025, 1, 1),
            period_end=date(2025, 6, 30),
            value=Decimal(40),
            reported_on=date(2025, 7, 15),
        )


def test_the_mid_term_review_as_of_30_september_2023_still_says_9_of_9():
    lines = services.generate_text(
        demo_resolution("Phú Lương"), ReportKind.MID_TERM, date(2023, 9, 30), "party"
    ).splitlines()
    assert "Đến nay, 9/9 chỉ tiêu (21/25 chỉ tiêu thành phần) đạt và vượt mục tiêu của nghị quyết." in lines


def test_the_new_province_states_how_each_district_it_absorbed_ended_its_term(client, province_leader):
    resolution = Resolution.objects.get(locality=_new("Thái Nguyên"), term__name="2025-2030")
    texts = [result.text for result in predecessor_results(resolution)]
    assert "Huyện Phú Lương: 9/9 chỉ tiêu đạt và vượt" in texts
    assert any(text.startswith("Huyện Bạch Thông: ") for text in texts)
    client.force_login(province_leader)
    page = client.get(reverse("reports:dashboard", args=[resolution.pk])).content.decode()
    assert "Huyện Phú Lương: 9/9 chỉ tiêu đạt và vượt" in page


def test_a_resolution_marked_as_continued_is_counted_by_its_successor():
    new = Resolution.objects.get(locality=_new("Quảng Ninh"), term__name="2025-2030")
    ba_che = demo_resolution("Ba Chẽ")
    ba_che.continued_by = new
    ba_che.save(update_fields=["continued_by"])
    assert ba_che in [result.resolution for result in predecessor_results(new)]
    assert list(new.continues.all()) == [ba_che]
