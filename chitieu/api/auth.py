"""Who is calling: a personal token in `Authorization: Bearer …`, and a per-token rate limit kept in the cache."""

import hmac
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer
from ninja.throttling import BaseThrottle

from chitieu.api.models import ApiToken
from chitieu.api.services import secret_hash, split_token

DEFAULT_RATE_PER_MINUTE = 600
# Writing last_used_at on every call would turn each read into a write; once a minute is precise enough.
LAST_USED_PRECISION = timedelta(minutes=1)


class TokenAuth(HttpBearer):
    """`Authorization: Bearer ct_<prefix>_<secret>`; the caller acts as the token's user, nothing more."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        parts = split_token(token.strip())
        if parts is None:
            return None
        prefix, secret = parts
        found = (
            ApiToken.objects.select_related("user")
            .filter(prefix=prefix, revoked_at__isnull=True, expires_at__gt=timezone.now())
            .first()
        )
        if found is None or not found.user.is_active:
            return None
        if not hmac.compare_digest(found.secret_hash, secret_hash(secret)):
            return None
        _touch(found)
        request.user = found.user
        return found


def _touch(token: ApiToken) -> None:
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


def rate_per_minute() -> int:
    return int(getattr(settings, "API_RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_PER_MINUTE))


class TokenThrottle(BaseThrottle):
    """At most API_RATE_LIMIT_PER_MINUTE calls per token in each clock minute (a fixed window in the cache)."""

    window = 60

    def allow_request(self, request: HttpRequest) -> bool:
        token = getattr(request, "auth", None)
        if not isinstance(token, ApiToken):
            return True
        now = time.time()
        window_start = int(now // self.window) * self.window
        self.retry_after = window_start + self.window - now
        key = f"chitieu-api-rate:{token.pk}:{window_start}"
        cache.add(key, 0, timeout=self.window + 5)
        try:
            count = cache.incr(key)
        except ValueError:  # the entry expired between add and incr
            cache.set(key, 1, timeout=self.window + 5)
            count = 1
        return count <= rate_per_minute()

    def wait(self) -> float:
        return max(self.retry_after, 1.0)
