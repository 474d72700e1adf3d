"""Warnings for a person to review (never errors): likely period mismatches, sums that don't add up, odd values."""

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal

from .definitions import Flag, TargetDef, TargetKind, ValueForm, ValueKind, ValuePoint
from .values import known_as_of
from .wording import VALUE_KIND_LABELS, amount, num, pct, period

__all__ = [
    "Flag",
    "check_counts",
    "check_declared",
    "check_estimates",
    "check_jumps",
    "check_percent",
    "check_ratio",
    "check_value",
    "comparable",
]

RATIO_LIMIT = Decimal(300)
PERCENT_LIMIT = Decimal(100)


def check_ratio(ratio_pct: Decimal | None, what: str = "So với chỉ tiêu") -> Flag | None:
    """Above 300% the figure and the target usually cover different periods (a month against a year…)."""
    if ratio_pct is None or ratio_pct <= RATIO_LIMIT:
        return None
    return Flag(
        "ratio_over_300",
        f"{what} đạt {pct(ratio_pct)}, trên 300%: kiểm tra lại kỳ số liệu và đơn vị tính có khớp với chỉ tiêu không.",
    )


def check_counts(announced_total: int, counts: Mapping[str, int]) -> Flag | None:
    """A review's headline counts must add up to the total it announces (10 + 22 + 12 was published as 46)."""
    added = sum(counts.values())
    if added == announced_total:
        return None
    parts = " + ".join(f"{n} {label}" for label, n in counts.items())
    return Flag(
        "counts_do_not_add_up",
        f"Các loại cộng lại {parts} = {added}, khác tổng số đã nêu là {announced_total}.",
    )


def check_declared(declared: int | None, found: int, where: str = "Nghị quyết") -> Flag | None:
    """A resolution, or one of its groups, says how many targets it sets; a summary over another number
    (targets not entered yet, a multi-part target entered as several) misleads whoever reads the headline."""
    if declared is None or declared == found:
        return None
    return Flag(
        "declared_count_differs",
        f"{where} nêu {declared} chỉ tiêu nhưng đang theo dõi {found}: kết quả tổng hợp chỉ tính trên "
        f"{found} chỉ tiêu đã nhập.",
    )


def check_percent(points: Sequence[ValuePoint]) -> list[Flag]:
    """A percentage indicator above 100."""
    return [
        Flag(
            "percent_over_100",
            f"Giá trị {num(p.value)}% ({period(p.period_start, p.period_end)}) vượt 100% "
            "dù chỉ tiêu là một tỷ lệ phần trăm.",
        )
        for p in points
        if p.value is not None and p.value > PERCENT_LIMIT
    ]


def check_jumps(points: Sequence[ValuePoint], factor: Decimal = Decimal(10)) -> list[Flag]:
    """A value more than `factor` times (or less than 1/factor of) the previous value of the same length of
    period and locality: often a unit slip (triệu for tỷ) or a misplaced comma."""
    previous: dict[tuple[str | None, int], ValuePoint] = {}
    flags = []
    for point in sorted(points, key=lambda p: (p.period_end, p.period_start)):
        if point.value is None:
            continue
        # Months, quarters, halves, 9 months and years fall in different buckets of about 30 days.
        key = (point.locality, round((point.period_end - point.period_start).days / 30))
        before = previous.get(key)
        previous[key] = point
        if before is None or before.value is None or before.value == 0 or point.value == 0:
            continue
        change = abs(point.value / before.value)
        if change > factor or change < 1 / factor:
            flags.append(
                Flag(
                    "jump",
                    f"Giá trị {period(point.period_start, point.period_end)} là {num(point.value)}, "
                    f"{'gấp' if change > 1 else 'chỉ bằng'} {num(change)} lần kỳ trước ({num(before.value)}, "
                    f"{period(before.period_start, before.period_end)}): kiểm tra đơn vị tính và dấu phẩy.",
                )
            )
    return flags


def check_estimates(points: Sequence[ValuePoint], today: date | None, grace_days: int = 90) -> list[Flag]:
    """An estimate still standing `grace_days` after its period closed, with no official figure to replace it.

    `points` are the values that count (one per period); without a date of reference nothing is flagged,
    because the engine never reads the clock.
    """
    if today is None:
        return []
    grace = timedelta(days=grace_days)
    return [
        Flag(
            "estimate_not_replaced",
            f"Số liệu {period(p.period_start, p.period_end)} vẫn là số {VALUE_KIND_LABELS[p.kind]} sau "
            f"{(today - p.period_end).days} ngày kể từ khi hết kỳ: cần cập nhật số liệu chính thức.",
        )
        for p in known_as_of(points, today)
        if p.kind is ValueKind.ESTIMATE and p.period_end + grace < today
    ]


def comparable(target: TargetDef) -> bool:
    """A single value of the target's indicator may be set against the target's figure: like with like. A
    growth or point-change target is a rate of change of levels (850 tỷ đồng is not 8.500% of 10%/năm), a
    yes/no or ordinal target has no figure to divide by."""
    if target.values_are_levels or target.value is None or target.value == 0:
        return False
    return target.form not in (ValueForm.YES_NO, ValueForm.ORDINAL) and target.kind not in (
        TargetKind.YES_NO,
        TargetKind.ORDINAL,
    )


def check_value(
    point: ValuePoint,
    previous: ValuePoint | None,
    targets: Sequence[TargetDef],
    factor: Decimal = Decimal(10),
) -> list[Flag]:
    """The warnings on one value about to be saved: a jump from the previous value of the same length of period
    (for a growth target, its level against the previous level), a ratio over 300% against each target it is
    comparable with, a percentage over 100."""
    if point.value is None:
        return []
    flags = check_jumps([p for p in (previous, point) if p is not None], factor)
    for target in targets:
        if target.is_percent:
            flags += check_percent([point])
        if comparable(target):
            assert target.value is not None
            ratio = point.value / target.value * 100
            flag = check_ratio(
                ratio, f"So với chỉ tiêu “{target.name}” ({amount(target.value, target.unit)})"
            )
            if flag is not None:
                flags.append(flag)
    unique: dict[tuple[str, str], Flag] = {(f.code, f.message): f for f in flags}
    return list(unique.values())
