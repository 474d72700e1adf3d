"""Writes on API tokens: issue one (the secret is returned once and never stored), revoke one or all."""

import hashlib
import secrets

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from chitieu.api.models import ApiToken

TOKEN_MARK = "ct"


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def split_token(raw: str) -> tuple[str, str] | None:
    """'ct_<prefix>_<secret>' → (prefix, secret); None for anything else."""
    mark, _, rest = raw.partition("_")
    prefix, _, secret = rest.partition("_")
    if mark != TOKEN_MARK or not prefix or not secret:
        return None
    return prefix, secret


@transaction.atomic
def create_token(user: AbstractBaseUser, name: str) -> tuple[ApiToken, str]:
    """A new token for `user`, valid for API_TOKEN_DAYS, and its full text, which the caller shows once."""
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, prefix=prefix, secret_hash=secret_hash(secret))
    return token, f"{TOKEN_MARK}_{prefix}_{secret}"


def revoke_token(user: AbstractBaseUser, pk: int) -> bool:
    """Revoke one of the user's own tokens; False if the user has no such token (or it was already revoked)."""
    return bool(
        ApiToken.objects.filter(user=user, pk=pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    )


def revoke_all_tokens(user: AbstractBaseUser) -> int:
    """Revoke every token of `user` still in force (their password changed); how many were."""
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
