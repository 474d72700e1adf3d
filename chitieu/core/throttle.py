"""Login throttling for every login form: failures counted per user name and address, and per address alone."""

import hashlib
import time

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

NAME_LOCKED = _(
    "Too many failed logins for this account from your address. Try again in %(minutes)s minutes."
)
ADDRESS_LOCKED = _(
    "Too many failed logins from your address, for several accounts. Try again in %(minutes)s minutes."
)


def _key(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"login-failures:{kind}:{digest}"


def _name_key(username: str, address: str) -> str:
    return _key("name", username.strip().casefold(), address)


def _address_key(address: str) -> str:
    return _key("address", address)


def client_address(request: HttpRequest | None) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is set by the client unless a proxy rewrites it (docs/production.md).
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def _failures(key: str) -> int:
    return cache.get(key, (0, 0.0))[0]


def _count_failure(key: str, limit: int) -> None:
    """One more failure under `key`; the count lasts LOGIN_LOCK_SECONDS from the first failure, the lock as long
    from the failure that reached `limit`.

    A window that starts at the first failure, not at the last, lets an office behind one address make a typo
    now and then without ever adding up to a lock; a guesser gets `limit` tries per window either way.
    """
    now = time.time()
    failures, until = cache.get(key, (0, now + settings.LOGIN_LOCK_SECONDS))
    failures += 1
    if failures >= limit:
        until = now + settings.LOGIN_LOCK_SECONDS
    cache.set(key, (failures, until), max(1, round(until - now)))


def locked_message(username: str, address: str) -> str | None:
    """Why a login for `username` from `address` is refused without looking at the password, or None."""
    minutes = settings.LOGIN_LOCK_SECONDS // 60
    if _failures(_address_key(address)) >= settings.LOGIN_ADDRESS_FAILURE_LIMIT:
        return ADDRESS_LOCKED % {"minutes": minutes}
    if _failures(_name_key(username, address)) >= settings.LOGIN_FAILURE_LIMIT:
        return NAME_LOCKED % {"minutes": minutes}
    return None


def record_failure(username: str, address: str) -> None:
    """Count a wrong password for the pair and for the address (spraying one password over many user names)."""
    _count_failure(_name_key(username, address), settings.LOGIN_FAILURE_LIMIT)
    _count_failure(_address_key(address), settings.LOGIN_ADDRESS_FAILURE_LIMIT)


def reset(username: str, address: str) -> None:
    """Forget the pair's failures; the address's stay, or one known account would let a sprayer start again."""
    cache.delete(_name_key(username, address))


class ThrottledLogin:
    """Refuses, without checking the password, a user name or an address locked by earlier failures.

    Mixed into Django's login form and the back office's, so both count the same failures and honour the same
    locks: a user name locked on one page is locked on the other.
    """

    request: HttpRequest | None
    user_cache: object

    def clean(self) -> dict:
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request)
        if username and (message := locked_message(username, address)):
            raise ValidationError(message, code="locked")
        try:
            cleaned = super().clean()
        except ValidationError:
            # A right password refused for another reason (not staff on /admin/login/) is no failure to count.
            if username and self.user_cache is None:
                record_failure(username, address)
                if message := locked_message(username, address):
                    raise ValidationError(message, code="locked") from None
            raise
        reset(username, address)
        return cleaned


class ThrottledAuthenticationForm(ThrottledLogin, AuthenticationForm):
    """The login form of /accounts/login/."""


class ThrottledAdminAuthenticationForm(ThrottledLogin, AdminAuthenticationForm):
    """The login form of /admin/login/ (staff only)."""


login = LoginView.as_view(authentication_form=ThrottledAuthenticationForm)
