"""Criteria sets (new-rural standard, OCOP), per-locality assessments, recognitions and rated products."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from chitieu.localities.models import Level, Locality


class CriteriaSet(models.Model):
    """A standard that units are assessed against (bộ tiêu chí), e.g. the 19 new-rural criteria of QĐ 318/QĐ-TTg."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=250)
    standard = models.SlugField(
        _("standard"),
        max_length=60,
        blank=True,
        help_text=_(
            "The same for the sets of one standard in successive periods (e.g. “ntm-xa”): an assessment "
            "of a year uses the set of that standard in force that year."
        ),
    )
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    level = models.ForeignKey(
        Level,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("assessed level"),
        help_text=_("The kind of unit assessed, e.g. communes."),
    )
    first_year = models.PositiveSmallIntegerField(_("first year"), null=True, blank=True)
    last_year = models.PositiveSmallIntegerField(_("last year"), null=True, blank=True)
    recognition_levels = models.CharField(
        _("recognition levels"),
        max_length=200,
        blank=True,
        help_text=_("Comma-separated, lowest first, e.g. “đạt chuẩn, nâng cao, kiểu mẫu”."),
    )
    declared_criterion_count = models.PositiveSmallIntegerField(
        _("declared number of criteria"), null=True, blank=True, help_text=_("As the legal text says.")
    )
    declared_indicator_count = models.PositiveSmallIntegerField(
        _("declared number of criterion indicators"),
        null=True,
        blank=True,
        help_text=_(
            "As the legal text says (“10 tiêu chí, 47 chỉ tiêu”): fewer loaded rows are shown as missing."
        ),
    )
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    source_note = models.TextField(_("source note"), blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("criteria set")
        verbose_name_plural = _("criteria sets")
        constraints = [
            models.CheckConstraint(
                condition=Q(first_year__isnull=True)
                | Q(last_year__isnull=True)
                | Q(last_year__gte=models.F("first_year")),
                name="criteria_set_years_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def loaded_indicator_count(self) -> int:
        return CriterionIndicator.objects.filter(criterion__criteria_set=self).count()

    def in_force(self, year: int) -> bool:
        return (self.first_year is None or self.first_year <= year) and (
            self.last_year is None or year <= self.last_year
        )


class Criterion(models.Model):
    """One criterion (tiêu chí) of a set, numbered as published and grouped."""

    criteria_set = models.ForeignKey(
        CriteriaSet, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("criteria set")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(
        _("name"), max_length=200, blank=True, help_text=_("Empty while no published source gives it.")
    )
    group = models.CharField(_("group"), max_length=120, blank=True)

    class Meta:
        ordering = ["criteria_set", "number"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [
            models.UniqueConstraint(fields=["criteria_set", "number"], name="criterion_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.name or NO_SOURCE}"


# Shown where a published source has not given a name yet: never a guessed one.
NO_SOURCE = "chưa có nguồn"


class CriterionIndicator(models.Model):
    """An indicator within a criterion (chỉ tiêu của tiêu chí, e.g. “2.1”), with what it requires."""

    criterion = models.ForeignKey(
        Criterion, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("criterion")
    )
    number = models.CharField(_("number"), max_length=10, help_text=_("As published, e.g. “2.1”."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(
        _("name"), max_length=300, blank=True, help_text=_("Empty while no published source gives it.")
    )
    requirement = models.TextField(_("requirement"), blank=True, help_text=_("What meeting it takes."))
    source = models.CharField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["criterion", "order", "number"]
        verbose_name = _("criterion indicator")
        verbose_name_plural = _("criterion indicators")
        constraints = [
            models.UniqueConstraint(fields=["criterion", "number"], name="criterion_indicator_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.name or NO_SOURCE}"


class Assessment(models.Model):
    """Whether a locality met a criterion in a year."""

    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("locality")
    )
    criterion = models.ForeignKey(
        Criterion, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("criterion")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    met = models.BooleanField(_("met"))
    note = models.TextField(_("note"), blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        ordering = ["locality", "year", "criterion"]
        verbose_name = _("criterion assessment")
        verbose_name_plural = _("criterion assessments")
        constraints = [
            models.UniqueConstraint(fields=["locality", "criterion", "year"], name="assessment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.locality} · {self.criterion} · {self.year}"

    def clean(self) -> None:
        """A year is assessed against the set in force that year (the 19 criteria up to 2025, the 10 from 2026)."""
        if self.criterion_id is None or self.year is None:
            return
        criteria_set = self.criterion.criteria_set
        if not criteria_set.in_force(self.year):
            raise ValidationError(
                {
                    "year": _("%(set)s is not in force in %(year)s: choose a criterion of the set in force.")
                    % {"set": criteria_set.name, "year": self.year}
                }
            )


class Recognition(models.Model):
    """A decision recognising a locality at a level of a standard (đạt chuẩn, nâng cao, kiểu mẫu)."""

    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="recognitions", verbose_name=_("locality")
    )
    criteria_set = models.ForeignKey(
        CriteriaSet, on_delete=models.PROTECT, related_name="recognitions", verbose_name=_("criteria set")
    )
    level = models.CharField(_("level"), max_length=30, default="đạt chuẩn")
    decision_number = models.CharField(_("decision number"), max_length=60, blank=True)
    decided_on = models.DateField(_("decision date"))
    revoked_on = models.DateField(_("revoked on"), null=True, blank=True)
    source_sentence = models.TextField(_("source sentence"), blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        ordering = ["locality", "decided_on"]
        verbose_name = _("recognition")
        verbose_name_plural = _("recognitions")
        constraints = [
            models.UniqueConstraint(
                fields=["locality", "criteria_set", "level"], name="recognition_unique_level"
            ),
            models.CheckConstraint(
                condition=Q(revoked_on__isnull=True) | Q(revoked_on__gte=models.F("decided_on")),
                name="recognition_revoked_after",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.locality} · {self.level}"


class Product(models.Model):
    """A product rated under OCOP: 100 points, 3/4/5 stars at 50/70/90 points."""

    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="products", verbose_name=_("locality")
    )
    name = models.CharField(_("name"), max_length=200)
    owner = models.CharField(_("producer"), max_length=200, blank=True)
    points = models.PositiveSmallIntegerField(_("points"), null=True, blank=True)
    stars = models.PositiveSmallIntegerField(_("stars"))
    rated_on = models.DateField(_("rated on"))
    decision_number = models.CharField(_("decision number"), max_length=60, blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        ordering = ["locality", "-stars", "name"]
        verbose_name = _("OCOP product")
        verbose_name_plural = _("OCOP products")
        constraints = [
            models.CheckConstraint(condition=Q(stars__gte=1) & Q(stars__lte=5), name="product_stars_1_to_5"),
            models.CheckConstraint(
                condition=Q(points__isnull=True) | Q(points__lte=100), name="product_points_at_most_100"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.stars}★)"

    @staticmethod
    def stars_for(points: int) -> int:
        """OCOP rating: 90+ five stars, 70+ four, 50+ three; below 50 the product is not rated."""
        return 5 if points >= 90 else 4 if points >= 70 else 3 if points >= 50 else 0
