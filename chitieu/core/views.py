"""Answers that belong to the site rather than to an app: the icon browsers ask for at /favicon.ico."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control


@cache_control(max_age=86400, public=True)
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers and crawlers ask for /favicon.ico whatever the page links; send them to the static file."""
    return redirect(static("chitieu/favicon.ico"), permanent=True)
