"""A database that drops a connection (a restart, a failover, pg_terminate_backend) costs the user one retry
of a page, or a Vietnamese "try again" page with status 503: never a 500."""

import logging
import sys
from collections.abc import Callable

from django.db import InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views import defaults

logger = logging.getLogger(__name__)
DROPPED = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 5


def forget_broken_connections() -> None:
    """Close every connection that failed, so that the next query opens a new one."""
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            continue  # the transaction owner unwinds it; closing now would hide its rollback
        connection.close()


def unavailable(request: HttpRequest | None = None) -> HttpResponse:
    """The page shown while the database cannot be reached; it reads nothing from the database itself."""
    response = HttpResponse(render_to_string("core/unavailable.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseOutageMiddleware:
    """A page read (GET, HEAD) that met a dropped connection is run once more on a new one; anything else, or a
    second failure, answers `unavailable`. A write is never run twice: its transaction was rolled back."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view, args, kwargs) -> None:
        request._outage_view = (view, args, kwargs)  # type: ignore[attr-defined]
        return None

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DROPPED):
            return None
        logger.warning("Database connection lost during %s %s: %s", request.method, request.path, exception)
        forget_broken_connections()
        if request.method not in ("GET", "HEAD") or getattr(request, "_outage_retried", False):
            return unavailable(request)
        request._outage_retried = True  # type: ignore[attr-defined]
        view, args, kwargs = request._outage_view  # type: ignore[attr-defined]
        try:
            return view(request, *args, **kwargs)
        except DROPPED:
            forget_broken_connections()
            return unavailable(request)


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponse:
    """Django's 500 page, except for a dropped database connection met outside a view (in a middleware)."""
    error = sys.exc_info()[1]
    if isinstance(error, DROPPED):  # also SQLite's "database is locked" after its busy timeout
        forget_broken_connections()
        return unavailable(request)
    return defaults.server_error(request, template_name)
