"""Back office for terms, indicators, resolutions with their groups, targets and key tasks, and plan values."""

from decimal import Decimal

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from chitieu.accounts.admin_scope import HistoryAdmin, ScopedAdmin, ScopedChoices
from chitieu.core.admin_catalogue import CatalogueAdmin
from chitieu.core.numbers import format_number
from chitieu.localities.admin import year_column
from chitieu.plans.models import (
    Indicator,
    KeyTask,
    PlanValue,
    PlanValueRevision,
    Resolution,
    Target,
    TargetGroup,
    Term,
)


class PlainDecimalField(forms.DecimalField):
    """Shows a stored 60.0000 as "60" and 1234.5000 as "1.234,5"; reads what the clerk types the same way."""

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
        return value


# Decimal inputs read and show "1.234,5" like every other number in the product.
LOCALIZED_DECIMALS = {models.DecimalField: {"form_class": PlainDecimalField, "localize": True}}


@admin.register(Term)
class TermAdmin(CatalogueAdmin):
    list_display = ["name", year_column(Term, "start_year"), year_column(Term, "end_year")]
    search_fields = ["name"]


@admin.register(Indicator)
class IndicatorAdmin(CatalogueAdmin):
    list_display = ["name", "code", "unit", "is_percent", "rollup", "criteria_set"]
    list_select_related = ["criteria_set"]
    list_filter = ["rollup", "is_percent", "criteria_set"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["numerator", "denominator", "weight", "criteria_set"]
    fieldsets = [
        (None, {"fields": ["name", "code", ("unit", "is_percent"), "description"]}),
        (
            _("Roll-up"),
            {
                "fields": [
                    "rollup",
                    ("numerator", "denominator"),
                    "weight",
                    ("criteria_set", "recognition_level"),
                ]
            },
        ),
    ]


def _resolution_id(request: HttpRequest) -> str | None:
    """The resolution whose change page is being shown, if any."""
    match = request.resolver_match
    object_id = match.kwargs.get("object_id") if match else None
    return unquote(object_id) if object_id else None


class TargetGroupInline(admin.TabularInline):
    model = TargetGroup
    fields = ["order", "label", "name", "declared_count"]
    extra = 0


class TargetInline(ScopedChoices, admin.TabularInline):
    model = Target
    scope_via = "resolution__locality"
    fk_name = "resolution"
    fields = [
        "order",
        "label",
        "name",
        "group",
        "parent",
        "indicator",
        "unit",
        "direction",
        "form",
        "kind",
        "value",
        "value_high",
        "deadline_year",
        "is_illustrative",
    ]
    autocomplete_fields = ["parent", "indicator"]
    formfield_overrides = LOCALIZED_DECIMALS
    extra = 0
    show_change_link = True

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # A resolution has a handful of groups: a short select of its own groups, not an autocomplete.
        if db_field.name == "group":
            resolution_id = _resolution_id(request)
            kwargs["queryset"] = (
                TargetGroup.objects.filter(resolution_id=resolution_id)
                if resolution_id
                else TargetGroup.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("group", "parent", "indicator")


class KeyTaskInline(admin.TabularInline):
    model = KeyTask
    fields = ["kind", "order", "label", "text", "status"]
    extra = 0
    formfield_overrides = {models.TextField: {"widget": admin.widgets.AdminTextareaWidget(attrs={"rows": 2})}}


@admin.register(Resolution)
class ResolutionAdmin(ScopedAdmin):
    list_display = [
        "title",
        "number",
        "locality",
        "term",
        "kind",
        year_column(Resolution, "year"),
        "issued_on",
        "is_public",
    ]
    list_select_related = ["locality", "term"]
    list_filter = ["kind", "term", "year", "is_public", "locality__level"]
    search_fields = ["title", "number", "locality__name", "=locality__code"]
    autocomplete_fields = ["locality", "term"]
    date_hierarchy = "issued_on"
    formfield_overrides = LOCALIZED_DECIMALS
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "locality",
                    ("term", "kind", "year"),
                    "title",
                    ("number", "issued_on"),
                    ("issuing_body", "congress_ordinal"),
                    "declared_count",
                    "is_public",
                    "source_note",
                ]
            },
        ),
        (
            _("Evaluation rules"),
            {"fields": ["near_band_pct", "children_min_share_pct", "evaluate_partial_rollups"]},
        ),
    ]
    inlines = [TargetGroupInline, TargetInline, KeyTaskInline]


@admin.register(TargetGroup)
class TargetGroupAdmin(ScopedAdmin):
    scope_via = "resolution__locality"
    list_display = ["__str__", "resolution", "order", "declared_count"]
    list_select_related = ["resolution"]
    search_fields = ["name", "label", "resolution__title"]
    autocomplete_fields = ["resolution"]


class PlanValueInline(admin.TabularInline):
    model = PlanValue
    fields = ["year", "source", "value", "source_sentence", "is_illustrative"]
    formfield_overrides = {
        **LOCALIZED_DECIMALS,
        models.TextField: {"widget": admin.widgets.AdminTextareaWidget(attrs={"rows": 2})},
    }
    extra = 0


@admin.register(Target)
class TargetAdmin(ScopedAdmin):
    scope_via = "resolution__locality"
    list_display = [
        "__str__",
        "resolution",
        "group",
        "indicator",
        "kind",
        "form",
        "target_value",
        "unit",
        year_column(Target, "deadline_year"),
        "lead_agency",
        "is_illustrative",
    ]
    list_select_related = ["resolution", "group", "indicator", "lead_agency"]
    list_filter = [
        "kind",
        "form",
        "direction",
        "is_illustrative",
        "needs_checking",
        "retired_on",
        "resolution__kind",
        "resolution__term",
    ]
    search_fields = ["name", "label", "text", "indicator__name", "indicator__code", "resolution__title"]
    autocomplete_fields = [
        "resolution",
        "group",
        "parent",
        "indicator",
        "lead_agency",
        "cooperating_agencies",
    ]
    formfield_overrides = LOCALIZED_DECIMALS
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "resolution",
                    ("group", "parent"),
                    ("label", "order"),
                    "name",
                    "text",
                    "indicator",
                    "retired_on",
                ]
            },
        ),
        (
            _("Target definition"),
            {
                "fields": [
                    ("kind", "form", "direction", "strict"),
                    ("value", "value_high", "total", "unit"),
                    "ordinal_target",
                    ("baseline_value", "baseline_year", "deadline_year"),
                ]
            },
        ),
        (
            _("Assignment"),
            {"fields": ["lead_agency", "cooperating_agencies", ("leader_name", "leader_title")]},
        ),
        (
            _("Source"),
            {"fields": ["source_sentence", "source_url", "source_note", "needs_checking", "is_illustrative"]},
        ),
    ]
    inlines = [PlanValueInline]

    @admin.display(description=_("target value"), ordering="value")
    def target_value(self, obj: Target) -> str:
        if obj.value is None:
            return obj.ordinal_target
        if obj.value_high is not None:
            return f"{format_number(obj.value)} – {format_number(obj.value_high)}"
        if obj.total is not None:
            return f"{format_number(obj.value)}/{format_number(obj.total)}"
        return format_number(obj.value)


@admin.register(PlanValue)
class PlanValueAdmin(ScopedAdmin):
    scope_via = "target__resolution__locality"
    list_display = ["target", year_column(PlanValue, "year"), "source", "planned_value", "is_illustrative"]
    list_select_related = ["target"]
    list_filter = ["year", "source", "is_illustrative"]
    search_fields = ["target__name", "target__resolution__title"]
    autocomplete_fields = ["target"]
    formfield_overrides = LOCALIZED_DECIMALS

    @admin.display(description=_("planned value"), ordering="value")
    def planned_value(self, obj: PlanValue) -> str:
        return format_number(obj.value)


@admin.register(PlanValueRevision)
class PlanValueRevisionAdmin(HistoryAdmin):
    scope_via = "target__resolution__locality"
    list_display = [
        "target",
        year_column(PlanValueRevision, "year"),
        "source",
        "old_value",
        "replaced_at",
        "replaced_by",
        "via",
        "reason",
    ]
    list_select_related = ["target", "replaced_by"]
    search_fields = ["target__name", "target__resolution__title", "reason"]
    date_hierarchy = "replaced_at"

    @admin.display(description=_("old value"), ordering="value")
    def old_value(self, obj: PlanValueRevision) -> str:
        return "" if obj.value is None else format_number(obj.value)


@admin.register(KeyTask)
class KeyTaskAdmin(ScopedAdmin):
    scope_via = "resolution__locality"
    list_display = ["__str__", "kind", "label", "resolution"]
    list_select_related = ["resolution"]
    list_filter = ["kind"]
    search_fields = ["text", "resolution__title"]
    autocomplete_fields = ["resolution"]
