"""A series roll-up takes shortcuts for tidy data; on any data it must agree with the plain rule, period by period."""

from datetime import date
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from chitieu.evaluation.engine import RollupRule, ValueKind, ValuePoint, roll_up_series
from chitieu.evaluation.engine.definitions import ValueKind as Kind
from chitieu.evaluation.engine.rollup import _RULES, meets_standard
from chitieu.evaluation.engine.values import has_data, known_as_of, precedence

COMMUNES = ["xã Tân Lập", "xã Đồng Tâm", "phường Phú Lương"]
# Two periods end on 30/9: quý III and 9 tháng đầu năm; one is the month of September.
PERIODS = [
    (date(2024, 7, 1), date(2024, 9, 30)),
    (date(2024, 1, 1), date(2024, 9, 30)),
    (date(2024, 9, 1), date(2024, 9, 30)),
    (date(2024, 10, 1), date(2024, 12, 31)),
]
WEIGHTS = {"xã Tân Lập": D(3200), "xã Đồng Tâm": D(5100), "phường Phú Lương": D(12000)}
reports = st.one_of(st.none(), st.dates(min_value=date(2024, 9, 1), max_value=date(2025, 3, 31)))
amounts = st.one_of(st.none(), st.decimals(min_value=D(0), max_value=D(5000), places=1))


@st.composite
def value_points(draw: st.DrawFn) -> ValuePoint:
    start, end = draw(st.sampled_from(PERIODS))
    numerator = draw(amounts)
    return ValuePoint(
        start,
        end,
        draw(amounts),
        kind=draw(st.sampled_from(list(ValueKind))),
        reported_on=draw(reports),
        numerator=numerator,
        denominator=None if numerator is None else numerator + draw(st.integers(1, 900)),
        text=draw(st.sampled_from([None, "đạt chuẩn", "chưa đạt"])),
        locality=draw(st.sampled_from(COMMUNES)),
    )


def plainly(rule: RollupRule, values: list[ValuePoint], as_of: date | None) -> list[tuple]:
    """Per period: each commune's best value known on the date, then the rule, with no shortcut at all."""
    rows = []
    for start, end in sorted({(p.period_start, p.period_end) for p in values}, key=lambda s: (s[1], s[0])):
        best: dict[str | None, ValuePoint] = {}
        for point in known_as_of(
            [p for p in values if (p.period_start, p.period_end) == (start, end)], as_of
        ):
            current = best.get(point.locality)
            if has_data(point) and (current is None or precedence(point) > precedence(current)):
                best[point.locality] = point
        children = list(best.values())
        if not children:
            continue
        weights = [WEIGHTS[c.locality] for c in children] if rule is RollupRule.WEIGHTED_MEAN else []
        met = [meets_standard(c) for c in children] if rule is RollupRule.COUNT_MEETING else []
        rolled = _RULES[rule](children, weights, met)
        kind = min(c.kind for c in children)
        reported = max((c.reported_on for c in children if c.reported_on), default=None)
        rows.append((start, end, rolled.value, rolled.numerator, rolled.denominator, kind, reported))
    return rows


@settings(max_examples=300)
@given(
    values=st.lists(value_points(), max_size=14),
    rule=st.sampled_from([r for r in RollupRule if r is not RollupRule.RATIO]),
    as_of=st.one_of(st.none(), st.dates(min_value=date(2024, 9, 15), max_value=date(2025, 2, 1))),
)
def test_a_series_roll_up_agrees_with_the_plain_rule_on_untidy_data(
    values: list[ValuePoint], rule: RollupRule, as_of: date | None
) -> None:
    weights = WEIGHTS if rule is RollupRule.WEIGHTED_MEAN else None
    series = roll_up_series(rule, values, as_of=as_of, weights=weights)
    assert [
        (p.period_start, p.period_end, p.value, p.numerator, p.denominator, p.kind, p.reported_on)
        for p in series
    ] == plainly(rule, values, as_of)


@settings(max_examples=150)
@given(
    values=st.lists(value_points().filter(lambda p: p.numerator is not None), max_size=14),
    as_of=st.one_of(st.none(), st.dates(min_value=date(2024, 9, 15), max_value=date(2025, 2, 1))),
)
def test_a_ratio_series_roll_up_agrees_with_the_plain_rule_on_untidy_data(
    values: list[ValuePoint], as_of: date | None
) -> None:
    series = roll_up_series(RollupRule.RATIO, values, as_of=as_of)
    assert [
        (p.period_start, p.period_end, p.value, p.numerator, p.denominator, p.kind, p.reported_on)
        for p in series
    ] == plainly(RollupRule.RATIO, values, as_of)


def test_a_tidy_month_of_every_commune_takes_the_weakest_kind_and_the_last_report() -> None:
    september = (date(2024, 9, 1), date(2024, 9, 30))
    values = [
        ValuePoint(*september, D("120.5"), Kind.OFFICIAL, date(2024, 10, 5), locality="xã Tân Lập"),
        ValuePoint(*september, D("80"), Kind.ESTIMATE, date(2024, 10, 9), locality="xã Đồng Tâm"),
    ]
    (district,) = roll_up_series(RollupRule.SUM, values, as_of=date(2024, 12, 31))
    assert (district.value, district.kind, district.reported_on) == (
        D("200.5"),
        Kind.ESTIMATE,
        date(2024, 10, 9),
    )
