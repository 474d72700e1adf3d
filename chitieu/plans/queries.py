"""Read-side helpers over resolutions: the terms a list of them spans, and which one a page opens on."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q, QuerySet

from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import Resolution


@dataclass(frozen=True)
class TermChoice:
    name: str
    start_year: int
    end_year: int
    resolutions: int


def term_choices(resolutions: QuerySet[Resolution]) -> list[TermChoice]:
    """The terms of these resolutions, latest first, with how many each holds."""
    rows = (
        resolutions.order_by()
        .values("term__name", "term__start_year", "term__end_year")
        .annotate(n=Count("pk"))
        .order_by("-term__start_year")
    )
    return [TermChoice(r["term__name"], r["term__start_year"], r["term__end_year"], r["n"]) for r in rows]


def default_term(choices: list[TermChoice], today: date) -> TermChoice | None:
    """The term in course today (in 2025 the one that began then: congresses met from July), else the latest."""
    running = [c for c in choices if c.start_year <= today.year <= c.end_year]
    return running[0] if running else (choices[0] if choices else None)


def previous_term_resolutions(resolution: Resolution) -> QuerySet[Resolution]:
    """The congress resolutions of the term before that `resolution` may carry on: of its own unit, of the units
    its unit was formed from, of the districts those lay in or held, and any already marked as continued by it."""
    linked = LocalityLink.objects.filter(successor_id=resolution.locality_id).values("predecessor_id")
    units = Locality.objects.filter(
        Q(pk=resolution.locality_id) | Q(pk__in=linked) | Q(children__in=linked) | Q(parent__in=linked)
    ).values("pk")
    found = Resolution.objects.filter(
        kind=Resolution.Kind.CONGRESS, term__end_year=resolution.term.start_year, locality__in=units
    ) | Resolution.objects.filter(continued_by=resolution)
    return found.exclude(pk=resolution.pk).select_related("locality", "term").distinct().order_by("pk")
