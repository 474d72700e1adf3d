"""Observations: the reported value of an indicator for a locality and a period, with the history of replaced values."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

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

    class Meta:
        ordering = ["observation", "-replaced_at"]
        verbose_name = _("observation revision")
        verbose_name_plural = _("observation revisions")

    def __str__(self) -> str:
        return f"{self.observation} ({self.reported_on:%d/%m/%Y})"
