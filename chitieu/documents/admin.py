"""Back office for review reports: drafts, the document-number counters the office may correct, exported files."""

from django.contrib import admin
from django.utils import timezone

from chitieu.accounts.admin_scope import ScopedAdmin
from chitieu.documents.models import DocumentNumber, GeneratedFile, ReportDraft


@admin.register(ReportDraft)
class ReportDraftAdmin(ScopedAdmin):
    scope_via = "resolution__locality"
    list_display = ["resolution", "kind", "as_of", "body", "number", "awaiting_choice", "created_at"]
    list_filter = ["kind", "body"]
    search_fields = ["resolution__title", "subject"]
    raw_id_fields = ["resolution"]
    readonly_fields = ["generated_at", "edited_by", "edited_at", "created_by", "created_at"]

    def save_model(self, request, obj, form, change):
        """Who wrote and who edited are the logged-in user, never a form's field."""
        if not change:
            obj.created_by = request.user
        if "edited_text" in form.changed_data:
            obj.edited_by, obj.edited_at = request.user, timezone.now()
        super().save_model(request, obj, form, change)


@admin.register(DocumentNumber)
class DocumentNumberAdmin(ScopedAdmin):
    """A committee that also numbered documents outside chitieu sets the last number it gave here."""

    list_display = ["locality", "body", "series", "document_type", "last_number"]
    list_filter = ["body", "document_type"]
    search_fields = ["locality__name", "series"]
    raw_id_fields = ["locality"]


@admin.register(GeneratedFile)
class GeneratedFileAdmin(ScopedAdmin):
    scope_via = "draft__resolution__locality"
    list_display = ["draft", "format", "status", "progress", "requested_by", "requested_at", "finished_at"]
    list_filter = ["format", "status"]
    raw_id_fields = ["draft"]
    readonly_fields = ["requested_by", "requested_at", "finished_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.requested_by = request.user
        super().save_model(request, obj, form, change)
