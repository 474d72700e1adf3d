"""Properties that hold for any figures: direction symmetry, roll-ups of one child, ratios from raw counts."""

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from chitieu.evaluation.engine import (
    Contribution,
    Direction,
    RollupRule,
    Status,
    TargetDef,
    TargetKind,
    ValueForm,
    classify,
    roll_up,
)

figures = st.decimals(
    min_value=D("-1e6"), max_value=D("1e6"), places=3, allow_nan=False, allow_infinity=False
)
positive = st.decimals(min_value=D("0.001"), max_value=D("1e6"), places=3)
counts = st.integers(min_value=0, max_value=100_000).map(D)
REACHED = {Status.MET, Status.EXCEEDED}


def exact(value: D, direction: Direction) -> TargetDef:
    return TargetDef(
        key="t",
        label="",
        name="",
        unit="",
        kind=TargetKind.LEVEL,
        form=ValueForm.EXACT,
        direction=direction,
        value=value,
    )


@given(target=figures, actual=figures)
def test_swapping_direction_swaps_reached_and_not_met_for_an_exact_target_missed_or_beaten(
    target: D, actual: D
) -> None:
    # With actual ≠ target an exact target is either exceeded or not met; the other direction says the opposite.
    if actual == target:
        assert classify(exact(target, Direction.HIGHER), actual) is Status.MET
        assert classify(exact(target, Direction.LOWER), actual) is Status.MET
        return
    higher = classify(exact(target, Direction.HIGHER), actual)
    lower = classify(exact(target, Direction.LOWER), actual)
    assert {higher, lower} == {Status.EXCEEDED, Status.NOT_MET}
    assert (higher in REACHED) is (lower is Status.NOT_MET)


@given(
    value=figures,
    weight=positive,
    rule=st.sampled_from([RollupRule.SUM, RollupRule.MEAN, RollupRule.WEIGHTED_MEAN, RollupRule.LATEST]),
)
def test_a_roll_up_over_one_child_is_that_child(value: D, weight: D, rule: RollupRule) -> None:
    assert roll_up(rule, [Contribution(value=value, weight=weight)]).value == value


@given(numerator=counts, denominator=counts.filter(lambda d: d > 0))
def test_a_ratio_roll_up_over_one_child_keeps_its_counts(numerator: D, denominator: D) -> None:
    child = Contribution(numerator=numerator, denominator=denominator)
    rolled = roll_up(RollupRule.RATIO, [child])
    assert (rolled.numerator, rolled.denominator) == (numerator, denominator)
    assert rolled.value == numerator / denominator * 100


@given(
    pairs=st.lists(st.tuples(counts, counts.filter(lambda d: d > 0)), min_size=1, max_size=30),
    split=st.integers(min_value=0, max_value=30),
)
def test_a_ratio_roll_up_equals_the_ratio_recomputed_from_raw_counts_at_any_depth(
    pairs: list[tuple[D, D]], split: int
) -> None:
    children = [Contribution(numerator=n, denominator=d) for n, d in pairs]
    expected = sum(n for n, _ in pairs) / sum(d for _, d in pairs) * 100
    assert roll_up(RollupRule.RATIO, children).value == expected
    # Communes → two districts → province gives the same figure as communes → province.
    first, second = children[:split], children[split:]
    districts = [roll_up(RollupRule.RATIO, part) for part in (first, second) if part]
    assert roll_up(RollupRule.RATIO, districts).value == expected
