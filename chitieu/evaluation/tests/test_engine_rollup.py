"""Rolling communes up to their district: sums, means, ratios of counts, units meeting a standard."""

from datetime import date
from decimal import Decimal as D

import pytest

from chitieu.evaluation.engine import (
    Contribution,
    RollupError,
    RollupRule,
    ValueKind,
    ValuePoint,
    roll_up,
    roll_up_series,
    round_half_up,
)
from chitieu.evaluation.engine.periods import calendar_year, month


def test_a_ratio_roll_up_divides_summed_counts_where_averaging_percentages_would_mislead() -> None:
    # Hộ dùng nước sạch: xã A 450/500 hộ (90%), xã B 120/1.200 hộ (10%).
    # The district has 570/1.700 = 33,5%; the mean of the two percentages would say 50%.
    communes = [
        Contribution(value=D(90), numerator=D(450), denominator=D(500), locality="xã A"),
        Contribution(value=D(10), numerator=D(120), denominator=D(1200), locality="xã B"),
    ]
    district = roll_up(RollupRule.RATIO, communes)
    assert round_half_up(district.value) == D("33.5")
    assert (district.numerator, district.denominator) == (D(570), D(1700))
    assert roll_up(RollupRule.MEAN, communes).value == D(50)


def test_a_ratio_roll_up_refuses_a_child_with_only_a_percentage() -> None:
    with pytest.raises(RollupError):
        roll_up(RollupRule.RATIO, [Contribution(value=D(90), locality="xã A")])


def test_counting_units_meeting_a_standard_12_of_13_xa_is_92_3_percent() -> None:
    communes = [Contribution(met=True, locality=f"xã {i}") for i in range(12)]
    communes.append(Contribution(met=False, locality="xã Tân Lập"))
    district = roll_up(RollupRule.COUNT_MEETING, communes)
    assert (district.numerator, district.denominator) == (D(12), D(13))
    assert round_half_up(district.value) == D("92.3")


def test_counts_meeting_a_standard_roll_up_again_as_a_ratio() -> None:
    # Two districts, 12/13 and 7/9 communes: the province has 19/22, not the mean of 92,3% and 77,8%.
    first = roll_up(RollupRule.COUNT_MEETING, [Contribution(met=i < 12) for i in range(13)])
    second = roll_up(RollupRule.COUNT_MEETING, [Contribution(met=i < 7) for i in range(9)])
    province = roll_up(RollupRule.RATIO, [first, second])
    assert province.value == D(19) / D(22) * 100


def test_a_sum_leaves_out_children_that_did_not_report() -> None:
    rolled = roll_up(RollupRule.SUM, [Contribution(value=D("1809.5")), Contribution(value=None)])
    assert rolled.value == D("1809.5")


def test_a_roll_up_with_no_figures_has_no_value_rather_than_zero() -> None:
    assert roll_up(RollupRule.SUM, [Contribution(value=None)]).value is None


def test_a_weighted_mean_weights_each_child() -> None:
    # Thu nhập bình quân đầu người weighted by population: (50 × 8.000 + 40 × 2.000) / 10.000 = 48.
    rolled = roll_up(
        RollupRule.WEIGHTED_MEAN,
        [Contribution(value=D(50), weight=D(8000)), Contribution(value=D(40), weight=D(2000))],
    )
    assert rolled.value == D(48) and rolled.weight == D(10000)


def test_a_weighted_mean_needs_every_weight() -> None:
    with pytest.raises(RollupError):
        roll_up(RollupRule.WEIGHTED_MEAN, [Contribution(value=D(50))])


def test_means_roll_up_again_exactly_through_their_counts() -> None:
    first = roll_up(RollupRule.MEAN, [Contribution(value=D(v)) for v in (1, 2, 3)])
    second = roll_up(RollupRule.MEAN, [Contribution(value=D(10))])
    assert roll_up(RollupRule.WEIGHTED_MEAN, [first, second]).value == D(16) / 4


def test_latest_takes_the_most_recent_child_figure() -> None:
    older = Contribution(value=D(1), period_end=date(2024, 6, 30))
    newer = Contribution(value=D(2), period_end=date(2024, 9, 30))
    assert roll_up(RollupRule.LATEST, [newer, older]).value == D(2)


def test_a_series_roll_up_gives_one_point_per_period_from_each_communes_best_value() -> None:
    values = [
        ValuePoint(*month(2024, 1), D(10), locality="xã A"),
        ValuePoint(*month(2024, 1), D(12), kind=ValueKind.ESTIMATE, locality="xã A"),
        ValuePoint(*month(2024, 1), D(5), locality="xã B"),
        ValuePoint(*month(2024, 2), D(7), kind=ValueKind.ESTIMATE, locality="xã B"),
    ]
    series = roll_up_series(RollupRule.SUM, values)
    assert [(p.period_end, p.value, p.kind) for p in series] == [
        (date(2024, 1, 31), D(15), ValueKind.OFFICIAL),
        (date(2024, 2, 29), D(7), ValueKind.ESTIMATE),
    ]


def test_a_series_roll_up_respects_as_of() -> None:
    values = [
        ValuePoint(*calendar_year(2024), D(10), locality="xã A", reported_on=date(2025, 1, 10)),
        ValuePoint(*calendar_year(2024), D(5), locality="xã B", reported_on=date(2025, 3, 10)),
    ]
    series = roll_up_series(RollupRule.SUM, values, as_of=date(2025, 2, 1))
    assert [p.value for p in series] == [D(10)]


def test_a_series_count_meeting_reads_dat_chuan_from_each_commune() -> None:
    values = [ValuePoint(*calendar_year(2024), None, text="đạt chuẩn", locality=f"xã {i}") for i in range(12)]
    values.append(ValuePoint(*calendar_year(2024), None, text="chưa đạt", locality="xã Tân Lập"))
    (district,) = roll_up_series(RollupRule.COUNT_MEETING, values)
    assert (district.numerator, district.denominator) == (D(12), D(13))
