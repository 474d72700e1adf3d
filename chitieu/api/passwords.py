"""Revokes a user's API tokens when their password changes, through Django's password validator hook."""

from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _

from chitieu.api.services import revoke_all_tokens


class RevokeTokensOnPasswordChange:
    """Validates nothing; its `password_changed` revokes every token of the user whose password changed.

    Why this hook, not a fingerprint of the password hash kept on each token: Django calls `password_changed`
    from `set_password()` + `save()`, which every way of changing a password goes through (the change and reset
    pages, the back office's form, `chitieu changepassword`), and not when it re-encodes an unchanged password
    with a stronger hasher at login (it does so after each Django upgrade). A fingerprint would revoke every
    token of every user at their first login after an upgrade. What it misses is a raw SQL write of the column.
    """

    def validate(self, password: str, user: AbstractBaseUser | None = None) -> None:
        return None

    def password_changed(self, password: str, user: AbstractBaseUser | None = None) -> None:
        if user is not None and user.pk is not None:
            revoke_all_tokens(user)

    def get_help_text(self) -> str:
        return _("Changing your password revokes your API tokens.")
