"""Administrative units as a tree whose levels are data, their agencies, and the lineage of merges and splits."""

from datetime import date

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Level(models.Model):
    """A tier of the administrative tree (tỉnh, huyện, xã, thôn); rank 1 is the top."""

    slug = models.SlugField(_("code"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=60)
    rank = models.PositiveSmallIntegerField(
        _("rank"), help_text=_("1 for provinces, larger numbers lower down.")
    )

    class Meta:
        ordering = ["rank"]
        verbose_name = _("level")
        verbose_name_plural = _("levels")

    def __str__(self) -> str:
        return self.name


class Locality(models.Model):
    """One administrative unit (đơn vị hành chính) valid over a span of dates."""

    class Scheme(models.TextChoices):
        CURRENT = "2025", _("Official codes from 1/7/2025")
        LEGACY = "legacy", _("Official codes before 1/7/2025")
        LOCAL = "local", _("Local (no official code)")

    name = models.CharField(_("name"), max_length=150, help_text=_("Without the type, e.g. “Phú Lương”."))
    type_name = models.CharField(
        _("official type"), max_length=40, help_text=_("Xã, Phường, Thị trấn, Đặc khu, Huyện, Tỉnh…")
    )
    level = models.ForeignKey(
        Level, on_delete=models.PROTECT, related_name="localities", verbose_name=_("level")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent unit"),
    )
    code = models.CharField(_("official code"), max_length=20, blank=True)
    scheme = models.CharField(_("code list"), max_length=10, choices=Scheme.choices, default=Scheme.LOCAL)
    key = models.CharField(
        _("lookup key"),
        max_length=200,
        blank=True,
        db_index=True,
        help_text=_("Unaccented key used by the official unit packages, to link eras."),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    class Meta:
        ordering = ["level__rank", "code", "name"]
        verbose_name = _("locality")
        verbose_name_plural = _("localities")
        constraints = [
            models.UniqueConstraint(
                fields=["scheme", "level", "code"],
                condition=~Q(code=""),
                name="locality_code_unique_per_scheme",
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_until__isnull=True)
                | Q(valid_until__gte=models.F("valid_from")),
                name="locality_validity_ordered",
            ),
            models.CheckConstraint(condition=~Q(parent=models.F("pk")), name="locality_not_own_parent"),
        ]
        indexes = [models.Index(fields=["parent", "level"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.type_name} {self.name}".strip()

    @property
    def autocomplete_label(self) -> str:
        """'Xã Tân Lập (Huyện Phú Lương, Tỉnh Thái Nguyên)': hundreds of communes share a name."""
        above = []
        unit = self.parent
        while unit is not None and len(above) < 2:
            above.append(unit.full_name)
            unit = unit.parent
        label = f"{self.full_name} ({', '.join(above)})" if above else self.full_name
        return f"{label}, đến {self.valid_until:%d/%m/%Y}" if self.valid_until else label

    def is_valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


class LocalityLink(models.Model):
    """Lineage: a predecessor unit continues, wholly or in part, as a successor (sáp nhập, chia tách)."""

    class Kind(models.TextChoices):
        MERGE = "merge", _("merged into")
        SPLIT = "split", _("split, part went to")
        RENAME = "rename", _("renamed or re-coded as")

    predecessor = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="successor_links", verbose_name=_("predecessor")
    )
    successor = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="predecessor_links", verbose_name=_("successor")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.MERGE)
    effective = models.DateField(_("effective date"))
    is_primary = models.BooleanField(
        _("primary successor"),
        default=True,
        help_text=_(
            "When a unit was split, its figures before the split count for the primary successor only."
        ),
    )
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)

    class Meta:
        ordering = ["effective", "successor__name"]
        verbose_name = _("lineage link")
        verbose_name_plural = _("lineage links")
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="locality_link_unique"),
            models.CheckConstraint(
                condition=~Q(predecessor=models.F("successor")), name="locality_link_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor}"


class Agency(models.Model):
    """A body of a locality (cơ quan, đơn vị: phòng, ban, ngành) that leads or cooperates on targets."""

    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="agencies", verbose_name=_("locality")
    )
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)

    class Meta:
        ordering = ["locality", "name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        constraints = [
            models.UniqueConstraint(fields=["locality", "name"], name="agency_name_unique_per_locality")
        ]

    def __str__(self) -> str:
        return self.name
