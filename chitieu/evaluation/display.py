"""What every page, document, API answer and the terminal show of an evaluation: one place for the figures,
words, counts and sentences, so that no two of them word or round a result differently.

The table of units, words and rounding is in docs/evaluation.md ("What is shown").
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import get_language, gettext, gettext_noop

from chitieu.core.numbers import format_number
from chitieu.evaluation.engine.definitions import (
    Evaluation,
    EvaluationConfig,
    Status,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
)
from chitieu.evaluation.engine.status import REACHED, ratio_pct, round_half_up, target_figure
from chitieu.evaluation.engine.summary import REPORT_ORDER, Summary, review_class
from chitieu.evaluation.engine.wording import amount, describe_target, num, pct, period, status_label

YES, NO = "có", "không"
NOT_MET_YET = "chưa đạt"  # below the target before its deadline: not a final "không đạt"

# The English of each status, marked for the catalogue; the Vietnamese is the engine's (wording.STATUS_LABELS).
STATUS_ENGLISH: dict[Status, str] = {
    Status.EXCEEDED: gettext_noop("exceeded"),
    Status.MET: gettext_noop("met"),
    Status.NEAR: gettext_noop("nearly met"),
    Status.ON_TRACK: gettext_noop("on track"),
    Status.LIKELY: gettext_noop("likely to be met"),
    Status.HARD: gettext_noop("hard to meet"),
    Status.NOT_MET: gettext_noop("not met"),
    Status.NO_DATA: gettext_noop("no data yet"),
}


def english() -> bool:
    """The active language is English (a page the reader switched to English); review reports and `chitieu
    evaluate` override it to Vietnamese, and outside a request it is the settings' LANGUAGE_CODE ("vi")."""
    return (get_language() or "vi").startswith("en")


def status_words(status: Status, band: Decimal | None = None) -> str:
    """A status in words, the only place that words one: the engine's Vietnamese ('vượt', 'đạt trên 90%'), or
    English through gettext when the active language is English."""
    if not english():
        return status_label(status, band)
    if status is Status.NEAR and band is not None:
        return gettext("met over %(band)s%%") % {"band": format_number(band)}
    return gettext(STATUS_ENGLISH[status])


def yes_no_word(value: Decimal | None) -> str:
    """A yes/no result in the one pair of words every output uses."""
    if value is None:
        return ""
    return YES if value else NO


def words(definition: TargetDef, value: Decimal | None) -> str | None:
    """A yes/no or ordinal value in words; None for a number."""
    if value is None:
        return None
    if definition.form is ValueForm.YES_NO or definition.kind is TargetKind.YES_NO:
        return yes_no_word(value)
    if definition.form is ValueForm.ORDINAL or definition.kind is TargetKind.ORDINAL:
        scale = definition.ordinal_scale
        index = int(value)
        return scale[index] if 0 <= index < len(scale) else format_number(value)
    return None


def counts(evaluation: Evaluation) -> tuple[Decimal, Decimal] | None:
    """The two counts behind a ratio ("12/13 xã"): the numerators and denominators of the values the
    engine divided (the latest period's, or the term's for a flow ratio), when every one of them has both."""
    if evaluation.children or not evaluation.basis:
        return None
    if any(p.numerator is None or p.denominator is None for p in evaluation.basis):
        return None
    numerator = sum((p.numerator for p in evaluation.basis), Decimal(0))  # type: ignore[misc]
    denominator = sum((p.denominator for p in evaluation.basis), Decimal(0))  # type: ignore[misc]
    return numerator, denominator


def count_text(pair: tuple[Decimal, Decimal] | None) -> str:
    """'12/13'."""
    return "" if pair is None else f"{num(pair[0])}/{num(pair[1])}"


def shown_actual(evaluation: Evaluation) -> Decimal | None:
    """The actual as reviews print it: a quotient of two counts to one decimal (12/13 → 92,3), else as is."""
    if evaluation.actual is None or counts(evaluation) is None:
        return evaluation.actual
    return round_half_up(evaluation.actual, 1)


def reached_parts(evaluation: Evaluation) -> str:
    """'2/3 đạt': the parts of a multi-part target that are met or exceeded."""
    reached = sum(1 for c in evaluation.children if c.status in REACHED)
    return f"{reached}/{len(evaluation.children)} đạt"


def actual_words(definition: TargetDef, evaluation: Evaluation) -> str | None:
    """The actual when it is not a number: '2/3 đạt' for a parent, the words of a yes/no or ordinal value."""
    if definition.children:
        return reached_parts(evaluation)
    return words(definition, evaluation.actual)


def actual_text(definition: TargetDef, evaluation: Evaluation, with_unit: bool = False) -> str:
    """The actual as one string: words, else the number (at most 2 decimals) with or without the unit."""
    said = actual_words(definition, evaluation)
    if said is not None:
        return said
    value = shown_actual(evaluation)
    if value is None:
        return ""
    return amount(value, definition.unit) if with_unit else num(value)


def ratio_text(evaluation: Evaluation) -> str:
    """'110,6%' (one decimal, half up); '' when there is no ratio."""
    return "" if evaluation.ratio_pct is None else pct(evaluation.ratio_pct)


def is_due(definition: TargetDef, config: EvaluationConfig, evaluation: Evaluation | None = None) -> bool:
    """The target's deadline has come by the review's date (else the date of knowledge, else today): only then
    is a shortfall final. A yearly target is judged year by year: a year that fell short is final once it has
    ended, and a year still running (a rate read at 9 months) is not yet."""
    day = config.until or config.as_of or config.today or timezone.localdate()
    if definition.kind is TargetKind.ANNUAL:
        if evaluation is None:
            return True
        short = [year for year, status in evaluation.status_by_year.items() if status is Status.NOT_MET]
        return not short or any(day >= date(year, 12, 31) for year in short)
    if definition.deadline_year is None:
        return True
    return day >= date(definition.deadline_year, 12, 31)


def status_text(evaluation: Evaluation, band: Decimal | None = None, due: bool = True) -> str:
    """The verdict: 'vượt', 'đạt trên 90%', 'chưa đủ số liệu (7/14)' while only part of the units reported;
    'chưa đạt' rather than 'không đạt' while the target's deadline has not come (see `is_due`)."""
    if evaluation.incomplete and evaluation.coverage is not None:
        if english():
            return gettext("not enough data (%(fraction)s)") % {"fraction": evaluation.coverage.fraction}
        return f"chưa đủ số liệu ({evaluation.coverage.fraction})"
    return verdict_words(evaluation.status, band, due)


def verdict_words(status: Status, band: Decimal | None = None, due: bool = True) -> str:
    """A status as a verdict of its review: 'chưa đạt' for a shortfall before the deadline, else its words."""
    if status is Status.NOT_MET and not due:
        return gettext("not met yet") if english() else NOT_MET_YET
    return status_words(status, band)


def forecast_class(evaluation: Evaluation) -> Status | None:
    """The class a review forecasts: what is met stays met, else the forecast (the summary counts the same)."""
    if evaluation.forecast is None:
        return None
    return review_class(evaluation, use_forecast=True)


def forecast_text(evaluation: Evaluation, band: Decimal | None = None) -> str:
    forecast = forecast_class(evaluation)
    return status_words(forecast, band) if forecast is not None else ""


def projection_text(definition: TargetDef, evaluation: Evaluation) -> str:
    """The projection to the deadline in the target's own unit ('15,2%/năm', '60 triệu đồng'); '' when there is
    none or it is negative (a balance is not quoted as a figure 'đạt')."""
    if evaluation.projection is None or evaluation.projection < 0 or definition.children:
        return ""
    return amount(evaluation.projection, definition.unit)


def projection_ratio(definition: TargetDef, evaluation: Evaluation) -> Decimal | None:
    figure = target_figure(definition)
    if not figure or evaluation.projection is None or evaluation.projection < 0:
        return None
    return ratio_pct(figure, evaluation.projection, definition.direction)


def projection_phrase(definition: TargetDef, evaluation: Evaluation, name: str) -> str:
    """'tốc độ … dự báo đạt 11,06%/năm vào năm 2025, bằng 110,6% chỉ tiêu' (the narrative's forecast line)."""
    figure = projection_text(definition, evaluation)
    if not figure:
        return name
    ratio = projection_ratio(definition, evaluation)
    share = f", bằng {pct(ratio)} chỉ tiêu" if ratio is not None else ""
    return f"{name} dự báo đạt {figure} vào năm {definition.deadline_year}{share}"


def coverage_text(evaluation: Evaluation) -> str:
    """'7/14 xã đã báo cáo' beside a figure rolled up from units below or before; '' for a unit's own figure."""
    coverage = evaluation.coverage
    return coverage.text if coverage is not None else ""


def held_text(definition: TargetDef, evaluation: Evaluation) -> str:
    """The roll-up left out because not every unit reported: 'năm 2025: 935 tỷ đồng (1/14 xã đã báo cáo),
    chưa dùng để đánh giá'."""
    point = evaluation.pending
    if point is None or point.coverage is None:
        return ""
    return (
        f"{period(point.period_start, point.period_end)}: {amount(point.value, definition.measured_in)} "
        f"({point.coverage.text}), chưa dùng để đánh giá"
    )


def is_estimate(evaluation: Evaluation) -> bool:
    """The figure shown rests on an estimate (ước) or a preliminary value."""
    return bool(evaluation.basis) and min(p.kind for p in evaluation.basis) < ValueKind.OFFICIAL


@dataclass(frozen=True)
class Shown:
    """One target's line as it is shown everywhere."""

    label: str
    name: str
    unit: str
    goal: str  # the target as published: 'trên 85%'
    value: str  # the actual without its unit: '11,06', 'có', '2/3 đạt'
    counts: str  # '12/13' for a ratio of counts
    ratio: str  # '110,6%'
    status: str
    forecast: str
    projection: str  # in the target's unit
    coverage: str  # '14/14 xã đã báo cáo'
    held: str  # the roll-up not used yet


def shown(
    definition: TargetDef, evaluation: Evaluation, band: Decimal | None = None, due: bool = True
) -> Shown:
    return Shown(
        label=definition.label,
        name=definition.name,
        unit=definition.unit,
        goal="" if definition.children else describe_target(definition),
        value=actual_text(definition, evaluation),
        counts=count_text(counts(evaluation)),
        ratio=ratio_text(evaluation),
        status=status_text(evaluation, band, due),
        forecast=forecast_text(evaluation, band),
        projection=projection_text(definition, evaluation),
        coverage=coverage_text(evaluation),
        held=held_text(definition, evaluation),
    )


def review_words(
    definition: TargetDef, evaluation: Evaluation, config: EvaluationConfig, forecast: bool | None = None
) -> str:
    """What a review counts a target as, in the words its row shows: met stays met; else the forecast class when
    the review forecasts (`forecast`, else the review's own setting) and has one; else the verdict ('chưa đạt'
    before the deadline, 'chưa đủ số liệu (7/14)')."""
    forecast = config.forecast_on if forecast is None else forecast
    if forecast and evaluation.status not in REACHED and evaluation.forecast is not None:
        return status_words(evaluation.forecast, config.near_band_pct)
    return status_text(evaluation, config.near_band_pct, is_due(definition, config, evaluation))


def worded_counts(
    rows: Sequence[tuple[TargetDef, Evaluation]], config: EvaluationConfig, forecast: bool | None = None
) -> str:
    """'2 vượt, 5 đạt, 2 chưa đạt': the targets by the words of their rows, best class first; `forecast=False`
    counts today's verdicts in a review that forecasts."""
    forecast = config.forecast_on if forecast is None else forecast
    counted = Counter(
        (
            REPORT_ORDER.index(review_class(evaluation, forecast)),
            review_words(definition, evaluation, config, forecast),
        )
        for definition, evaluation in rows
    )
    return ", ".join(f"{n} {said}" for (_, said), n in sorted(counted.items()))


def class_words(status: Status, said: Iterable[str], band: Decimal | None = None) -> str:
    """The heading of a column of targets in one class: the words its rows show when they all say the same
    ('chưa đạt' while no deadline has come), else the class's words."""
    distinct = set(said)
    return distinct.pop() if len(distinct) == 1 else status_words(status, band)


def worded_summary(
    summary: Summary, rows: Sequence[tuple[TargetDef, Evaluation]], config: EvaluationConfig
) -> Summary:
    """The engine's summary with its breakdown ('9 chỉ tiêu: 2 vượt, 5 đạt, 2 chưa đạt') and its lines on the
    targets behind in the words each target's row shows, so that the dashboard, the report, the API and the
    terminal count what their tables say."""
    if not rows:
        return summary
    words = {definition.key: review_words(definition, evaluation, config) for definition, evaluation in rows}
    breakdown = f"{len(rows)} chỉ tiêu: " + worded_counts(rows, config)
    behind = []
    for item in summary.not_met:
        name = f"{item.label} {item.name}".strip()
        ratio = f", đạt {pct(item.ratio_pct)} chỉ tiêu" if item.ratio_pct is not None else ""
        behind.append(
            f"{name}: {words.get(item.key) or status_words(item.status, config.near_band_pct)}{ratio}."
        )
    return replace(summary, breakdown=breakdown, not_met_lines=behind)


def coverage_note(definition: TargetDef, evaluation: Evaluation) -> str:
    """Who stands behind a target's rolled-up figure: the roll-up held back ('năm 2025: 935 tỷ đồng (1/14 xã
    đã báo cáo), chưa dùng để đánh giá'), else the coverage of the figure used ('năm 2023: 14/14 xã đã báo
    cáo'); '' for a unit's own figure."""
    held = held_text(definition, evaluation)
    if held:
        return held
    point = evaluation.basis[-1] if evaluation.basis else None
    if point is None or point.coverage is None:
        return ""
    chosen = ", đánh giá theo số đã có" if point.partial else ""
    return f"{period(point.period_start, point.period_end)}: {point.coverage.text}{chosen}"


def coverage_lines(rows: Sequence[tuple[TargetDef, Evaluation]]) -> list[str]:
    """'1.a) Tốc độ …: năm 2025: 935 tỷ đồng (1/14 xã đã báo cáo), chưa dùng để đánh giá.', one line for each
    target whose figure is, or would be, rolled up from the units below or before it."""
    lines = []
    for definition, evaluation in rows:
        note = coverage_note(definition, evaluation)
        if note:
            lines.append(f"{definition.label} {definition.name}: {note}.".strip())
    return lines
