"""Login throttling: failed logins counted per user name and address in the cache, locked for a while after too many."""

import hashlib

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

LOCKED_MESSAGE = _("Too many failed logins for this account from your address. Try again in 15 minutes.")


def _key(username: str, address: str) -> str:
    digest = hashlib.sha256(f"{username.strip().casefold()}|{address}".encode()).hexdigest()
    return f"login-failures:{digest}"


def client_address(request: HttpRequest | None) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is set by the client unless a proxy rewrites it (docs/production.md).
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def is_locked(username: str, address: str) -> bool:
    return cache.get(_key(username, address), 0) >= settings.LOGIN_FAILURE_LIMIT


def record_failure(username: str, address: str) -> int:
    """Count one more failure; every failure restarts the lock period, so the lock lasts from the last one."""
    key = _key(username, address)
    failures = cache.get(key, 0) + 1
    cache.set(key, failures, settings.LOGIN_LOCK_SECONDS)
    return failures


def reset(username: str, address: str) -> None:
    cache.delete(_key(username, address))


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's login form that refuses, without checking the password, a user name locked at this address."""

    error_messages = {**AuthenticationForm.error_messages, "locked": LOCKED_MESSAGE}

    def clean(self) -> dict:
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request)
        if username and is_locked(username, address):
            raise ValidationError(self.error_messages["locked"], code="locked")
        try:
            cleaned = super().clean()
        except ValidationError:
            if username and record_failure(username, address) >= settings.LOGIN_FAILURE_LIMIT:
                raise ValidationError(self.error_messages["locked"], code="locked") from None
            raise
        reset(username, address)
        return cleaned


login = LoginView.as_view(authentication_form=ThrottledAuthenticationForm)
