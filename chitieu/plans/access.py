"""Who may see which resolutions, targets and indicators: the plans' part of the access layer, over the roles
of `accounts.access`. A view never fetches one by id itself: it calls the `*_for` functions, which answer 404 for
anything outside the user's scope."""

from django.db.models import QuerySet
from django.http import Http404

from chitieu.accounts.access import User, allowed, visible_locality_ids
from chitieu.plans.models import Indicator, Resolution, Target


def visible_resolutions(user: User) -> QuerySet[Resolution]:
    resolutions = Resolution.objects.select_related("locality", "term")
    ids = visible_locality_ids(user)
    return resolutions if ids is None else resolutions.filter(locality_id__in=ids)


def resolution_for(user: User, pk: int, *, action: str = "view") -> Resolution:
    """The resolution if the user may `view` or `manage` it; 404 otherwise, whether or not it exists."""
    resolution = Resolution.objects.select_related("locality", "term").filter(pk=pk).first()
    if resolution is None or not allowed(user, resolution.locality, action):
        raise Http404("Không tìm thấy nghị quyết.")
    return resolution


def target_for(user: User, pk: int, *, action: str = "view") -> Target:
    target = (
        Target.objects.select_related("resolution__locality", "resolution__term", "indicator")
        .filter(pk=pk)
        .first()
    )
    if target is None or not allowed(user, target.resolution.locality, action):
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
