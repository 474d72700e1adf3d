"""The entry points: evaluate one target from its values and plans; a parent from its children's evaluations."""

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from .actuals import Actual, compute_actual
from .definitions import (
    ChildrenRule,
    Direction,
    Evaluation,
    EvaluationConfig,
    Flag,
    PlanPoint,
    PlanRatio,
    Status,
    TargetDef,
    ValueForm,
    ValuePoint,
)
from .flags import check_estimates, check_jumps, check_percent, check_ratio
from .forecast import forecast
from .status import HUNDRED, REACHED, apply_near_band, classify, ratio_pct, target_figure, worst
from .values import best_per_period, ended_by, known_as_of
from .wording import DIRECTION_LABELS, KIND_LABELS, amount, describe_target, num, pct, status_label

DEFAULT_CONFIG = EvaluationConfig()


def evaluate(
    target: TargetDef,
    values: Sequence[ValuePoint],
    plans: Sequence[PlanPoint] = (),
    config: EvaluationConfig = DEFAULT_CONFIG,
) -> Evaluation:
    """Status, ratio, forecast, plan ratios, flags and the reasoning for one target from one locality's values.

    A parent's own children are not looked at here: use evaluate_tree, or evaluate_children on their results.
    """
    known = ended_by(known_as_of(values, config.as_of), config.until)
    held: list[ValuePoint] = []
    if not config.partial_rollups:
        held = best_per_period(p for p in known if p.partial)
        known = [p for p in known if not p.partial]
    points = best_per_period(known)
    actual = compute_actual(target, points, config)
    figure = target_figure(target)
    ratio = ratio_pct(figure, actual.value, target.direction) if figure is not None else None
    explanation = [_target_sentence(target), *actual.explanation]
    if actual.value is None:
        status = Status.NO_DATA
        if held:
            explanation.append(_held_sentence(target, held[-1]))
    else:
        status = actual.status or classify(target, actual.value, config.approximate_tolerance_pct)
        if ratio is not None:
            explanation.append(_ratio_sentence(target, actual.value, figure, ratio))
        explanation.append(_rule_sentence(target, actual.value, status, config))
    banded = apply_near_band(status, ratio, config.near_band_pct)
    if banded is not status:
        explanation.append(
            f"Theo cách xếp loại của cấp ủy, đạt từ {num(config.near_band_pct)}% chỉ tiêu trở lên "
            f"nên xếp “{status_label(banded, config.near_band_pct)}”."
        )
    forecast_status, projection, forecast_sentences = forecast(target, actual, banded, config)
    explanation.extend(forecast_sentences)
    plan_ratios = [_plan_ratio(target, plan, actual) for plan in plans]
    explanation.extend(_plan_sentence(target, pr, actual) for pr in plan_ratios)
    return Evaluation(
        target_key=target.key,
        actual=actual.value,
        actual_by_year=actual.by_year,
        ratio_pct=ratio,
        status=banded,
        forecast=forecast_status,
        projection=projection,
        plan_ratios=plan_ratios,
        flags=_flags(target, points, ratio, plan_ratios, config),
        explanation=explanation,
        basis=actual.basis,
        children=[],
        label=target.label,
        name=target.name,
        unit=target.unit,
        group=target.group,
        partial_years=actual.partial_years,
        status_by_year=actual.status_by_year,
        held=held,
    )


def _held_sentence(target: TargetDef, point: ValuePoint) -> str:
    coverage = point.coverage
    assert coverage is not None
    when = f"{point.period_end:%d/%m/%Y}"
    return (
        f"Số liệu tổng hợp đến {when} ({amount(point.value, target.measured_in)}) mới có {coverage.text}: "
        "chưa đủ để đánh giá (cấp ủy có thể chọn đánh giá theo số đã có)."
    )


def evaluate_children(
    target: TargetDef, children: Sequence[Evaluation], config: EvaluationConfig = DEFAULT_CONFIG
) -> Evaluation:
    """A multi-part target from its parts: all must be met by default, or a minimum share of them."""
    reached = sum(1 for c in children if c.status in REACHED)
    missing = sum(1 for c in children if c.status is Status.NO_DATA)
    total = len(children)
    if config.children_rule == ChildrenRule.MIN_SHARE and config.children_min_share is not None:
        needed = config.children_min_share
        rule = f"cần ít nhất {num(needed)}% chỉ tiêu thành phần đạt"
        status = _share_status(reached, missing, total, needed)
    else:
        rule = "mọi chỉ tiêu thành phần phải đạt"
        status = _all_status([c.status for c in children])
    explanation = [
        f"Chỉ tiêu “{_full_name(target)}” gồm {total} chỉ tiêu thành phần, "
        f"{reached}/{total} đạt hoặc vượt; {rule} → {status_label(status)}."
    ]
    # A target already met keeps its class to the end of the term, as a leaf does (docs/evaluation.md, 6):
    # the annex's "Dự báo cuối kỳ" column and the narrative's forecast count it the same way.
    forecast_status = (
        (status if status in REACHED else _children_forecast(children)) if config.forecast_on else None
    )
    return Evaluation(
        target_key=target.key,
        actual=Decimal(reached),
        actual_by_year={},
        ratio_pct=None,
        status=status,
        forecast=forecast_status,
        projection=None,
        plan_ratios=[],
        flags=[],
        explanation=explanation,
        basis=[],
        children=list(children),
        label=target.label,
        name=target.name,
        unit=target.unit,
        group=target.group,
    )


def evaluate_tree(
    target: TargetDef,
    values_by_key: Mapping[str, Sequence[ValuePoint]],
    plans_by_key: Mapping[str, Sequence[PlanPoint]] | None = None,
    config: EvaluationConfig = DEFAULT_CONFIG,
) -> Evaluation:
    """A target and its children, each leaf from its own values (keyed by TargetDef.key).

    A parent that states its own figure ("tăng bình quân 16%/năm, trong đó: nông nghiệp …") is judged on it and
    keeps its parts beside it; a parent without one, or without values yet, is judged from its parts."""
    plans = plans_by_key.get(target.key, ()) if plans_by_key else ()
    if target.children:
        parts = [evaluate_tree(child, values_by_key, plans_by_key, config) for child in target.children]
        combined = evaluate_children(target, parts, config)
        own_values = values_by_key.get(target.key, ())
        if target.value is not None and own_values:
            own = evaluate(target, own_values, plans, config)
            if own.status is not Status.NO_DATA:
                return replace(own, children=parts, explanation=[*own.explanation, *combined.explanation])
        return combined
    return evaluate(target, values_by_key.get(target.key, ()), plans, config)


def _all_status(statuses: list[Status]) -> Status:
    if not statuses:
        return Status.NO_DATA
    if all(s in REACHED for s in statuses):
        return Status.EXCEEDED if all(s is Status.EXCEEDED for s in statuses) else Status.MET
    if any(s in (Status.NOT_MET, Status.NEAR) for s in statuses):
        return Status.NOT_MET
    return Status.NO_DATA


def _share_status(reached: int, missing: int, total: int, needed: Decimal) -> Status:
    if total == 0:
        return Status.NO_DATA
    if Decimal(reached) / total * HUNDRED >= needed:
        return Status.MET
    # Children still without data could yet lift the share: no verdict until they report.
    return Status.NO_DATA if Decimal(reached + missing) / total * HUNDRED >= needed else Status.NOT_MET


def _children_forecast(children: Sequence[Evaluation]) -> Status | None:
    classes = [c.forecast or c.status for c in children]
    if not classes or Status.NO_DATA in classes:
        return None
    return worst(classes)


def _full_name(target: TargetDef) -> str:
    return f"{target.label} {target.name}".strip()


def _target_sentence(target: TargetDef) -> str:
    name = _full_name(target)
    about = KIND_LABELS[target.kind]
    if target.form not in (ValueForm.YES_NO, ValueForm.ORDINAL):
        about += f"; {DIRECTION_LABELS[target.direction]}"
    return f"Chỉ tiêu “{name}”: {describe_target(target)} ({about})."


def _ratio_sentence(target: TargetDef, actual: Decimal, figure: Decimal | None, ratio: Decimal) -> str:
    if target.direction is Direction.LOWER:
        return f"So với chỉ tiêu (càng thấp càng tốt): {num(figure)} / {num(actual)} × 100 = {pct(ratio)}."
    return f"So với chỉ tiêu: {num(actual)} / {num(figure)} × 100 = {pct(ratio)}."


def _rule_sentence(target: TargetDef, actual: Decimal, status: Status, config: EvaluationConfig) -> str:
    verdict = f"{num(actual)} → {status_label(status)}."
    value, form = num(target.value), target.form
    better, worse = (
        ("cao hơn", "thấp hơn") if target.direction is Direction.HIGHER else ("thấp hơn", "cao hơn")
    )
    if form is ValueForm.MIN_BOUND:
        rule = f"đạt khi lớn hơn {value}" if target.strict else f"đạt khi từ {value} trở lên"
        return f"Chỉ tiêu là cận dưới: {rule}, không có mức vượt; {verdict}"
    if form is ValueForm.MAX_BOUND:
        rule = (
            f"đạt khi nhỏ hơn {value} (bằng {value} là không đạt)"
            if target.strict
            else f"đạt khi không quá {value}"
        )
        return f"Chỉ tiêu là cận trên: {rule}, không có mức vượt; {verdict}"
    if form is ValueForm.RANGE:
        low, high = num(target.value), num(target.value_high)
        if target.direction is Direction.LOWER:
            return f"Khoảng từ {low} đến {high}: đạt khi không quá {high}, vượt khi dưới {low}; {verdict}"
        return f"Khoảng từ {low} đến {high}: đạt khi từ {low} trở lên, vượt khi trên {high}; {verdict}"
    if form is ValueForm.YES_NO:
        return f"Chỉ tiêu có/không: đạt khi kết quả là “{describe_target(target)}”; → {status_label(status)}."
    if form is ValueForm.ORDINAL:
        return (
            f"Xếp loại theo thứ bậc: đạt khi từ “{target.ordinal_target}” trở lên; → {status_label(status)}."
        )
    tolerance = ""
    if form is ValueForm.APPROXIMATE:
        tolerance = f" (chỉ tiêu “khoảng”, dung sai ±{num(config.approximate_tolerance_pct)}%)"
    return f"Đạt khi bằng chỉ tiêu {value}{tolerance}, vượt khi {better}, không đạt khi {worse}; {verdict}"


def _plan_ratio(target: TargetDef, plan: PlanPoint, actual: Actual) -> PlanRatio:
    year_value = actual.by_year.get(plan.year)
    return PlanRatio(plan.year, plan.source, plan.value, ratio_pct(plan.value, year_value, target.direction))


def _plan_sentence(target: TargetDef, plan_ratio: PlanRatio, actual: Actual) -> str:
    value = actual.by_year.get(plan_ratio.year)
    if plan_ratio.pct is None:
        return f"Năm {plan_ratio.year}: chưa so được với {plan_ratio.source} ({amount(plan_ratio.plan, target.unit)})."
    partial = " (số liệu chưa đủ năm)" if plan_ratio.year in actual.partial_years else ""
    return (
        f"Năm {plan_ratio.year}: {amount(value, target.unit)}{partial}, đạt {pct(plan_ratio.pct)} "
        f"{plan_ratio.source} ({amount(plan_ratio.plan, target.unit)})."
    )


def _flags(
    target: TargetDef,
    points: list[ValuePoint],
    ratio: Decimal | None,
    plan_ratios: list[PlanRatio],
    config: EvaluationConfig,
) -> list[Flag]:
    flags = [check_ratio(ratio)]
    flags += [check_ratio(pr.pct, f"So với {pr.source} năm {pr.year}") for pr in plan_ratios]
    found = [flag for flag in flags if flag is not None]
    if target.is_percent:
        found += check_percent(points)
    found += check_jumps(points, config.jump_factor)
    found += check_estimates(points, config.as_of or config.today or config.until, config.estimate_grace_days)
    return found
