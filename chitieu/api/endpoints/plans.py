"""Plan figures (kế hoạch, dự toán) of the targets the caller may see, and their bulk write."""

from dataclasses import asdict

from django.http import HttpRequest
from ninja import Query, Router

from chitieu.api.bodies import bulk_openapi, read_items, require_reporter
from chitieu.api.bulk import PlanValueItem, upsert_plan_values
from chitieu.api.errors import responses
from chitieu.api.examples import PLAN_VALUES_CSV, PLAN_VALUES_JSON
from chitieu.api.params import LIMIT, OFFSET, id_query, paginate
from chitieu.api.schemas import BulkResultOut, PlanValueOut, page_of, plan_value_out
from chitieu.plans.models import PlanValue
from chitieu.results import access

router = Router(tags=["Kế hoạch"])
PlanValuePage = page_of(PlanValueOut)


@router.get("/plan-values", response=responses(PlanValuePage, not_found=True), summary="Giá trị kế hoạch")
def list_plan_values(
    request: HttpRequest,
    resolution: int | None = id_query("Chỉ kế hoạch của các chỉ tiêu thuộc nghị quyết này."),
    target: int | None = id_query("Chỉ kế hoạch của chỉ tiêu này."),
    year: int | None = Query(None, ge=1900, le=2200, description="Năm kế hoạch."),
    limit: int = LIMIT,
    offset: int = OFFSET,
):
    user = request.auth.user
    plans = access.visible(
        PlanValue.objects.select_related("target"), user, via="target__resolution__locality"
    )
    if resolution is not None:
        plans = plans.filter(target__resolution=access.resolution_for(user, resolution))
    if target is not None:
        plans = plans.filter(target=access.target_for(user, target))
    if year is not None:
        plans = plans.filter(year=year)
    return paginate(plans.order_by("target_id", "year", "source", "pk"), limit, offset, plan_value_out)


@router.post(
    "/plan-values/bulk",
    response=responses(BulkResultOut, write=True),
    summary="Ghi hàng loạt giá trị kế hoạch (JSON hoặc CSV)",
    description=(
        "Ghi hoặc cập nhật tối đa 10.000 giá trị kế hoạch một lần, khóa theo (id chỉ tiêu, năm, nguồn). "
        "Cả lô được kiểm tra trước; một mục sai thì không ghi gì và trả về 422 với từng lỗi. "
        "Cần quyền nhập số liệu ở đơn vị của nghị quyết chứa chỉ tiêu."
    ),
    openapi_extra=bulk_openapi(PlanValueItem, PLAN_VALUES_JSON, PLAN_VALUES_CSV),
)
def bulk_plan_values(request: HttpRequest):
    require_reporter(request)
    return asdict(upsert_plan_values(read_items(request, PlanValueItem), request.auth.user))
