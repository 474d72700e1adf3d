"""Back office for review reports: drafts, the document-number counters the office may correct, exported files."""

from django.contrib import admin

from chitieu.documents.models import DocumentNumber, GeneratedFile, ReportDraft


@admin.register(ReportDraft)
class ReportDraftAdmin(admin.ModelAdmin):
    list_display = ["resolution", "kind", "as_of", "body", "number", "awaiting_choice", "created_at"]
    list_filter = ["kind", "body"]
    search_fields = ["resolution__title", "subject"]
    raw_id_fields = ["resolution"]
    readonly_fields = ["generated_at", "edited_by", "edited_at", "created_by", "created_at"]


@admin.register(DocumentNumber)
class DocumentNumberAdmin(admin.ModelAdmin):
    """A committee that also numbered documents outside chitieu sets the last number it gave here."""

    list_display = ["locality", "body", "series", "document_type", "last_number"]
    list_filter = ["body", "document_type"]
    search_fields = ["locality__name", "series"]
    raw_id_fields = ["locality"]


@admin.register(GeneratedFile)
class GeneratedFileAdmin(admin.ModelAdmin):
    list_display = ["draft", "format", "status", "progress", "requested_by", "requested_at", "finished_at"]
    list_filter = ["format", "status"]
    raw_id_fields = ["draft"]
    readonly_fields = ["requested_at", "finished_at"]
