"""Dashboards: where a resolution stands, a target's series and breakdown, drill-down, rankings, matrices, public page."""

from dataclasses import replace

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.timezone import localdate
from django.views.decorators.cache import cache_control

from chitieu.core.collation import by_name
from chitieu.core.numbers import whole_number
from chitieu.evaluation.continuity import predecessor_results, target_continuity
from chitieu.plans.access import resolution_allowed
from chitieu.plans.queries import default_term, term_choices
from chitieu.reports import exports, localities, queries
from chitieu.reports.charts import page_charts
from chitieu.reports.forms import CompareForm, DashboardForm, RankingForm, ReviewForm
from chitieu.results import today
from chitieu.results.access import (
    ancestor_ids,
    can_manage,
    criteria_set_for,
    home_locality_for,
    indicator_for,
    locality_for,
    public_resolution_for,
    resolution_for,
    target_for,
    visible_locality_ids,
    visible_resolutions,
)

MAX_COMPARED = 6
HOME_PAGE_SIZE = 50


def partial_for(request: HttpRequest, template: str, partial: str) -> str:
    """The named partial for an htmx request, the whole page otherwise (and when htmx restores history)."""
    if request.headers.get("HX-Request") and not request.headers.get("HX-History-Restore-Request"):
        return f"{template}#{partial}"
    return template


@login_required
def resolution_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    resolution = resolution_for(request.user, pk)
    form = DashboardForm(resolution, request.GET)
    board = queries.dashboard(resolution, form.choice())
    if request.GET.get("export") == "xlsx":
        return exports.dashboard_response(board)
    template = partial_for(request, "reports/dashboard.html", "dashboard-body")
    manager = can_manage(request.user, resolution.locality)
    before = predecessor_results(resolution)
    return render(
        request, template, {"board": board, "form": form, "can_manage": manager, "predecessors": before}
    )


@login_required
def resolution_scorecards(request: HttpRequest, pk: int) -> HttpResponse:
    resolution = resolution_for(request.user, pk)
    form = ReviewForm(request.GET)
    board = queries.dashboard(resolution, form.choice())
    by_agency, by_leader = queries.scorecards(board)
    return render(
        request,
        "reports/scorecards.html",
        {"board": board, "form": form, "by_agency": by_agency, "by_leader": by_leader},
    )


@login_required
def target_detail(request: HttpRequest, pk: int) -> HttpResponse:
    target = target_for(request.user, pk)
    form = ReviewForm(request.GET)
    # The page always projects to the deadline; the projection never changes the status.
    page = queries.target_page(target, replace(form.choice(), forecast=True))
    series, chart, breakdown = page_charts(page)
    continuity = target_continuity(target, page.config.as_of)
    return render(
        request,
        "reports/target.html",
        {
            "page": page,
            "form": form,
            "series": series,
            "chart": chart,
            "breakdown_chart": breakdown,
            "baseline": continuity.baseline,
            "continuity": continuity,
            "may_override": resolution_allowed(request.user, target.resolution, "manage"),
        },
    )


@login_required
def locality_detail(request: HttpRequest, pk: int) -> HttpResponse:
    locality = locality_for(request.user, pk)
    overview = localities.locality_overview(
        locality, ancestor_ids(locality), visible_locality_ids(request.user)
    )
    return render(request, "reports/locality.html", {"overview": overview})


@login_required
def indicator_ranking(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = indicator_for(request.user, pk)
    form = RankingForm(request.GET)
    parent_id = form.parent_id()
    parent = locality_for(request.user, parent_id) if parent_id else home_locality_for(request.user)
    ranking = localities.ranking(indicator, parent, form.chosen_year())
    return render(request, "reports/ranking.html", {"ranking": ranking, "form": form})


@login_required
def compare_resolutions(request: HttpRequest) -> HttpResponse:
    wanted = [pk for pk in map(whole_number, request.GET.getlist("r")) if pk is not None][:MAX_COMPARED]
    resolutions = [resolution_for(request.user, pk) for pk in dict.fromkeys(wanted)]
    form = CompareForm(
        visible_resolutions(request.user).order_by(by_name("locality__name"), "-term__start_year"),
        request.GET,
    )
    comparison = queries.comparison(resolutions, form.choice())
    return render(request, "reports/compare.html", {"comparison": comparison, "form": form})


@login_required
def criteria_matrix(request: HttpRequest, pk: int, set_pk: int, year: int) -> HttpResponse:
    locality = locality_for(request.user, pk)
    criteria_set = criteria_set_for(request.user, set_pk)
    matrix = localities.criteria_matrix(locality, criteria_set, year)
    return render(request, "reports/criteria_matrix.html", {"matrix": matrix})


@cache_control(public=True, max_age=300)
def public_resolution(request: HttpRequest, pk: int) -> HttpResponse:
    """Open to anyone once the committee publishes the resolution; shows no one's name."""
    resolution = public_resolution_for(pk)
    board = queries.dashboard(resolution, queries.Choice(), published_only=True)
    approved_on = queries.last_approval(resolution)
    return render(request, "reports/public_resolution.html", {"board": board, "approved_on": approved_on})


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The landing page: what the user must do today, then the resolutions they may see, one term at a time (the
    current one first)."""
    visible = visible_resolutions(request.user)
    terms = term_choices(visible)
    chosen = {t.name: t for t in terms}.get(request.GET.get("term", "")) or default_term(terms, localdate())
    search = request.GET.get("q", "").strip()[:100]
    resolutions = visible.filter(term__name=chosen.name) if chosen else visible.none()
    if search:
        resolutions = resolutions.filter(Q(locality__name__icontains=search) | Q(title__icontains=search))
    page = Paginator(resolutions.order_by(by_name("locality__name"), "kind", "-year"), HOME_PAGE_SIZE)
    context = {"page": page.get_page(request.GET.get("page")), "terms": terms, "term": chosen, "q": search}
    context["today"] = today.tasks(request.user, localdate())
    return render(request, "reports/home.html", context)
