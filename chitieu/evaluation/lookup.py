"""Find the locality and resolution a user names on the command line, with a clear message when it is unclear."""

from datetime import date

from django.core.management.base import CommandError
from django.db.models import Q

from chitieu.localities.models import Locality
from chitieu.plans.models import Resolution


def locality_named(text: str) -> Locality:
    """A locality by code or by name (with or without its type word); those holding resolutions come first."""
    text = text.strip()
    candidates = Locality.objects.select_related("level", "parent").filter(
        Q(code=text) | Q(name__iexact=text) | Q(name__iexact=_without_type(text))
    )
    with_resolutions = [c for c in candidates if c.resolutions.exists()]
    found = with_resolutions or list(candidates)
    if not found:
        raise CommandError(f"Không tìm thấy đơn vị “{text}”. Hãy gõ tên (ví dụ “Phú Lương”) hoặc mã đơn vị.")
    if len(found) > 1:
        listed = "; ".join(
            f"{c.full_name} ({c.parent.full_name if c.parent else ''}, mã {c.code or '—'})" for c in found[:8]
        )
        raise CommandError(f"Có {len(found)} đơn vị tên “{text}”: {listed}. Hãy gõ mã đơn vị.")
    return found[0]


def _without_type(text: str) -> str:
    for word in ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Huyện", "Tỉnh", "Quận", "Phường", "Xã"):
        if text.lower().startswith(word.lower() + " "):
            return text[len(word) + 1 :]
    return text


def resolution_of(
    locality: Locality, kind: str | None = None, year: int | None = None, term: str | None = None
) -> Resolution:
    """The congress resolution of the latest term (or of `term`, "2020-2025") by default; an annual one when a
    year is given."""
    resolutions = Resolution.objects.filter(locality=locality).select_related("term", "locality")
    if term:
        resolutions = resolutions.filter(term__name=term)
    if year is not None:
        resolutions = resolutions.filter(kind=kind or Resolution.Kind.ANNUAL, year=year)
    else:
        resolutions = resolutions.filter(kind=kind or Resolution.Kind.CONGRESS)
    resolution = resolutions.order_by("-term__start_year", "-year").first()
    if resolution is None:
        what = f"nghị quyết năm {year}" if year else "nghị quyết đại hội"
        raise CommandError(f"{locality.full_name} chưa có {what} trong chitieu.")
    return resolution


def parse_day(text: str) -> date:
    """'30/9/2023' or '2023-09-30'."""
    for parse in (_dmy, date.fromisoformat):
        try:
            return parse(text)
        except ValueError:
            continue
    raise CommandError(f"Không đọc được ngày “{text}”. Hãy gõ theo dạng ngày/tháng/năm, ví dụ 30/9/2023.")


def _dmy(text: str) -> date:
    day, month, year = (int(part) for part in text.replace("-", "/").replace(".", "/").split("/"))
    return date(year, month, day)
