"""The summary in the words reviews use: "9/9 chỉ tiêu đạt và vượt (21/25 chỉ tiêu thành phần)"."""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .definitions import Evaluation, Flag, Status
from .flags import check_counts, check_declared
from .status import REACHED, STATUS_ORDER
from .wording import pct, status_label

EMPTY = "chưa có chỉ tiêu nào được theo dõi"
# The order reviews list their classes in: best first.
REPORT_ORDER: tuple[Status, ...] = tuple(reversed(STATUS_ORDER))


@dataclass(frozen=True, slots=True)
class NotMetItem:
    key: str
    label: str
    name: str
    status: Status
    ratio_pct: Decimal | None


@dataclass(slots=True)
class Summary:
    total: int
    reached: int  # đạt và vượt
    components_total: int
    components_reached: int
    counts: dict[Status, int]
    by_group: dict[str, dict[Status, int]]
    not_met: list[NotMetItem]
    headline: str  # "9/9 chỉ tiêu đạt và vượt (21/25 chỉ tiêu thành phần)"
    breakdown: str  # "16 chỉ tiêu: 9 vượt, 3 đạt, 4 đạt trên 90%"
    not_met_lines: list[str] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)


def review_class(evaluation: Evaluation, use_forecast: bool = False) -> Status:
    """The class a review counts: met and exceeded stay; otherwise the forecast class when one is asked for."""
    if use_forecast and evaluation.status not in REACHED and evaluation.forecast is not None:
        return evaluation.forecast
    return evaluation.status


def summarize(
    evaluations: Sequence[Evaluation],
    near_band_pct: Decimal | None = None,
    use_forecast: bool = False,
    *,
    declared_total: int | None = None,
    declared_by_group: Mapping[str, int | None] | None = None,
) -> Summary:
    """Counts over top-level targets; components are the leaves (a target without parts is its own component).

    `declared_total` and `declared_by_group` are the numbers of targets the resolution states, flagged when
    the targets evaluated are not as many."""
    classes = [review_class(e, use_forecast) for e in evaluations]
    counts = Counter(classes)
    leaves = [leaf for e in evaluations for leaf in _leaves(e)]
    reached = sum(1 for e in evaluations if e.status in REACHED)
    components_reached = sum(1 for leaf in leaves if leaf.status in REACHED)
    by_group: dict[str, Counter[Status]] = {}
    for evaluation, status in zip(evaluations, classes, strict=True):
        by_group.setdefault(evaluation.group or "", Counter())[status] += 1
    not_met = [
        NotMetItem(e.target_key, e.label, e.name, status, e.ratio_pct)
        for e, status in zip(evaluations, classes, strict=True)
        if e.status not in REACHED and e.status is not Status.NO_DATA
    ]
    headline = f"{reached}/{len(evaluations)} chỉ tiêu đạt và vượt"
    if len(leaves) != len(evaluations):
        headline += f" ({components_reached}/{len(leaves)} chỉ tiêu thành phần)"
    ordered = {s: counts[s] for s in REPORT_ORDER if counts[s]}
    labelled = {status_label(s, near_band_pct): n for s, n in ordered.items()}
    breakdown = f"{len(evaluations)} chỉ tiêu: " + ", ".join(f"{n} {label}" for label, n in labelled.items())
    if not evaluations:
        headline = breakdown = EMPTY
    flags = [check_counts(len(evaluations), labelled), check_declared(declared_total, len(evaluations))]
    for group, declared in (declared_by_group or {}).items():
        found = sum(1 for e in evaluations if (e.group or "") == group)
        flags.append(check_declared(declared, found, f"Nhóm “{group}”"))
    return Summary(
        total=len(evaluations),
        reached=reached,
        components_total=len(leaves),
        components_reached=components_reached,
        counts=ordered,
        by_group={g: {s: c[s] for s in REPORT_ORDER if c[s]} for g, c in by_group.items()},
        not_met=not_met,
        headline=headline,
        breakdown=breakdown,
        not_met_lines=[_not_met_line(item, near_band_pct) for item in not_met],
        flags=[flag for flag in flags if flag is not None],
    )


def _leaves(evaluation: Evaluation) -> list[Evaluation]:
    if not evaluation.children:
        return [evaluation]
    return [leaf for child in evaluation.children for leaf in _leaves(child)]


def _not_met_line(item: NotMetItem, near_band_pct: Decimal | None) -> str:
    name = f"{item.label} {item.name}".strip()
    ratio = f", đạt {pct(item.ratio_pct)} chỉ tiêu" if item.ratio_pct is not None else ""
    return f"{name}: {status_label(item.status, near_band_pct)}{ratio}."
