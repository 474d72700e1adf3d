"""`load-demo` gives Phú Lương and Bạch Thông the new-rural recognitions and OCOP products their articles count,
spread over their communes as an illustration, and the criteria matrix shows them."""

from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from chitieu.criteria.catalogue import NEW_RURAL_SET
from chitieu.criteria.models import Assessment, CriteriaSet, Criterion, Product, Recognition
from chitieu.demo.seeds import bach_thong, phu_luong
from chitieu.demo.spec import ILLUSTRATIVE
from chitieu.localities.models import Locality
from chitieu.reports.tests.conftest import text_of, vi

pytestmark = pytest.mark.usefixtures("demo")


def communes(district: str) -> list[Locality]:
    """The rural communes (xã) of a legacy district of the demo."""
    return list(
        Locality.objects.filter(
            parent__name=district,
            parent__level__slug="district",
            scheme=Locality.Scheme.LEGACY,
            type_name="Xã",
        )
    )


def levels(district: str) -> Counter:
    return Counter(
        Recognition.objects.filter(locality__in=communes(district)).values_list("level", flat=True)
    )


def criteria_met(district: str, year: int) -> dict[str, int]:
    """Criteria met by each commune in `year`, by commune name."""
    met = Counter(
        Assessment.objects.filter(locality__in=communes(district), year=year, met=True).values_list(
            "locality__name", flat=True
        )
    )
    return {commune.name: met[commune.name] for commune in communes(district)}


def matrix_page(client, username: str, district: str, year: int):
    client.force_login(get_user_model().objects.get(username=username))
    unit = Locality.objects.get(name=district, level__slug="district", scheme=Locality.Scheme.LEGACY)
    criteria_set = CriteriaSet.objects.get(code=NEW_RURAL_SET[0])
    return client.get(reverse("reports:criteria_matrix", args=[unit.pk, criteria_set.pk, year]))


def test_the_demo_uses_the_national_set_of_19_criteria(db):
    criteria_set = CriteriaSet.objects.get(code=NEW_RURAL_SET[0])
    assert criteria_set.criteria.count() == 19
    assert criteria_set.level.slug == "commune"


def test_phu_luong_has_12_communes_recognised_3_advanced_and_1_model(db):
    # The article counts 13 xã in 2023; the official list (1/7/2025) has put Sơn Cẩm under Thái Nguyên city,
    # which leaves Phú Lương 12: all recognised, the stated counts kept.
    assert len(communes("Phú Lương")) == 12
    assert levels("Phú Lương") == {"đạt chuẩn": 12, "nâng cao": 3, "kiểu mẫu": 1}
    for recognition in Recognition.objects.filter(locality__in=communes("Phú Lương")):
        assert recognition.source_sentence == phu_luong.S_NEW_RURAL
        assert recognition.decided_on < phu_luong.ARTICLE.known_on
    assert "12/13 xã đạt chuẩn nông thôn mới" in phu_luong.S_NEW_RURAL


def test_a_commune_reaches_a_higher_level_after_the_lower_one(db):
    for commune in communes("Phú Lương"):
        held = dict(Recognition.objects.filter(locality=commune).values_list("level", "decided_on"))
        if "nâng cao" in held:
            assert held["đạt chuẩn"] < held["nâng cao"], commune
        if "kiểu mẫu" in held:
            assert held["nâng cao"] < held["kiểu mẫu"], commune


def test_bach_thong_has_the_3_named_communes_recognised_quang_thuan_advanced_and_9_with_11_to_14_criteria(db):
    assert len(communes("Bạch Thông")) == 13
    assert levels("Bạch Thông") == {"đạt chuẩn": 3, "nâng cao": 1}
    held = dict(
        Recognition.objects.filter(locality__in=communes("Bạch Thông")).values_list("locality__name", "level")
    )
    assert held == {
        "Cẩm Giàng": "đạt chuẩn",
        "Dương Phong": "đạt chuẩn",
        "Quân Hà": "đạt chuẩn",
        "Quang Thuận": "nâng cao",
    }
    for recognition in Recognition.objects.filter(locality__in=communes("Bạch Thông")):
        assert recognition.source_sentence == bach_thong.S_NEW_RURAL
        assert recognition.decided_on < bach_thong.ARTICLE.known_on
    others = [met for name, met in criteria_met("Bạch Thông", 2022).items() if name not in held]
    assert len(others) == 9
    assert all(11 <= met <= 14 for met in others)
    assert len(set(others)) == 4


def test_recognised_communes_meet_all_19_criteria_in_the_year_of_the_article(db):
    for district, year in (("Phú Lương", 2023), ("Bạch Thông", 2022)):
        met = criteria_met(district, year)
        recognised = set(
            Recognition.objects.filter(locality__in=communes(district)).values_list(
                "locality__name", flat=True
            )
        )
        assert recognised
        assert all(met[name] == 19 for name in recognised)
        assert Assessment.objects.filter(locality__in=communes(district), year=year).count() == 19 * len(met)


def test_phu_luong_has_16_ocop_products_of_3_or_4_stars_and_bach_thong_23_of_3_stars(db):
    for district, article, count, stars in (
        ("Phú Lương", phu_luong.ARTICLE, 16, {3, 4}),
        ("Bạch Thông", bach_thong.ARTICLE, 23, {3}),
    ):
        products = list(Product.objects.filter(locality__in=communes(district)))
        assert len(products) == count
        assert {p.stars for p in products} == stars
        for product in products:
            assert Product.stars_for(product.points) == product.stars, product
            assert product.rated_on < article.known_on, product
        assert len({p.locality_id for p in products}) == len(communes(district))
    assert "16 sản phẩm OCOP từ 3 sao trở lên" in phu_luong.S_OCOP
    assert "23 sản phẩm OCOP xếp hạng 3 sao" in bach_thong.S_OCOP


def test_every_demo_assessment_recognition_and_product_is_illustrative_and_says_so(db):
    assert Assessment.objects.exists() and Recognition.objects.exists() and Product.objects.exists()
    assert not Assessment.objects.filter(is_illustrative=False).exists()
    assert not Recognition.objects.filter(is_illustrative=False).exists()
    assert not Product.objects.filter(is_illustrative=False).exists()
    for note in Assessment.objects.values_list("note", flat=True).distinct():
        assert note.startswith(ILLUSTRATIVE)
    for name in Product.objects.values_list("name", flat=True):
        assert "minh họa" in name


def test_the_criteria_matrix_of_phu_luong_in_2023_shows_its_12_recognised_communes(db, client):
    response = matrix_page(client, "vanphong", "Phú Lương", 2023)
    assert response.status_code == 200
    page = text_of(response)
    assert vi("%(n)s/%(total)s %(word)s recognised", n="12", total="12", word="xã") + " (100,0%)" in page
    assert "Yên Trạch " + vi("illustrative figures") + " 19/19 đạt chuẩn" in page
    assert "4 ★ 3 ★ " + vi("Total") + " 4 12 16" in page
    assert "Sản phẩm OCOP minh họa số 1 " + vi("illustrative figures") in page


def test_the_criteria_matrix_of_bach_thong_in_2022_shows_its_4_recognised_communes(db, client):
    response = matrix_page(client, "admin", "Bạch Thông", 2022)
    assert response.status_code == 200
    page = text_of(response)
    assert vi("%(n)s/%(total)s %(word)s recognised", n="4", total="13", word="xã") + " (30,8%)" in page
    assert "Quang Thuận " + vi("illustrative figures") + " 19/19 nâng cao" in page
    assert "3 ★ " + vi("Total") + " 23 23" in page


def test_loading_the_demo_twice_leaves_the_same_criteria_rows(db):
    models = [CriteriaSet, Criterion, Recognition, Assessment, Product]
    before = {model.__name__: sorted(model.objects.values_list("pk", flat=True)) for model in models}
    call_command("load_demo", stdout=StringIO())
    assert {model.__name__: sorted(model.objects.values_list("pk", flat=True)) for model in models} == before
    assert levels("Phú Lương") == {"đạt chuẩn": 12, "nâng cao": 3, "kiểu mẫu": 1}
    assert Product.objects.count() == 16 + 23


def test_each_district_page_links_to_the_latest_year_assessed_in_that_district(db, client):
    client.force_login(get_user_model().objects.get(username="admin"))
    criteria_set = CriteriaSet.objects.get(code=NEW_RURAL_SET[0])
    for district, year in (("Phú Lương", 2023), ("Bạch Thông", 2022)):
        unit = Locality.objects.get(name=district, level__slug="district", scheme=Locality.Scheme.LEGACY)
        page = client.get(reverse("reports:locality", args=[unit.pk])).content.decode()
        assert reverse("reports:criteria_matrix", args=[unit.pk, criteria_set.pk, year]) in page
