"""Time the evaluation engine on one province's worth of data: 40 targets rolled up from 100 communes."""

import random
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chitieu.evaluation.engine import (  # noqa: E402
    Direction,
    EvaluationConfig,
    PlanPoint,
    Review,
    RollupRule,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
    evaluate,
    roll_up_series,
    summarize,
)
from chitieu.evaluation.engine.periods import month  # noqa: E402

COMMUNES = [f"xã {i:03d}" for i in range(100)]
YEARS = range(2021, 2026)
MONTHS = [month(year, m) for year in YEARS for m in range(1, 13)]
REPETITIONS = 7
GOAL_MS = 100
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class Case:
    target: TargetDef
    rule: RollupRule
    values: list[ValuePoint]
    plans: list[PlanPoint]


def build(rng: random.Random, by_commune: bool = False) -> tuple[list[Case], dict[str | None, Decimal]]:
    population: dict[str | None, Decimal] = {c: Decimal(rng.randint(3000, 15000)) for c in COMMUNES}
    kinds = (
        [(TargetKind.LEVEL, RollupRule.WEIGHTED_MEAN)] * 8
        + [(TargetKind.CUMULATIVE, RollupRule.SUM)] * 8
        + [(TargetKind.ANNUAL, RollupRule.SUM)] * 6
        + [(TargetKind.GROWTH_RATE, RollupRule.SUM)] * 6
        + [(TargetKind.POINT_CHANGE, RollupRule.RATIO)] * 4
        + [(TargetKind.RATIO, RollupRule.RATIO)] * 5
        + [(TargetKind.RATIO, RollupRule.COUNT_MEETING)] * 3
    )
    cases = []
    for number, (kind, rule) in enumerate(kinds, start=1):
        cases.append(_case(rng, number, kind, rule, by_commune))
    return cases, population


def _case(rng: random.Random, number: int, kind: TargetKind, rule: RollupRule, by_commune: bool) -> Case:
    flow = rule is RollupRule.SUM
    target = TargetDef(
        key=f"ct-{number}",
        label=f"{number}.",
        name=f"Chỉ tiêu số {number}",
        unit="%" if rule in (RollupRule.RATIO, RollupRule.COUNT_MEETING) else "tỷ đồng",
        kind=kind,
        form=ValueForm.MIN_BOUND if kind is TargetKind.ANNUAL else ValueForm.EXACT,
        direction=Direction.HIGHER,
        value=_goal(kind),
        baseline_value=Decimal(520_000) if kind is TargetKind.GROWTH_RATE else Decimal(12),
        baseline_year=2020,
        start_year=2021,
        deadline_year=2025,
        is_percent=rule in (RollupRule.RATIO, RollupRule.COUNT_MEETING),
        flow=flow,
        group=("Kinh tế", "Văn hóa - xã hội", "Môi trường", "Quốc phòng - an ninh")[number % 4],
    )
    levels = {commune: Decimal(rng.randint(100, 900)) for commune in COMMUNES}
    # Values lie in memory in the order they were read: as they arrive, period by period (every commune
    # reports each month), or commune by commune (one commune's five years imported at once).
    if by_commune:
        order = [(index, commune) for commune in COMMUNES for index in range(len(MONTHS))]
    else:
        order = [(index, commune) for index in range(len(MONTHS)) for commune in COMMUNES]
    values = [_point(rng, rule, index, commune, levels[commune]) for index, commune in order]
    plans = [PlanPoint(year, Decimal(rng.randint(400_000, 700_000)), "kế hoạch tỉnh giao") for year in YEARS]
    return Case(target, rule, values, plans)


def _point(rng: random.Random, rule: RollupRule, index: int, commune: str, level: Decimal) -> ValuePoint:
    start, end = MONTHS[index]
    kind_of_value = ValueKind.ESTIMATE if index >= 57 else ValueKind.OFFICIAL
    reported = date(end.year, end.month, 20) if end.month < 12 else date(end.year + 1, 1, 20)
    if rule is RollupRule.RATIO:
        households = Decimal(rng.randint(800, 2500))
        poor = (households * Decimal(max(2, 40 - index // 2)) / 400).to_integral_value()
        return ValuePoint(start, end, None, kind_of_value, reported, poor, households, locality=commune)
    if rule is RollupRule.COUNT_MEETING:
        met = "đạt chuẩn" if rng.random() < 0.3 + index / 100 else "chưa đạt"
        return ValuePoint(start, end, None, kind_of_value, reported, text=met, locality=commune)
    value = (level * (1 + Decimal(index) / 100) + Decimal(rng.randint(0, 50))).quantize(TENTH)
    return ValuePoint(start, end, value, kind_of_value, reported, locality=commune)


def _goal(kind: TargetKind) -> Decimal:
    return {
        TargetKind.LEVEL: Decimal(700),
        TargetKind.CUMULATIVE: Decimal(2_800_000),
        TargetKind.ANNUAL: Decimal(500_000),
        TargetKind.GROWTH_RATE: Decimal(9),
        TargetKind.POINT_CHANGE: Decimal(1),
        TargetKind.RATIO: Decimal(60),
    }[kind]


def run(cases: list[Case], population: dict[str | None, Decimal], config: EvaluationConfig) -> float:
    """Engine calls only; returns the milliseconds spent rolling up, the rest being evaluation."""
    evaluations = []
    rolling = 0.0
    for case in cases:
        weights = population if case.rule is RollupRule.WEIGHTED_MEAN else None
        started = time.perf_counter()
        series = roll_up_series(case.rule, case.values, as_of=config.as_of, weights=weights)
        rolling += time.perf_counter() - started
        evaluations.append(evaluate(case.target, series, case.plans, config))
    summarize(evaluations, config.near_band_pct, use_forecast=config.forecast_on)
    return rolling * 1000


def measure(
    cases: list[Case], population: dict[str | None, Decimal]
) -> tuple[list[float], list[float], list[float]]:
    """Wall-clock, CPU and roll-up milliseconds of each run."""
    config = EvaluationConfig(
        review=Review.MID_TERM, as_of=date(2025, 12, 31), near_band_pct=Decimal(90), today=date(2025, 12, 31)
    )
    timings, cpu, rolling = [], [], []
    for _ in range(REPETITIONS):
        started, started_cpu = time.perf_counter(), time.process_time()
        rolling.append(run(cases, population, config))
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return timings, cpu, rolling


def main() -> None:
    cases, population = build(random.Random(2025))
    total_values = sum(len(case.values) for case in cases)
    timings, cpu, rolling = measure(cases, population)
    median = statistics.median(timings)
    # CPU time is printed too: on a shared machine the wall clock also counts other processes' turns.
    print(
        f"engine: {len(cases)} targets, {len(COMMUNES)} communes, {len(MONTHS)} months, {total_values:,} values "
        f"as they arrive, period by period; median {median:.1f} ms over {REPETITIONS} runs "
        f"(min {min(timings):.1f}, max {max(timings):.1f}; CPU {statistics.median(cpu):.1f} ms; "
        f"roll-up {statistics.median(rolling):.1f} ms, evaluation and summary the rest); "
        f"goal < {GOAL_MS} ms: {'ok' if median < GOAL_MS else 'OVER'}"
    )
    # The same values read commune by commune lie scattered for a roll-up by period: memory, not arithmetic.
    other = statistics.median(measure(*build(random.Random(2025), by_commune=True))[0])
    print(f"engine: the same values laid out commune by commune; median {other:.1f} ms")
    print(
        f"BENCH engine_median={median:.1f} ms; engine_cpu={statistics.median(cpu):.1f} ms; "
        f"engine_by_commune={other:.1f} ms"
    )


if __name__ == "__main__":
    main()
