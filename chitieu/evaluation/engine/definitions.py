"""The engine's vocabulary: enums and plain dataclasses for targets, values, plans, settings and results."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import IntEnum, StrEnum


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class ValueForm(StrEnum):
    EXACT = "exact"
    MIN_BOUND = "min_bound"  # trên / hơn / từ … trở lên / tối thiểu / ít nhất
    MAX_BOUND = "max_bound"  # dưới / không quá / tối đa
    RANGE = "range"
    APPROXIMATE = "approximate"
    COUNT_FRACTION = "count_fraction"
    YES_NO = "yes_no"
    ORDINAL = "ordinal"


class TargetKind(StrEnum):
    LEVEL = "level"
    CUMULATIVE = "cumulative"
    ANNUAL = "annual"
    GROWTH_RATE = "growth_rate"
    POINT_CHANGE = "point_change"
    TOTAL_CHANGE = (
        "total_change"  # "tăng 31,6% so với năm 2025": the rise over the whole term, not a yearly rate
    )
    RATIO = "ratio"
    YES_NO = "yes_no"
    ORDINAL = "ordinal"


class ValueKind(IntEnum):
    ESTIMATE = 1
    PRELIMINARY = 2
    OFFICIAL = 3


class Status(StrEnum):
    EXCEEDED = "exceeded"
    MET = "met"
    NEAR = "near"  # đạt trên X% (near band)
    ON_TRACK = "on_track"
    LIKELY = "likely"
    HARD = "hard"
    NOT_MET = "not_met"
    NO_DATA = "no_data"


class Review(StrEnum):
    ANNUAL = "annual"
    MID_TERM = "mid-term"
    END_OF_TERM = "end-of-term"


class ChildrenRule(StrEnum):
    ALL = "all"
    MIN_SHARE = "min_share"


@dataclass(frozen=True, slots=True)
class TargetDef:
    key: str
    label: str
    name: str
    unit: str
    kind: TargetKind
    form: ValueForm
    direction: Direction = Direction.HIGHER
    value: Decimal | None = None  # the target figure (lower end of a range; numerator of "04/09")
    value_high: Decimal | None = None  # upper end of a range
    total: Decimal | None = None  # denominator of a count fraction "04/09 thôn"
    strict: bool = False  # "trên"/"dưới" strict; "từ … trở lên", "không quá", "tối thiểu" inclusive
    ordinal_scale: tuple[str, ...] = ()  # ordered worst → best
    ordinal_target: str | None = None
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    start_year: int | None = None
    deadline_year: int | None = None
    is_percent: bool = False  # the indicator is a percentage (flag > 100)
    children: tuple["TargetDef", ...] = ()
    group: str | None = None  # the published group ("Kinh tế"), for the summary
    # Chỉ tiêu thời kỳ (revenue, output: sub-periods add up) versus chỉ tiêu thời điểm (a stock or a rate).
    # None decides by kind: only CUMULATIVE targets are flows.
    flow: bool | None = None
    values_are_rates: bool = False  # GROWTH_RATE: the series holds each year's growth in %, not levels
    change_is_decrease: bool = (
        True  # POINT_CHANGE: "giảm bình quân" (baseline − latest) or "tăng" (latest − baseline)
    )
    # The unit the values are measured in (the indicator's): a growth target in %/năm has levels in tỷ đồng.
    value_unit: str = ""

    @property
    def measured_in(self) -> str:
        """The unit of the values themselves, which is the target's own except for a growth or change target."""
        return self.value_unit or self.unit

    @property
    def values_are_levels(self) -> bool:
        """The values are levels while the target is a rate of change of them (no ratio of one to the other)."""
        return (self.kind is TargetKind.GROWTH_RATE and not self.values_are_rates) or (
            self.kind in (TargetKind.POINT_CHANGE, TargetKind.TOTAL_CHANGE)
        )

    @property
    def is_flow(self) -> bool:
        return self.kind is TargetKind.CUMULATIVE if self.flow is None else self.flow


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of the units expected to report stand behind a rolled-up figure: "7/14 xã đã báo cáo".

    `noun` names the units ("xã", "xã, thị trấn"); `predecessors` says the parts are the units a merged
    unit absorbed, not the units below it."""

    reported: int
    expected: int
    noun: str = "đơn vị"
    predecessors: bool = False

    @property
    def complete(self) -> bool:
        return self.reported >= self.expected

    @property
    def fraction(self) -> str:
        return f"{self.reported}/{self.expected}"

    @property
    def text(self) -> str:
        """'7/14 xã đã báo cáo'; '4/4 đơn vị trước sáp nhập đã báo cáo'."""
        noun = f"{self.noun} trước sáp nhập" if self.predecessors else self.noun
        return f"{self.fraction} {noun} đã báo cáo"


@dataclass(frozen=True, slots=True)
class ValuePoint:
    period_start: date
    period_end: date
    value: Decimal | None
    kind: ValueKind = ValueKind.OFFICIAL
    reported_on: date | None = None  # when it became known (as-of filtering)
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    text: str | None = None  # ordinal level or "có"/"không"
    locality: str | None = None
    source: str | None = None
    coverage: Coverage | None = None  # a figure rolled up from the units below or before: who reported

    @property
    def partial(self) -> bool:
        """A roll-up that not every expected unit reported to."""
        return self.coverage is not None and not self.coverage.complete


@dataclass(frozen=True, slots=True)
class PlanPoint:
    year: int
    value: Decimal
    source: str  # "Nghị quyết đại hội", "dự toán huyện giao", …


@dataclass(frozen=True, slots=True)
class EvaluationConfig:
    review: Review = Review.END_OF_TERM
    # The date of knowledge ("số liệu đã biết đến ngày", --known-on): only what was known that day counts.
    as_of: date | None = None
    # The review's date ("số liệu tính đến ngày", --until): only periods that end by then count, with the latest
    # figure known of them.
    until: date | None = None
    near_band_pct: Decimal | None = None  # e.g. Decimal(90): "đạt trên 90%" class, off by default
    # The forecast is also computed, whatever this says, for a mid-term review (it never changes `status`).
    forecast: bool = False
    likely_threshold_pct: Decimal = Decimal(90)  # projection ≥ this % of the target → có khả năng đạt
    jump_factor: Decimal = Decimal(10)
    estimate_grace_days: int = 90
    children_rule: str = ChildrenRule.ALL
    children_min_share: Decimal | None = None  # percent of children met, for ChildrenRule.MIN_SHARE
    approximate_tolerance_pct: Decimal = Decimal(0)  # "khoảng 30%": relative tolerance, none by default
    today: date | None = (
        None  # for estimate_not_replaced when as_of is not given; the engine never reads a clock
    )
    # "Đánh giá theo số đã có": a roll-up that not every expected unit reported to may be evaluated.
    partial_rollups: bool = False

    @property
    def forecast_on(self) -> bool:
        return self.forecast or self.review is Review.MID_TERM


# The rule behind each flag, in the words a reviewer reads beside it (docs/evaluation.md, 8).
FLAG_RULES: dict[str, str] = {
    "ratio_over_300": "So với chỉ tiêu trên 300%",
    "counts_do_not_add_up": "Các loại không cộng lại bằng tổng",
    "declared_count_differs": "Số chỉ tiêu khác số nghị quyết nêu",
    "percent_over_100": "Tỷ lệ trên 100%",
    "jump": "Tăng, giảm hơn 10 lần so với kỳ trước",
    "estimate_not_replaced": "Số ước chưa được thay bằng số chính thức",
}


@dataclass(frozen=True, slots=True)
class Flag:
    code: str
    message: str

    @property
    def rule(self) -> str:
        """The rule that raised the flag, named."""
        return FLAG_RULES.get(self.code, self.code)

    @property
    def text(self) -> str:
        """'Tăng, giảm hơn 10 lần so với kỳ trước: Giá trị năm 2023 là …'."""
        return f"{self.rule}: {self.message}"


@dataclass(frozen=True, slots=True)
class PlanRatio:
    year: int
    source: str
    plan: Decimal
    pct: Decimal | None


@dataclass(slots=True)
class Evaluation:
    target_key: str
    actual: Decimal | None
    actual_by_year: dict[int, Decimal]
    ratio_pct: Decimal | None  # actual vs the target, percent, direction-aware
    status: Status
    forecast: Status | None
    projection: Decimal | None
    plan_ratios: list[PlanRatio]
    flags: list[Flag]
    explanation: list[str]  # Vietnamese sentences a user can check by hand: the numbers and the rule
    basis: list[ValuePoint]  # the values that counted
    children: list["Evaluation"]
    label: str = ""
    name: str = ""
    unit: str = ""
    group: str | None = None
    partial_years: tuple[int, ...] = ()  # years whose value covers only part of the year (9 tháng…)
    status_by_year: dict[int, Status] = field(default_factory=dict)  # ANNUAL targets: each year's verdict
    # Roll-ups not every expected unit reported to, left out of the evaluation: the parts' contribution so far.
    held: list[ValuePoint] = field(default_factory=list)

    @property
    def coverage(self) -> Coverage | None:
        """Who reported to the figure shown: the latest value used if it is a roll-up, else the latest
        roll-up held back (when nothing newer was used)."""
        used = self.basis[-1] if self.basis else None
        pending = self.pending
        if pending is not None:
            return pending.coverage
        return used.coverage if used is not None else None

    @property
    def pending(self) -> ValuePoint | None:
        """The latest roll-up held back, when it is newer than every value used."""
        if not self.held:
            return None
        latest = self.held[-1]
        if self.basis and self.basis[-1].period_end >= latest.period_end:
            return None
        return latest

    @property
    def incomplete(self) -> bool:
        """No verdict because the only figures are roll-ups not every unit reported to."""
        return self.status is Status.NO_DATA and bool(self.held)
