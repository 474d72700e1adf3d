"""Observations: the reported value of an indicator for a locality and a period, with the history of replaced values."""

import os
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from chitieu.core.models import BackgroundJob
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator


class PeriodKind(models.TextChoices):
    MONTH = "month", _("month")
    QUARTER = "quarter", _("quarter")
    HALF_YEAR = "6m", _("6 months")
    NINE_MONTHS = "9m", _("9 months")
    YEAR = "year", _("year")
    TERM_TO_DATE = "term", _("term to date")
    AS_OF = "as_of", _("as of a date")


class ValueKind(models.IntegerChoices):
    """Ordered by authority: an official figure replaces a preliminary one, which replaces an estimate."""

    ESTIMATE = 1, _("estimate")
    PRELIMINARY = 2, _("preliminary")
    OFFICIAL = 3, _("official")


class Observation(models.Model):
    """One value of an indicator, for a locality and a period, of one kind (ước, sơ bộ, chính thức)."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.PROTECT, related_name="observations", verbose_name=_("indicator")
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.PROTECT, related_name="observations", verbose_name=_("locality")
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    period_kind = models.CharField(
        _("period kind"), max_length=10, choices=PeriodKind.choices, default=PeriodKind.YEAR
    )
    kind = models.PositiveSmallIntegerField(
        _("value kind"), choices=ValueKind.choices, default=ValueKind.OFFICIAL
    )
    value = models.DecimalField(_("value"), max_digits=24, decimal_places=6, null=True, blank=True)
    text_value = models.CharField(
        _("value in words"), max_length=120, blank=True, help_text=_("For yes/no and ordinal indicators.")
    )
    reported_on = models.DateField(
        _("reported on"), help_text=_("When the figure became known (for as-of reviews).")
    )
    source = models.CharField(_("source"), max_length=300, blank=True)
    source_sentence = models.TextField(_("source sentence"), blank=True)
    note = models.TextField(_("note"), blank=True)
    is_illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("Not stated by a source; every page showing it says so."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("updated by"),
    )
    updated_via = models.CharField(
        _("written through"),
        max_length=40,
        blank=True,
        db_default="",
        help_text=_(
            "The door that wrote it: entry page, workbook, API, reading screen, back office, a loader."
        ),
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        db_default=False,
        help_text=_("Approved (or loaded from a published source): the public page shows only these."),
    )

    class Meta:
        ordering = ["indicator", "locality", "period_end", "kind"]
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "locality", "period_start", "period_end", "kind"],
                name="observation_unique_per_period_kind",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")), name="observation_period_ordered"
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=False) | ~Q(text_value=""), name="observation_has_a_value"
            ),
        ]
        indexes = [models.Index(fields=["locality", "indicator", "period_end"])]

    def __str__(self) -> str:
        return f"{self.indicator.name} · {self.locality} · {self.period_start:%d/%m/%Y}–{self.period_end:%d/%m/%Y}"


class ObservationRevision(models.Model):
    """A value an observation held before it was replaced: who replaced it, when, and why."""

    observation = models.ForeignKey(
        Observation, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("observation")
    )
    value = models.DecimalField(_("old value"), max_digits=24, decimal_places=6, null=True, blank=True)
    text_value = models.CharField(_("old value in words"), max_length=120, blank=True)
    reported_on = models.DateField(_("reported on"))
    source = models.CharField(_("source"), max_length=300, blank=True)
    replaced_at = models.DateTimeField(_("replaced at"), auto_now_add=True)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("replaced by"),
    )
    reason = models.TextField(_("reason"), blank=True)
    via = models.CharField(_("written through"), max_length=40, blank=True, db_default="")

    class Meta:
        ordering = ["observation", "-replaced_at"]
        verbose_name = _("observation revision")
        verbose_name_plural = _("observation revisions")

    def __str__(self) -> str:
        return f"{self.observation} ({self.reported_on:%d/%m/%Y})"


class ReportingPeriod(models.Model):
    """A reporting round (kỳ báo cáo) with its deadline; after the deadline and grace days its values are locked."""

    kind = models.CharField(
        _("period kind"), max_length=10, choices=PeriodKind.choices, default=PeriodKind.YEAR
    )
    name = models.CharField(_("name"), max_length=80, help_text=_("e.g. “9 tháng năm 2024”."))
    start = models.DateField(_("period start"))
    end = models.DateField(_("period end"))
    deadline = models.DateField(_("deadline"))
    grace_days = models.PositiveSmallIntegerField(_("grace days"), default=0)
    is_locked = models.BooleanField(
        _("locked"), default=False, help_text=_("Locked now, whatever the deadline.")
    )

    class Meta:
        ordering = ["-end", "kind"]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        constraints = [
            models.UniqueConstraint(fields=["kind", "start", "end"], name="reporting_period_unique"),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="reporting_period_ordered"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def lock_date(self):
        """The first day on which values can no longer be changed without an exception."""
        return self.deadline + timedelta(days=self.grace_days + 1)


class LockException(models.Model):
    """Leave granted by an approver to change a locked period's values for a locality (and below) until a date."""

    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.CASCADE,
        related_name="lock_exceptions",
        verbose_name=_("reporting period"),
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="lock_exceptions", verbose_name=_("locality")
    )
    until = models.DateField(_("open until"))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("granted by")
    )
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)
    reason = models.TextField(_("reason"))

    class Meta:
        ordering = ["period", "locality", "-until"]
        verbose_name = _("lock exception")
        verbose_name_plural = _("lock exceptions")

    def __str__(self) -> str:
        return f"{self.period} · {self.locality} · {self.until:%d/%m/%Y}"


class PeriodLock(models.Model):
    """A unit's office closes a reporting period for its own subtree before (or besides) the deadline.

    Locks are one layer per locality: the period's own deadline and `is_locked` hold for every unit; a row here
    closes the period for one unit and everything below it. A lock exception granted at or above a unit lets it
    write again, except where the lock freezes the figures of a signed report (`frozen_by`), which only a reopen
    with a reason lifts."""

    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.CASCADE, related_name="locks", verbose_name=_("reporting period")
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="period_locks", verbose_name=_("locality")
    )
    reason = models.TextField(_("reason"), blank=True)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("locked by"),
    )
    locked_at = models.DateTimeField(_("locked at"), auto_now_add=True)
    frozen_by = models.CharField(
        _("frozen by report"),
        max_length=120,
        blank=True,
        help_text=_("The signed report whose figures this lock freezes; empty for an office's lock."),
    )

    class Meta:
        ordering = ["period", "locality"]
        verbose_name = _("period lock")
        verbose_name_plural = _("period locks")
        constraints = [
            models.UniqueConstraint(fields=["period", "locality", "frozen_by"], name="period_lock_unique")
        ]

    def __str__(self) -> str:
        return f"{self.period} · {self.locality}"


class ApprovalRule(models.Model):
    """How many levels above a locality approve its figures (1: the unit above; 2: two units up…)."""

    locality = models.OneToOneField(
        Locality, on_delete=models.CASCADE, related_name="approval_rule", verbose_name=_("locality")
    )
    levels = models.PositiveSmallIntegerField(
        _("approval levels"),
        default=1,
        help_text=_("Applies to this unit and those below it unless they have their own rule."),
    )
    separate_duties = models.BooleanField(
        _("sender may not approve"),
        default=True,
        help_text=_("Whoever sent a submission cannot approve it (separation of duties)."),
    )

    class Meta:
        verbose_name = _("approval rule")
        verbose_name_plural = _("approval rules")
        constraints = [
            models.CheckConstraint(
                condition=Q(levels__gte=1) & Q(levels__lte=3), name="approval_levels_1_to_3"
            )
        ]

    def __str__(self) -> str:
        return f"{self.locality} · {self.levels}"


class Submission(models.Model):
    """A locality's figures for one reporting period, sent up for approval (one per period and locality)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("submitted")
        RETURNED = "returned", _("returned")
        APPROVED = "approved", _("approved")

    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.PROTECT,
        related_name="submissions",
        verbose_name=_("reporting period"),
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.PROTECT, related_name="submissions", verbose_name=_("locality")
    )
    observations = models.ManyToManyField(
        Observation, blank=True, related_name="submissions", verbose_name=_("observations")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    level = models.PositiveSmallIntegerField(
        _("levels approved"), default=0, help_text=_("How many levels have approved it so far.")
    )
    levels = models.PositiveSmallIntegerField(_("approval levels"), default=1)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        constraints = [models.UniqueConstraint(fields=["period", "locality"], name="submission_unique")]

    def __str__(self) -> str:
        return f"{self.period} · {self.locality}"


class SubmissionEvent(models.Model):
    """One step of a submission's life (submitted, approved at a level, returned, reopened): who, when, why."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="events", verbose_name=_("submission")
    )
    action = models.CharField(_("action"), max_length=10, choices=Submission.Status.choices)
    level = models.PositiveSmallIntegerField(_("level"), default=0)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("user"),
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["submission", "at", "pk"]
        verbose_name = _("submission event")
        verbose_name_plural = _("submission events")

    def __str__(self) -> str:
        return f"{self.submission} · {self.get_action_display()}"


class Commentary(models.Model):
    """What a locality writes about a target for a period: result, difficulties, causes, solutions."""

    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.CASCADE,
        related_name="commentaries",
        verbose_name=_("reporting period"),
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="commentaries", verbose_name=_("locality")
    )
    # A target someone wrote about is retired, never deleted: its commentary stays in the reports of its period.
    target = models.ForeignKey(
        "plans.Target", on_delete=models.PROTECT, related_name="commentaries", verbose_name=_("target")
    )
    result = models.TextField(_("result"), blank=True)
    difficulties = models.TextField(_("difficulties and obstacles"), blank=True)
    causes = models.TextField(_("causes"), blank=True)
    solutions = models.TextField(_("solutions"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("updated by"),
    )

    class Meta:
        ordering = ["period", "locality", "target"]
        verbose_name = _("commentary")
        verbose_name_plural = _("commentaries")
        constraints = [
            models.UniqueConstraint(fields=["period", "locality", "target"], name="commentary_unique")
        ]

    def __str__(self) -> str:
        return f"{self.period} · {self.locality} · {self.target}"


def evidence_root() -> str:
    """CHITIEU_EVIDENCE_ROOT, or MEDIA_ROOT/evidence: read on every use so that tests can point it elsewhere."""
    root = getattr(settings, "CHITIEU_EVIDENCE_ROOT", None)
    return str(root or os.path.join(settings.MEDIA_ROOT, "evidence"))


class EvidenceStorage(FileSystemStorage):
    """Files kept outside MEDIA_URL: they are served only through a view that checks access."""

    @property
    def base_location(self):  # type: ignore[override]
        return evidence_root()

    @property
    def location(self):  # type: ignore[override]
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):  # type: ignore[override]
        return None

    def deconstruct(self):
        return ("chitieu.results.models.EvidenceStorage", (), {})


class Evidence(models.Model):
    """A file backing a locality's figures for a period (a signed report, a statistics table, a photo)."""

    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("reporting period")
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("locality")
    )
    file = models.FileField(_("file"), storage=EvidenceStorage(), upload_to="%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=200)
    file_type = models.CharField(_("file type"), max_length=10)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["period", "locality", "uploaded_at"]
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self) -> str:
        return self.original_name


class ReminderLog(models.Model):
    """One reminder e-mail sent to a user on a day: the command sends at most one per person per day."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user")
    )
    day = models.DateField(_("day"))
    items = models.PositiveIntegerField(_("items listed"), default=0)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-day"]
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="reminder_once_a_day")]

    def __str__(self) -> str:
        return f"{self.user} · {self.day:%d/%m/%Y}"


class ImportJob(BackgroundJob):
    """An entry workbook too large to import while the page waits: imported by a background task, all or nothing."""

    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.CASCADE,
        related_name="import_jobs",
        verbose_name=_("reporting period"),
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="import_jobs", verbose_name=_("locality")
    )
    file_name = models.CharField(_("file name"), max_length=200)
    content = models.BinaryField(_("file content"), blank=True, help_text=_("Emptied once imported."))
    rows = models.PositiveIntegerField(_("rows"), default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("requested by")
    )

    class Meta(BackgroundJob.Meta):
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")

    def __str__(self) -> str:
        return f"{self.file_name} · {self.locality} · {self.period}"


SUM_DIGITS = {"max_digits": 40, "decimal_places": 20}


class Rollup(models.Model):
    """What the parts of a unit's rolled-up figure add up to, for an indicator and a period: kept by the write door.

    The parts are the units it absorbed (periods before the merge) or else the units directly below it, each
    counted by its strongest own figure, or by its own roll-up when it has none. `results.rollups` writes these
    rows; docs/performance.md says how they are kept and checked."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="+", verbose_name=_("indicator")
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="+", verbose_name=_("locality")
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    published = models.BooleanField(
        _("approved figures only"),
        help_text=_("Rolled up from published figures only (the public page and signed reports)."),
    )
    from_predecessors = models.BooleanField(
        _("from merged units"), help_text=_("The parts are the units it absorbed, not the units below it.")
    )
    parts = models.PositiveIntegerField(_("parts"), help_text=_("Parts with a figure, in words or a number."))
    valued = models.PositiveIntegerField(_("parts with a value"))
    reported = models.PositiveIntegerField(
        _("parts reported"), help_text=_("Parts with a value that is not itself a partial roll-up.")
    )
    expected = models.PositiveIntegerField(
        _("parts expected"), help_text=_("Units expected to report for the period (existing on its dates).")
    )
    total = models.DecimalField(_("sum of values"), null=True, **SUM_DIGITS)
    weighted_total = models.DecimalField(_("sum of weighted values"), null=True, **SUM_DIGITS)
    weight_total = models.DecimalField(_("sum of weights"), null=True, **SUM_DIGITS)
    unweighted = models.PositiveIntegerField(
        _("parts without a weight"),
        help_text=_("A weighted mean is not computed while one part lacks its weight."),
    )
    latest = models.DecimalField(_("latest value"), null=True, **SUM_DIGITS)
    weakest = models.PositiveSmallIntegerField(_("weakest value kind"), choices=ValueKind.choices)
    reported_on = models.DateField(_("latest report date"), null=True)

    class Meta:
        verbose_name = _("roll-up")
        verbose_name_plural = _("roll-ups")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "locality", "period_start", "period_end", "published"],
                name="rollup_unique_per_period",
            )
        ]
        indexes = [models.Index(fields=["locality", "published", "indicator"])]

    def __str__(self) -> str:
        return f"{self.indicator_id} · {self.locality_id} · {self.period_start}–{self.period_end}"


class UnitVersion(models.Model):
    """A counter moved by every write of figures at or below a unit (or in a unit it absorbed): cache keys carry it."""

    locality = models.OneToOneField(
        Locality, on_delete=models.CASCADE, primary_key=True, related_name="+", verbose_name=_("locality")
    )
    version = models.PositiveBigIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("unit version")
        verbose_name_plural = _("unit versions")

    def __str__(self) -> str:
        return f"{self.locality_id} · {self.version}"
