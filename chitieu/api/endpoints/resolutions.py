"""Resolutions the caller may see, each with its summary, and its targets with their current evaluation."""

from datetime import date
from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router

from chitieu.api.errors import responses
from chitieu.api.params import LIMIT, OFFSET, id_path, id_query, paginate
from chitieu.api.schemas import (
    ResolutionDetail,
    ResolutionOut,
    SummaryOut,
    TargetOut,
    page_of,
    resolution_out,
    summary_out,
    target_out,
)
from chitieu.evaluation.engine.definitions import Review
from chitieu.evaluation.queries import ResolutionEvaluation, evaluate_resolution, review_config
from chitieu.evaluation.text import resolution_summary
from chitieu.plans.models import Resolution
from chitieu.results import access

router = Router(tags=["Nghị quyết và chỉ tiêu"])
ResolutionPage = page_of(ResolutionOut)
ReviewName = Literal[tuple(Review)]  # type: ignore[valid-type]

AS_OF = Query(
    None,
    description="Số liệu tính đến ngày này (YYYY-MM-DD): các kỳ kết thúc đến ngày này, với số liệu mới nhất "
    "đã biết; bỏ trống: mọi kỳ.",
)
KNOWN_ON = Query(
    None,
    description="Chỉ dùng số liệu đã biết đến ngày này (YYYY-MM-DD), để lập lại một báo cáo cũ; bỏ trống: "
    "số liệu mới nhất.",
)
REVIEW = Query(
    None,
    description="Kỳ đánh giá: annual, mid-term (có dự báo), end-of-term; bỏ trống: kỳ hợp với ngày đánh giá "
    "(cuối nhiệm kỳ khi nhiệm kỳ đã hết, giữa nhiệm kỳ khi chưa hết).",
)
FORECAST = Query(False, description="Thêm dự báo khả năng đạt đến cuối kỳ.")


@router.get(
    "/resolutions", response=responses(ResolutionPage, not_found=True), summary="Danh sách nghị quyết"
)
def list_resolutions(
    request: HttpRequest,
    locality: int | None = id_query("Chỉ nghị quyết của đơn vị này."),
    root: int | None = id_query("Nghị quyết của đơn vị này và các đơn vị bên dưới; 404 nếu ngoài phạm vi."),
    kind: Literal[tuple(Resolution.Kind.values)] | None = Query(
        None, description="congress, annual, thematic."
    ),  # type: ignore[valid-type]
    limit: int = LIMIT,
    offset: int = OFFSET,
):
    resolutions = access.visible_resolutions(request.auth.user).order_by(
        "locality__name", "-term__start_year", "kind", "-year", "pk"
    )
    if root is not None:
        resolutions = resolutions.filter(locality_id__in=access.visible_subtree_ids(request.auth.user, root))
    if locality is not None:
        resolutions = resolutions.filter(locality_id=locality)
    if kind:
        resolutions = resolutions.filter(kind=kind)
    return paginate(resolutions, limit, offset, resolution_out)


@router.get(
    "/resolutions/{resolution_id}",
    response=responses(ResolutionDetail, not_found=True),
    summary="Một nghị quyết và kết quả tổng hợp",
)
def get_resolution(
    request: HttpRequest,
    resolution_id: int = id_path("Id của nghị quyết."),
    as_of: date | None = AS_OF,
    known_on: date | None = KNOWN_ON,
):
    result = _evaluate(request, resolution_id, as_of, known_on, "end-of-term", False)
    return {
        **resolution_out(result.resolution),
        "target_count": len(result.rows),
        "summary": summary_out(result, resolution_summary(result)),
    }


@router.get(
    "/resolutions/{resolution_id}/summary",
    response=responses(SummaryOut, not_found=True),
    summary="Kết quả tổng hợp của một nghị quyết",
)
def get_summary(
    request: HttpRequest,
    resolution_id: int = id_path("Id của nghị quyết."),
    as_of: date | None = AS_OF,
    known_on: date | None = KNOWN_ON,
    review: ReviewName | None = REVIEW,
    forecast: bool = FORECAST,
):
    result = _evaluate(request, resolution_id, as_of, known_on, review, forecast)
    return summary_out(result, resolution_summary(result))


@router.get(
    "/resolutions/{resolution_id}/targets",
    response=responses(list[TargetOut], not_found=True),
    summary="Các chỉ tiêu và đánh giá hiện tại",
)
def list_targets(
    request: HttpRequest,
    resolution_id: int = id_path("Id của nghị quyết."),
    as_of: date | None = AS_OF,
    known_on: date | None = KNOWN_ON,
    review: ReviewName | None = REVIEW,
    forecast: bool = FORECAST,
):
    result = _evaluate(request, resolution_id, as_of, known_on, review, forecast)
    return [target_out(row, result.config) for row in result.rows]


def _evaluate(
    request: HttpRequest,
    resolution_id: int,
    until: date | None,
    known_on: date | None,
    review: str | None,
    forecast: bool,
) -> ResolutionEvaluation:
    resolution = access.resolution_for(request.auth.user, resolution_id)
    config = review_config(
        resolution, until=until, as_of=known_on, review=Review(review) if review else None, forecast=forecast
    )
    return evaluate_resolution(resolution, config)
