"""Warnings for review: ratios over 300%, counts that don't add up, percentages over 100, jumps, old estimates."""

from datetime import date
from decimal import Decimal as D

from chitieu.evaluation.engine import (
    EvaluationConfig,
    Flag,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
    check_counts,
    evaluate,
    round_half_up,
)
from chitieu.evaluation.engine.flags import check_estimates, check_jumps, check_percent, check_ratio
from chitieu.evaluation.engine.periods import calendar_year, month


def codes(flags: list[Flag]) -> list[str]:
    return [flag.code for flag in flags]


def test_1_809_5_against_75_million_dong_is_2413_percent_and_flagged_as_a_likely_period_mismatch() -> None:
    revenue = TargetDef(
        key="thu",
        label="2.",
        name="Thu ngân sách từ kinh tế tập thể",
        unit="triệu đồng",
        kind=TargetKind.LEVEL,
        form=ValueForm.EXACT,
        value=D(75),
    )
    result = evaluate(revenue, [ValuePoint(*calendar_year(2023), D("1809.5"))])
    assert round_half_up(result.ratio_pct, 0) == D(2413)
    assert codes(result.flags) == ["ratio_over_300"]
    assert "2.412,7%" in result.flags[0].message


def test_a_ratio_of_300_percent_is_not_flagged() -> None:
    assert check_ratio(D(300)) is None


def test_10_vuot_22_dat_12_dat_tien_do_announced_as_46_is_flagged() -> None:
    flag = check_counts(46, {"vượt": 10, "đạt": 22, "đạt tiến độ": 12})
    assert flag is not None and flag.code == "counts_do_not_add_up"
    assert (
        flag.message == "Các loại cộng lại 10 vượt + 22 đạt + 12 đạt tiến độ = 44, khác tổng số đã nêu là 46."
    )


def test_counts_that_add_up_are_not_flagged() -> None:
    assert check_counts(44, {"vượt": 10, "đạt": 22, "đạt tiến độ": 12}) is None


def test_a_percentage_indicator_above_100_is_flagged() -> None:
    covered = TargetDef(
        key="bhyt",
        label="15.",
        name="Tỷ lệ dân số tham gia bảo hiểm y tế",
        unit="%",
        kind=TargetKind.LEVEL,
        form=ValueForm.MIN_BOUND,
        value=D(95),
        is_percent=True,
    )
    result = evaluate(covered, [ValuePoint(*calendar_year(2023), D("102.4"))])
    assert "percent_over_100" in codes(result.flags)
    assert check_percent([ValuePoint(*calendar_year(2023), D(100))]) == []


def test_a_jump_beyond_ten_times_the_previous_period_is_flagged() -> None:
    values = [ValuePoint(*month(2024, 1), D("16.4")), ValuePoint(*month(2024, 2), D(16434))]
    assert codes(check_jumps(values)) == ["jump"]


def test_a_drop_to_a_tenth_is_a_jump_too() -> None:
    values = [ValuePoint(*calendar_year(2023), D(8848)), ValuePoint(*calendar_year(2024), D("8.8"))]
    assert codes(check_jumps(values)) == ["jump"]


def test_the_jump_factor_is_configurable_and_only_compares_periods_of_the_same_length() -> None:
    values = [ValuePoint(*month(2024, 1), D(10)), ValuePoint(*month(2024, 2), D(40))]
    assert check_jumps(values, D(10)) == []
    assert codes(check_jumps(values, D(3))) == ["jump"]
    month_then_year = [ValuePoint(*month(2024, 11), D(10)), ValuePoint(*calendar_year(2024), D(120))]
    assert check_jumps(month_then_year) == []


def test_an_estimate_not_replaced_90_days_after_its_period_closed_is_flagged() -> None:
    estimate = ValuePoint(*calendar_year(2023), D(30), kind=ValueKind.ESTIMATE, reported_on=date(2023, 12, 1))
    assert check_estimates([estimate], today=date(2024, 3, 30)) == []
    assert codes(check_estimates([estimate], today=date(2024, 4, 1))) == ["estimate_not_replaced"]


def test_an_estimate_replaced_by_an_official_value_is_not_flagged() -> None:
    revenue = TargetDef(
        key="thu",
        label="2.",
        name="Thu ngân sách",
        unit="tỷ đồng",
        kind=TargetKind.LEVEL,
        form=ValueForm.EXACT,
    )
    estimate = ValuePoint(*calendar_year(2023), D(30), kind=ValueKind.ESTIMATE, reported_on=date(2023, 12, 1))
    official = ValuePoint(*calendar_year(2023), D(31), reported_on=date(2024, 3, 1))
    config = EvaluationConfig(today=date(2024, 6, 1))
    assert evaluate(revenue, [estimate], config=config).flags[0].code == "estimate_not_replaced"
    assert evaluate(revenue, [estimate, official], config=config).flags == []


def test_without_a_date_of_reference_no_estimate_is_flagged() -> None:
    estimate = ValuePoint(*calendar_year(2020), D(30), kind=ValueKind.ESTIMATE)
    assert check_estimates([estimate], today=None) == []
