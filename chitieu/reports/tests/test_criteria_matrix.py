"""The criteria matrix: communes × criteria met in a year, recognised communes ("1/2 xã"), OCOP products by stars."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from chitieu.criteria.models import Product, Recognition
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator
from chitieu.reports.tests.conftest import text_of, vi
from chitieu.results.door import System, record_observation
from chitieu.results.models import Observation

pytestmark = pytest.mark.django_db


def matrix_url(unit, criteria_set, year):
    return reverse("reports:criteria_matrix", args=[unit.pk, criteria_set.pk, year])


def test_each_commune_shows_each_criterion_met_not_met_or_not_assessed(client, data, approver, world):
    client.force_login(approver)
    page = text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2023)))
    assert "Yên Ninh 3/3 đạt chuẩn (2345/QĐ-UBND, 10/11/2022) ✓ ✓ ✓" in page
    assert "Ôn Lương 1/3 — ✓ ✗ ·" in page


def test_the_recognised_communes_are_counted_as_reviews_write_them(client, data, approver, world):
    client.force_login(approver)
    page = text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2023)))
    assert vi("%(n)s/%(total)s %(word)s recognised", n="1", total="2", word="xã") + " (50,0%)" in page


def test_a_recognition_counts_from_its_decision_and_stops_when_revoked(client, data, approver, world):
    Recognition.objects.create(
        locality=world.on_luong,
        criteria_set=data.ntm,
        decided_on=date(2024, 3, 1),
        revoked_on=date(2024, 9, 1),
    )
    client.force_login(approver)
    recognised = vi("%(n)s/%(total)s %(word)s recognised", n="%s", total="2", word="xã")
    assert recognised % "1" in text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2023)))
    assert recognised % "1" in text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2024)))
    Recognition.objects.filter(locality=world.on_luong).update(revoked_on=None)
    assert recognised % "2" in text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2024)))


def test_ocop_products_of_the_subtree_are_counted_by_stars(client, data, approver, world):
    Product.objects.create(
        locality=world.on_luong, name="Gạo nếp vải", stars=5, points=91, rated_on=date(2024, 5, 1)
    )
    client.force_login(approver)
    page = text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2023)))
    assert "4 ★ 3 ★ " + vi("Total") + " 1 1 2" in page  # the 2024 product is not rated yet in 2023
    page = text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2024)))
    assert "5 ★ 4 ★ 3 ★ " + vi("Total") + " 1 1 1 3" in page


def test_the_matrix_of_a_unit_out_of_scope_answers_404(client, data, outsider, world):
    client.force_login(outsider)
    assert client.get(matrix_url(world.phu_luong, data.ntm, 2023)).status_code == 404


def test_illustrative_assessments_are_marked(client, data, approver, world):
    from chitieu.criteria.models import Assessment

    Assessment.objects.filter(locality=world.on_luong).update(is_illustrative=True)
    client.force_login(approver)
    page = text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2023)))
    assert f"Ôn Lương {vi('illustrative figures')} 1/3 — ✓ ✗" in page


def test_the_matrix_and_the_dashboard_count_the_same_communes(client, data, approver, world):
    """Phú Lương's matrix said 12/12 xã where the dashboard said 12/13: it left out the commune nobody had
    assessed yet. Both now count with criteria/counting.py: every commune, assessed or not; a town, which a
    standard for communes is not applied to, is left out of both."""
    commune = world.yen_ninh.level
    Locality.objects.create(name="Phấn Mễ", type_name="Xã", level=commune, parent=world.phu_luong)
    Locality.objects.create(name="Đu", type_name="Thị trấn", level=commune, parent=world.phu_luong)
    client.force_login(approver)
    matrix = text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2023)))
    assert vi("%(n)s/%(total)s %(word)s recognised", n="1", total="3", word="xã") + " (33,3%)" in matrix
    assert "Phấn Mễ 0/3 — · · ·" in matrix and "Đu" not in matrix
    board = client.get(reverse("reports:dashboard", args=[data.resolution.pk]), {"as_of": "31/12/2023"})
    assert "33,3 (1/3)" in text_of(board)


def test_the_units_own_report_is_shown_beside_the_count_and_a_difference_is_flagged(
    client, data, approver, world
):
    """The district's report says 1/3 xã where the official list holds 2 xã with 1 decision: the page shows
    both and says to check which units the report counted, instead of one silently standing for the other."""
    counted = Indicator.objects.create(
        code="bao-cao-so-xa-ntm", name="Số xã đạt chuẩn nông thôn mới", unit="xã"
    )
    communes = Indicator.objects.create(code="bao-cao-so-xa", name="Số xã", unit="xã")
    Indicator.objects.create(
        code="bao-cao-ty-le-xa-ntm",
        name="Tỷ lệ xã đạt chuẩn nông thôn mới",
        unit="%",
        rollup=Indicator.Rollup.RATIO,
        numerator=counted,
        denominator=communes,
        criteria_set=data.ntm,
    )
    for indicator, value in ((counted, "1"), (communes, "3")):
        record_observation(
            actor=System("thử nghiệm"),
            via="test",
            indicator=indicator,
            locality=world.phu_luong,
            period_start=date(2023, 1, 1),
            period_end=date(2023, 12, 31),
            value=Decimal(value),
            reported_on=date(2024, 1, 15),
        )
    client.force_login(approver)
    page = text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2023)))
    assert "Đơn vị báo cáo: 1/3 xã (Tỷ lệ xã đạt chuẩn nông thôn mới, 31/12/2023)." in page
    assert "cần đối chiếu" in page
    assert vi("%(n)s/%(total)s %(word)s recognised", n="1", total="2", word="xã") in page
    Observation.objects.filter(indicator=communes).delete()  # raw, to stage a report that agrees
    record_observation(
        actor=System("thử nghiệm"),
        via="test",
        indicator=communes,
        locality=world.phu_luong,
        period_start=date(2023, 1, 1),
        period_end=date(2023, 12, 31),
        value=Decimal("2"),
        reported_on=date(2024, 1, 20),
    )
    page = text_of(client.get(matrix_url(world.phu_luong, data.ntm, 2023)))
    assert "Đơn vị báo cáo: 1/2 xã" in page and "Khớp với số đếm theo quyết định công nhận" in page
