"""Naming a unit on the command line when the district abolished on 1/7/2025 and the commune formed then share a
name: huyện Phong Thổ (2020-2025) and xã Phong Thổ (2025-2030)."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chitieu.evaluation.lookup import locality_named
from chitieu.localities.models import Level, Locality
from chitieu.plans.models import Resolution, Term

pytestmark = pytest.mark.django_db


@pytest.fixture
def namesakes():
    province = Level.objects.create(slug="province", name="Tỉnh", rank=1)
    district = Level.objects.create(slug="district", name="Huyện", rank=2)
    commune = Level.objects.create(slug="commune", name="Xã", rank=3)
    lai_chau = Locality.objects.create(name="Lai Châu", type_name="Tỉnh", level=province, code="12")
    huyen = Locality.objects.create(
        name="Phong Thổ",
        type_name="Huyện",
        level=district,
        parent=lai_chau,
        code="109",
        valid_until=date(2025, 6, 30),
    )
    Locality.objects.create(
        name="Phong Thổ",
        type_name="Thị trấn",
        level=commune,
        parent=huyen,
        code="03595",
        valid_until=date(2025, 6, 30),
    )
    xa = Locality.objects.create(
        name="Phong Thổ",
        type_name="Xã",
        level=commune,
        parent=lai_chau,
        code="03549",
        valid_from=date(2025, 7, 1),
    )
    old_term = Term.objects.create(name="2020-2025", start_year=2020, end_year=2025)
    term = Term.objects.create(name="2025-2030", start_year=2025, end_year=2030)
    Resolution.objects.create(
        locality=huyen, term=old_term, title="Nghị quyết Đại hội Đảng bộ huyện Phong Thổ lần thứ XX"
    )
    Resolution.objects.create(
        locality=xa, term=term, title="Nghị quyết Đại hội Đảng bộ xã Phong Thổ lần thứ I"
    )
    return huyen, xa


def test_a_level_word_names_the_district_or_the_commune(namesakes):
    huyen, xa = namesakes
    assert locality_named("huyện Phong Thổ") == huyen
    assert locality_named("Xã Phong Thổ") == xa
    assert locality_named("109") == huyen


def test_a_bare_name_means_the_unit_of_today_and_says_which_others_bear_it(namesakes):
    huyen, xa = namesakes
    said: list[str] = []
    assert locality_named("Phong Thổ", said.append) == xa
    assert said == [
        "“Phong Thổ” là tên của 2 đơn vị: Huyện Phong Thổ (Tỉnh Lai Châu, mã 109, đến 30/06/2025); "
        "Xã Phong Thổ (Tỉnh Lai Châu, mã 03549, từ 01/07/2025). Đang dùng Xã Phong Thổ, đơn vị hiện nay; "
        "gõ kèm cấp (ví dụ “huyện Phong Thổ”) hoặc mã để chọn đơn vị khác."
    ]


def test_a_bare_name_with_the_term_asked_means_the_unit_holding_that_terms_resolution(namesakes):
    huyen, _xa = namesakes
    assert locality_named("Phong Thổ", term="2020-2025") == huyen


def test_the_evaluate_command_prints_the_notice_apart_from_the_table(namesakes):
    out, err = StringIO(), StringIO()
    call_command("evaluate", "Phong Thổ", stdout=out, stderr=err)
    assert "Đơn vị: Xã Phong Thổ" in out.getvalue()
    assert "gõ kèm cấp (ví dụ “huyện Phong Thổ”)" in err.getvalue()
    out = StringIO()
    call_command("evaluate", "huyện Phong Thổ", stdout=out, stderr=StringIO())
    assert "Đơn vị: Huyện Phong Thổ" in out.getvalue()


def test_two_units_of_today_with_one_name_are_listed_and_refused(namesakes):
    _huyen, xa = namesakes
    Locality.objects.create(name="Phong Thổ", type_name="Phường", level=xa.level, code="99999")
    Resolution.objects.create(
        locality=Locality.objects.get(code="99999"),
        term=Term.objects.get(name="2025-2030"),
        title="Nghị quyết khác",
    )
    with pytest.raises(CommandError, match="Có 3 đơn vị tên “Phong Thổ”: .*Hãy gõ kèm cấp hoặc mã đơn vị"):
        locality_named("Phong Thổ")
