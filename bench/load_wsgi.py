"""The load test's WSGI application: Django's, with a header saying how many evaluations each request computed.

`X-Load-Computed: 0` on a dashboard means it was served from a cache. What counts as computing is a call of
one of COMPUTES, wherever a module imported it from; gunicorn loads this with `--pythonpath bench`.
"""

import sys
import threading

from django.urls import get_resolver

from chitieu.wsgi import application as django_application

COMPUTES = ["evaluate_resolution"]  # chitieu.evaluation.queries: a resolution read and run through the engine
_request = threading.local()


def _counted(function):
    def counting(*args, **kwargs):
        _request.computed = getattr(_request, "computed", 0) + 1
        return function(*args, **kwargs)

    counting.__wrapped__ = function
    return counting


def _count_computations() -> None:
    """Wrap every module-level reference to the computing functions (the views are imported first)."""
    get_resolver().url_patterns  # noqa: B018 - imports every view module and what they import
    from chitieu.evaluation import queries

    for name in COMPUTES:
        original = getattr(queries, name)
        wrapped = _counted(original)
        for module in list(sys.modules.values()):
            if (
                getattr(module, "__name__", "").startswith("chitieu.")
                and getattr(module, name, None) is original
            ):
                setattr(module, name, wrapped)


_count_computations()


def application(environ, start_response):
    _request.computed = 0

    def start(status, headers, exc_info=None):
        # Django calls this once the view has run: the count is the request's.
        headers.append(("X-Load-Computed", str(_request.computed)))
        return start_response(status, headers, exc_info)

    return django_application(environ, start)
