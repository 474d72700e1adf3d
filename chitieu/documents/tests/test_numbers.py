"""Document numbers: from 01 per document type, issuing body and term (Party) or year (People's Committee)."""

from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from django.db import connection

from chitieu.documents import report, services
from chitieu.documents.issuers import issuer_for, place_and_date
from chitieu.documents.models import Body, DocumentNumber, ReportKind
from chitieu.documents.tests.conftest import make_draft, office_user
from chitieu.plans.models import Resolution, Term

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(world):
    return office_user(world.phu_luong)


def test_a_party_committee_numbers_its_reports_01_then_02(world, clerk):
    first = services.assign_number(make_draft(world.phu_luong_resolution, clerk))
    second = services.assign_number(make_draft(world.phu_luong_resolution, clerk, kind=ReportKind.ANNUAL))
    assert (first.number, second.number) == (1, 2)
    assert report.number_text(first) == "01-BC/HU"
    assert report.number_text(second) == "02-BC/HU"


def test_a_numbered_draft_keeps_its_number(world, clerk):
    draft = services.assign_number(make_draft(world.phu_luong_resolution, clerk))
    again = services.assign_number(draft)
    assert again.number == 1
    assert DocumentNumber.objects.get().last_number == 1


def test_each_issuing_body_has_its_own_numbers(world, clerk):
    party = services.assign_number(make_draft(world.phu_luong_resolution, clerk))
    state = services.assign_number(make_draft(world.phu_luong_resolution, clerk, body=Body.STATE))
    other_district = services.assign_number(
        make_draft(world.phong_tho_resolution, office_user(world.phong_tho, "vanphong.pt"))
    )
    assert (party.number, state.number, other_district.number) == (1, 1, 1)
    assert report.number_text(state) == "01/BC-UBND"


def test_a_new_term_restarts_at_01(world, clerk):
    services.assign_number(make_draft(world.phu_luong_resolution, clerk))
    services.assign_number(make_draft(world.phu_luong_resolution, clerk))
    term = Term.objects.create(name="2025-2030", start_year=2025, end_year=2030)
    resolution = Resolution.objects.create(
        locality=world.phu_luong, term=term, title="Nghị quyết Đại hội Đảng bộ huyện Phú Lương lần thứ XXV"
    )
    draft = services.assign_number(
        make_draft(resolution, clerk, as_of=date(2026, 6, 30), dated=date(2026, 7, 5))
    )
    assert draft.number == 1
    assert sorted(DocumentNumber.objects.values_list("series", "last_number")) == [
        ("2020-2025", 2),
        ("2025-2030", 1),
    ]


def test_a_peoples_committee_restarts_each_year(world, clerk):
    """Nghị định 30/2020, Điều 8: the number is the order of the document in the year."""
    resolution = world.phu_luong_resolution
    numbers = [
        services.assign_number(make_draft(resolution, clerk, body=Body.STATE, dated=day)).number
        for day in (date(2023, 7, 1), date(2023, 12, 20), date(2024, 1, 10))
    ]
    assert numbers == [1, 2, 1]


def test_a_draft_without_a_number_leaves_room_for_the_clerk(world, clerk):
    draft = make_draft(world.phu_luong_resolution, clerk)
    assert report.number_text(draft) == "\u00a0" * 6 + "-BC/HU"


def test_the_counter_continues_from_what_the_office_set(world, clerk):
    """A committee that already issued reports outside chitieu sets its last number in the back office."""
    DocumentNumber.objects.create(
        locality=world.phu_luong, body=Body.PARTY, series="2020-2025", document_type="BC", last_number=52
    )
    draft = services.assign_number(make_draft(world.phu_luong_resolution, clerk))
    assert report.number_text(draft) == "53-BC/HU"


def test_the_issuing_bodies_are_named_as_the_rules_write_them(world):
    district = issuer_for(world.phu_luong, Body.PARTY)
    assert (district.superior, district.name, district.code) == (
        "ĐẢNG BỘ TỈNH THÁI NGUYÊN",
        "HUYỆN ỦY PHÚ LƯƠNG",
        "HU",
    )
    province = issuer_for(world.thai_nguyen, Body.PARTY)
    assert (province.superior, province.name, province.code) == ("", "TỈNH ỦY THÁI NGUYÊN", "TU")
    commune = issuer_for(world.yen_ninh, Body.PARTY)
    assert (commune.superior, commune.name, commune.code) == (
        "ĐẢNG BỘ HUYỆN PHÚ LƯƠNG",
        "ĐẢNG ỦY XÃ YÊN NINH",
        "ĐU",
    )
    assert commune.on_behalf == "T/M ĐẢNG ỦY"
    state = issuer_for(world.phu_luong, Body.STATE)
    assert (state.name, state.code, state.on_behalf) == (
        "ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG",
        "UBND",
        "TM. ỦY BAN NHÂN DÂN",
    )


def test_dates_take_a_leading_zero_below_10_and_in_january_and_february():
    assert place_and_date("Phú Lương", date(2023, 10, 15)) == "Phú Lương, ngày 15 tháng 10 năm 2023"
    assert place_and_date("Phú Lương", date(2023, 2, 5)) == "Phú Lương, ngày 05 tháng 02 năm 2023"
    assert place_and_date("Phú Lương", date(2023, 3, 9)) == "Phú Lương, ngày 09 tháng 3 năm 2023"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises writers itself; the race needs PostgreSQL."
)
def test_clerks_numbering_at_the_same_time_never_share_a_number(world, clerk):
    drafts = [make_draft(world.phu_luong_resolution, clerk) for _ in range(6)]

    def number(draft):
        try:
            return services.assign_number(draft).number
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=6) as pool:
        numbers = list(pool.map(number, drafts))
    assert sorted(numbers) == [1, 2, 3, 4, 5, 6]
