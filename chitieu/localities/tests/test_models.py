"""The database constraints of localities, lineage links and agencies."""

from datetime import date

import pytest
from django.db import IntegrityError, transaction

from chitieu.localities.models import Agency, Level, Locality, LocalityLink

LEGACY = Locality.Scheme.LEGACY
CURRENT = Locality.Scheme.CURRENT


@pytest.fixture
def commune_level(db: None) -> Level:
    return Level.objects.create(slug="commune", rank=3, name="Xã, phường, thị trấn, đặc khu")


def commune(level: Level, name: str, code: str = "", scheme: str = LEGACY, **fields: object) -> Locality:
    return Locality.objects.create(level=level, name=name, type_name="Xã", code=code, scheme=scheme, **fields)


def test_a_code_is_unique_per_scheme_and_level(commune_level: Level) -> None:
    commune(commune_level, "Yên Ninh", "05614")

    with pytest.raises(IntegrityError), transaction.atomic():
        commune(commune_level, "Yên Đổ", "05614")


def test_the_same_code_may_appear_in_the_other_scheme_and_blank_codes_repeat(commune_level: Level) -> None:
    commune(commune_level, "Phú Lương", "05614")
    commune(commune_level, "Phú Lương", "05614", scheme=CURRENT)
    commune(commune_level, "Thôn Đồng Tâm", scheme=Locality.Scheme.LOCAL)
    commune(commune_level, "Thôn Đồng Tiến", scheme=Locality.Scheme.LOCAL)

    assert Locality.objects.count() == 4


def test_validity_dates_must_be_in_order(commune_level: Level) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        commune(
            commune_level, "Động Đạt", "05617", valid_from=date(2025, 7, 1), valid_until=date(2025, 6, 30)
        )


def test_a_unit_cannot_be_its_own_parent(commune_level: Level) -> None:
    unit = commune(commune_level, "Hợp Thành", "05620")

    with pytest.raises(IntegrityError), transaction.atomic():
        Locality.objects.filter(pk=unit.pk).update(parent=unit)


def test_a_unit_cannot_link_to_itself(commune_level: Level) -> None:
    unit = commune(commune_level, "Phấn Mễ", "05623")

    with pytest.raises(IntegrityError), transaction.atomic():
        LocalityLink.objects.create(predecessor=unit, successor=unit, effective=date(2025, 7, 1))


def test_a_link_between_the_same_two_units_is_recorded_once(commune_level: Level) -> None:
    old = commune(commune_level, "Tức Tranh", "05626")
    new = commune(commune_level, "Phú Lương", "05611", scheme=CURRENT)
    LocalityLink.objects.create(predecessor=old, successor=new, effective=date(2025, 7, 1))

    with pytest.raises(IntegrityError), transaction.atomic():
        LocalityLink.objects.create(predecessor=old, successor=new, effective=date(2025, 7, 1))


def test_an_agency_name_is_unique_within_its_locality(commune_level: Level) -> None:
    phu_luong = commune(commune_level, "Phú Lương", "05611", scheme=CURRENT)
    dai_tu = commune(commune_level, "Đại Từ", "05662", scheme=CURRENT)
    Agency.objects.create(locality=phu_luong, name="Văn phòng HĐND và UBND")
    Agency.objects.create(locality=dai_tu, name="Văn phòng HĐND và UBND")

    with pytest.raises(IntegrityError), transaction.atomic():
        Agency.objects.create(locality=phu_luong, name="Văn phòng HĐND và UBND")


def test_a_unit_knows_whether_it_is_valid_on_a_day(commune_level: Level) -> None:
    unit = commune(commune_level, "Yên Lạc", "05629", valid_until=date(2025, 6, 30))

    assert unit.is_valid_on(date(2025, 6, 30))
    assert not unit.is_valid_on(date(2025, 7, 1))
    assert str(unit) == "Xã Yên Lạc"
