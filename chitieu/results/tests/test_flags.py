"""Flags that know the target (issue 14): each names its rule; the ratio check compares like with like; a growth
target's levels are checked against the previous level; the approver sees every flag and the previous value."""

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.urls import reverse

from chitieu.evaluation.engine.definitions import TargetDef, TargetKind, ValueForm, ValuePoint
from chitieu.evaluation.engine.flags import check_counts, check_value
from chitieu.plans.models import Indicator, Target
from chitieu.results.door import System, record_observation
from chitieu.results.models import Observation, PeriodKind, Submission
from chitieu.results.queries import flagged_values, value_flags

SEED = System("test-fixture")
YEAR_2024 = SimpleNamespace(start=date(2024, 1, 1), end=date(2024, 12, 31))


def _point(year: int, value: str) -> ValuePoint:
    return ValuePoint(date(year, 1, 1), date(year, 12, 31), Decimal(value))


GROWTH = TargetDef(
    key="1",
    label="a)",
    name="Tốc độ tăng giá trị sản xuất bình quân",
    unit="%/năm",
    kind=TargetKind.GROWTH_RATE,
    form=ValueForm.EXACT,
    value=Decimal(10),
    value_unit="tỷ đồng",
)
LEVEL = TargetDef(
    key="2",
    label="1.",
    name="Thu nhập bình quân đầu người",
    unit="triệu đồng",
    kind=TargetKind.LEVEL,
    form=ValueForm.EXACT,
    value=Decimal(60),
)


def test_a_growth_target_s_level_is_not_set_against_its_percentage():
    """850 tỷ đồng is not 8.500% of 10%/năm: the level is checked against the previous level only."""
    assert check_value(_point(2024, "850"), _point(2023, "800"), [GROWTH]) == []


def test_a_growth_target_s_level_ten_times_the_previous_one_is_a_jump():
    flags = check_value(_point(2024, "8500"), _point(2023, "800"), [GROWTH])
    assert [f.code for f in flags] == ["jump"]
    assert flags[0].rule == "Tăng, giảm hơn 10 lần so với kỳ trước"
    assert flags[0].text.startswith("Tăng, giảm hơn 10 lần so với kỳ trước: Giá trị năm 2024 là 8.500")


def test_a_level_over_300_percent_of_a_level_target_is_flagged_with_its_rule():
    flags = check_value(_point(2024, "185"), None, [LEVEL])
    assert [f.code for f in flags] == ["ratio_over_300"]
    assert flags[0].rule == "So với chỉ tiêu trên 300%"
    assert "“Thu nhập bình quân đầu người” (60 triệu đồng) đạt 308,3%" in flags[0].message


def test_counts_that_do_not_add_up_are_flagged_with_their_rule():
    flag = check_counts(46, {"vượt": 10, "đạt": 22, "đạt tiến độ": 12})
    assert flag is not None and flag.code == "counts_do_not_add_up"
    assert flag.rule == "Các loại không cộng lại bằng tổng"
    assert "10 vượt + 22 đạt + 12 đạt tiến độ = 44" in flag.message


@pytest.mark.django_db
def test_a_commune_s_part_of_a_sum_is_not_set_against_the_district_s_target(entry):
    """Yên Ninh's budget revenue (a sum) is a part of Phú Lương's, whose target is 300 tỷ: no ratio between them;
    its own income target (60 triệu đồng) still is."""
    revenue = entry.district_revenue.indicator
    assert (
        value_flags(revenue, entry.world.yen_ninh, YEAR_2024, Decimal(1000), [entry.district_revenue]) == []
    )
    income = value_flags(
        entry.income_indicator, entry.world.yen_ninh, YEAR_2024, Decimal(250), [entry.income]
    )
    assert [f.code for f in income] == ["ratio_over_300"]


@pytest.mark.django_db
def test_a_growth_target_s_level_is_saved_without_a_note_and_a_real_jump_is_flagged(entry):
    output = Indicator.objects.create(code="gia-tri-san-xuat", name="Giá trị sản xuất", unit="tỷ đồng")
    growth = Target.objects.create(
        resolution=entry.commune_resolution,
        order=9,
        label="9.",
        name="Tốc độ tăng giá trị sản xuất bình quân",
        indicator=output,
        unit="%/năm",
        value=Decimal(10),
        kind=Target.Kind.GROWTH_RATE,
    )
    record_observation(
        actor=SEED,
        via="",
        indicator=output,
        locality=entry.world.yen_ninh,
        period_start=date(2023, 1, 1),
        period_end=date(2023, 12, 31),
        value=Decimal(800),
        kind=3,
        reported_on=date(2024, 1, 20),
        period_kind=PeriodKind.YEAR,
    )
    assert value_flags(output, entry.world.yen_ninh, YEAR_2024, Decimal(850), [growth]) == []
    flags = value_flags(output, entry.world.yen_ninh, YEAR_2024, Decimal(8500), [growth])
    assert [f.code for f in flags] == ["jump"]
    # A workbook of many units is checked the same way: 850 passes, 8.500 is flagged.
    unit, parents = entry.world.yen_ninh, {entry.world.yen_ninh.pk: entry.world.yen_ninh.parent_id}
    assert flagged_values(YEAR_2024, {(output.pk, unit.pk): Decimal(850)}, parents) == set()
    assert flagged_values(YEAR_2024, {(output.pk, unit.pk): Decimal(8500)}, parents) == {(output.pk, unit.pk)}


@pytest.mark.django_db
def test_the_approver_sees_each_flag_and_the_previous_value_beside_each_figure(entry, client, approver):
    record_observation(
        actor=SEED,
        via="",
        indicator=entry.income_indicator,
        locality=entry.world.yen_ninh,
        period_start=date(2023, 1, 1),
        period_end=date(2023, 9, 30),
        value=Decimal(40),
        kind=3,
        reported_on=date(2023, 10, 5),
        period_kind=PeriodKind.NINE_MONTHS,
    )
    record_observation(
        actor=SEED,
        via="",
        indicator=entry.income_indicator,
        locality=entry.world.yen_ninh,
        period_start=entry.period.start,
        period_end=entry.period.end,
        value=Decimal(420),
        kind=3,
        reported_on=date(2024, 10, 5),
        period_kind=PeriodKind.NINE_MONTHS,
    )
    submission = Submission.objects.create(
        period=entry.period, locality=entry.world.yen_ninh, status=Submission.Status.SUBMITTED
    )
    submission.observations.set(Observation.objects.filter(period_end=entry.period.end))
    client.force_login(approver)
    page = client.get(reverse("results:approval", args=[submission.pk])).content.decode()
    assert '<td class="num previous">40 <small class="muted">(01/01/2023–30/09/2023)</small></td>' in page
    assert 'data-rule="jump"' in page and "Tăng, giảm hơn 10 lần so với kỳ trước" in page
    assert 'data-rule="ratio_over_300"' in page and "So với chỉ tiêu trên 300%" in page
