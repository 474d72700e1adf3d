"""Observations the caller may see (a page of JSON or the whole CSV), and the bulk write."""

from dataclasses import asdict
from datetime import date

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from chitieu.accounts import access
from chitieu.api.bodies import bulk_openapi, csv_response, read_items, require_reporter
from chitieu.api.bulk import (
    KIND_NAMES,
    MAX_ID,
    KindName,
    ObservationItem,
    PeriodKindName,
    upsert_observations,
)
from chitieu.api.errors import responses
from chitieu.api.examples import OBSERVATIONS_CSV, OBSERVATIONS_JSON
from chitieu.api.params import LIMIT, NO_NUL, OFFSET, paginate
from chitieu.api.schemas import OBSERVATION_VALUES, BulkResultOut, ObservationOut, observation_out, page_of
from chitieu.results.models import Observation

router = Router(tags=["Số liệu"])
ObservationPage = page_of(ObservationOut)
CSV_COLUMNS = [
    "indicator",
    "locality_id",
    "locality_code",
    "locality_scheme",
    "locality_name",
    "period_start",
    "period_end",
    "period_kind",
    "kind",
    "value",
    "text_value",
    "reported_on",
    "source",
    "source_sentence",
    "note",
    "is_illustrative",
]


class ObservationFilters(Schema):
    root: int | None = Field(
        None, ge=1, le=MAX_ID, description="Đơn vị này và các đơn vị bên dưới; 404 nếu ngoài phạm vi."
    )
    indicator: str | None = Field(None, max_length=80, pattern=NO_NUL, description="Mã chỉ số.")
    period_start: date | None = Field(None, description="Chỉ các kỳ bắt đầu từ ngày này trở đi.")
    period_end: date | None = Field(None, description="Chỉ các kỳ kết thúc đến ngày này.")
    kind: KindName | None = Field(None, description="estimate, preliminary hoặc official.")
    period_kind: PeriodKindName | None = Field(None, description="month, quarter, 6m, 9m, year, term, as_of.")


@router.get(
    "/observations", response=responses(ObservationPage, not_found=True), summary="Số liệu (theo trang)"
)
def list_observations(
    request: HttpRequest, filters: Query[ObservationFilters], limit: int = LIMIT, offset: int = OFFSET
):
    observations = _filtered(request, filters).order_by(
        "indicator__code", "locality_id", "period_end", "kind", "pk"
    )
    return paginate(observations.values(*OBSERVATION_VALUES), limit, offset, observation_out)


@router.get(
    "/observations.csv",
    response=responses(None, not_found=True),
    summary="Số liệu dạng CSV (cùng bộ lọc)",
    # The key is the int 200 that responses() uses, so ninja merges the two; a "200" string beside it was
    # written as a second "200" key, which Swagger refused ("duplicated mapping key").
    openapi_extra={
        "responses": {
            200: {
                "description": "Tệp CSV UTF-8, dòng đầu là tiêu đề; gửi lại nguyên tệp vào /observations/bulk.",
                "content": {"text/csv": {"schema": {"type": "string"}, "example": OBSERVATIONS_CSV}},
            }
        }
    },
)
def export_observations(request: HttpRequest, filters: Query[ObservationFilters]):
    rows = _filtered(request, filters).order_by("indicator__code", "locality_id", "period_end", "kind", "pk")
    exported = (observation_out(row) for row in rows.values(*OBSERVATION_VALUES).iterator(chunk_size=2000))
    return csv_response("observations.csv", CSV_COLUMNS, exported)


@router.post(
    "/observations/bulk",
    response=responses(BulkResultOut, write=True),
    summary="Ghi hàng loạt số liệu (JSON hoặc CSV)",
    description=(
        "Ghi hoặc cập nhật tối đa 10.000 số liệu một lần, khóa theo (chỉ số, đơn vị, ngày bắt đầu, ngày kết "
        "thúc, loại số liệu). Cả lô được kiểm tra trước; chỉ cần một mục sai là không ghi gì và trả về 422 "
        "với từng lỗi (index, field, message). Gửi lại cùng một lô không thay đổi gì. Giá trị bị thay thế "
        "được lưu vào lịch sử. Cần quyền nhập số liệu ở đơn vị của từng mục."
    ),
    openapi_extra=bulk_openapi(ObservationItem, OBSERVATIONS_JSON, OBSERVATIONS_CSV),
)
def bulk_observations(request: HttpRequest):
    require_reporter(request)
    items = read_items(request, ObservationItem)
    result = upsert_observations(items, request.auth.user, reason=f"Cập nhật qua API ({request.auth.name})")
    return asdict(result)


def _filtered(request: HttpRequest, filters: ObservationFilters) -> QuerySet[Observation]:
    user = request.auth.user
    observations = access.visible(Observation.objects.all(), user)
    if filters.root is not None:
        observations = observations.filter(locality_id__in=access.visible_subtree_ids(user, filters.root))
    if filters.indicator:
        observations = observations.filter(indicator__code=filters.indicator)
    if filters.period_start:
        observations = observations.filter(period_start__gte=filters.period_start)
    if filters.period_end:
        observations = observations.filter(period_end__lte=filters.period_end)
    if filters.kind:
        observations = observations.filter(kind=KIND_NAMES[filters.kind])
    if filters.period_kind:
        observations = observations.filter(period_kind=filters.period_kind)
    return observations
