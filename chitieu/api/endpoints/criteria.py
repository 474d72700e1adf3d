"""Criteria sets (a shared catalogue) and the per-unit assessments the caller may see."""

from django.http import HttpRequest
from ninja import Query, Router

from chitieu.accounts import access
from chitieu.api.errors import responses
from chitieu.api.params import LIMIT, NO_NUL, OFFSET, id_query, paginate
from chitieu.api.schemas import AssessmentOut, CriteriaSetOut, assessment_out, criteria_set_out, page_of
from chitieu.criteria.models import Assessment, CriteriaSet

router = Router(tags=["Bộ tiêu chí"])
AssessmentPage = page_of(AssessmentOut)


@router.get("/criteria-sets", response=responses(list[CriteriaSetOut]), summary="Các bộ tiêu chí")
def list_criteria_sets(request: HttpRequest):
    sets = CriteriaSet.objects.prefetch_related("criteria").order_by("code")
    return [criteria_set_out(criteria_set) for criteria_set in sets]


@router.get(
    "/assessments",
    response=responses(AssessmentPage, not_found=True),
    summary="Đánh giá tiêu chí theo đơn vị",
)
def list_assessments(
    request: HttpRequest,
    root: int | None = id_query("Đơn vị này và các đơn vị bên dưới; 404 nếu ngoài phạm vi."),
    criteria_set: str | None = Query(None, max_length=60, pattern=NO_NUL, description="Mã bộ tiêu chí."),
    year: int | None = Query(None, ge=1900, le=2200, description="Năm đánh giá."),
    met: bool | None = Query(None, description="true: chỉ tiêu chí đạt; false: chưa đạt."),
    limit: int = LIMIT,
    offset: int = OFFSET,
):
    user = request.auth.user
    assessments = access.visible(
        Assessment.objects.select_related("locality", "criterion__criteria_set"), user
    ).order_by("locality_id", "year", "criterion__criteria_set__code", "criterion__number", "pk")
    if root is not None:
        assessments = assessments.filter(locality_id__in=access.visible_subtree_ids(user, root))
    if criteria_set:
        assessments = assessments.filter(criterion__criteria_set__code=criteria_set)
    if year is not None:
        assessments = assessments.filter(year=year)
    if met is not None:
        assessments = assessments.filter(met=met)
    return paginate(assessments, limit, offset, assessment_out)
