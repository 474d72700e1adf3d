"""The national overview: every province's congress resolution of one term with its headline, on approved figures.

Evaluating all 63 (or 34) provinces takes seconds to minutes, far more than a page may (each province's
evaluation rolls up its whole tree), so the table is computed in the background and kept in the shared cache,
one entry per term, for every user: approved figures are the same whoever reads them, as on the public page.
A request only reads that entry and keeps the rows of the resolutions its user may see. An entry older than
FRESH is still shown while a task computes the next one; with none yet, the page says the table is being made.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.tasks import task
from django.utils import timezone

from chitieu.core.collation import by_name
from chitieu.evaluation.engine.definitions import Status
from chitieu.evaluation.queries import evaluate_resolution
from chitieu.evaluation.text import resolution_summary
from chitieu.plans.access import visible_resolutions
from chitieu.plans.models import Resolution, Term

FRESH = timedelta(minutes=10)
# How long one refresh may take before another may be asked for (the national table, uncached: minutes).
REFRESHING = timedelta(minutes=30)


@dataclass(frozen=True)
class ProvinceHeadline:
    resolution_id: int
    locality_id: int
    locality: str
    title: str
    reached: int  # top-level targets met or exceeded
    total: int
    components_reached: int
    components_total: int
    no_data: int
    illustrative: bool


@dataclass(frozen=True)
class Overview:
    term_id: int
    computed_at: datetime
    rows: list[ProvinceHeadline]


def province_resolutions(term: Term) -> QuerySet[Resolution]:
    """The congress resolutions of the term's top-level units, in Vietnamese order of their names."""
    return (
        Resolution.objects.filter(term=term, kind=Resolution.Kind.CONGRESS, locality__parent__isnull=True)
        .select_related("locality", "term")
        .order_by(by_name("locality__name"), "pk")
    )


def compute(term: Term) -> Overview:
    """Every province's headline on approved figures, as the public page evaluates them."""
    rows = []
    for resolution in province_resolutions(term):
        result = evaluate_resolution(resolution, published_only=True)
        summary = resolution_summary(result)
        rows.append(
            ProvinceHeadline(
                resolution_id=resolution.pk,
                locality_id=resolution.locality_id,
                locality=resolution.locality.full_name,
                title=resolution.title,
                reached=summary.reached,
                total=summary.total,
                components_reached=summary.components_reached,
                components_total=summary.components_total,
                no_data=summary.counts.get(Status.NO_DATA, 0),
                illustrative=result.illustrative,
            )
        )
    return Overview(term_id=term.pk, computed_at=timezone.now(), rows=rows)


def _key(term_id: int) -> str:
    return f"chitieu:overview:{term_id}"


@task
def refresh(term_id: int) -> None:
    """Compute a term's overview and keep it until the next one replaces it.

    A refresh that fails keeps its mark until REFRESHING has passed: page views do not ask again meanwhile."""
    cache.set(_key(term_id), compute(Term.objects.get(pk=term_id)), timeout=None)
    cache.delete(f"{_key(term_id)}:refreshing")


def overview_for(term: Term) -> Overview | None:
    """The term's overview as last computed (None before the first); a stale or missing one is refreshed."""
    found = cache.get(_key(term.pk))
    if found is None or timezone.now() - found.computed_at > FRESH:
        if cache.add(f"{_key(term.pk)}:refreshing", True, timeout=int(REFRESHING.total_seconds())):
            refresh.enqueue(term.pk)
        found = found or cache.get(_key(term.pk))  # computed at once by an immediate task backend
    return found


def visible_rows(overview: Overview, resolutions: QuerySet[Resolution]) -> list[ProvinceHeadline]:
    """The rows of the resolutions in `resolutions` (the ones the user may see), in the overview's order."""
    ids = set(
        resolutions.filter(pk__in=[row.resolution_id for row in overview.rows]).values_list("pk", flat=True)
    )
    return [row for row in overview.rows if row.resolution_id in ids]


def terms() -> QuerySet[Term]:
    """Terms that have a province's congress resolution, newest first."""
    return (
        Term.objects.filter(
            resolutions__kind=Resolution.Kind.CONGRESS, resolutions__locality__parent__isnull=True
        )
        .distinct()
        .order_by("-start_year")
    )


def chosen_term(choices: list[Term], name: str | None) -> Term | None:
    """The term asked for by name, else the newest."""
    return next((term for term in choices if term.name == name), choices[0] if choices else None)


# The page's view lives beside its reader: one module for one page, away from the views others are changing.
@login_required
def national_overview(request: HttpRequest) -> HttpResponse:
    choices = list(terms())
    term = chosen_term(choices, request.GET.get("term"))
    found = overview_for(term) if term else None
    rows = visible_rows(found, visible_resolutions(request.user)) if found else []
    illustrative = any(row.illustrative for row in rows)
    context = {"terms": choices, "term": term, "overview": found, "rows": rows, "illustrative": illustrative}
    return render(request, "reports/overview.html", context)
