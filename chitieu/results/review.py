"""Read side of the approver's one screen: every sent submission waiting for the user, each figure beside its
flags, the previous period's value, the year's plan and the change against both."""

from dataclasses import dataclass
from decimal import Decimal

from chitieu.plans.models import PlanValue
from chitieu.results.models import Observation, ReportingPeriod, Submission
from chitieu.results.queries import ReviewedFigure, reviewed_figures


@dataclass(frozen=True)
class Reviewed:
    """One figure as the approver weighs it."""

    figure: ReviewedFigure
    previous: Observation | None  # the like period's value, else the latest earlier period's
    previous_name: str  # "6 tháng năm 2026", or the dates when no round has them
    plan: PlanValue | None  # the year's plan of the unit's own target on the indicator

    @property
    def observation(self) -> Observation:
        return self.figure.observation

    @property
    def change(self) -> Decimal | None:
        """Value minus the previous period's value."""
        if self.previous is None or self.previous.value is None or self.observation.value is None:
            return None
        return self.observation.value - self.previous.value

    @property
    def change_pct(self) -> Decimal | None:
        """The change as a percentage of the previous value."""
        change = self.change
        if change is None or not self.previous.value:  # type: ignore[union-attr]
            return None
        return change * 100 / self.previous.value  # type: ignore[union-attr]

    @property
    def of_plan(self) -> Decimal | None:
        """The value as a percentage of the year's plan ("đạt 73,1% kế hoạch năm")."""
        if self.plan is None or not self.plan.value or self.observation.value is None:
            return None
        return self.observation.value * 100 / self.plan.value


@dataclass(frozen=True)
class SubmissionReview:
    submission: Submission
    figures: list[Reviewed]

    @property
    def flag_count(self) -> int:
        return sum(len(r.figure.flags) for r in self.figures)


def review(submissions: list[Submission]) -> list[SubmissionReview]:
    """Each submission with its figures weighed; a few queries per submission."""
    names = {(p.start, p.end): p.name for p in ReportingPeriod.objects.all()}
    return [_one(submission, names) for submission in submissions]


def _one(submission: Submission, names: dict) -> SubmissionReview:
    period, locality = submission.period, submission.locality
    observations = list(
        submission.observations.select_related("indicator").order_by("indicator__name", "kind")
    )
    indicator_ids = {o.indicator_id for o in observations}
    latest: dict[int, Observation] = {}
    for row in Observation.objects.filter(
        indicator_id__in=indicator_ids, locality=locality, period_end__lt=period.end, value__isnull=False
    ).order_by("period_end", "kind"):
        latest[row.indicator_id] = row
    plans: dict[int, PlanValue] = {}
    for plan in PlanValue.objects.filter(
        target__indicator_id__in=indicator_ids,
        target__resolution__locality=locality,
        year=period.end.year,
    ).select_related("target"):
        plans.setdefault(plan.target.indicator_id, plan)
    figures = []
    for figure in reviewed_figures(observations, period, locality):
        indicator_id = figure.observation.indicator_id
        previous = figure.previous or latest.get(indicator_id)
        name = ""
        if previous is not None:
            name = names.get((previous.period_start, previous.period_end)) or (
                f"{previous.period_start:%d/%m/%Y}–{previous.period_end:%d/%m/%Y}"
            )
        figures.append(Reviewed(figure, previous, name, plans.get(indicator_id)))
    return SubmissionReview(submission, figures)
