"""Back office for criteria sets and their criteria, per-locality assessments, recognitions and OCOP products."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from chitieu.accounts.admin_scope import ScopedAdmin
from chitieu.core.admin_catalogue import CatalogueAdmin
from chitieu.criteria.models import (
    Assessment,
    CriteriaSet,
    Criterion,
    CriterionIndicator,
    Product,
    Recognition,
)
from chitieu.criteria.workbook import HEADERS, WorkbookRefused, load_workbook_into
from chitieu.localities.admin import year_column


class CriterionInline(admin.TabularInline):
    model = Criterion
    fields = ["number", "name", "group"]
    extra = 0


class CriterionIndicatorInline(admin.TabularInline):
    model = CriterionIndicator
    fields = ["number", "order", "name", "requirement", "source"]
    extra = 0


class WorkbookForm(forms.Form):
    workbook = forms.FileField(label=_("Workbook (.xlsx)"))


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

    def get_urls(self):
        upload = path(
            "<int:pk>/workbook/",
            self.admin_site.admin_view(self.workbook_view),
            name="criteria_criteriaset_workbook",
        )
        return [upload, *super().get_urls()]

    def workbook_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """Complete or correct the set from a workbook: every row checked, nothing written on any error."""
        criteria_set = get_object_or_404(CriteriaSet, pk=pk)
        if not self.has_change_permission(request, criteria_set):
            raise PermissionDenied
        form = WorkbookForm(request.POST or None, request.FILES or None)
        errors: list = []
        if request.method == "POST" and form.is_valid():
            try:
                loaded = load_workbook_into(criteria_set, form.cleaned_data["workbook"])
            except WorkbookRefused as refused:
                errors = refused.errors
            else:
                messages.success(
                    request,
                    _("%(added)s indicators added, %(changed)s changed; the set now has %(total)s.")
                    % {
                        "added": loaded.indicators_added,
                        "changed": loaded.indicators_changed,
                        "total": loaded.indicators_total,
                    },
                )
                return redirect(reverse("admin:criteria_criteriaset_change", args=[pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": criteria_set,
            "title": _("Load criteria from a workbook"),
            "form": form,
            "errors": errors,
            "columns": list(HEADERS.values()),
        }
        return TemplateResponse(request, "admin/criteria/workbook.html", context)


@admin.register(CriterionIndicator)
class CriterionIndicatorAdmin(CatalogueAdmin):
    list_display = ["number", "name", "criterion", "source"]
    list_display_links = ["number"]
    list_select_related = ["criterion__criteria_set"]
    list_filter = ["criterion__criteria_set"]
    search_fields = ["number", "name", "criterion__name"]
    autocomplete_fields = ["criterion"]


@admin.register(Criterion)
class CriterionAdmin(CatalogueAdmin):
    list_display = ["number", "name", "group", "criteria_set"]
    list_display_links = ["name"]
    list_select_related = ["criteria_set"]
    list_filter = ["criteria_set"]
    search_fields = ["name", "group", "criteria_set__name", "criteria_set__code"]
    autocomplete_fields = ["criteria_set"]
    inlines = [CriterionIndicatorInline]


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
