"""Back-office scope: lists, change pages, choices and autocompletes show only the units the access layer allows.

A staff user reads the rows of the units they hold any role at (and below), and changes those of the units they
may manage; Django's model permissions still say which kinds of rows they may touch at all. Superusers see
everything. Shared catalogues are in `chitieu.core.admin_catalogue`.
"""

from collections.abc import Callable, Iterable

from django.contrib import admin
from django.db.models import Field, Model, QuerySet
from django.http import Http404, HttpRequest

from chitieu.accounts.access import MANAGE_ROLES, READ_ROLES, visible_locality_ids
from chitieu.accounts.access import lock_keeper_ids as access_lock_keeper_ids
from chitieu.localities.models import Agency, Locality

LocalityIds = set[int] | None  # None: every unit (a superuser)

# How a row reaches its locality, for models whose admin is not a ScopedAdmin (those declare `scope_via`).
LOCALITY_PATHS: dict[type[Model], str] = {Locality: "pk", Agency: "locality"}


def locality_ids(request: HttpRequest, roles: Iterable[str]) -> LocalityIds:
    """The units where the user holds one of `roles`, and those below; read once per request."""
    key = frozenset(roles)
    return _once(request, key, lambda: visible_locality_ids(request.user, key))


def lock_keeper_ids(request: HttpRequest) -> LocalityIds:
    """Units whose period locks and lock exceptions the user keeps: those an office manages, and those below an
    approver (an approver reopens the units whose parent they approve for, as `submission_for(…, "reopen")`)."""
    return _once(request, "lock keeper", lambda: access_lock_keeper_ids(request.user))


def _once(request: HttpRequest, key: object, read: Callable[[], LocalityIds]) -> LocalityIds:
    cache = request.__dict__.setdefault("_chitieu_scope", {})
    if key not in cache:
        cache[key] = read()
    return cache[key]


def within(queryset: QuerySet, path: str, ids: LocalityIds) -> QuerySet:
    """The rows whose locality, reached through the lookup `path`, is one of `ids`."""
    return queryset if ids is None else queryset.filter(**{f"{path}__in": ids})


class ScopedChoices:
    """Foreign-key and many-to-many choices limited by scope: the field that places the row (the first step of
    `scope_via`) offers the units the user may change, the others what the user may read. For model admins and
    inlines alike."""

    admin_site: admin.AdminSite
    scope_via = "locality"
    write_roles: Iterable[str] = MANAGE_ROLES

    def placing_fields(self) -> tuple[str, ...]:
        return (self.scope_via.split("__")[0],)

    def readable_ids(self, request: HttpRequest) -> LocalityIds:
        return locality_ids(request, READ_ROLES)

    def writable_ids(self, request: HttpRequest) -> LocalityIds:
        return locality_ids(request, self.write_roles)

    def scope_choices(self, request: HttpRequest, db_field: Field, queryset: QuerySet) -> QuerySet:
        """The choices of `db_field` that the user may pick; the autocomplete view asks this too."""
        model = db_field.remote_field.model
        path = LOCALITY_PATHS.get(model) or getattr(self.admin_site._registry.get(model), "scope_via", None)
        if path is None:  # a shared catalogue: indicators, terms, periods, users
            return queryset
        placing = db_field.name in self.placing_fields()
        return within(queryset, path, self.writable_ids(request) if placing else self.readable_ids(request))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        kwargs["queryset"] = self._choices(db_field, request, kwargs.get("queryset"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["queryset"] = self._choices(db_field, request, kwargs.get("queryset"))
        return super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]

    def _choices(self, db_field: Field, request: HttpRequest, queryset: QuerySet | None) -> QuerySet:
        if queryset is None:
            queryset = self.get_field_queryset(None, db_field, request)  # type: ignore[attr-defined]
        if queryset is None:
            queryset = db_field.remote_field.model._default_manager.all()
        return self.scope_choices(request, db_field, queryset)


class ScopedAdmin(ScopedChoices, admin.ModelAdmin):
    """The admin of a model whose rows belong to a locality, reached through the lookup `scope_via`.

    Rows outside the user's scope are absent from the list and answer 404 on their pages, whether or not they
    exist; rows the user may read but not manage open read-only. Django's delete pages and the list's delete
    action ask `has_delete_permission` for every row they would delete, so they stay within the same units."""

    def scope_rows(self, queryset: QuerySet, ids: LocalityIds) -> QuerySet:
        return within(queryset, self.scope_via, ids)

    def locality_id_of(self, obj: Model) -> int | None:
        *hops, last = self.scope_via.split("__")
        for hop in hops:
            obj = getattr(obj, hop)
        return getattr(obj, f"{last}_id")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return self.scope_rows(super().get_queryset(request), self.readable_ids(request))

    def get_object(self, request: HttpRequest, object_id: str, from_field: str | None = None):
        found = super().get_object(request, object_id, from_field)
        if found is None:
            # Django would redirect with "does not exist"; a 404 tells as little, as the pages' own access does.
            raise Http404("Không tìm thấy bản ghi.")
        return found

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_view_permission(request, obj) and self._holds(self.readable_ids(request), obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and self._holds(self.writable_ids(request), None)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_change_permission(request, obj) and self._holds(self.writable_ids(request), obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_delete_permission(request, obj) and self._holds(self.writable_ids(request), obj)

    def _holds(self, ids: LocalityIds, obj: Model | None) -> bool:
        if ids is None:
            return True
        return bool(ids) if obj is None else self.locality_id_of(obj) in ids


class HistoryAdmin(ScopedAdmin):
    """A record of what was replaced or decided, written only by the write door: read here, never changed."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False
