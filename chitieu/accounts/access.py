"""Who may see and change which locality's data: the only place that decides it.

A role held at a locality covers that unit and everything below it; a role held at an agency covers the targets
that agency leads or cooperates on, at its locality. Views never fetch a protected object by id themselves: they
call the `*_for` functions here, which answer 404 for anything outside the user's scope so that its existence
does not leak.
"""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet
from django.http import Http404

from chitieu.accounts.models import Membership
from chitieu.core.collation import by_name
from chitieu.localities.models import Locality
from chitieu.localities.queries import ancestors_in, parents_above, subtree_ids

Role = Membership.Role
User = AbstractBaseUser | AnonymousUser

READ_ROLES = frozenset(Role)
REPORT_ROLES = frozenset({Role.ADMIN, Role.OFFICE, Role.REPORTER})
APPROVE_ROLES = frozenset({Role.ADMIN, Role.APPROVER})
MANAGE_ROLES = frozenset({Role.ADMIN, Role.OFFICE})
SIGN_ROLES = frozenset({Role.SIGNER})


def _memberships(user: User) -> list[Membership]:
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_chitieu_memberships", None)
    if cached is None:
        cached = list(Membership.objects.filter(user=user).select_related("agency"))
        user._chitieu_memberships = cached  # type: ignore[union-attr]
    return cached


def ancestor_ids(locality: Locality) -> list[int]:
    """The unit and every unit above it, nearest first."""
    return ancestors_in(locality.pk, parents_above([locality.pk]))


def has_role(user: User, locality: Locality, roles: Iterable[str] = READ_ROLES) -> bool:
    """Whether the user holds one of `roles` at this locality or above it (agency roles at its own locality)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    wanted = set(roles)
    memberships = [m for m in _memberships(user) if m.role in wanted]
    if not memberships:
        return False
    above = set(ancestor_ids(locality))
    return any(
        (m.locality_id is not None and m.locality_id in above)
        or (m.agency is not None and m.agency.locality_id == locality.pk)
        for m in memberships
    )


def can_view(user: User, locality: Locality) -> bool:
    return has_role(user, locality, READ_ROLES)


def can_report(user: User, locality: Locality) -> bool:
    return has_role(user, locality, REPORT_ROLES)


def can_approve(user: User, locality: Locality) -> bool:
    return has_role(user, locality, APPROVE_ROLES)


def can_manage(user: User, locality: Locality) -> bool:
    return has_role(user, locality, MANAGE_ROLES)


def can_sign(user: User, locality: Locality) -> bool:
    """Whether the user signs the locality's reports digitally (the signer role, held apart from the office's)."""
    return has_role(user, locality, SIGN_ROLES)


def visible_locality_ids(user: User, roles: Iterable[str] = READ_ROLES) -> set[int] | None:
    """Ids of every unit the user may see with these roles; None means all (a superuser)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return None
    wanted = set(roles)
    ids: set[int] = set()
    for membership in _memberships(user):
        if membership.role not in wanted:
            continue
        root_id = (
            membership.locality_id if membership.locality_id is not None else membership.agency.locality_id
        )
        if root_id in ids:
            continue
        ids.add(root_id)
        if membership.locality_id is not None:
            ids.update(subtree_ids(Locality(pk=root_id)))
    return ids


def lock_keeper_ids(user: User) -> set[int] | None:
    """Units whose period locks and lock exceptions the user keeps: those an office manages, and those below an
    approver (an approver reopens the units whose parent they approve for); None means all (a superuser)."""
    managed = visible_locality_ids(user, MANAGE_ROLES)
    approving = visible_locality_ids(user, APPROVE_ROLES)
    if managed is None or approving is None:
        return None
    below = Locality.objects.filter(parent_id__in=approving).values_list("pk", flat=True) if approving else []
    return managed | set(below)


def locality_for(user: User, pk: int, *, action: str = "view") -> Locality:
    locality = Locality.objects.select_related("level", "parent").filter(pk=pk).first()
    if locality is None or not allowed(user, locality, action):
        raise Http404("Không tìm thấy đơn vị.")
    return locality


_CHECKS = {
    "view": can_view,
    "report": can_report,
    "approve": can_approve,
    "manage": can_manage,
    "sign": can_sign,
}


def allowed(user: User, locality: Locality, action: str) -> bool:
    """Whether the user may `view`, `report`, `approve`, `manage` or `sign` the locality's data."""
    return _CHECKS[action](user, locality)


def visible_localities(user: User) -> QuerySet[Locality]:
    """Every unit the user may see."""
    localities = Locality.objects.select_related("level", "parent")
    ids = visible_locality_ids(user)
    return localities if ids is None else localities.filter(pk__in=ids)


def visible(queryset: QuerySet, user: User, *, via: str = "locality") -> QuerySet:
    """The rows of `queryset` whose locality (reached through the lookup `via`) the user may see."""
    ids = visible_locality_ids(user)
    return queryset if ids is None else queryset.filter(**{f"{via}_id__in": ids})


def visible_subtree_ids(user: User, root_pk: int) -> set[int]:
    """Ids of `root_pk` and every unit below it that the user may see; 404 if the root itself is not visible."""
    root = locality_for(user, root_pk)
    ids = {root.pk, *subtree_ids(root)}
    visible_ids = visible_locality_ids(user)
    return ids if visible_ids is None else ids & visible_ids


def home_locality_for(user: User) -> Locality:
    """The highest unit the user holds a role at: where a page without a chosen unit starts; 404 if none."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        top = (
            Locality.objects.select_related("level", "parent")
            .filter(parent__isnull=True)
            .order_by("level__rank", by_name())
        )
        found = top.first()
    else:
        roots = [m.locality_id or m.agency.locality_id for m in _memberships(user)]
        found = (
            Locality.objects.select_related("level", "parent")
            .filter(pk__in=roots)
            .order_by("level__rank", by_name())
            .first()
        )
    if found is None:
        raise Http404("Không tìm thấy đơn vị.")
    return found
