"""The actual compared with each kind of target: level, cumulative, every year, growth, points, ratio."""

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from chitieu.evaluation.engine import (
    Direction,
    Status,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
    evaluate,
    round_half_up,
)
from chitieu.evaluation.engine.periods import calendar_year, months_from_january, term

ADMISSIONS = TargetDef(
    key="dang-vien",
    label="25.",
    name="Kết nạp đảng viên mới",
    unit="đảng viên",
    kind=TargetKind.CUMULATIVE,
    form=ValueForm.EXACT,
    value=D(868),
    start_year=2021,
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

JOBS = TargetDef(
    key="viec-lam",
    label="9.",
    name="Hằng năm giải quyết việc làm cho lao động",
    unit="lao động",
    kind=TargetKind.ANNUAL,
    form=ValueForm.MIN_BOUND,
    value=D(1000),
    strict=True,
    start_year=2021,
    deadline_year=2025,
    flow=True,
)

INCOME = TargetDef(
    key="tn",
    label="3.",
    name="Thu nhập",
    unit="triệu đồng",
    kind=TargetKind.LEVEL,
    form=ValueForm.EXACT,
    value=D(60),
)

RURAL_COMMUNES = TargetDef(
    key="xa-ntm",
    label="6.",
    name="Tỷ lệ xã đạt chuẩn nông thôn mới",
    unit="%",
    kind=TargetKind.RATIO,
    form=ValueForm.EXACT,
    value=D(50),
    is_percent=True,
)


def yearly(values: dict[int, str], kind: ValueKind = ValueKind.OFFICIAL) -> list[ValuePoint]:
    return [ValuePoint(*calendar_year(year), D(value), kind=kind) for year, value in values.items()]


def test_geometric_growth_over_five_years_counts_n_from_the_year_after_the_base_year() -> None:
    # Giá trị sản xuất: 4.215 tỷ đồng (2020, năm gốc) → 8.848 tỷ đồng (2025), n = 2025 − 2020 = 5.
    # By hand: 8.848 / 4.215 = 2,09917; 2,09917^(1/5) = e^(ln 2,09917 / 5) = e^(0,74154 / 5) = e^0,148308
    # = 1,159871; minus 1 → 15,99%/năm. The years between do not enter a geometric mean.
    output = TargetDef(
        key="gtsx",
        label="1.",
        name="Tốc độ tăng giá trị sản xuất bình quân",
        unit="%/năm",
        kind=TargetKind.GROWTH_RATE,
        form=ValueForm.EXACT,
        value=D(16),
        baseline_value=D(4215),
        baseline_year=2020,
        deadline_year=2025,
        flow=True,
    )
    values = yearly({2021: "4890", 2022: "5672", 2023: "6580", 2024: "7633", 2025: "8848"})
    result = evaluate(output, values)
    assert round_half_up(result.actual, 2) == D("15.99")
    assert result.status is Status.NOT_MET  # 15,99% against 16%: strict
    assert any("(8.848 / 4.215)^(1/5) − 1 = 15,99%/năm" in line for line in result.explanation)


def test_geometric_growth_from_yearly_rates_chains_one_plus_each_rate() -> None:
    # (1,072 × 1,081 × 1,038 × 1,065 × 1,070)^(1/5) − 1 = 1,3707278^(0,2) − 1 = 6,51%/năm.
    grdp = TargetDef(
        key="grdp",
        label="1.",
        name="Tốc độ tăng trưởng kinh tế bình quân",
        unit="%/năm",
        kind=TargetKind.GROWTH_RATE,
        form=ValueForm.RANGE,
        value=D("7.5"),
        value_high=D(8),
        baseline_year=2020,
        values_are_rates=True,
    )
    result = evaluate(grdp, yearly({2021: "7.2", 2022: "8.1", 2023: "3.8", 2024: "6.5", 2025: "7.0"}))
    assert round_half_up(result.actual, 2) == D("6.51")
    assert result.status is Status.NOT_MET


def test_growth_ignores_a_flow_year_known_only_for_nine_months() -> None:
    output = TargetDef(
        key="g",
        label="1.",
        name="Giá trị sản xuất",
        unit="%/năm",
        kind=TargetKind.GROWTH_RATE,
        form=ValueForm.EXACT,
        value=D(10),
        baseline_value=D(100),
        baseline_year=2020,
        flow=True,
    )
    nine_months = ValuePoint(*months_from_january(2022, 9), D(90))
    result = evaluate(output, [*yearly({2021: "121"}), nine_months])
    assert result.actual == D(21)  # 2021 alone: 121 / 100 − 1
    assert 2022 in result.partial_years


def test_a_reduction_of_1_02_points_a_year_against_giam_binh_quan_1_percent_is_exceeded_at_102() -> None:
    # Tỷ lệ hộ nghèo 9,1% (2020) → 4,0% (2025): (9,1 − 4,0) / 5 = 1,02 điểm phần trăm/năm.
    poverty = TargetDef(
        key="ho-ngheo",
        label="12.",
        name="Tỷ lệ hộ nghèo giảm bình quân",
        unit="%/năm",
        kind=TargetKind.POINT_CHANGE,
        form=ValueForm.EXACT,
        value=D(1),
        baseline_value=D("9.1"),
        baseline_year=2020,
        deadline_year=2025,
        is_percent=True,
    )
    result = evaluate(poverty, yearly({2023: "6.2", 2024: "5.0", 2025: "4.0"}))
    assert result.actual == D("1.02")
    assert result.ratio_pct == D(102)
    assert result.status is Status.EXCEEDED


def test_a_cumulative_target_adds_the_years_of_the_term_so_far() -> None:
    values = yearly({2020: "200", 2021: "170", 2022: "181", 2023: "176", 2024: "190", 2025: "180"})
    result = evaluate(ADMISSIONS, values)
    assert result.actual == D(897)  # 2020 is before the term
    assert result.status is Status.EXCEEDED
    assert result.actual_by_year == {2021: D(170), 2022: D(181), 2023: D(176), 2024: D(190), 2025: D(180)}


def test_a_cumulative_target_includes_a_partial_current_year() -> None:
    values = [*yearly({2021: "900", 2022: "1100"}), ValuePoint(*months_from_january(2023, 9), D(700))]
    result = evaluate(INVESTMENT, values)
    assert result.actual == D(2700)
    assert result.partial_years == (2023,)


def test_a_reported_term_to_date_total_replaces_the_sum_of_years_when_it_is_as_recent() -> None:
    running_total = ValuePoint(*term(2021, 2023), D(540))
    result = evaluate(ADMISSIONS, [*yearly({2021: "170", 2022: "181", 2023: "176"}), running_total])
    assert result.actual == D(540)
    assert result.basis == [running_total]


def test_an_annual_target_is_met_for_the_term_only_if_every_year_is() -> None:
    result = evaluate(JOBS, yearly({2021: "1150", 2022: "980", 2023: "1210"}))
    assert result.status_by_year == {2021: Status.MET, 2022: Status.NOT_MET, 2023: Status.MET}
    assert result.status is Status.NOT_MET
    assert result.actual == D(980)  # the weakest year decides


def test_an_annual_flow_does_not_judge_a_year_known_only_for_nine_months() -> None:
    values = [*yearly({2021: "1150"}), ValuePoint(*months_from_january(2022, 9), D(700))]
    result = evaluate(replace(JOBS, strict=False, deadline_year=None), values)
    assert result.status_by_year == {2021: Status.MET}
    assert result.status is Status.MET


def test_an_annual_ordinal_target_is_judged_year_by_year() -> None:
    party = TargetDef(
        key="xep-loai",
        label="22.",
        name="Hằng năm Đảng bộ xếp loại",
        unit="",
        kind=TargetKind.ANNUAL,
        form=ValueForm.ORDINAL,
        ordinal_scale=("không hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
        ordinal_target="hoàn thành tốt nhiệm vụ",
        start_year=2021,
    )
    values = [
        ValuePoint(*calendar_year(2021), None, text="Hoàn thành tốt nhiệm vụ"),
        ValuePoint(*calendar_year(2022), None, text="hoàn thành nhiệm vụ"),
    ]
    result = evaluate(party, values)
    assert result.status_by_year == {2021: Status.MET, 2022: Status.NOT_MET}


def test_a_ratio_adds_numerators_and_denominators_of_the_latest_period() -> None:
    values = [
        ValuePoint(*calendar_year(2023), None, numerator=D(6), denominator=D(16), locality="huyện A"),
        ValuePoint(*calendar_year(2024), None, numerator=D(7), denominator=D(16), locality="huyện A"),
        ValuePoint(*calendar_year(2024), None, numerator=D(5), denominator=D(8), locality="huyện B"),
    ]
    result = evaluate(RURAL_COMMUNES, values)
    assert result.actual == D(50)  # (7 + 5) / (16 + 8), not the mean of 43,75% and 62,5%
    assert result.status is Status.MET


def test_a_ratio_refuses_to_combine_bare_percentages_of_several_units() -> None:
    values = [
        ValuePoint(*calendar_year(2024), D("43.75"), locality="huyện A"),
        ValuePoint(*calendar_year(2024), D("62.5"), locality="huyện B"),
    ]
    result = evaluate(RURAL_COMMUNES, values)
    assert result.status is Status.NO_DATA
    assert "tử số và mẫu số" in result.explanation[-1]


def test_a_count_fraction_04_of_09_thon_reads_the_count_from_the_numerator() -> None:
    hamlets = TargetDef(
        key="thon",
        label="7.",
        name="Thôn đạt chuẩn nông thôn mới kiểu mẫu",
        unit="thôn",
        kind=TargetKind.LEVEL,
        form=ValueForm.COUNT_FRACTION,
        value=D(4),
        total=D(9),
    )
    result = evaluate(hamlets, [ValuePoint(*calendar_year(2025), None, numerator=D(5), denominator=D(9))])
    assert result.actual == D(5)
    assert result.status is Status.EXCEEDED
    assert "04/09" not in result.explanation[0] and "4/9 thôn" in result.explanation[0]


def test_a_yes_no_target_reads_co_and_khong() -> None:
    ntm = TargetDef(
        key="huyen-ntm",
        label="5.",
        name="Huyện đạt chuẩn nông thôn mới năm 2024",
        unit="",
        kind=TargetKind.YES_NO,
        form=ValueForm.YES_NO,
    )
    assert evaluate(ntm, [ValuePoint(*calendar_year(2024), None, text="Có")]).status is Status.MET
    assert evaluate(ntm, [ValuePoint(*calendar_year(2024), None, text="không")]).status is Status.NOT_MET


def test_lower_is_better_level_uses_target_over_actual() -> None:
    malnutrition = TargetDef(
        key="sdd",
        label="14.",
        name="Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
        unit="%",
        kind=TargetKind.LEVEL,
        form=ValueForm.MAX_BOUND,
        direction=Direction.LOWER,
        value=D(20),
        strict=True,
    )
    result = evaluate(malnutrition, [ValuePoint(*calendar_year(2024), D(16))])
    assert result.ratio_pct == D(125)
    assert result.status is Status.MET


def test_no_values_means_no_data() -> None:
    result = evaluate(replace(INCOME, value=None), [])
    assert result.status is Status.NO_DATA and result.actual is None


def test_a_value_reported_after_the_period_but_before_as_of_counts() -> None:
    late = ValuePoint(*calendar_year(2024), D(61), reported_on=date(2025, 2, 1))
    assert evaluate(INCOME, [late]).status is Status.EXCEEDED
