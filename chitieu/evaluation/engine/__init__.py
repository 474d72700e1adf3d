"""The evaluation engine: pure functions from a target's definition and values to its status, ratio and reasons."""

from .definitions import (
    ChildrenRule,
    Direction,
    Evaluation,
    EvaluationConfig,
    Flag,
    PlanPoint,
    PlanRatio,
    Review,
    Status,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
)
from .evaluate import evaluate, evaluate_children, evaluate_tree
from .flags import check_counts
from .rollup import Contribution, RollupError, RollupRule, roll_up, roll_up_series
from .status import (
    classify,
    pct_from_exceeded,
    pct_from_increase_over_target,
    pct_from_shortfall,
    ratio_pct,
    round_half_up,
)
from .summary import Summary, review_class, summarize

__all__ = [
    "ChildrenRule",
    "Contribution",
    "Direction",
    "Evaluation",
    "EvaluationConfig",
    "Flag",
    "PlanPoint",
    "PlanRatio",
    "Review",
    "RollupError",
    "RollupRule",
    "Status",
    "Summary",
    "TargetDef",
    "TargetKind",
    "ValueForm",
    "ValueKind",
    "ValuePoint",
    "check_counts",
    "classify",
    "evaluate",
    "evaluate_children",
    "evaluate_tree",
    "pct_from_exceeded",
    "pct_from_increase_over_target",
    "pct_from_shortfall",
    "ratio_pct",
    "review_class",
    "roll_up",
    "roll_up_series",
    "round_half_up",
    "summarize",
]
