"""The actual to compare with a target, by target kind, with the sentences that show the arithmetic."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation, localcontext

from .definitions import EvaluationConfig, Status, TargetDef, TargetKind, ValueForm, ValuePoint
from .status import HUNDRED, classify, ordinal_rank, ratio_pct, status_rank, target_figure, worst
from .values import (
    YearPoints,
    latest_period_points,
    latest_point,
    says_yes,
    term_to_date_points,
    yearly_points,
)
from .wording import VALUE_KIND_LABELS, amount, num, pct, period, show_measure, status_label


@dataclass(slots=True)
class Actual:
    value: Decimal | None
    by_year: dict[int, Decimal] = field(default_factory=dict)
    basis: list[ValuePoint] = field(default_factory=list)
    partial_years: tuple[int, ...] = ()
    explanation: list[str] = field(default_factory=list)
    status: Status | None = None  # set when the kind gives the verdict itself (ANNUAL)
    status_by_year: dict[int, Status] = field(default_factory=dict)
    covered_to: date | None = None  # end of the latest period counted, for the forecast


def measure(target: TargetDef, point: ValuePoint) -> Decimal | None:
    """The number a point stands for under this target: a rank, 1/0, a count, a value or num/den × 100."""
    if target.form is ValueForm.ORDINAL or target.kind is TargetKind.ORDINAL:
        return _ordinal(target, point)
    if target.form is ValueForm.YES_NO or target.kind is TargetKind.YES_NO:
        return _yes_no(point)
    if target.form is ValueForm.COUNT_FRACTION and point.numerator is not None:
        return point.numerator
    if point.value is not None:
        return point.value
    if point.numerator is not None and point.denominator:
        return point.numerator / point.denominator * HUNDRED
    return None


def term_bounds(target: TargetDef) -> tuple[int | None, int | None]:
    """First and last year of the term: start_year, else the year after the base year; the deadline."""
    first = target.start_year
    if first is None and target.baseline_year is not None:
        first = target.baseline_year + 1
    return first, target.deadline_year


def compute_actual(target: TargetDef, points: Sequence[ValuePoint], config: EvaluationConfig) -> Actual:
    """`points` are already filtered as of the review and reduced to one per period (values.best_per_period)."""
    usable = [p for p in points if measure(target, p) is not None]
    return _BY_KIND[target.kind](target, usable, config)


def year_value(target: TargetDef, year: YearPoints) -> Decimal | None:
    if target.kind is TargetKind.RATIO and target.is_flow:
        return _sum_ratio(year.points)
    if not target.is_flow:
        return measure(target, year.points[-1])
    parts = [measure(target, p) for p in year.points]
    present = [part for part in parts if part is not None]
    return sum(present, Decimal(0)) if len(present) == len(parts) else None


def describe_point(
    target: TargetDef, point: ValuePoint, value: Decimal | None, unit: str | None = None
) -> str:
    """'64,5% (năm 2023, chính thức)'."""
    figure = amount(value, unit) if unit is not None else show_measure(target, value)
    return f"{figure} ({period(point.period_start, point.period_end)}, {VALUE_KIND_LABELS[point.kind]})"


def _ordinal(target: TargetDef, point: ValuePoint) -> Decimal | None:
    return ordinal_rank(target, point.text) if point.text is not None else point.value


def _yes_no(point: ValuePoint) -> Decimal | None:
    if point.text is not None:
        answer = says_yes(point.text)
        return None if answer is None else Decimal(answer)
    if point.value is None:
        return None
    return Decimal(1) if point.value else Decimal(0)


def _by_year(target: TargetDef, years: dict[int, YearPoints]) -> dict[int, Decimal]:
    values = {year: year_value(target, yp) for year, yp in years.items()}
    return {year: v for year, v in values.items() if v is not None}


def _in_term(target: TargetDef, years: dict[int, YearPoints]) -> dict[int, YearPoints]:
    first, last = term_bounds(target)
    return {y: yp for y, yp in years.items() if (first is None or y >= first) and (last is None or y <= last)}


def _partial(years: dict[int, YearPoints]) -> tuple[int, ...]:
    return tuple(y for y, yp in years.items() if yp.partial)


def _level(target: TargetDef, points: list[ValuePoint], config: EvaluationConfig) -> Actual:
    years = yearly_points(points, target.is_flow)
    last = latest_point(points)
    if last is None:
        return Actual(None, explanation=["Chưa có số liệu."])
    value = measure(target, last)
    return Actual(
        value,
        by_year=_by_year(target, years),
        basis=[last],
        partial_years=_partial(years),
        explanation=[f"Số liệu mới nhất: {describe_point(target, last, value)}."],
        covered_to=last.period_end,
    )


def _cumulative(target: TargetDef, points: list[ValuePoint], config: EvaluationConfig) -> Actual:
    years = _in_term(target, yearly_points(points, flow=True))
    by_year = _by_year(target, years)
    first, _ = term_bounds(target)
    if not by_year and first is None:
        return Actual(None, explanation=["Chưa có số liệu."])
    total = sum(by_year.values(), Decimal(0))
    basis = [p for y in by_year for p in years[y].points]
    covered_to = max((years[y].covered_to for y in by_year), default=None)
    terms = " + ".join(f"{num(v)} ({_year_words(y, years[y])})" for y, v in by_year.items())
    explanation = [f"Lũy kế các năm của nhiệm kỳ: {terms} = {amount(total, target.unit)}."] if by_year else []
    running = _term_to_date(points, first) if first is not None else None
    if running is not None and (covered_to is None or running.period_end >= covered_to):
        # A "lũy kế từ đầu nhiệm kỳ" report is the committee's own sum and may include late corrections.
        total, basis, covered_to = measure(target, running) or Decimal(0), [running], running.period_end
        explanation = [f"Lũy kế từ đầu nhiệm kỳ theo báo cáo: {describe_point(target, running, total)}."]
    if not basis:
        return Actual(None, explanation=["Chưa có số liệu trong nhiệm kỳ."])
    return Actual(
        total,
        by_year=by_year,
        basis=basis,
        partial_years=_partial(years),
        explanation=explanation,
        covered_to=covered_to,
    )


def _term_to_date(points: list[ValuePoint], first_year: int) -> ValuePoint | None:
    return latest_point(term_to_date_points(points, first_year))


def _year_words(year: int, yp: YearPoints) -> str:
    if not yp.partial:
        return f"năm {year}"
    return f"năm {year}, đến {yp.covered_to:%d/%m/%Y}"


def _annual(target: TargetDef, points: list[ValuePoint], config: EvaluationConfig) -> Actual:
    years = _in_term(target, yearly_points(points, target.is_flow))
    by_year = _by_year(target, years)
    # A flow counted over 9 months cannot be judged against a whole year's target; a rate can.
    judged = {y: v for y, v in by_year.items() if not (years[y].partial and target.is_flow)}
    explanation = [
        f"Năm {y} mới có số liệu đến {years[y].covered_to:%d/%m/%Y}, chưa đánh giá."
        for y in by_year
        if y not in judged
    ]
    if not judged:
        return Actual(
            None,
            by_year=by_year,
            partial_years=_partial(years),
            explanation=explanation or ["Chưa có số liệu."],
        )
    tolerance = config.approximate_tolerance_pct
    status_by_year = {y: classify(target, v, tolerance) for y, v in judged.items()}
    figure = target_figure(target)

    def weakness(year: int) -> tuple[int, Decimal]:
        ratio = ratio_pct(figure, judged[year], target.direction)
        return (status_rank(status_by_year[year]), ratio if ratio is not None else Decimal(0))

    weakest = min(judged, key=weakness)
    verdict = worst(list(status_by_year.values()))
    parts = "; ".join(
        f"năm {y}: {show_measure(target, v)} – {status_label(status_by_year[y])}" for y, v in judged.items()
    )
    explanation.append(f"Chỉ tiêu hằng năm, xét từng năm: {parts}.")
    explanation.append(
        f"Cả nhiệm kỳ đạt khi mọi năm đều đạt; năm yếu nhất là {weakest} ({show_measure(target, judged[weakest])})."
    )
    return Actual(
        judged[weakest],
        by_year=by_year,
        basis=[p for y in judged for p in years[y].points],
        partial_years=_partial(years),
        explanation=explanation,
        status=verdict,
        status_by_year=status_by_year,
        covered_to=max(years[y].covered_to for y in judged),
    )


def _growth_rate(target: TargetDef, points: list[ValuePoint], config: EvaluationConfig) -> Actual:
    years = yearly_points(points, target.is_flow)
    by_year = _by_year(target, years)
    base_year = target.baseline_year
    if base_year is None:
        return Actual(None, by_year=by_year, explanation=["Thiếu năm gốc để tính tốc độ tăng bình quân."])
    explanation = [
        f"Năm {y} mới có số liệu đến {years[y].covered_to:%d/%m/%Y}, không dùng để tính tốc độ tăng bình quân."
        for y in by_year
        if y > base_year and years[y].partial and target.is_flow
    ]
    later = [y for y in by_year if y > base_year and not (years[y].partial and target.is_flow)]
    if not later:
        return Actual(None, by_year=by_year, explanation=explanation or ["Chưa có số liệu sau năm gốc."])
    if target.values_are_rates:
        rate, sentence = _chained_rate(target, {y: by_year[y] for y in later})
    else:
        rate, sentence = _geometric_rate(target, by_year, base_year, max(later))
    explanation.append(sentence)
    used = later if target.values_are_rates else [max(later)]
    return Actual(
        rate,
        by_year=by_year,
        basis=[p for y in used for p in years[y].points],
        partial_years=_partial(years),
        explanation=explanation,
        covered_to=years[max(later)].covered_to,
    )


def _geometric_rate(
    target: TargetDef, by_year: dict[int, Decimal], base_year: int, last_year: int
) -> tuple[Decimal | None, str]:
    base = target.baseline_value if target.baseline_value is not None else by_year.get(base_year)
    latest = by_year[last_year]
    n = last_year - base_year
    if base is None or base <= 0 or latest < 0:
        return None, f"Không tính được tốc độ tăng bình quân: giá trị năm gốc {base_year} là {num(base)}."
    rate = (_root(latest / base, n) - 1) * HUNDRED
    return rate, (
        f"Tốc độ tăng bình quân = (V{last_year} / V{base_year})^(1/{n}) − 1 = "
        f"({num(latest)} / {num(base)})^(1/{n}) − 1 = {num(rate)}%/năm "
        f"(bình quân nhân, {n} năm tính từ năm sau năm gốc {base_year})."
    )


def _chained_rate(target: TargetDef, rates: dict[int, Decimal]) -> tuple[Decimal | None, str]:
    product = Decimal(1)
    for rate in rates.values():
        product *= 1 + rate / HUNDRED
    n = len(rates)
    if product < 0:
        return None, "Không tính được tốc độ tăng bình quân từ các tốc độ hằng năm."
    average = (_root(product, n) - 1) * HUNDRED
    factors = " × ".join(f"(1 + {num(r)}%)" for r in rates.values())
    return average, f"Tốc độ tăng bình quân = ({factors})^(1/{n}) − 1 = {num(average)}%/năm (bình quân nhân)."


def _root(value: Decimal, n: int) -> Decimal:
    """The n-th root in Decimal arithmetic (28 significant digits), never through a float."""
    if value == 0:
        return Decimal(0)
    with localcontext() as context:
        context.prec = 28
        try:
            return value ** (Decimal(1) / Decimal(n))
        except InvalidOperation:  # pragma: no cover - negative bases are refused by the callers
            return Decimal("NaN")


def _total_change(target: TargetDef, points: list[ValuePoint], config: EvaluationConfig) -> Actual:
    """ "Đến năm 2030 tăng 31,6% so với năm 2025": (V_latest / V_base − 1) × 100, one rise over the whole span."""
    years = yearly_points(points, target.is_flow)
    by_year = _by_year(target, years)
    base_year = target.baseline_year
    if base_year is None:
        return Actual(None, by_year=by_year, explanation=["Thiếu năm gốc để tính mức tăng so với năm gốc."])
    later = [y for y in by_year if y > base_year and not (years[y].partial and target.is_flow)]
    base = target.baseline_value if target.baseline_value is not None else by_year.get(base_year)
    if not later or base is None or base <= 0:
        return Actual(
            None,
            by_year=by_year,
            explanation=[f"Chưa có số liệu năm gốc {base_year} và một năm sau đó để tính mức tăng."],
        )
    last = max(later)
    rise = (by_year[last] / base - 1) * HUNDRED
    return Actual(
        rise,
        by_year=by_year,
        basis=list(years[last].points),
        partial_years=_partial(years),
        explanation=[
            f"Mức tăng so với năm gốc = V{last} / V{base_year} − 1 = {num(by_year[last])} / {num(base)} − 1 "
            f"= {num(rise)}%."
        ],
        covered_to=years[last].covered_to,
    )


def _point_change(target: TargetDef, points: list[ValuePoint], config: EvaluationConfig) -> Actual:
    years = yearly_points(points, target.is_flow)
    last = latest_point(points)
    base, base_year = target.baseline_value, target.baseline_year
    if last is None:
        return Actual(None, explanation=["Chưa có số liệu."])
    latest = measure(target, last)
    n = last.period_end.year - base_year if base_year is not None else 0
    if base is None or latest is None or n <= 0:
        return Actual(
            None,
            by_year=_by_year(target, years),
            explanation=["Thiếu giá trị năm gốc để tính mức thay đổi bình quân."],
        )
    # The target is in points a year ("%/năm"); the values themselves are rates ("%").
    unit = target.unit.removesuffix("/năm")
    if target.change_is_decrease:
        change, words, formula = (base - latest) / n, "Mức giảm", f"({num(base)} − {num(latest)})"
    else:
        change, words, formula = (latest - base) / n, "Mức tăng", f"({num(latest)} − {num(base)})"
    return Actual(
        change,
        by_year=_by_year(target, years),
        basis=[last],
        partial_years=_partial(years),
        explanation=[
            f"Số liệu mới nhất: {describe_point(target, last, latest, unit)}; năm gốc {base_year}: {amount(base, unit)}.",
            f"{words} bình quân = {formula} / {n} năm = {num(change)} điểm phần trăm/năm.",
        ],
        covered_to=last.period_end,
    )


def _ratio(target: TargetDef, points: list[ValuePoint], config: EvaluationConfig) -> Actual:
    if target.is_flow:
        years = _in_term(target, yearly_points(points, flow=True))
        chosen = [p for yp in years.values() for p in yp.points]
        by_year = _by_year(target, years)
    else:
        chosen = latest_period_points(points)
        years = yearly_points(points, flow=False)
        by_year = _by_year(target, years)
    counted = [p for p in chosen if p.numerator is not None and p.denominator is not None]
    if not counted:
        if len(chosen) != 1:
            # Averaging percentages of units of different sizes gives a wrong rate: refuse instead.
            return Actual(
                None,
                by_year=by_year,
                explanation=["Không cộng được các tỷ lệ phần trăm: cần tử số và mẫu số của từng đơn vị."],
            )
        only = chosen[0]
        value = measure(target, only)
        return Actual(
            value,
            by_year=by_year,
            basis=[only],
            explanation=[f"Số liệu mới nhất: {describe_point(target, only, value)}."],
            covered_to=only.period_end,
        )
    numerator, denominator = _ratio_parts(counted)
    value = numerator / denominator * HUNDRED if denominator else None
    return Actual(
        value,
        by_year=by_year,
        basis=counted,
        partial_years=_partial(years),
        explanation=[
            f"Tỷ lệ = tổng tử số / tổng mẫu số = {num(numerator)} / {num(denominator)} × 100 = {pct(value)}."
        ],
        covered_to=max(p.period_end for p in counted),
    )


def _sum_ratio(points: Sequence[ValuePoint]) -> Decimal | None:
    numerator, denominator = _ratio_parts(points)
    return numerator / denominator * HUNDRED if denominator else None


def _ratio_parts(points: Sequence[ValuePoint]) -> tuple[Decimal, Decimal]:
    numerator = sum((p.numerator for p in points if p.numerator is not None), Decimal(0))
    denominator = sum((p.denominator for p in points if p.denominator is not None), Decimal(0))
    return numerator, denominator


_BY_KIND: dict[TargetKind, Callable[[TargetDef, list[ValuePoint], EvaluationConfig], Actual]] = {
    TargetKind.LEVEL: _level,
    TargetKind.CUMULATIVE: _cumulative,
    TargetKind.ANNUAL: _annual,
    TargetKind.GROWTH_RATE: _growth_rate,
    TargetKind.POINT_CHANGE: _point_change,
    TargetKind.TOTAL_CHANGE: _total_change,
    TargetKind.RATIO: _ratio,
    TargetKind.YES_NO: _level,
    TargetKind.ORDINAL: _level,
}
