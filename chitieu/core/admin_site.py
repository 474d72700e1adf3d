"""The back office's site: Vietnamese titles, the throttled login, labels that tell namesake units apart."""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.db.models import Model, QuerySet
from django.views.i18n import JavaScriptCatalog


class LabelledAutocomplete(AutocompleteJsonView):
    """A model may give its search results a longer label than str(): "Xã Tân Lập (Huyện Phú Lương, …)".

    The form's own admin may narrow the choices (`scope_choices`): the units of a lock exception are those the user
    may grant one for, not every unit the locality list shows."""

    def get_queryset(self) -> QuerySet:
        found = super().get_queryset()
        source_admin = self.admin_site._registry.get(self.source_field.model)
        scope_choices = getattr(source_admin, "scope_choices", None)
        return found if scope_choices is None else scope_choices(self.request, self.source_field, found)

    def serialize_result(self, obj: Model, to_field_name: str) -> dict[str, str]:
        result = super().serialize_result(obj, to_field_name)
        label = getattr(obj, "autocomplete_label", None)
        return {**result, "text": label} if label else result


class ChitieuAdminSite(admin.AdminSite):
    site_header = "chitieu · Theo dõi chỉ tiêu nghị quyết"
    site_title = "chitieu"
    index_title = "Quản trị dữ liệu"

    def i18n_javascript(self, request, extra_context=None):
        """The admin's script catalogue, with chitieu/core/locale's djangojs: Django's vi leaves the date widgets'
        timezone note in English."""
        return JavaScriptCatalog.as_view(packages=["django.contrib.admin", "chitieu.core"])(request)

    @property
    def login_form(self) -> type:
        """The same failure counts and locks as /accounts/login/, or this page would be the way round them."""
        # Imported here: this module loads with the app registry, before the auth forms' models can.
        from chitieu.core.throttle import ThrottledAdminAuthenticationForm

        return ThrottledAdminAuthenticationForm

    def autocomplete_view(self, request):  # noqa: ANN001, ANN201
        return LabelledAutocomplete.as_view(admin_site=self)(request)


class ChitieuAdminConfig(AdminConfig):
    """Installed instead of django.contrib.admin, so that admin.site is a ChitieuAdminSite."""

    default_site = "chitieu.core.admin_site.ChitieuAdminSite"
