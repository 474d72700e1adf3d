"""What a report reads: the resolution evaluated for the report's kind and date, and the reasons reporters wrote."""

from datetime import date
from decimal import Decimal

from chitieu.documents.models import ReportKind
from chitieu.evaluation.display import counts as counted
from chitieu.evaluation.engine.definitions import Review, TargetKind
from chitieu.evaluation.queries import ResolutionEvaluation, evaluate_resolution, review_config
from chitieu.plans.models import Resolution
from chitieu.results.models import Commentary

REVIEWS = {
    ReportKind.SIX_MONTHS: Review.ANNUAL,
    ReportKind.NINE_MONTHS: Review.ANNUAL,
    ReportKind.ANNUAL: Review.ANNUAL,
    ReportKind.MID_TERM: Review.MID_TERM,
    ReportKind.END_OF_TERM: Review.END_OF_TERM,
}


def evaluate_for_report(
    resolution: Resolution, kind: str, as_of: date, known_on: date | None = None
) -> ResolutionEvaluation:
    """The evaluation a report of `kind` shows, "số liệu tính đến ngày `as_of`": the periods that end by then,
    with the latest figures known (or only those known on `known_on`, to reproduce a past report). Every report
    before the end of the term also forecasts the targets not yet met; the end-of-term review judges what was
    done. The narrative and the annex are both drawn from this one evaluation."""
    config = review_config(
        resolution,
        until=as_of,
        as_of=known_on,
        review=REVIEWS[ReportKind(kind)],
        forecast=kind != ReportKind.END_OF_TERM,
    )
    return evaluate_resolution(resolution, config)


def reasons_by_target(resolution: Resolution, as_of: date) -> dict[int, list[str]]:
    """The causes (else the difficulties) reporters wrote for each target of the resolution at its locality,
    for reporting periods ended by `as_of`, the latest first."""
    rows = (
        Commentary.objects.filter(
            target__resolution=resolution, locality=resolution.locality, period__end__lte=as_of
        )
        .order_by("-period__end", "-updated_at")
        .values_list("target_id", "causes", "difficulties")
    )
    reasons: dict[int, list[str]] = {}
    for target_id, causes, difficulties in rows:
        text = causes.strip() or difficulties.strip()
        if text:
            reasons.setdefault(target_id, []).append(text)
    return reasons


Counts = tuple[Decimal, Decimal, str]


def ratio_counts(result: ResolutionEvaluation) -> dict[int, Counts]:
    """The whole numbers behind each ratio target's figure ('12/13 xã'), with the numerator's unit: the counts
    the dashboard, the API and the terminal show (display.counts), never a second reading of its own."""
    counts: dict[int, Counts] = {}
    for row in result.rows:
        indicator = row.target.indicator
        if row.definition.kind is not TargetKind.RATIO or indicator is None or indicator.numerator is None:
            continue
        pair = counted(row.evaluation)
        if pair is not None:
            counts[row.target.pk] = (pair[0], pair[1], indicator.numerator.unit)
    return counts
