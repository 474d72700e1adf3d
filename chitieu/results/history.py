"""Read side of the audit: every change of a target's values (who, when, old, new, why) and a submission's page."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from chitieu.localities.models import Locality
from chitieu.plans.models import Target
from chitieu.results.models import Commentary, Observation, Submission, SubmissionEvent
from chitieu.results.queries import reviewed_figures


@dataclass(frozen=True)
class Change:
    observation: Observation
    at: datetime
    who: object
    old: Decimal | None
    new: Decimal | None
    reason: str


def target_history(target: Target, locality: Locality) -> dict:
    """Every value of the target's indicator at the locality, newest change first, with the approval steps."""
    observations = list(
        Observation.objects.filter(indicator=target.indicator, locality=locality)
        .select_related("updated_by")
        .prefetch_related("revisions__replaced_by")
        .order_by("-period_end", "-kind")
    )
    changes: list[Change] = []
    for observation in observations:
        revisions = sorted(observation.revisions.all(), key=lambda r: (r.replaced_at, r.pk))
        first_author = None
        for index, revision in enumerate(revisions):
            new = revisions[index + 1].value if index + 1 < len(revisions) else observation.value
            changes.append(
                Change(
                    observation,
                    revision.replaced_at,
                    revision.replaced_by,
                    revision.value,
                    new,
                    revision.reason,
                )
            )
        if not revisions:
            first_author = observation.updated_by
        changes.append(
            Change(
                observation,
                observation.created_at,
                first_author,
                None,
                revisions[0].value if revisions else observation.value,
                "",
            )
        )
    changes.sort(key=lambda c: c.at, reverse=True)
    events = (
        SubmissionEvent.objects.filter(submission__observations__in=observations)
        .select_related("submission__period", "user")
        .distinct()
        .order_by("-at", "-pk")
    )
    return {
        "target": target,
        "locality": locality,
        "observations": observations,
        "changes": changes,
        "events": events,
    }


def submission_page(user, submission: Submission, form) -> dict:
    from chitieu.results.access import can_decide

    observations = submission.observations.select_related("indicator").order_by("indicator__name", "kind")
    return {
        "submission": submission,
        "observations": observations,
        "figures": reviewed_figures(list(observations), submission.period, submission.locality),
        "commentaries": Commentary.objects.filter(period=submission.period, locality=submission.locality)
        .select_related("target")
        .order_by("target__order"),
        "evidence": submission.period.evidence.filter(locality=submission.locality),
        "events": submission.events.select_related("user"),
        "form": form,
        "can_decide": can_decide(user, submission),
    }
