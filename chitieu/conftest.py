"""Shared fixtures: a small administrative tree and the three personas that show every permission.

- `approver`: approver / leader at the province of Thái Nguyên;
- `reporter`: reporter at the commune of Yên Ninh, under Phú Lương, under Thái Nguyên;
- `outsider`: reporter at a commune of Lai Châu, another province.
"""

from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib.auth import get_user_model

from chitieu.accounts.models import Membership
from chitieu.localities.models import Level, Locality
from chitieu.plans.models import Resolution, Term


@dataclass
class World:
    thai_nguyen: Locality
    phu_luong: Locality
    yen_ninh: Locality
    on_luong: Locality
    lai_chau: Locality
    phong_tho: Locality
    si_lo_lau: Locality
    term: Term
    phu_luong_resolution: Resolution
    phong_tho_resolution: Resolution


@pytest.fixture
def world(db) -> World:
    province = Level.objects.create(slug="province", name="Tỉnh", rank=1)
    district = Level.objects.create(slug="district", name="Huyện", rank=2)
    commune = Level.objects.create(slug="commune", name="Xã", rank=3)
    thai_nguyen = Locality.objects.create(name="Thái Nguyên", type_name="Tỉnh", level=province, code="19")
    phu_luong = Locality.objects.create(
        name="Phú Lương", type_name="Huyện", level=district, parent=thai_nguyen
    )
    yen_ninh = Locality.objects.create(name="Yên Ninh", type_name="Xã", level=commune, parent=phu_luong)
    on_luong = Locality.objects.create(name="Ôn Lương", type_name="Xã", level=commune, parent=phu_luong)
    lai_chau = Locality.objects.create(name="Lai Châu", type_name="Tỉnh", level=province, code="12")
    phong_tho = Locality.objects.create(name="Phong Thổ", type_name="Huyện", level=district, parent=lai_chau)
    si_lo_lau = Locality.objects.create(name="Sì Lở Lầu", type_name="Xã", level=commune, parent=phong_tho)
    term = Term.objects.create(name="2020-2025", start_year=2020, end_year=2025)
    return World(
        thai_nguyen,
        phu_luong,
        yen_ninh,
        on_luong,
        lai_chau,
        phong_tho,
        si_lo_lau,
        term,
        Resolution.objects.create(
            locality=phu_luong,
            term=term,
            title="Nghị quyết Đại hội Đảng bộ huyện Phú Lương lần thứ XXIV",
            issued_on=date(2020, 8, 1),
        ),
        Resolution.objects.create(
            locality=phong_tho,
            term=term,
            title="Nghị quyết Đại hội Đảng bộ huyện Phong Thổ lần thứ XX",
            issued_on=date(2020, 8, 1),
        ),
    )


def _user(username: str, role: str, locality: Locality, full_name: str):
    first, _, last = full_name.rpartition(" ")
    user = get_user_model().objects.create_user(
        username, password="chitieu-test", first_name=last, last_name=first
    )
    Membership.objects.create(user=user, role=role, locality=locality)
    return user


@pytest.fixture
def approver(world: World):
    return _user("lanhdao.tn", Membership.Role.APPROVER, world.thai_nguyen, "Nguyễn Thị Hằng")


@pytest.fixture
def reporter(world: World):
    return _user("baocao.yn", Membership.Role.REPORTER, world.yen_ninh, "Hoàng Văn Đức")


@pytest.fixture
def outsider(world: World):
    return _user("baocao.sll", Membership.Role.REPORTER, world.si_lo_lau, "Lò Thị Mai")
