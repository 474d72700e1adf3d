"""Mid-term forecast classes: đạt tiến độ, có khả năng đạt, khó đạt, by projecting each kind to the deadline."""

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from chitieu.evaluation.engine import (
    Direction,
    Evaluation,
    EvaluationConfig,
    Review,
    Status,
    TargetDef,
    TargetKind,
    ValueForm,
    ValuePoint,
    evaluate,
)
from chitieu.evaluation.engine.periods import calendar_year, months_from_january

MID_TERM = EvaluationConfig(review=Review.MID_TERM)

INCOME = TargetDef(
    key="thu-nhap",
    label="3.",
    name="Thu nhập bình quân đầu người đến năm 2025",
    unit="triệu đồng",
    kind=TargetKind.LEVEL,
    form=ValueForm.EXACT,
    value=D(60),
    baseline_value=D(40),
    baseline_year=2020,
    deadline_year=2025,
)


INVESTMENT = TargetDef(
    key="von",
    label="4.",
    name="Tổng vốn đầu tư toàn xã hội 2021-2025",
    unit="tỷ đồng",
    kind=TargetKind.CUMULATIVE,
    form=ValueForm.EXACT,
    value=D(5000),
    start_year=2021,
    deadline_year=2025,
)


def at_mid_2023(value: str) -> list[ValuePoint]:
    return [ValuePoint(*months_from_january(2023, 6), D(value))]


def test_a_level_on_the_straight_path_from_baseline_is_on_track() -> None:
    # 30/6/2023 is 2,5 of 5 years: the path needs 40 + (60 − 40) × 2,5 / 5 = 50; trend 40 + 10 × 5 / 2,5 = 60.
    result = evaluate(INCOME, at_mid_2023("50"), config=MID_TERM)
    assert result.status is Status.NOT_MET
    assert result.projection == D(60)
    assert result.forecast is Status.ON_TRACK


def test_a_level_whose_trend_reaches_90_percent_of_the_target_is_likely() -> None:
    # 40 + 8 × 5 / 2,5 = 56 = 93,3% of 60.
    result = evaluate(INCOME, at_mid_2023("48"), config=MID_TERM)
    assert result.projection == D(56)
    assert result.forecast is Status.LIKELY


def test_a_level_whose_trend_falls_short_of_90_percent_is_hard() -> None:
    # 40 + 4 × 5 / 2,5 = 48 = 80% of 60.
    result = evaluate(INCOME, at_mid_2023("44"), config=MID_TERM)
    assert result.forecast is Status.HARD
    assert any("xu hướng tuyến tính" in line for line in result.explanation)


POVERTY = TargetDef(
    key="ho-ngheo",
    label="7.",
    name="Tỷ lệ hộ nghèo đến năm 2025",
    unit="%",
    kind=TargetKind.LEVEL,
    form=ValueForm.MAX_BOUND,
    direction=Direction.LOWER,
    value=D("1.5"),
    baseline_value=D(10),
    baseline_year=2020,
    deadline_year=2025,
    is_percent=True,
)


def test_a_straight_line_never_projects_a_rate_below_zero() -> None:
    # 10 + (3 − 10) × 5 / 2 = −7,5: a poverty rate cannot be negative, so the projection is 0.
    result = evaluate(POVERTY, [ValuePoint(*calendar_year(2022), D(3))], config=MID_TERM)
    assert result.projection == 0
    assert result.forecast is Status.ON_TRACK
    assert "Dự báo 0% so với chỉ tiêu → đạt tiến độ." in result.explanation
    assert any(
        "= -7,5% vào cuối năm 2025, nhưng chỉ số không thể âm nên lấy 0" in s for s in result.explanation
    )


def test_a_straight_line_never_projects_a_percentage_above_one_hundred() -> None:
    coverage = replace(
        POVERTY, form=ValueForm.MIN_BOUND, direction=Direction.HIGHER, value=D(95), baseline_value=D(80)
    )
    # 80 + (92 − 80) × 5 / 2 = 110%.
    result = evaluate(coverage, [ValuePoint(*calendar_year(2022), D(92))], config=MID_TERM)
    assert result.projection == 100
    assert any("nhưng tỷ lệ không thể quá 100% nên lấy 100%" in s for s in result.explanation)


def test_a_level_already_reached_stays_met() -> None:
    result = evaluate(INCOME, at_mid_2023("61"), config=MID_TERM)
    assert result.status is Status.EXCEEDED and result.forecast is Status.EXCEEDED


def test_the_likely_threshold_is_configurable() -> None:
    strict = EvaluationConfig(review=Review.MID_TERM, likely_threshold_pct=D(95))
    assert evaluate(INCOME, at_mid_2023("48"), config=strict).forecast is Status.HARD


def test_the_forecast_is_off_at_an_end_of_term_review_unless_asked_for() -> None:
    assert evaluate(INCOME, at_mid_2023("50")).forecast is None
    asked = EvaluationConfig(forecast=True)
    assert evaluate(INCOME, at_mid_2023("50"), config=asked).forecast is Status.ON_TRACK


def test_growth_carries_the_average_rate_so_far_to_the_deadline() -> None:
    output = TargetDef(
        key="gtsx",
        label="1.",
        name="Tốc độ tăng giá trị sản xuất bình quân",
        unit="%/năm",
        kind=TargetKind.GROWTH_RATE,
        form=ValueForm.EXACT,
        value=D(16),
        baseline_value=D(1000),
        baseline_year=2020,
        deadline_year=2025,
    )
    # 1.000 → 1.520,875 in three years is 15%/năm (1,15³ = 1,520875): 15 / 16 = 93,75% → likely.
    likely = evaluate(output, [ValuePoint(*calendar_year(2023), D("1520.875"))], config=MID_TERM)
    assert likely.actual == D(15) and likely.forecast is Status.LIKELY
    # 1.000 → 1.331 is 10%/năm: 62,5% → hard.
    hard = evaluate(output, [ValuePoint(*calendar_year(2023), D(1331))], config=MID_TERM)
    assert hard.forecast is Status.HARD
    # 1.000 → 1.643,032 is 18%/năm: already above the target, it stays exceeded.
    ahead = evaluate(output, [ValuePoint(*calendar_year(2023), D("1643.032"))], config=MID_TERM)
    assert ahead.forecast is Status.EXCEEDED


def test_a_cumulative_target_is_projected_by_the_share_of_the_term_elapsed() -> None:

    def forecast(values: dict[int, str]) -> Evaluation:
        points = [ValuePoint(*calendar_year(y), D(v)) for y, v in values.items()]
        return evaluate(INVESTMENT, points, config=MID_TERM)

    # 3.000 in 3 of 5 years → 3.000 / (3/5) = 5.000.
    on_track = forecast({2021: "900", 2022: "1100", 2023: "1000"})
    assert on_track.projection == D(5000) and on_track.forecast is Status.ON_TRACK
    # 2.800 → 4.666,7 = 93,3%.
    assert forecast({2021: "900", 2022: "1000", 2023: "900"}).forecast is Status.LIKELY
    # 2.000 → 3.333,3 = 66,7%.
    assert forecast({2021: "600", 2022: "700", 2023: "700"}).forecast is Status.HARD


def test_a_cumulative_target_counts_a_partial_year_as_its_months() -> None:
    values = [
        ValuePoint(*calendar_year(2021), D(1000)),
        ValuePoint(*calendar_year(2022), D(1000)),
        ValuePoint(*months_from_january(2023, 6), D(500)),
    ]
    # 2.500 in 2,5 years of 5 → 5.000.
    assert evaluate(INVESTMENT, values, config=MID_TERM).projection == D(5000)


def test_an_annual_target_with_a_failed_year_cannot_be_met_for_the_term() -> None:
    jobs = TargetDef(
        key="viec-lam",
        label="9.",
        name="Hằng năm giải quyết việc làm",
        unit="lao động",
        kind=TargetKind.ANNUAL,
        form=ValueForm.MIN_BOUND,
        value=D(1000),
        start_year=2021,
        deadline_year=2025,
    )
    failed = [ValuePoint(*calendar_year(2021), D(1100)), ValuePoint(*calendar_year(2022), D(900))]
    assert evaluate(jobs, failed, config=MID_TERM).forecast is Status.NOT_MET
    kept = [ValuePoint(*calendar_year(2021), D(1100)), ValuePoint(*calendar_year(2022), D(1050))]
    assert evaluate(jobs, kept, config=MID_TERM).forecast is Status.ON_TRACK


def test_after_the_deadline_the_forecast_is_the_result() -> None:
    final = [ValuePoint(*calendar_year(2025), D(58), reported_on=date(2026, 3, 1))]
    result = evaluate(INCOME, final, config=EvaluationConfig(forecast=True))
    assert result.forecast is Status.NOT_MET and result.projection == D(58)
