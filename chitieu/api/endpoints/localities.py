"""Administrative units the caller may see: filtered lists, one unit, a subtree."""

from django.db.models import Q
from django.http import HttpRequest
from ninja import Router

from chitieu.accounts import access
from chitieu.api.errors import responses
from chitieu.api.params import LIMIT, OFFSET, id_path, id_query, paginate, text_query
from chitieu.api.schemas import LocalityOut, locality_out, page_of
from chitieu.localities.units import fold

router = Router(tags=["Đơn vị hành chính"])
LocalityPage = page_of(LocalityOut)


@router.get("/localities", response=responses(LocalityPage, not_found=True), summary="Danh sách đơn vị")
def list_localities(
    request: HttpRequest,
    parent: int | None = id_query("Chỉ các đơn vị trực thuộc đơn vị này."),
    root: int | None = id_query("Đơn vị này và toàn bộ cây đơn vị bên dưới; 404 nếu ngoài phạm vi."),
    level: str | None = text_query("Cấp (slug), ví dụ province, district, commune.", 30),
    q: str | None = text_query("Tìm theo tên (có hoặc không dấu) hoặc mã."),
    limit: int = LIMIT,
    offset: int = OFFSET,
):
    localities = access.visible_localities(request.auth.user).order_by("level__rank", "code", "name", "pk")
    if root is not None:
        localities = localities.filter(pk__in=access.visible_subtree_ids(request.auth.user, root))
    if parent is not None:
        localities = localities.filter(parent_id=parent)
    if level:
        localities = localities.filter(level__slug=level)
    if q and q.strip():
        text = q.strip()
        match = Q(name__icontains=text) | Q(code=text)
        if fold(text) == " ".join(text.lower().split()):
            # Typed without diacritics: the lookup key of loaded units is the unaccented name chain
            # ("thainguyen_xayenninh"), so "yen ninh" finds Yên Ninh.
            match |= Q(key__contains=fold(text).replace(" ", ""))
        localities = localities.filter(match)
    return paginate(localities, limit, offset, locality_out)


@router.get(
    "/localities/{locality_id}", response=responses(LocalityOut, not_found=True), summary="Một đơn vị"
)
def get_locality(request: HttpRequest, locality_id: int = id_path("Id của đơn vị.")):
    return locality_out(access.locality_for(request.auth.user, locality_id))
