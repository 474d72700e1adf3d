"""The landing page: the resolutions the signed-in user may see."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chitieu.accounts.access import visible_resolutions


@login_required
def home(request: HttpRequest) -> HttpResponse:
    resolutions = visible_resolutions(request.user).order_by(
        "locality__name", "-term__start_year", "kind", "-year"
    )
    return render(request, "core/home.html", {"resolutions": resolutions})
