"""The shared catalogue of indicators (chỉ số): every token holder may read it."""

from django.db.models import Q
from django.http import HttpRequest
from ninja import Router

from chitieu.api.errors import responses
from chitieu.api.params import LIMIT, OFFSET, id_path, paginate, text_query
from chitieu.api.schemas import IndicatorOut, indicator_out, page_of
from chitieu.plans.models import Indicator
from chitieu.results import access

router = Router(tags=["Chỉ số"])
IndicatorPage = page_of(IndicatorOut)


@router.get("/indicators", response=responses(IndicatorPage), summary="Danh mục chỉ số")
def list_indicators(
    request: HttpRequest,
    q: str | None = text_query("Tìm theo tên hoặc mã."),
    limit: int = LIMIT,
    offset: int = OFFSET,
):
    indicators = Indicator.objects.order_by("name", "pk")
    if q and q.strip():
        indicators = indicators.filter(Q(name__icontains=q.strip()) | Q(code__icontains=q.strip()))
    return paginate(indicators, limit, offset, indicator_out)


@router.get(
    "/indicators/{indicator_id}", response=responses(IndicatorOut, not_found=True), summary="Một chỉ số"
)
def get_indicator(request: HttpRequest, indicator_id: int = id_path("Id của chỉ số.")):
    return indicator_out(access.indicator_for(request.auth.user, indicator_id))
