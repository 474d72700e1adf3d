"""Read-side helpers over resolutions: the terms a list of them spans, and which one a page opens on."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, QuerySet

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
