"""Middleware: the interface language (Vietnamese unless the user chose English), and sessions that time out."""

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

# Session keys: when the session first came through here after its login, and its last request (to the minute).
STARTED = "chitieu_started"
SEEN = "chitieu_seen"
# The last request is written at most once a minute, so that a page view does not become a session write.
SEEN_PRECISION_SECONDS = 60


class LanguageMiddleware:
    """Activate the language chosen by cookie, else settings.LANGUAGE_CODE.

    The browser's Accept-Language is ignored on purpose: many offices run an English-language Windows, and
    their staff expect the Vietnamese interface that Django's LocaleMiddleware would not give them.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.languages = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.languages else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


def stamp_login(sender: type, request: HttpRequest | None, **kwargs: object) -> None:
    """At login, the session's start and first activity (a user_logged_in receiver, connected in apps.py)."""
    if request is not None and hasattr(request, "session"):
        request.session[STARTED] = request.session[SEEN] = int(time.time())


class SessionTimeoutMiddleware:
    """Log out a session idle for SESSION_IDLE_MINUTES, or older than SESSION_COOKIE_AGE, with a message.

    The request then goes on as anonymous: a page for logged-in users sends to the login page, where the message
    shows, and a public page answers as usual. Django's own expiry cannot be the absolute age here: every session
    save (the activity stamp's, once a minute) pushes it forward. Requests without a session cookie (anonymous
    visitors of the public pages) or with an `Authorization` header (API tokens) are not looked at.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.has_login_session(request):
            self.check(request)
        return self.get_response(request)

    @staticmethod
    def has_login_session(request: HttpRequest) -> bool:
        # The cookie first: reading the session of a visitor who has none would still add "Vary: Cookie" to
        # the public page, which shared caches keep.
        return (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            and "Authorization" not in request.headers
            and SESSION_KEY in request.session
        )

    def check(self, request: HttpRequest) -> None:
        session, now = request.session, int(time.time())
        started, seen = session.get(STARTED, now), session.get(SEEN, now)
        idle_minutes = settings.SESSION_IDLE_MINUTES
        if idle_minutes and now - seen > idle_minutes * 60:
            message = _(
                "You were logged out after %(minutes)s minutes without activity: please log in again."
            )
            message %= {"minutes": idle_minutes}
        elif now - started > settings.SESSION_COOKIE_AGE:
            message = _("Your session has reached its maximum age: please log in again.")
        else:
            session.setdefault(STARTED, now)  # a session from before this middleware
            if SEEN not in session or now - seen >= SEEN_PRECISION_SECONDS:
                session[SEEN] = now
            return
        logout(request)
        messages.info(request, message)
