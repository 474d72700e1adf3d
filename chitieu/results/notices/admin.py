from django.contrib import admin

from chitieu.results.notices.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "period", "locality", "created_at", "read_at"]
    list_filter = ["kind"]
    raw_id_fields = ["user", "period", "locality"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # notices are written by the approval workflow and the reminders, never by hand

    def has_change_permission(self, request, obj=None) -> bool:
        return False
