"""A notice for one user in the application, beside the reminder e-mails: read on /entry/notices/."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Kind(models.TextChoices):
        DUE = "due", _("due")
        OVERDUE = "overdue", _("overdue")
        RETURNED = "returned", _("returned")
        APPROVED = "approved", _("approved")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("user"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    period = models.ForeignKey(
        "results.ReportingPeriod",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("reporting period"),
    )
    locality = models.ForeignKey(
        "localities.Locality", on_delete=models.CASCADE, related_name="+", verbose_name=_("locality")
    )
    text = models.CharField(_("text"), max_length=2000, blank=True)
    link = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        # The header counts a user's unread notices on every page: one index answers it.
        indexes = [models.Index(fields=["user", "read_at"], name="notice_user_unread")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.locality_id} · {self.period_id}"
