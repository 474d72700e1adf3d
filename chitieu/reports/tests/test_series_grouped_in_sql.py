"""Sums and means added up by the database give the same series as the row-by-row reading they replace."""

from datetime import date
from decimal import Decimal

import pytest

from chitieu.evaluation.series import SeriesReader
from chitieu.localities.models import Locality
from chitieu.reports.generated import build_province
from chitieu.results.door import System, record_observation
from chitieu.results.models import Observation, ValueKind

SEED = System("test-fixture")

pytestmark = pytest.mark.django_db


def indicators_of(province):
    return [
        t.indicator
        for t in province.resolution.targets.select_related(
            "indicator__numerator", "indicator__denominator", "indicator__weight", "indicator__criteria_set"
        )
    ]


def same_series(root, indicators, as_of=None):
    grouped = SeriesReader(root, indicators, as_of=as_of, from_table=False)
    one_by_one = SeriesReader(root, indicators, as_of=as_of, group_in_sql=False)
    units = [root.pk, *grouped.tree.units[root.pk].children]
    for indicator in {
        i.pk: i
        for i in [*indicators, *(p for i in indicators for p in (i.numerator, i.denominator, i.weight) if p)]
    }.values():
        for unit in units:
            expected = one_by_one.points(indicator, unit)
            assert grouped.points(indicator, unit) == expected, (indicator.name, unit)
    return grouped


@pytest.fixture
def province():
    return build_province(districts=2, communes_per_district=3, indicators=10)


def test_the_province_and_its_districts_read_the_same_from_the_database_sums(province):
    reader = same_series(province.province, indicators_of(province))
    assert reader._grouped, "the districts' communes were added up by the database"


def test_the_same_holds_on_a_review_date_with_revised_and_late_figures(province):
    indicators = indicators_of(province)
    commune = Locality.objects.filter(parent__parent=province.province).order_by("pk").first()
    month = Observation.objects.filter(
        locality=commune, indicator=indicators[0], period_end=date(2023, 3, 31)
    ).get()
    # Corrected in 2024: a review as of 2023 still reads the first figure, through its revision.
    record_observation(
        actor=SEED,
        via="",
        indicator=indicators[0],
        locality=commune,
        period_start=month.period_start,
        period_end=month.period_end,
        value=month.value + 7,
        kind=month.kind,
        reported_on=date(2024, 2, 1),
    )
    # An official figure that replaces an estimate of the same month, known only later.
    record_observation(
        actor=SEED,
        via="",
        indicator=indicators[1],
        locality=commune,
        period_start=date(2025, 11, 1),
        period_end=date(2025, 11, 30),
        value=Decimal("12.5"),
        kind=ValueKind.OFFICIAL,
        reported_on=date(2026, 1, 20),
    )
    for as_of in (None, date(2023, 6, 30), date(2025, 12, 31), date(2026, 2, 1)):
        same_series(province.province, indicators, as_of=as_of)


def test_a_district_page_asking_for_one_commune_gets_its_own_rows(province):
    indicators = indicators_of(province)
    commune = Locality.objects.filter(parent__parent=province.province).order_by("pk").first()
    grouped = SeriesReader(province.province, indicators, from_table=False)
    one_by_one = SeriesReader(province.province, indicators, group_in_sql=False)
    assert grouped.points(indicators[0], commune.pk) == one_by_one.points(indicators[0], commune.pk)
    assert grouped.points(indicators[0], commune.pk)
