"""Pages read the roll-ups the write door keeps (SeriesReader `from_table`), and read the same figures as the
reference that adds up the observations: on a generated province, on every unit after writes and an approval, and
on every resolution of the demo in both terms."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.rollup_check import TOLERANCE
from chitieu.evaluation.series import SeriesReader
from chitieu.plans.models import Resolution
from chitieu.reports.generated import build_province
from chitieu.results.door import System, record_observation
from chitieu.results.models import ValueKind

pytestmark = pytest.mark.django_db


def same_points(table: list, reference: list) -> bool:
    """Equal point by point; a value may differ by SQLite's floating-point sums (1e-9 relative)."""
    if len(table) != len(reference):
        return False
    for ours, theirs in zip(table, reference, strict=True):
        if (ours.value is None) != (theirs.value is None):
            return False
        if ours.value is not None and abs(ours.value - theirs.value) > TOLERANCE * max(1, abs(theirs.value)):
            return False
        if replace(ours, value=None) != replace(theirs, value=None):
            return False
    return True


def indicators_of(resolution: Resolution) -> list:
    found = {}
    for target in resolution.targets.select_related(
        "indicator__numerator", "indicator__denominator", "indicator__weight", "indicator__criteria_set"
    ):
        indicator = target.indicator
        if indicator is None:
            continue
        for one in (indicator, indicator.numerator, indicator.denominator, indicator.weight):
            if one is not None:
                found[one.pk] = one
    return list(found.values())


def assert_same_everywhere(root, indicators, published_only=False) -> int:
    table = SeriesReader(root, indicators, from_table=True, published_only=published_only)
    reference = SeriesReader(root, indicators, group_in_sql=False, published_only=published_only)
    compared = 0
    for unit in table.tree.units:
        for indicator in indicators:
            ours, theirs = table.points(indicator, unit), reference.points(indicator, unit)
            assert same_points(ours, theirs), (indicator.name, table.tree.units[unit].name, ours, theirs)
            compared += len(theirs)
    return compared


def test_every_unit_of_a_generated_province_reads_the_same_from_the_table():
    province = build_province(districts=2, communes_per_district=3, indicators=10)
    indicators = indicators_of(province.resolution)
    assert assert_same_everywhere(province.province, indicators) > 0


def test_a_new_figure_and_an_approval_read_the_same_from_the_table_at_once():
    province = build_province(districts=2, communes_per_district=2, indicators=6)
    indicators = indicators_of(province.resolution)
    commune = next(u for u in province.province.children.first().children.all())
    summed = next(i for i in indicators if i.rollup == "sum")
    record_observation(
        actor=System("thử nghiệm", publishes=False),
        via="test",
        indicator=summed,
        locality=commune,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        kind=ValueKind.PRELIMINARY,
        value=Decimal("12.5"),
        reported_on=date(2027, 1, 10),
    )
    for published_only in (False, True):
        assert_same_everywhere(province.province, indicators, published_only=published_only)
    page = SeriesReader(province.province, indicators)
    assert page.from_table, "a page reads the table"
    latest = [p for p in page.points(summed) if p.period_end == date(2026, 12, 31)]
    assert latest and latest[0].kind == ValueKind.PRELIMINARY


def test_a_review_as_known_on_an_earlier_day_still_adds_up_the_history():
    province = build_province(districts=1, communes_per_district=2, indicators=3)
    indicators = indicators_of(province.resolution)
    assert not SeriesReader(province.province, indicators, as_of=date(2024, 6, 30)).from_table
    with override_settings(READ_MAINTAINED_ROLLUPS=False):
        assert not SeriesReader(province.province, indicators).from_table


@pytest.mark.django_db(transaction=True)
def test_every_demo_resolution_evaluates_the_same_from_the_table():
    call_command("load_units", province=["demo"], stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    for resolution in Resolution.objects.select_related("locality", "term"):
        for published_only in (False, True):
            config = review_config(resolution)
            with override_settings(READ_MAINTAINED_ROLLUPS=True):
                table = evaluate_resolution(resolution, config, published_only=published_only)
            with override_settings(READ_MAINTAINED_ROLLUPS=False):
                reference = evaluate_resolution(resolution, config, published_only=published_only)
            for ours, theirs in zip(table.rows, reference.rows, strict=True):
                assert ours.evaluation.status == theirs.evaluation.status, (
                    resolution.title,
                    ours.target.label,
                )
                assert ours.evaluation.ratio_pct == theirs.evaluation.ratio_pct or (
                    abs(ours.evaluation.ratio_pct - theirs.evaluation.ratio_pct) < Decimal("1e-6")
                ), (resolution.title, ours.target.label)
                assert (ours.evaluation.actual is None) == (theirs.evaluation.actual is None)
