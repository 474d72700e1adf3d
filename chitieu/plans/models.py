"""Terms, resolutions, their target groups and targets, the shared indicator catalogue, plans and key tasks."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from chitieu.localities.models import Agency, Locality


class Term(models.Model):
    """A congress term (nhiệm kỳ), e.g. 2020-2025."""

    name = models.CharField(_("name"), max_length=20, unique=True)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))

    class Meta:
        ordering = ["start_year"]
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gt=models.F("start_year")), name="term_years_ordered"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Indicator(models.Model):
    """What is measured (chỉ số), shared across localities, with the rule that rolls it up the tree."""

    class Rollup(models.TextChoices):
        SUM = "sum", _("sum")
        MEAN = "mean", _("mean")
        WEIGHTED_MEAN = "weighted_mean", _("weighted mean")
        RATIO = "ratio", _("ratio of two indicators")
        COUNT_MEETING = "count_meeting", _("count of units meeting a standard")
        LATEST = "latest", _("latest value")
        NONE = "none", _("not rolled up")

    code = models.SlugField(_("code"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=250)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    is_percent = models.BooleanField(_("is a percentage"), default=False)
    rollup = models.CharField(_("roll-up rule"), max_length=20, choices=Rollup.choices, default=Rollup.SUM)
    numerator = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("numerator indicator"),
    )
    denominator = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("denominator indicator"),
    )
    weight = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("weight indicator"),
    )
    criteria_set = models.ForeignKey(
        "criteria.CriteriaSet",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="indicators",
        verbose_name=_("criteria set"),
        help_text=_("For counts of units recognised under a standard."),
    )
    recognition_level = models.CharField(_("recognition level"), max_length=30, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.CheckConstraint(
                condition=~Q(rollup="ratio") | (Q(numerator__isnull=False) & Q(denominator__isnull=False)),
                name="indicator_ratio_has_parts",
            ),
            models.CheckConstraint(
                condition=~Q(rollup="weighted_mean") | Q(weight__isnull=False),
                name="indicator_weighted_mean_has_weight",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})" if self.unit else self.name


class Resolution(models.Model):
    """A resolution (nghị quyết) issued for one locality: of a congress, a year, or a theme."""

    class Kind(models.TextChoices):
        CONGRESS = "congress", _("congress resolution")
        ANNUAL = "annual", _("annual resolution")
        THEMATIC = "thematic", _("thematic resolution")

    locality = models.ForeignKey(
        Locality, on_delete=models.PROTECT, related_name="resolutions", verbose_name=_("locality")
    )
    term = models.ForeignKey(
        Term, on_delete=models.PROTECT, related_name="resolutions", verbose_name=_("term")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.CONGRESS)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("For an annual resolution.")
    )
    number = models.CharField(_("number and symbol"), max_length=60, blank=True, help_text=_("e.g. 01-NQ/ĐH"))
    title = models.CharField(_("title"), max_length=300)
    issued_on = models.DateField(_("date issued"), null=True, blank=True)
    issuing_body = models.CharField(_("issuing body"), max_length=200, blank=True)
    congress_ordinal = models.CharField(
        _("congress (lần thứ)"), max_length=10, blank=True, help_text=_("e.g. XXIV")
    )
    near_band_pct = models.DecimalField(
        _("near band (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Optional class “đạt trên X%” for targets not met; empty to keep the strict rule."),
    )
    children_min_share_pct = models.DecimalField(
        _("share of child targets a parent needs (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Empty: a parent target is met only when all its child targets are met."),
    )
    declared_count = models.PositiveSmallIntegerField(
        _("declared number of targets"),
        null=True,
        blank=True,
        help_text=_(
            "As the resolution says (“20 chỉ tiêu chủ yếu”): a summary over another number is flagged."
        ),
    )
    evaluate_partial_rollups = models.BooleanField(
        _("evaluate on the figures reported so far"),
        default=False,
        help_text=_(
            "Off: a figure rolled up from the units below is used only once every unit has reported; until "
            "then the target reads “not enough data (7/14)”. On: it is evaluated on the units that reported, "
            "with their number beside it."
        ),
    )
    is_public = models.BooleanField(_("published on the public page"), default=False)
    source_note = models.TextField(_("source"), blank=True)
    continued_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="continues",
        verbose_name=_("continued by"),
        help_text=_(
            "The next term's resolution that carries its targets on (of the same unit or its successor)."
        ),
    )

    class Meta:
        ordering = ["locality", "-term__start_year", "kind", "year"]
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="annual") | Q(year__isnull=False), name="resolution_annual_has_year"
            ),
            models.CheckConstraint(
                condition=Q(near_band_pct__isnull=True) | (Q(near_band_pct__gt=0) & Q(near_band_pct__lt=100)),
                name="resolution_near_band_in_range",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class TargetGroup(models.Model):
    """A numbered group of targets as published (I. Kinh tế; II. Văn hóa - xã hội)."""

    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="groups", verbose_name=_("resolution")
    )
    label = models.CharField(_("label"), max_length=20, blank=True, help_text=_("As published, e.g. “I.”"))
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    declared_count = models.PositiveSmallIntegerField(_("declared number of targets"), null=True, blank=True)

    class Meta:
        ordering = ["resolution", "order"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(fields=["resolution", "order"], name="target_group_order_unique")
        ]

    def __str__(self) -> str:
        return f"{self.label} {self.name}".strip()


class Target(models.Model):
    """A target (chỉ tiêu) of a resolution, or a child target (chỉ tiêu thành phần) under a parent."""

    class Direction(models.TextChoices):
        HIGHER = "higher", _("higher is better")
        LOWER = "lower", _("lower is better")

    class Form(models.TextChoices):
        EXACT = "exact", _("exact figure")
        MIN_BOUND = "min_bound", _("at least / above (trên, từ … trở lên)")
        MAX_BOUND = "max_bound", _("at most / below (dưới, không quá)")
        RANGE = "range", _("range (từ … đến …)")
        APPROXIMATE = "approximate", _("approximate (khoảng)")
        COUNT_FRACTION = "count_fraction", _("count fraction (04/09 thôn)")
        YES_NO = "yes_no", _("yes / no")
        ORDINAL = "ordinal", _("ordinal (hoàn thành tốt nhiệm vụ trở lên)")

    class Kind(models.TextChoices):
        LEVEL = "level", _("level at a deadline")
        CUMULATIVE = "cumulative", _("cumulative over the term")
        ANNUAL = "annual", _("every year")
        GROWTH_RATE = "growth_rate", _("average annual growth")
        POINT_CHANGE = "point_change", _("average annual change in points")
        TOTAL_CHANGE = "total_change", _("rise over the term against a base year")
        RATIO = "ratio", _("ratio of counts")
        YES_NO = "yes_no", _("yes / no")
        ORDINAL = "ordinal", _("ordinal")

    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="targets", verbose_name=_("resolution")
    )
    group = models.ForeignKey(
        TargetGroup,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="targets",
        verbose_name=_("group"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent target"),
    )
    label = models.CharField(
        _("label"), max_length=20, blank=True, help_text=_("As published, e.g. “1.” or “(9)”.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(
        _("target"), max_length=300, help_text=_("Short name, e.g. “Thu nhập bình quân đầu người”.")
    )
    text = models.TextField(_("published wording"), blank=True)
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="targets",
        verbose_name=_("indicator"),
    )
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.HIGHER
    )
    form = models.CharField(_("value form"), max_length=20, choices=Form.choices, default=Form.EXACT)
    strict = models.BooleanField(
        _("strict bound"), default=False, help_text=_("“trên”, “dưới”: the bound itself does not count.")
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.LEVEL)
    value = models.DecimalField(_("target value"), max_digits=20, decimal_places=4, null=True, blank=True)
    value_high = models.DecimalField(
        _("upper value of a range"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    total = models.DecimalField(_("whole of a count"), max_digits=20, decimal_places=4, null=True, blank=True)
    ordinal_target = models.CharField(_("ordinal target"), max_length=100, blank=True)
    baseline_value = models.DecimalField(
        _("baseline value"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    baseline_reason = models.TextField(
        _("reason the baseline was overridden"),
        blank=True,
        db_default="",  # rows written by COPY (the generator) leave it out
        help_text=_(
            "Empty: a merged unit's baseline is rolled up from the units it was formed from. "
            "Set through the override, which keeps who and when in the history."
        ),
    )
    baseline_set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("baseline overridden by"),
    )
    baseline_set_at = models.DateTimeField(_("baseline overridden at"), null=True, blank=True)
    deadline_year = models.PositiveSmallIntegerField(_("deadline year"), null=True, blank=True)
    lead_agency = models.ForeignKey(
        Agency,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_targets",
        verbose_name=_("lead agency"),
    )
    cooperating_agencies = models.ManyToManyField(
        Agency, blank=True, related_name="cooperating_targets", verbose_name=_("cooperating agencies")
    )
    leader_name = models.CharField(_("responsible leader"), max_length=120, blank=True)
    leader_title = models.CharField(_("leader's title"), max_length=160, blank=True)
    source_sentence = models.TextField(_("source sentence"), blank=True)
    source_url = models.URLField(
        _("source address"), max_length=500, blank=True, help_text=_("Where the target was published.")
    )
    source_note = models.TextField(
        _("source note"),
        blank=True,
        help_text=_("How the source states the target when its sentence is not kept word for word."),
    )
    needs_checking = models.BooleanField(
        _("to be checked against the original"),
        default=False,
        help_text=_(
            "The source is uncertain, cut off or a translation: check the original text before relying on it."
        ),
    )
    is_illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("The figure was not stated by a source; shown as illustrative."),
    )
    continues = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="continued_in",
        verbose_name=_("continues the target"),
        help_text=_(
            "The previous term's target it carries on: the end-of-term review of that one and the baseline of "
            "this one read the same figures."
        ),
    )
    retired_on = models.DateField(
        _("retired on"),
        null=True,
        blank=True,
        help_text=_(
            "No longer tracked from this day (a target with figures or commentary is retired, not deleted); "
            "it stays in the history and in the reports of the periods before."
        ),
    )

    class Meta:
        ordering = ["resolution", "group__order", "order"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            models.CheckConstraint(
                condition=~Q(form="range")
                | (
                    Q(value__isnull=False)
                    & Q(value_high__isnull=False)
                    & Q(value_high__gte=models.F("value"))
                ),
                name="target_range_ordered",
            ),
            models.CheckConstraint(
                condition=~Q(form="count_fraction") | (Q(total__isnull=False) & Q(total__gt=0)),
                name="target_count_fraction_has_total",
            ),
            models.CheckConstraint(
                condition=Q(baseline_year__isnull=True)
                | Q(deadline_year__isnull=True)
                | Q(deadline_year__gt=models.F("baseline_year")),
                name="target_deadline_after_baseline",
            ),
            models.CheckConstraint(condition=~Q(parent=models.F("pk")), name="target_not_own_parent"),
        ]

    def __str__(self) -> str:
        return f"{self.label} {self.name}".strip()


class PlanValue(models.Model):
    """A plan figure for a target and year from one source (Nghị quyết năm, dự toán tỉnh giao…)."""

    class Source(models.TextChoices):
        CONGRESS = "Nghị quyết đại hội", _("congress resolution")
        ANNUAL = "Nghị quyết năm", _("annual resolution")
        PROVINCE_BUDGET = "dự toán tỉnh giao", _("budget estimate set by the province")
        DISTRICT_BUDGET = "dự toán huyện giao", _("budget estimate set by the district")
        PLAN = "kế hoạch", _("plan")

    target = models.ForeignKey(
        Target, on_delete=models.CASCADE, related_name="plans", verbose_name=_("target")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    source = models.CharField(_("source"), max_length=60, choices=Source.choices, default=Source.PLAN)
    value = models.DecimalField(_("planned value"), max_digits=20, decimal_places=4)
    source_sentence = models.TextField(_("source sentence"), blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        ordering = ["target", "year", "source"]
        verbose_name = _("plan value")
        verbose_name_plural = _("plan values")
        constraints = [models.UniqueConstraint(fields=["target", "year", "source"], name="plan_value_unique")]

    def __str__(self) -> str:
        return f"{self.target} {self.year} ({self.source})"


class PlanValueRevision(models.Model):
    """A plan figure before it was replaced or removed: who changed it, when, through which door, and why."""

    plan_value = models.ForeignKey(
        PlanValue,
        on_delete=models.SET_NULL,
        null=True,
        related_name="revisions",
        verbose_name=_("plan value"),
    )
    target = models.ForeignKey(
        Target, on_delete=models.CASCADE, related_name="plan_revisions", verbose_name=_("target")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    source = models.CharField(_("source"), max_length=60)
    value = models.DecimalField(_("old value"), max_digits=20, decimal_places=4, null=True)
    replaced_at = models.DateTimeField(_("replaced at"), auto_now_add=True)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("replaced by"),
    )
    via = models.CharField(_("written through"), max_length=40, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["target", "year", "-replaced_at"]
        verbose_name = _("plan value revision")
        verbose_name_plural = _("plan value revisions")

    def __str__(self) -> str:
        return f"{self.target} {self.year} ({self.source})"


class KeyTask(models.Model):
    """A key task (nhiệm vụ trọng tâm) or breakthrough programme (chương trình trọng điểm, khâu đột phá)."""

    class Kind(models.TextChoices):
        KEY_TASK = "key_task", _("key task")
        BREAKTHROUGH = "breakthrough", _("breakthrough programme")

    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="key_tasks", verbose_name=_("resolution")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.KEY_TASK)
    label = models.CharField(_("label"), max_length=20, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("text"))
    status = models.TextField(_("status"), blank=True, help_text=_("Progress in words."))
    source_sentence = models.TextField(_("source sentence"), blank=True)

    class Meta:
        ordering = ["resolution", "kind", "order"]
        verbose_name = _("key task or programme")
        verbose_name_plural = _("key tasks and programmes")

    def __str__(self) -> str:
        return self.text[:80]
