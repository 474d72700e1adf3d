"""Signed review reports, as signed here or received from a unit below, and the certificates signers use."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from chitieu.documents.models import ReportDraft
from chitieu.localities.models import Locality


def _person(label) -> models.ForeignKey:
    """The account that took a step; the report outlives the account (the field is emptied)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=label,
    )


class SignedReport(models.Model):
    """A signed PDF of a review report: its fingerprint and frozen figures, and its way up to the level above."""

    class Source(models.TextChoices):
        SIGNED_HERE = "here", _("signed in chitieu")
        UPLOADED = "upload", _("uploaded signed file")

    class State(models.TextChoices):
        UNSENT = "unsent", _("not sent")
        SENT = "sent", _("sent")
        RECEIVED = "received", _("received")
        RETURNED = "returned", _("returned")

    key = models.UUIDField(_("report key"), default=uuid.uuid4, unique=True, editable=False)
    draft = models.ForeignKey(
        ReportDraft,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="signed_reports",
        verbose_name=_("report draft"),
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.PROTECT, related_name="signed_reports", verbose_name=_("issuing unit")
    )
    recipient = models.ForeignKey(
        Locality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="received_reports",
        verbose_name=_("recipient unit"),
    )
    source = models.CharField(_("source"), max_length=6, choices=Source.choices, default=Source.SIGNED_HERE)
    file = models.FileField(_("signed file"), upload_to="signed/")
    file_sha256 = models.CharField(_("SHA-256 of the file"), max_length=64)
    fingerprint = models.CharField(
        _("fingerprint of the figures"),
        max_length=64,
        blank=True,
        help_text=_("SHA-256 of the report's figures, statuses and sentences, serialised canonically."),
    )
    snapshot = models.JSONField(_("figures as signed"), default=dict, blank=True)
    signer_name = models.CharField(_("signer"), max_length=200, blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=200, blank=True)
    certificate_subject = models.CharField(_("certificate subject"), max_length=500, blank=True)
    certificate_sha256 = models.CharField(_("SHA-256 of the certificate"), max_length=64, blank=True)
    timestamped = models.BooleanField(_("time-stamped"), default=False)
    signed_by = _person(_("signed by"))
    signed_at = models.DateTimeField(_("signed at"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.UNSENT)
    sent_by = _person(_("sent by"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    handled_by = _person(_("received or returned by"))
    handled_at = models.DateTimeField(_("received or returned at"), null=True, blank=True)
    return_reason = models.TextField(_("reason for return"), blank=True)
    verified_ok = models.BooleanField(_("verified"), null=True, blank=True)
    verification = models.TextField(
        _("verification result"), blank=True, help_text=_("In plain Vietnamese, as the inbox shows it.")
    )
    reopened_by = _person(_("reopened by"))
    reopened_at = models.DateTimeField(_("reopened at"), null=True, blank=True)
    reopen_reason = models.TextField(_("reason for reopening"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("signed report")
        verbose_name_plural = _("signed reports")

    def __str__(self) -> str:
        return (
            f"{self.locality} · {self.signer_name} · {self.signed_at:%d/%m/%Y}"
            if self.signed_at
            else str(self.locality)
        )


class SignerCertificate(models.Model):
    """A certificate a person signs reports with: a signed file received from a unit is accepted only when its
    certificate belongs to someone holding the signer role there."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="signing_certificates",
        verbose_name=_("user"),
    )
    sha256 = models.CharField(_("SHA-256 of the certificate"), max_length=64)
    subject = models.CharField(_("certificate subject"), max_length=500, blank=True)
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["user", "-added_at"]
        verbose_name = _("signing certificate")
        verbose_name_plural = _("signing certificates")
        constraints = [models.UniqueConstraint(fields=["user", "sha256"], name="signer_certificate_unique")]

    def __str__(self) -> str:
        return f"{self.user} · {self.subject or self.sha256[:16]}"
