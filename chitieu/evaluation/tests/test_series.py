"""Reading values from the database: own figures, roll-ups from below and from merged predecessors, as-of."""

from datetime import date
from decimal import Decimal

import pytest

from chitieu.criteria.models import CriteriaSet, Recognition
from chitieu.evaluation.engine.definitions import ValueKind
from chitieu.evaluation.series import SeriesReader
from chitieu.localities.models import Level, Locality, LocalityLink
from chitieu.plans.models import Indicator
from chitieu.results.door import System, record_observation
from chitieu.results.models import PeriodKind

SEED = System("test-fixture")

pytestmark = pytest.mark.django_db

YEAR_2023 = (date(2023, 1, 1), date(2023, 12, 31))


@pytest.fixture
def tree():
    province = Level.objects.create(slug="province", name="Tỉnh", rank=1)
    district = Level.objects.create(slug="district", name="Huyện", rank=2)
    commune = Level.objects.create(slug="commune", name="Xã", rank=3)
    tinh = Locality.objects.create(name="Thái Nguyên", type_name="Tỉnh", level=province)
    huyen = Locality.objects.create(name="Phú Lương", type_name="Huyện", level=district, parent=tinh)
    xa = [
        Locality.objects.create(name=name, type_name="Xã", level=commune, parent=huyen)
        for name in ("Yên Ninh", "Yên Trạch", "Ôn Lương")
    ]
    return {"tinh": tinh, "huyen": huyen, "xa": xa, "commune": commune}


def _record(
    indicator, locality, value, period=YEAR_2023, kind=ValueKind.OFFICIAL, reported_on=date(2024, 1, 15)
):
    return record_observation(
        actor=SEED,
        via="",
        indicator=indicator,
        locality=locality,
        period_start=period[0],
        period_end=period[1],
        value=Decimal(value),
        kind=kind,
        reported_on=reported_on,
        period_kind=PeriodKind.YEAR,
    )


def test_a_sum_indicator_rolls_up_from_the_communes_when_the_district_has_no_figure(tree):
    households = Indicator.objects.create(code="so-ho-ngheo", name="Số hộ nghèo", unit="hộ")
    for xa, value in zip(tree["xa"], ("120", "85", "40"), strict=True):
        _record(households, xa, value)
    points = SeriesReader(tree["huyen"], [households]).points(households)
    assert [p.value for p in points] == [Decimal(245)]
    assert "3/3 xã đã báo cáo" in points[0].source


def test_the_district_own_figure_wins_over_the_roll_up(tree):
    households = Indicator.objects.create(code="so-ho-ngheo", name="Số hộ nghèo", unit="hộ")
    for xa in tree["xa"]:
        _record(households, xa, "10")
    _record(households, tree["huyen"], "31")
    assert [p.value for p in SeriesReader(tree["huyen"], [households]).points(households)] == [Decimal(31)]


def test_a_ratio_rolls_up_as_the_sum_of_numerators_over_the_sum_of_denominators(tree):
    poor = Indicator.objects.create(code="ho-ngheo", name="Số hộ nghèo", unit="hộ")
    households = Indicator.objects.create(code="tong-so-ho", name="Tổng số hộ", unit="hộ")
    rate = Indicator.objects.create(
        code="ty-le-ho-ngheo",
        name="Tỷ lệ hộ nghèo",
        unit="%",
        is_percent=True,
        rollup=Indicator.Rollup.RATIO,
        numerator=poor,
        denominator=households,
    )
    for xa, (p, h) in zip(tree["xa"], (("10", "100"), ("90", "300"), ("1", "1000")), strict=True):
        _record(poor, xa, p)
        _record(households, xa, h)
    (point,) = SeriesReader(tree["huyen"], [rate]).points(rate)
    # 101 / 1400 = 7,21%; the mean of 10%, 30% and 0,1% would be 13,37%.
    assert (point.numerator, point.denominator) == (Decimal(101), Decimal(1400))
    assert point.value.quantize(Decimal("0.01")) == Decimal("7.21")


def test_merged_communes_count_for_their_successor_before_the_merge(tree):
    households = Indicator.objects.create(code="so-ho", name="Số hộ", unit="hộ")
    merged = Locality.objects.create(
        name="Phú Lương", type_name="Xã", level=tree["commune"], valid_from=date(2025, 7, 1)
    )
    for xa in tree["xa"][:2]:
        LocalityLink.objects.create(predecessor=xa, successor=merged, effective=date(2025, 7, 1))
    _record(households, tree["xa"][0], "500")
    _record(households, tree["xa"][1], "700")
    _record(households, merged, "1250", period=(date(2025, 7, 1), date(2025, 12, 31)))
    values = {(p.period_start, p.value) for p in SeriesReader(merged, [households]).points(households)}
    assert values == {(date(2023, 1, 1), Decimal(1200)), (date(2025, 7, 1), Decimal(1250))}


def test_an_as_of_reading_sees_the_value_known_on_that_day(tree):
    output = Indicator.objects.create(code="gia-tri-san-xuat", name="Giá trị sản xuất", unit="tỷ đồng")
    _record(output, tree["huyen"], "8000", reported_on=date(2024, 1, 10))
    _record(output, tree["huyen"], "8100", reported_on=date(2024, 3, 20))  # the corrected figure replaces it
    before = SeriesReader(tree["huyen"], [output], as_of=date(2024, 2, 1)).points(output)
    after = SeriesReader(tree["huyen"], [output], as_of=date(2024, 4, 1)).points(output)
    nothing = SeriesReader(tree["huyen"], [output], as_of=date(2023, 12, 31)).points(output)
    assert [p.value for p in before] == [Decimal(8000)]
    assert [p.value for p in after] == [Decimal(8100)]
    assert nothing == []


def test_a_count_of_recognised_communes_gives_numerator_and_denominator(tree):
    ntm = CriteriaSet.objects.create(
        code="ntm-2021", name="Bộ tiêu chí xã nông thôn mới 2021-2025", level=tree["commune"]
    )
    count = Indicator.objects.create(
        code="so-xa-ntm",
        name="Số xã đạt chuẩn nông thôn mới",
        unit="xã",
        rollup=Indicator.Rollup.COUNT_MEETING,
        criteria_set=ntm,
        recognition_level="đạt chuẩn",
    )
    Recognition.objects.create(locality=tree["xa"][0], criteria_set=ntm, decided_on=date(2021, 12, 20))
    Recognition.objects.create(locality=tree["xa"][1], criteria_set=ntm, decided_on=date(2023, 11, 2))
    points = SeriesReader(tree["huyen"], [count], as_of=date(2023, 12, 31)).points(count)
    by_year = {p.period_end.year: (p.numerator, p.denominator) for p in points}
    assert by_year[2021] == (Decimal(1), Decimal(3))
    assert by_year[2022] == (Decimal(1), Decimal(3))
    assert by_year[2023] == (Decimal(2), Decimal(3))
