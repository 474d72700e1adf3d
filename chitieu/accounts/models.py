"""Roles a user holds, each scoped to a locality subtree or to one agency."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from chitieu.localities.models import Agency, Locality


class Membership(models.Model):
    """A role held by a user over a locality and everything below it, or over one agency."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("administrator")
        OFFICE = "office", _("office staff")
        REPORTER = "reporter", _("reporter")
        APPROVER = "approver", _("approver / leader")
        VIEWER = "viewer", _("viewer")
        SIGNER = "signer", _("signer (digital signature)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    locality = models.ForeignKey(
        Locality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("locality"),
    )
    agency = models.ForeignKey(
        Agency,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("agency"),
    )
    title = models.CharField(_("title"), max_length=160, blank=True)

    class Meta:
        ordering = ["user", "role"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.CheckConstraint(
                condition=Q(locality__isnull=False) | Q(agency__isnull=False), name="membership_has_scope"
            ),
            models.UniqueConstraint(fields=["user", "role", "locality", "agency"], name="membership_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.locality or self.agency}"
