"""Back office for administrative units, their levels, agencies and lineage links."""

from collections.abc import Callable

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from chitieu.core.admin_catalogue import CatalogueAdmin
from chitieu.localities.models import Agency, Level, Locality, LocalityLink
from chitieu.localities.units import fold


def year_column(model: type[models.Model], name: str) -> Callable[[models.Model], str | None]:
    """A changelist column for a year field: "2025", where integer formatting would show "2.025"."""

    @admin.display(description=model._meta.get_field(name).verbose_name, ordering=name)
    def column(obj: models.Model) -> str | None:
        year = getattr(obj, name)
        return None if year is None else str(year)

    return column


@admin.register(Level)
class LevelAdmin(CatalogueAdmin):
    list_display = ["rank", "name", "slug"]
    list_display_links = ["name"]
    search_fields = ["name", "slug"]


class AgencyInline(admin.TabularInline):
    model = Agency
    fields = ["name", "short_name"]
    extra = 0
    show_change_link = True


class _LineageInline(admin.TabularInline):
    """Lineage is entered on its own page; under a locality it is shown, not edited."""

    model = LocalityLink
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SuccessorLinkInline(_LineageInline):
    fk_name = "predecessor"
    fields = readonly_fields = ["successor", "kind", "effective", "is_primary", "legal_basis"]
    verbose_name = _("successor")
    verbose_name_plural = _("successors (merged or split into)")


class PredecessorLinkInline(_LineageInline):
    fk_name = "successor"
    fields = readonly_fields = ["predecessor", "kind", "effective", "is_primary", "legal_basis"]
    verbose_name = _("predecessor")
    verbose_name_plural = _("predecessors (merged or split from)")


@admin.register(Locality)
class LocalityAdmin(CatalogueAdmin):
    list_display = ["name", "type_name", "level", "code", "parent", "scheme", "valid_from", "valid_until"]
    list_select_related = ["level", "parent"]
    list_filter = ["level", "scheme", "type_name"]
    search_fields = ["name", "type_name", "=code", "key", "parent__name"]
    autocomplete_fields = ["level", "parent"]
    fields = [
        ("type_name", "name"),
        ("level", "parent"),
        ("scheme", "code"),
        "key",
        ("valid_from", "valid_until"),
    ]
    inlines = [AgencyInline, PredecessorLinkInline, SuccessorLinkInline]

    def get_search_results(self, request, queryset, search_term):
        """Typed without diacritics ("yen ninh"), a name is also looked up in the unaccented official key."""
        queryset = queryset.select_related("parent__parent")  # the autocomplete labels name two units above
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        words = fold(search_term).split()
        if not words or not search_term.isascii():
            return found, may_have_duplicates
        by_key = queryset
        for word in words:
            by_key = by_key.filter(key__icontains=word)
        return found | by_key, may_have_duplicates


@admin.register(LocalityLink)
class LocalityLinkAdmin(CatalogueAdmin):
    list_display = ["predecessor", "kind", "successor", "effective", "is_primary", "legal_basis"]
    list_select_related = ["predecessor", "successor"]
    list_filter = ["kind", "is_primary", "predecessor__level"]
    search_fields = [
        "predecessor__name",
        "=predecessor__code",
        "successor__name",
        "=successor__code",
        "legal_basis",
    ]
    autocomplete_fields = ["predecessor", "successor"]
    date_hierarchy = "effective"


@admin.register(Agency)
class AgencyAdmin(CatalogueAdmin):
    """A unit's bodies are part of its catalogue entry. Where they are offered as choices (a target's lead agency,
    a membership), the admin of that form limits them to the user's units; here they are read."""

    list_display = ["name", "short_name", "locality"]
    list_select_related = ["locality"]
    list_filter = ["locality__level"]
    search_fields = ["name", "short_name", "locality__name"]
    autocomplete_fields = ["locality"]
