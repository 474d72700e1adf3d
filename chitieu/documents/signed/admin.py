"""Back office for signed reports (read only: they change through their named actions) and signers' certificates."""

from django.contrib import admin

from chitieu.accounts.admin_scope import ScopedAdmin
from chitieu.documents.signed.models import SignedReport, SignerCertificate


@admin.register(SignedReport)
class SignedReportAdmin(ScopedAdmin):
    scope_via = "locality"
    list_display = ["locality", "signer_name", "signed_at", "state", "recipient", "verified_ok"]
    list_filter = ["state", "source", "verified_ok"]
    search_fields = ["locality__name", "signer_name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SignerCertificate)
class SignerCertificateAdmin(admin.ModelAdmin):
    list_display = ["user", "subject", "sha256", "added_at"]
    search_fields = ["user__username", "subject", "sha256"]
    raw_id_fields = ["user"]

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser
