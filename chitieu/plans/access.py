"""Who may see which resolutions, targets and indicators: the plans' part of the access layer, over the roles
of `accounts.access`. A view never fetches one by id itself: it calls the `*_for` functions, which answer 404 for
anything outside the user's scope."""

from django.db.models import QuerySet
from django.http import Http404

from chitieu.accounts.access import User, allowed, ancestor_ids, visible_locality_ids
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import Indicator, Resolution, Target


def visible_resolutions(user: User) -> QuerySet[Resolution]:
    resolutions = Resolution.objects.select_related("locality", "term")
    ids = visible_locality_ids(user)
    return resolutions if ids is None else resolutions.filter(locality_id__in=ids)


def successor_ids(locality: Locality) -> set[int]:
    """The units that took over from a unit whose validity ended: those linked to it or to a unit above it (a
    district abolished on 1/7/2025 lives on in its province's successor, or in the commune an office links to it),
    followed through later links."""
    found: set[int] = set()
    frontier = set(ancestor_ids(locality))
    while frontier:
        links = LocalityLink.objects.filter(predecessor_id__in=frontier).values_list(
            "successor_id", flat=True
        )
        frontier = set(links) - found
        found |= frontier
    return found


def resolution_allowed(user: User, resolution: Resolution, action: str) -> bool:
    """Whether the user may `view` or `manage` the resolution: at its unit or above, or, for a unit that no
    longer exists, at a successor (the new province's office writes the abolished district's end-of-term review)."""
    locality = resolution.locality
    if allowed(user, locality, action):
        return True
    if locality.valid_until is None or action not in ("view", "manage"):
        return False
    successors = Locality.objects.filter(pk__in=successor_ids(locality))
    return any(allowed(user, successor, action) for successor in successors)


def resolution_for(user: User, pk: int, *, action: str = "view") -> Resolution:
    """The resolution if the user may `view` or `manage` it; 404 otherwise, whether or not it exists."""
    resolution = Resolution.objects.select_related("locality", "term").filter(pk=pk).first()
    if resolution is None or not resolution_allowed(user, resolution, action):
        raise Http404("Không tìm thấy nghị quyết.")
    return resolution


def target_for(user: User, pk: int, *, action: str = "view") -> Target:
    target = (
        Target.objects.select_related("resolution__locality", "resolution__term", "indicator")
        .filter(pk=pk)
        .first()
    )
    if target is None or not resolution_allowed(user, target.resolution, action):
        raise Http404("Không tìm thấy chỉ tiêu.")
    return target


def public_resolution_for(pk: int) -> Resolution:
    """A resolution its committee chose to publish, for anyone, signed in or not; 404 otherwise."""
    resolution = Resolution.objects.select_related("locality", "term").filter(pk=pk, is_public=True).first()
    if resolution is None:
        raise Http404("Không tìm thấy nghị quyết.")
    return resolution


def indicator_for(user: User, pk: int) -> Indicator:
    """An indicator of the shared catalogue: any signed-in user may read its definition (its values are scoped)."""
    indicator = Indicator.objects.filter(pk=pk).first()
    if indicator is None or not user.is_authenticated or not user.is_active:
        raise Http404("Không tìm thấy chỉ số.")
    return indicator
