"""Back office for criteria sets and their criteria, per-locality assessments, recognitions and OCOP products."""

from django.contrib import admin

from chitieu.accounts.admin_scope import ScopedAdmin
from chitieu.core.admin_catalogue import CatalogueAdmin
from chitieu.criteria.models import Assessment, CriteriaSet, Criterion, Product, Recognition
from chitieu.localities.admin import year_column


class CriterionInline(admin.TabularInline):
    model = Criterion
    fields = ["number", "name", "group"]
    extra = 0


@admin.register(CriteriaSet)
class CriteriaSetAdmin(CatalogueAdmin):
    list_display = [
        "name",
        "code",
        "level",
        year_column(CriteriaSet, "first_year"),
        year_column(CriteriaSet, "last_year"),
        "legal_basis",
    ]
    list_select_related = ["level"]
    list_filter = ["level"]
    search_fields = ["name", "code", "legal_basis"]
    autocomplete_fields = ["level"]
    inlines = [CriterionInline]


@admin.register(Criterion)
class CriterionAdmin(CatalogueAdmin):
    list_display = ["number", "name", "group", "criteria_set"]
    list_display_links = ["name"]
    list_select_related = ["criteria_set"]
    list_filter = ["criteria_set"]
    search_fields = ["name", "group", "criteria_set__name", "criteria_set__code"]
    autocomplete_fields = ["criteria_set"]


@admin.register(Assessment)
class AssessmentAdmin(ScopedAdmin):
    list_display = ["locality", "criterion", year_column(Assessment, "year"), "met", "is_illustrative"]
    list_select_related = ["locality", "criterion"]
    list_filter = ["year", "met", "is_illustrative", "criterion__criteria_set"]
    search_fields = ["locality__name", "=locality__code", "criterion__name"]
    autocomplete_fields = ["locality", "criterion"]
    # About a million rows nationally: do not count the whole table on every page.
    show_full_result_count = False


@admin.register(Recognition)
class RecognitionAdmin(ScopedAdmin):
    list_display = [
        "locality",
        "criteria_set",
        "level",
        "decision_number",
        "decided_on",
        "revoked_on",
        "is_illustrative",
    ]
    list_select_related = ["locality", "criteria_set"]
    list_filter = ["criteria_set", "level", "is_illustrative"]
    search_fields = ["locality__name", "=locality__code", "decision_number"]
    autocomplete_fields = ["locality", "criteria_set"]
    date_hierarchy = "decided_on"


@admin.register(Product)
class ProductAdmin(ScopedAdmin):
    list_display = [
        "name",
        "owner",
        "locality",
        "stars",
        "points",
        "rated_on",
        "decision_number",
        "is_illustrative",
    ]
    list_select_related = ["locality"]
    list_filter = ["stars", "is_illustrative"]
    search_fields = ["name", "owner", "locality__name", "decision_number"]
    autocomplete_fields = ["locality"]
    date_hierarchy = "rated_on"
