"""Which value counts: official over estimate, the latest period, as-of filtering, the series of years."""

from datetime import date
from decimal import Decimal as D

from chitieu.evaluation.engine import (
    EvaluationConfig,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
    evaluate,
)
from chitieu.evaluation.engine.periods import calendar_year, month, months_from_january, quarter
from chitieu.evaluation.engine.values import best_per_period, known_as_of, latest_point, yearly_points

INCOME = TargetDef(
    key="thu-nhap",
    label="3.",
    name="Thu nhập bình quân đầu người",
    unit="triệu đồng",
    kind=TargetKind.LEVEL,
    form=ValueForm.EXACT,
    value=D(60),
)


def point(
    period: tuple[date, date],
    value: str,
    kind: ValueKind = ValueKind.OFFICIAL,
    reported_on: date | None = None,
) -> ValuePoint:
    return ValuePoint(period[0], period[1], D(value), kind=kind, reported_on=reported_on)


def test_an_official_value_beats_an_estimate_for_the_same_period() -> None:
    estimate = point(calendar_year(2023), "30.5", ValueKind.ESTIMATE, date(2023, 11, 20))
    official = point(calendar_year(2023), "29.8", ValueKind.OFFICIAL, date(2024, 3, 10))
    assert best_per_period([official, estimate]) == [official]
    assert evaluate(INCOME, [estimate, official]).actual == D("29.8")


def test_a_preliminary_value_beats_an_estimate_and_loses_to_an_official_one() -> None:
    estimate = point(calendar_year(2023), "30.5", ValueKind.ESTIMATE)
    preliminary = point(calendar_year(2023), "30.1", ValueKind.PRELIMINARY)
    official = point(calendar_year(2023), "29.8", ValueKind.OFFICIAL)
    assert best_per_period([estimate, preliminary]) == [preliminary]
    assert best_per_period([preliminary, official, estimate]) == [official]


def test_of_two_values_of_the_same_kind_the_later_report_wins() -> None:
    first = point(calendar_year(2023), "30.5", ValueKind.ESTIMATE, date(2023, 11, 20))
    revised = point(calendar_year(2023), "30.9", ValueKind.ESTIMATE, date(2023, 12, 10))
    assert best_per_period([revised, first]) == [revised]


def test_the_latest_period_wins_even_as_an_estimate() -> None:
    year_2023 = point(calendar_year(2023), "52", ValueKind.OFFICIAL)
    nine_months_2024 = point(months_from_january(2024, 9), "55", ValueKind.ESTIMATE)
    assert evaluate(INCOME, [year_2023, nine_months_2024]).actual == D(55)


def test_on_the_same_end_date_the_longer_period_wins() -> None:
    nine_months = point(months_from_january(2024, 9), "300")
    third_quarter = point(quarter(2024, 3), "110")
    assert latest_point([third_quarter, nine_months]) == nine_months


def test_as_of_excludes_values_reported_later() -> None:
    estimate = point(calendar_year(2023), "30.5", ValueKind.ESTIMATE, date(2023, 11, 20))
    official = point(calendar_year(2023), "29.8", ValueKind.OFFICIAL, date(2024, 3, 10))
    before_the_official_figure = EvaluationConfig(as_of=date(2024, 1, 15))
    assert evaluate(INCOME, [estimate, official], config=before_the_official_figure).actual == D("30.5")


def test_a_value_without_report_date_is_known_from_the_end_of_its_period() -> None:
    q3 = point(quarter(2024, 3), "1")
    assert known_as_of([q3], date(2024, 9, 29)) == []
    assert known_as_of([q3], date(2024, 9, 30)) == [q3]


def test_a_year_is_its_calendar_year_value_when_there_is_one() -> None:
    values = [point(months_from_january(2023, 9), "70"), point(calendar_year(2023), "100")]
    year = yearly_points(values, flow=True)[2023]
    assert [p.value for p in year.points] == [D(100)] and not year.partial


def test_failing_a_whole_year_a_year_is_its_latest_cumulative_period_flagged_partial() -> None:
    values = [point(months_from_january(2024, 6), "45"), point(months_from_january(2024, 9), "70")]
    year = yearly_points(values, flow=True)[2024]
    assert [p.value for p in year.points] == [D(70)] and year.partial


def test_a_flow_reported_by_month_adds_up_its_months() -> None:
    values = [point(month(2023, m), "10") for m in range(1, 13)]
    year = yearly_points(values, flow=True)[2023]
    assert sum(p.value or 0 for p in year.points) == D(120) and not year.partial


def test_a_flow_prefers_one_cumulative_period_to_the_months_it_covers() -> None:
    months = [point(month(2023, m), "10") for m in range(1, 11)]
    nine_months = point(months_from_january(2023, 9), "95")
    year = yearly_points([*months, nine_months], flow=True)[2023]
    assert [p.value for p in year.points] == [D(95), D(10)]
    assert year.partial and year.covered_to == date(2023, 10, 31)


def test_a_decree_09_year_from_15_december_to_14_december_is_a_whole_year() -> None:
    year = ValuePoint(date(2022, 12, 15), date(2023, 12, 14), D(7))
    assert not yearly_points([year], flow=True)[2023].partial


def test_a_stock_takes_the_last_reading_of_the_year() -> None:
    values = [point(month(2023, 6), "4.1"), point(month(2023, 12), "3.9")]
    year = yearly_points(values, flow=False)[2023]
    assert year.points[0].value == D("3.9") and not year.partial


def test_a_point_without_any_figure_does_not_count() -> None:
    blank = ValuePoint(*calendar_year(2024), value=None, kind=ValueKind.OFFICIAL)
    estimate = point(calendar_year(2024), "58", ValueKind.ESTIMATE)
    assert best_per_period([blank, estimate]) == [estimate]
