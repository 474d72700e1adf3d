"""Back-office rule for the catalogues every province shares: any staff user reads them, a superuser changes them."""

from django.contrib import admin
from django.http import HttpRequest


class CatalogueAdmin(admin.ModelAdmin):
    """Units, levels, terms, indicators, criteria, reporting periods: a change here changes every province's
    figures, so only an administrator of all of them makes it (an office closes its own subtree's period with a
    period lock instead)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return request.user.is_superuser and super().has_add_permission(request)

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return request.user.is_superuser and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return request.user.is_superuser and super().has_delete_permission(request, obj)
