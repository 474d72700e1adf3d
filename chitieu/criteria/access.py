"""Who may read the criteria catalogue (the assessments under it are scoped by locality)."""

from django.http import Http404

from chitieu.accounts.access import User
from chitieu.criteria.models import CriteriaSet


def criteria_set_for(user: User, pk: int) -> CriteriaSet:
    """A criteria set of the shared catalogue (the assessments under it are scoped by locality)."""
    criteria_set = CriteriaSet.objects.select_related("level").filter(pk=pk).first()
    if criteria_set is None or not user.is_authenticated or not user.is_active:
        raise Http404("Không tìm thấy bộ tiêu chí.")
    return criteria_set
