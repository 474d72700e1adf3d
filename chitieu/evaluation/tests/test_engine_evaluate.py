"""The entry points: several plans for one figure, parents from children, the near band, the explanation."""

from decimal import Decimal as D

from chitieu.evaluation.engine import (
    ChildrenRule,
    EvaluationConfig,
    PlanPoint,
    Status,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
    evaluate,
    evaluate_children,
    evaluate_tree,
    round_half_up,
)
from chitieu.evaluation.engine.periods import calendar_year, months_from_january


def level(key: str, name: str, unit: str, value: str, **extra: object) -> TargetDef:
    return TargetDef(
        key=key,
        label="",
        name=name,
        unit=unit,
        kind=TargetKind.LEVEL,
        form=ValueForm.EXACT,
        value=D(value),
        **extra,  # type: ignore[arg-type]
    )


def test_ba_che_2020_budget_revenue_of_30_billion_is_measured_against_each_plan() -> None:
    # "thu ngân sách nhà nước trên địa bàn đạt trên 30 tỷ đồng, đạt 84,3% dự toán huyện giao,
    # đạt 88,6% dự toán tỉnh giao" (9 tháng 2020): 30 / 35,6 = 84,3%; 30 / 33,86 = 88,6%.
    revenue = TargetDef(
        key="thu-nsnn",
        label="2.",
        name="Thu ngân sách nhà nước trên địa bàn",
        unit="tỷ đồng",
        kind=TargetKind.ANNUAL,
        form=ValueForm.MIN_BOUND,
        value=D(30),
        flow=True,
    )
    values = [ValuePoint(*months_from_january(2020, 9), D(30), kind=ValueKind.ESTIMATE)]
    plans = [
        PlanPoint(2020, D("35.6"), "dự toán huyện giao"),
        PlanPoint(2020, D("33.86"), "dự toán tỉnh giao"),
    ]
    result = evaluate(revenue, values, plans)
    assert [(p.source, round_half_up(p.pct)) for p in result.plan_ratios] == [
        ("dự toán huyện giao", D("84.3")),
        ("dự toán tỉnh giao", D("88.6")),
    ]
    assert "Năm 2020: 30 tỷ đồng (số liệu chưa đủ năm), đạt 84,3% dự toán huyện giao (35,6 tỷ đồng)." in (
        result.explanation
    )


def test_budget_revenue_45_799_billion_against_36_875_billion_is_124_2_percent() -> None:
    revenue = level("thu", "Thu ngân sách", "tỷ đồng", "36875")
    result = evaluate(revenue, [ValuePoint(*calendar_year(2024), D(45799))])
    assert round_half_up(result.ratio_pct) == D("124.2")
    assert result.status is Status.EXCEEDED
    assert "So với chỉ tiêu: 45.799 / 36.875 × 100 = 124,2%." in result.explanation


def test_a_rate_of_83_2_percent_against_50_percent_is_166_4_percent() -> None:
    rate = level("tl", "Tỷ lệ xã đạt chuẩn quốc gia về y tế", "%", "50", is_percent=True)
    assert round_half_up(evaluate(rate, [ValuePoint(*calendar_year(2024), D("83.2"))]).ratio_pct) == D(
        "166.4"
    )


def test_a_target_at_92_percent_of_its_goal_is_near_only_when_the_90_band_is_on() -> None:
    # Phụng Hiệp style: a committee class "đạt trên 90%" next to đạt and không đạt.
    rice = level("lua", "Sản lượng lúa", "tấn", "25000")
    values = [ValuePoint(*calendar_year(2023), D(23000))]
    assert evaluate(rice, values).status is Status.NOT_MET
    banded = evaluate(rice, values, config=EvaluationConfig(near_band_pct=D(90)))
    assert banded.status is Status.NEAR
    assert banded.ratio_pct == D(92)


def test_the_near_band_does_not_catch_a_target_below_it() -> None:
    rice = level("lua", "Sản lượng lúa", "tấn", "25000")
    values = [ValuePoint(*calendar_year(2023), D(22000))]  # 88%
    assert evaluate(rice, values, config=EvaluationConfig(near_band_pct=D(90))).status is Status.NOT_MET


HEALTH = TargetDef(
    key="y-te",
    label="10.",
    name="Giường bệnh/vạn dân; bác sĩ/vạn dân; xã đạt chuẩn quốc gia về y tế",
    unit="",
    kind=TargetKind.LEVEL,
    form=ValueForm.EXACT,
    children=(
        level("giuong", "Giường bệnh/vạn dân", "giường", "30"),
        level("bac-si", "Bác sĩ/vạn dân", "bác sĩ", "10"),
        level("xa-y-te", "Tỷ lệ xã đạt chuẩn quốc gia về y tế", "%", "100"),
    ),
)


def health_values(beds: str, doctors: str, communes: str) -> dict[str, list[ValuePoint]]:
    return {
        key: [ValuePoint(*calendar_year(2025), D(v))]
        for key, v in (("giuong", beds), ("bac-si", doctors), ("xa-y-te", communes))
    }


def test_a_parent_is_met_when_all_its_children_are() -> None:
    result = evaluate_tree(HEALTH, health_values("31", "10.2", "100"))
    assert [c.status for c in result.children] == [Status.EXCEEDED, Status.EXCEEDED, Status.MET]
    assert result.status is Status.MET
    assert result.actual == D(3)


def test_a_parent_is_not_met_when_one_child_is_not() -> None:
    result = evaluate_tree(HEALTH, health_values("31", "9.5", "100"))
    assert result.status is Status.NOT_MET
    assert "2/3 đạt hoặc vượt" in result.explanation[0]


def test_a_parent_can_be_met_by_a_minimum_share_of_its_children() -> None:
    children = evaluate_tree(HEALTH, health_values("31", "9.5", "100")).children
    two_thirds = EvaluationConfig(children_rule=ChildrenRule.MIN_SHARE, children_min_share=D(60))
    assert evaluate_children(HEALTH, children, two_thirds).status is Status.MET


def test_a_parent_waits_for_children_without_data_before_it_is_met() -> None:
    values = health_values("31", "10.2", "100")
    del values["bac-si"]
    assert evaluate_tree(HEALTH, values).status is Status.NO_DATA


URBAN = TargetDef(
    key="do-thi",
    label="5.",
    name="Tỷ lệ đô thị hóa",
    unit="%",
    kind=TargetKind.LEVEL,
    form=ValueForm.EXACT,
    value=D(16),
    children=(
        level("thi-tran", "Tỷ lệ dân số thị trấn", "%", "10"),
        level("khu-do-thi", "Tỷ lệ dân số khu đô thị mới", "%", "6"),
    ),
)


def test_a_parent_that_states_its_own_figure_is_judged_on_it_and_keeps_its_parts() -> None:
    # "Tỷ lệ đô thị hóa đạt 16%, trong đó …": the 16% does not vanish once the parts are listed.
    values = {
        "do-thi": [ValuePoint(*calendar_year(2025), D("16.4"))],
        "thi-tran": [ValuePoint(*calendar_year(2025), D("9"))],
        "khu-do-thi": [ValuePoint(*calendar_year(2025), D("7.4"))],
    }
    result = evaluate_tree(URBAN, values)
    assert (result.status, result.actual) == (Status.EXCEEDED, D("16.4"))
    assert [c.status for c in result.children] == [Status.NOT_MET, Status.EXCEEDED]
    assert any("1/2 đạt hoặc vượt" in sentence for sentence in result.explanation)


def test_a_parent_with_its_own_figure_but_no_value_yet_is_judged_from_its_parts() -> None:
    values = {
        key: [ValuePoint(*calendar_year(2025), D(v))] for key, v in (("thi-tran", "10"), ("khu-do-thi", "6"))
    }
    assert evaluate_tree(URBAN, values).status is Status.MET


def test_the_explanation_states_the_numbers_and_the_rule() -> None:
    forest = level("rung", "Tỷ lệ che phủ rừng", "%", "65")
    result = evaluate(forest, [ValuePoint(*calendar_year(2025), D("64.5"))])
    assert result.status is Status.NOT_MET
    assert result.explanation == [
        "Chỉ tiêu “Tỷ lệ che phủ rừng”: 65% (mức đạt được đến năm đích; càng cao càng tốt).",
        "Số liệu mới nhất: 64,5% (năm 2025, chính thức).",
        "So với chỉ tiêu: 64,5 / 65 × 100 = 99,2%.",
        "Đạt khi bằng chỉ tiêu 65, vượt khi cao hơn, không đạt khi thấp hơn; 64,5 → không đạt.",
    ]


def test_a_strict_bound_says_the_bound_itself_is_not_met() -> None:
    poverty = TargetDef(
        key="ngheo",
        label="12.",
        name="Tỷ lệ hộ nghèo",
        unit="%",
        kind=TargetKind.LEVEL,
        form=ValueForm.MAX_BOUND,
        direction="lower",  # type: ignore[arg-type]
        value=D(4),
        strict=True,
    )
    result = evaluate(poverty, [ValuePoint(*calendar_year(2025), D("4.39"))])
    assert result.status is Status.NOT_MET
    assert (
        result.explanation[0]
        == "Chỉ tiêu “12. Tỷ lệ hộ nghèo”: dưới 4% (mức đạt được đến năm đích; càng thấp càng tốt)."
    )
    assert "đạt khi nhỏ hơn 4 (bằng 4 là không đạt)" in result.explanation[-1]


def test_the_basis_lists_the_values_that_counted() -> None:
    forest = level("rung", "Tỷ lệ che phủ rừng", "%", "65")
    official = ValuePoint(*calendar_year(2025), D("64.5"))
    estimate = ValuePoint(*calendar_year(2025), D("65.2"), kind=ValueKind.ESTIMATE)
    assert evaluate(forest, [estimate, official]).basis == [official]
