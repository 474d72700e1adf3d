"""Review reports: the office's drafts, the document-number counters, and the files exported from a draft."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from chitieu.core.models import BackgroundJob
from chitieu.localities.models import Locality
from chitieu.plans.models import Resolution


class ReportKind(models.TextChoices):
    SIX_MONTHS = "6m", _("6-month report")
    NINE_MONTHS = "9m", _("9-month report")
    ANNUAL = "annual", _("annual report")
    MID_TERM = "mid-term", _("mid-term review")
    END_OF_TERM = "end-of-term", _("end-of-term review")


class Body(models.TextChoices):
    """Who issues the report, which decides its layout and its number: the Party committee or the People's
    Committee of the locality."""

    PARTY = "party", _("Party committee (Hướng dẫn 36-HD/VPTW)")
    STATE = "state", _("People's Committee (Nghị định 30/2020/NĐ-CP)")


class ReportDraft(models.Model):
    """A review report being written: the text generated from the figures and the office's edited text."""

    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="report_drafts", verbose_name=_("resolution")
    )
    kind = models.CharField(_("report kind"), max_length=12, choices=ReportKind.choices)
    as_of = models.DateField(_("figures as of"))
    known_on = models.DateField(
        _("figures known on"),
        null=True,
        blank=True,
        help_text=_(
            "Empty: the latest figures known when the report is generated. A date reproduces a report with "
            "only what was known that day."
        ),
    )
    body = models.CharField(_("issuing body"), max_length=10, choices=Body.choices, default=Body.PARTY)
    number = models.PositiveIntegerField(
        _("document number"),
        null=True,
        blank=True,
        help_text=_("Given by the office when the report is issued."),
    )
    dated = models.DateField(_("date of the document"))
    place = models.CharField(_("place name"), max_length=100, help_text=_("As written before the date."))
    subject = models.CharField(_("subject"), max_length=400)
    signer = models.CharField(_("signer"), max_length=120, blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=120, blank=True)
    recipients = models.TextField(_("recipients"), blank=True, help_text=_("One per line."))
    generated_text = models.TextField(_("generated text"))
    generated_at = models.DateTimeField(_("generated at"))
    edited_text = models.TextField(_("edited text"), blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("edited by"),
    )
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    awaiting_choice = models.BooleanField(
        _("awaiting a choice"),
        default=False,
        help_text=_(
            "The text was generated again after it had been edited: the office keeps one of the two."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-as_of", "-created_at"]
        verbose_name = _("report draft")
        verbose_name_plural = _("report drafts")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.resolution} · {self.as_of:%d/%m/%Y}"

    @property
    def text(self) -> str:
        """What the report says: the office's text once it exists, else the generated one."""
        return self.edited_text or self.generated_text


class DocumentNumber(models.Model):
    """The last number an issuing body gave to a type of document in a numbering period.

    A Party committee numbers from 01 in each term of the committee (Hướng dẫn 36-HD/VPTW); a People's Committee
    from 01 each year (Nghị định 30/2020/NĐ-CP, Điều 8)."""

    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="document_numbers", verbose_name=_("locality")
    )
    body = models.CharField(_("issuing body"), max_length=10, choices=Body.choices)
    series = models.CharField(
        _("numbering period"), max_length=20, help_text=_("The term (2020-2025) or the year (2023).")
    )
    document_type = models.CharField(
        _("document type code"), max_length=10, help_text=_("e.g. BC for a report")
    )
    last_number = models.PositiveIntegerField(_("last number given"), default=0)

    class Meta:
        ordering = ["locality", "body", "series", "document_type"]
        verbose_name = _("document number counter")
        verbose_name_plural = _("document number counters")
        constraints = [
            models.UniqueConstraint(
                fields=["locality", "body", "series", "document_type"], name="document_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.locality} · {self.get_body_display()} · {self.series} · {self.document_type}"


class GeneratedFile(BackgroundJob):
    """A file exported from a draft by a background task, kept under MEDIA_ROOT/documents/."""

    class Format(models.TextChoices):
        DOCX = "docx", _("Word (.docx)")
        XLSX = "xlsx", _("Excel annex (.xlsx)")
        PDF = "pdf", _("PDF")

    draft = models.ForeignKey(
        ReportDraft, on_delete=models.CASCADE, related_name="files", verbose_name=_("report draft")
    )
    format = models.CharField(_("format"), max_length=5, choices=Format.choices)
    file = models.FileField(_("file"), upload_to="documents/", blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )

    class Meta(BackgroundJob.Meta):
        verbose_name = _("generated file")
        verbose_name_plural = _("generated files")

    def __str__(self) -> str:
        return f"{self.draft} · {self.get_format_display()} · {self.get_status_display()}"
