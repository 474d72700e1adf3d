"""The official verdict and the ratio to the target: each rule with figures from real reviews."""

from decimal import Decimal as D

from chitieu.evaluation.engine import (
    Direction,
    Status,
    TargetDef,
    TargetKind,
    ValueForm,
    classify,
    pct_from_exceeded,
    pct_from_increase_over_target,
    pct_from_shortfall,
    ratio_pct,
    round_half_up,
)
from chitieu.evaluation.engine.status import apply_near_band


def target(form: ValueForm = ValueForm.EXACT, value: str = "65", **extra: object) -> TargetDef:
    return TargetDef(
        key="t",
        label="1.",
        name="Tỷ lệ che phủ rừng",
        unit="%",
        kind=TargetKind.LEVEL,
        form=form,
        value=D(value),
        **extra,  # type: ignore[arg-type]
    )


def test_an_exact_target_just_missed_is_not_met_64_5_against_65() -> None:
    assert classify(target(), D("64.5")) is Status.NOT_MET
    assert round_half_up(ratio_pct(D(65), D("64.5"), Direction.HIGHER)) == D("99.2")


def test_an_exact_target_reached_is_met_and_beaten_is_exceeded() -> None:
    assert classify(target(), D("65")) is Status.MET
    assert classify(target(), D("65.1")) is Status.EXCEEDED


def test_a_strict_upper_bound_duoi_4_is_not_met_by_4_39() -> None:
    poverty = target(ValueForm.MAX_BOUND, "4", strict=True, direction=Direction.LOWER)
    assert classify(poverty, D("4.39")) is Status.NOT_MET


def test_a_strict_upper_bound_duoi_4_is_not_met_by_exactly_4_and_met_below() -> None:
    poverty = target(ValueForm.MAX_BOUND, "4", strict=True, direction=Direction.LOWER)
    assert classify(poverty, D("4")) is Status.NOT_MET
    assert classify(poverty, D("3.9")) is Status.MET


def test_an_inclusive_upper_bound_khong_qua_is_met_at_the_bound() -> None:
    assert classify(target(ValueForm.MAX_BOUND, "4", direction=Direction.LOWER), D("4")) is Status.MET


def test_a_strict_lower_bound_tren_85_is_not_met_by_85_and_met_by_86_never_exceeded() -> None:
    trained = target(ValueForm.MIN_BOUND, "85", strict=True)
    assert classify(trained, D("85")) is Status.NOT_MET
    assert classify(trained, D("86")) is Status.MET
    assert classify(trained, D("99")) is Status.MET


def test_an_inclusive_lower_bound_tu_90_tro_len_is_met_at_90() -> None:
    assert classify(target(ValueForm.MIN_BOUND, "90"), D("90")) is Status.MET


def test_a_range_7_5_to_8_per_year_is_not_met_by_3_8() -> None:
    growth = target(ValueForm.RANGE, "7.5", value_high=D("8"))
    assert classify(growth, D("3.8")) is Status.NOT_MET


def test_a_range_is_met_from_its_lower_end_and_exceeded_above_its_upper_end() -> None:
    growth = target(ValueForm.RANGE, "7.5", value_high=D("8"))
    assert classify(growth, D("7.5")) is Status.MET
    assert classify(growth, D("8")) is Status.MET
    assert classify(growth, D("8.2")) is Status.EXCEEDED


def test_a_lower_is_better_range_is_met_up_to_its_upper_end_and_exceeded_below_its_lower_end() -> None:
    unemployment = target(ValueForm.RANGE, "2", value_high=D("3"), direction=Direction.LOWER)
    assert classify(unemployment, D("3.1")) is Status.NOT_MET
    assert classify(unemployment, D("2.5")) is Status.MET
    assert classify(unemployment, D("1.8")) is Status.EXCEEDED


def test_an_approximate_target_khoang_30_has_no_tolerance_unless_configured() -> None:
    about = target(ValueForm.APPROXIMATE, "30")
    assert classify(about, D("29.5")) is Status.NOT_MET
    assert classify(about, D("29.5"), tolerance_pct=D(5)) is Status.MET


def test_a_count_fraction_04_of_09_thon_compares_the_count_with_the_numerator() -> None:
    hamlets = target(ValueForm.COUNT_FRACTION, "4", total=D("9"))
    assert classify(hamlets, D("3")) is Status.NOT_MET
    assert classify(hamlets, D("4")) is Status.MET
    assert classify(hamlets, D("5")) is Status.EXCEEDED


def test_an_ordinal_target_hoan_thanh_tot_nhiem_vu_tro_len_is_reached_by_rank() -> None:
    scale = (
        "không hoàn thành nhiệm vụ",
        "hoàn thành nhiệm vụ",
        "hoàn thành tốt nhiệm vụ",
        "hoàn thành xuất sắc nhiệm vụ",
    )
    party = TargetDef(
        key="d",
        label="20.",
        name="Đảng bộ xếp loại",
        unit="",
        kind=TargetKind.ORDINAL,
        form=ValueForm.ORDINAL,
        ordinal_scale=scale,
        ordinal_target="hoàn thành tốt nhiệm vụ",
    )
    assert classify(party, D(1)) is Status.NOT_MET
    assert classify(party, D(2)) is Status.MET
    assert classify(party, D(3)) is Status.MET


def test_a_yes_no_target_is_met_only_by_yes() -> None:
    ntm = TargetDef(
        key="n",
        label="5.",
        name="Huyện đạt chuẩn nông thôn mới",
        unit="",
        kind=TargetKind.YES_NO,
        form=ValueForm.YES_NO,
    )
    assert classify(ntm, D(1)) is Status.MET
    assert classify(ntm, D(0)) is Status.NOT_MET


def test_budget_revenue_45_799_against_36_875_billion_is_124_2_percent() -> None:
    ratio = ratio_pct(D("36875"), D("45799"), Direction.HIGHER)
    assert round_half_up(ratio) == D("124.2")
    assert ratio == D(45799) / D(36875) * 100  # full precision is kept; rounding is for display


def test_a_rate_83_2_percent_against_50_percent_is_166_4_percent() -> None:
    assert round_half_up(ratio_pct(D("50"), D("83.2"), Direction.HIGHER)) == D("166.4")


def test_lower_is_better_ratio_is_target_over_actual() -> None:
    # Tỷ lệ hộ nghèo 3,2% against "không quá 4%": 4 / 3,2 = 125%.
    assert ratio_pct(D("4"), D("3.2"), Direction.LOWER) == D(125)


def test_vuot_7_percent_so_voi_nghi_quyet_is_107_percent() -> None:
    assert pct_from_exceeded(7) == D(107)


def test_tang_29_6_percent_so_voi_muc_tieu_is_129_6_percent() -> None:
    assert pct_from_increase_over_target(29.6) == D("129.6")
    assert pct_from_increase_over_target(D("29.6")) == D("129.6")


def test_thap_hon_5_percent_so_voi_muc_tieu_is_95_percent() -> None:
    assert pct_from_shortfall("5") == D(95)


def test_1_809_5_against_75_million_is_2413_percent() -> None:
    assert round_half_up(ratio_pct(D("75"), D("1809.5"), Direction.HIGHER), 0) == D(2413)


def test_rounding_for_display_is_half_up() -> None:
    assert round_half_up(D("92.25")) == D("92.3")
    assert round_half_up(D("92.35")) == D("92.4")


def test_a_zero_target_gives_no_ratio_unless_the_actual_is_zero_too() -> None:
    assert ratio_pct(D(0), D(3), Direction.HIGHER) is None
    assert ratio_pct(D(0), D(0), Direction.LOWER) == D(100)


def test_the_near_band_moves_only_a_not_met_at_or_above_the_band() -> None:
    assert apply_near_band(Status.NOT_MET, D(92), D(90)) is Status.NEAR
    assert apply_near_band(Status.NOT_MET, D(89), D(90)) is Status.NOT_MET
    assert apply_near_band(Status.NOT_MET, D(92), None) is Status.NOT_MET
    assert apply_near_band(Status.MET, D(100), D(90)) is Status.MET
