"""Back office for API tokens: see and revoke them; secrets are never shown (only their hash is kept)."""

from django.contrib import admin

from chitieu.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "expires_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "prefix", "user__username"]
    readonly_fields = ["user", "prefix", "secret_hash", "created_at", "last_used_at"]
    fields = [
        "user",
        "name",
        "prefix",
        "secret_hash",
        "created_at",
        "last_used_at",
        "expires_at",
        "revoked_at",
    ]

    def has_add_permission(self, request) -> bool:
        return False
