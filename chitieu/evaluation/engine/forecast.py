"""The mid-term forecast: project each kind of target to its deadline and class it on track, likely or hard."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .actuals import Actual, term_bounds
from .definitions import Direction, EvaluationConfig, Status, TargetDef, TargetKind
from .status import HUNDRED, REACHED, classify, ratio_pct, target_figure
from .values import year_end
from .wording import amount, num, pct, status_label

TWELVE = Decimal(12)


@dataclass(frozen=True, slots=True)
class Projection:
    value: Decimal | None
    on_path: bool | None  # None when the kind has no path (the rate so far is the projection)
    explanation: str


def months_after_year(year: int, day: date) -> int:
    """Whole months from the end of `year` to `day`; a period ending on or after the 14th counts its month
    (Decree 09/2019 closes reporting periods on the 14th)."""
    months = (day.year - year - 1) * 12 + day.month
    return months if day.day >= 14 else months - 1


def forecast(
    target: TargetDef, actual: Actual, status: Status, config: EvaluationConfig
) -> tuple[Status | None, Decimal | None, list[str]]:
    """(forecast class, projection in the target's unit, sentences); (None, None, []) when forecasting is off."""
    if not config.forecast_on or actual.value is None:
        return None, None, []
    if (
        target.deadline_year is not None
        and actual.covered_to is not None
        and actual.covered_to >= year_end(target.deadline_year)
    ):
        return status, actual.value, ["Đã có số liệu đến hết năm đích: dự báo là kết quả thực hiện."]
    if target.kind is TargetKind.ANNUAL:
        return _annual(status)
    projection = _project(target, actual)
    if projection is None:
        return None, None, ["Loại chỉ tiêu này không dự báo bằng phép ngoại suy."]
    sentences = [projection.explanation]
    if projection.value is None:
        return None, None, sentences
    if status in REACHED:
        sentences.append(f"Đã {status_label(status)} chỉ tiêu nên giữ kết quả {status_label(status)}.")
        return status, projection.value, sentences
    verdict = _classify(target, projection, config)
    sentences.append(_verdict_sentence(target, projection, verdict, config))
    return verdict, projection.value, sentences


def _classify(target: TargetDef, projection: Projection, config: EvaluationConfig) -> Status:
    assert projection.value is not None
    if classify(target, projection.value, config.approximate_tolerance_pct) in REACHED:
        return Status.LIKELY if projection.on_path is False else Status.ON_TRACK
    ratio = ratio_pct(target_figure(target), projection.value, target.direction)
    return Status.LIKELY if ratio is not None and ratio >= config.likely_threshold_pct else Status.HARD


def _verdict_sentence(
    target: TargetDef, projection: Projection, verdict: Status, config: EvaluationConfig
) -> str:
    ratio = ratio_pct(target_figure(target), projection.value, target.direction)
    if ratio is None:  # a projection of 0 against a lower-is-better target has no ratio
        return f"Dự báo {amount(projection.value, target.unit)} so với chỉ tiêu → {status_label(verdict)}."
    return (
        f"Dự báo bằng {pct(ratio)} chỉ tiêu (ngưỡng có khả năng đạt: {num(config.likely_threshold_pct)}%) "
        f"→ {status_label(verdict)}."
    )


def _annual(status: Status) -> tuple[Status | None, Decimal | None, list[str]]:
    if status in (Status.NOT_MET, Status.NEAR):
        return Status.NOT_MET, None, ["Đã có năm không đạt nên chỉ tiêu hằng năm không thể đạt cả nhiệm kỳ."]
    if status in REACHED:
        return Status.ON_TRACK, None, ["Các năm đã qua đều đạt: đạt tiến độ."]
    return None, None, []


def _project(target: TargetDef, actual: Actual) -> Projection | None:
    if target.kind in (TargetKind.LEVEL, TargetKind.RATIO):
        return _linear(target, actual)
    if target.kind is TargetKind.CUMULATIVE:
        return _pro_rata(target, actual)
    if target.kind in (TargetKind.GROWTH_RATE, TargetKind.POINT_CHANGE):
        return Projection(
            actual.value,
            None,
            f"Dự báo: giữ mức bình quân đã đạt ({amount(actual.value, target.unit)}) đến năm "
            f"{target.deadline_year or '—'}.",
        )
    return None


def _linear(target: TargetDef, actual: Actual) -> Projection:
    """Straight line through the baseline and the latest value, carried on to the end of the deadline year."""
    base, base_year = target.baseline_value, target.baseline_year
    if base is None or base_year is None:
        earlier = [y for y in actual.by_year if actual.covered_to and y < actual.covered_to.year]
        if earlier:
            base_year = min(earlier)
            base = actual.by_year[base_year]
    goal, deadline = target_figure(target), target.deadline_year
    if base is None or base_year is None or goal is None or deadline is None or actual.covered_to is None:
        return Projection(None, None, "Thiếu năm gốc, giá trị gốc hoặc năm đích để dự báo.")
    elapsed = Decimal(months_after_year(base_year, actual.covered_to)) / TWELVE
    term = Decimal(deadline - base_year)
    if elapsed <= 0 or term <= 0:
        return Projection(None, None, "Chưa đủ thời gian từ năm gốc để dự báo.")
    value = actual.value
    assert value is not None
    trend = base + (value - base) * term / elapsed
    projected, bound = _within_bounds(target, trend, base, value)
    path = base + (goal - base) * elapsed / term
    on_path = value >= path if target.direction is Direction.HIGHER else value <= path
    return Projection(
        projected,
        on_path,
        f"Dự báo theo xu hướng tuyến tính từ năm gốc {base_year}: {num(base)} + ({num(value)} − {num(base)}) × "
        f"{num(term)} / {num(elapsed)} năm = {amount(trend, target.unit)} vào cuối năm {deadline}{bound}; "
        f"lộ trình đều từ gốc đến chỉ tiêu cần {amount(path, target.unit)} đến {actual.covered_to:%d/%m/%Y} "
        f"({'đạt' if on_path else 'chưa đạt'} lộ trình).",
    )


def _within_bounds(target: TargetDef, trend: Decimal, base: Decimal, value: Decimal) -> tuple[Decimal, str]:
    """A straight line runs on past what the figure can be: a rate or a count that never was negative stays at
    0 or above, a percentage that never passed 100 stays at 100 or below. Returns the bounded value and the
    words that say so."""
    if trend < 0 <= min(base, value):
        return Decimal(0), ", nhưng chỉ số không thể âm nên lấy 0"
    if target.is_percent and trend > HUNDRED >= max(base, value):
        return HUNDRED, ", nhưng tỷ lệ không thể quá 100% nên lấy 100%"
    return trend, ""


def _pro_rata(target: TargetDef, actual: Actual) -> Projection:
    """The sum so far divided by the share of the term elapsed."""
    first, deadline = term_bounds(target)
    goal = target_figure(target)
    if first is None or deadline is None or goal is None or actual.covered_to is None:
        return Projection(None, None, "Thiếu năm đầu hoặc năm cuối nhiệm kỳ để dự báo.")
    elapsed = Decimal(months_after_year(first - 1, actual.covered_to)) / TWELVE
    term = Decimal(deadline - first + 1)
    if elapsed <= 0:
        return Projection(None, None, "Chưa đủ thời gian trong nhiệm kỳ để dự báo.")
    value = actual.value
    assert value is not None
    projected = value * term / elapsed
    path = goal * elapsed / term
    on_path = value >= path if target.direction is Direction.HIGHER else value <= path
    return Projection(
        projected,
        on_path,
        f"Dự báo theo tỷ lệ thời gian đã qua: {num(value)} / ({num(elapsed)} / {num(term)} năm) = "
        f"{amount(projected, target.unit)}; lộ trình cần {amount(path, target.unit)} đến "
        f"{actual.covered_to:%d/%m/%Y} ({'đạt' if on_path else 'chưa đạt'} lộ trình).",
    )
