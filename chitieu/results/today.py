"""Read side of the home page: what a signed-in user must do today, as plain lists with their links' keys.

A reporter (or an office for its own unit) enters the open rounds, corrects what was returned and catches up
on what is overdue; a leader decides what waits for them; an office follows the units below that have not sent,
those past the deadline and what waits for approval."""

from dataclasses import dataclass, field
from datetime import date

from chitieu.accounts.access import REPORT_ROLES
from chitieu.localities.models import Locality
from chitieu.results.access import approval_queue, overseen_units
from chitieu.results.models import ReportingPeriod, Submission
from chitieu.results.queries import Missing, State, not_reported, open_periods, period_states


@dataclass(frozen=True)
class Task:
    """One unit's figures of one round to enter or correct."""

    period: ReportingPeriod
    locality: Locality
    state: State
    reason: str = ""  # the approver's words, for a returned round
    overdue: bool = False


@dataclass
class Today:
    to_enter: list[Task] = field(default_factory=list)
    to_correct: list[Task] = field(default_factory=list)
    overdue: list[Task] = field(default_factory=list)
    to_approve: list[Submission] = field(default_factory=list)
    # The office: per open round, the units below that have not sent yet (deadline ahead) and those past it.
    not_sent: list[tuple[ReportingPeriod, list[Missing]]] = field(default_factory=list)
    late: list[tuple[ReportingPeriod, list[Missing]]] = field(default_factory=list)
    waiting: list[Submission] = field(default_factory=list)  # sent below, not yet decided
    oversees: bool = False

    @property
    def not_sent_count(self) -> int:
        return sum(len(units) for _period, units in self.not_sent)

    @property
    def late_count(self) -> int:
        return sum(len(units) for _period, units in self.late)

    @property
    def is_empty(self) -> bool:
        return not (
            self.to_enter
            or self.to_correct
            or self.overdue
            or self.to_approve
            or self.not_sent
            or self.late
            or self.waiting
        )


def own_reporting_units(user, today: date) -> list[Locality]:
    """The units the user reports for by a role held at the unit itself (not the whole subtree an office could
    enter for), that still exist."""
    units = Locality.objects.filter(
        memberships__user=user, memberships__role__in=REPORT_ROLES
    ).select_related("level", "parent")
    return [u for u in units.distinct() if _exists(u, today)]


def _exists(unit: Locality, today: date) -> bool:
    """A unit merged or abolished (the districts, the old communes of 1/7/2025) has nothing left to report."""
    return unit.valid_until is None or unit.valid_until >= today


def tasks(user, today: date) -> Today:
    """Everything the home page lists for the user, in a handful of queries."""
    periods = list(open_periods(today))
    result = Today(to_approve=approval_queue(user))
    own = own_reporting_units(user, today)
    returned = _returned_reasons(periods, own)
    for row in period_states(periods, own, today):
        for locality, state in row.cells:
            key = (row.period.pk, locality.pk)
            task = Task(row.period, locality, state, returned.get(key, ""), today > row.period.deadline)
            if key in returned:  # returned, and perhaps past the deadline too: corrected first
                result.to_correct.append(task)
            elif state == State.OVERDUE:
                result.overdue.append(task)
            elif state in (State.MISSING, State.DRAFT):
                result.to_enter.append(task)
    below = [u for u in overseen_units(user) if _exists(u, today)]
    result.oversees = bool(below)
    if below:
        for period, missing in not_reported(periods, below, today):
            late = [m for m in missing if m.state == State.OVERDUE]
            pending = [m for m in missing if m.state != State.OVERDUE]
            if pending:
                result.not_sent.append((period, pending))
            if late:
                result.late.append((period, late))
        decided = {s.pk for s in result.to_approve}
        result.waiting = [
            s
            for s in Submission.objects.filter(
                status=Submission.Status.SUBMITTED, locality__in=below, period__in=periods
            )
            .select_related("period", "locality")
            .order_by("submitted_at", "pk")
            if s.pk not in decided
        ]
    return result


def _returned_reasons(periods: list[ReportingPeriod], units: list[Locality]) -> dict[tuple[int, int], str]:
    return {
        (period_id, locality_id): reason
        for period_id, locality_id, reason in Submission.objects.filter(
            period__in=periods, locality__in=units, status=Submission.Status.RETURNED
        ).values_list("period_id", "locality_id", "reason")
    }
