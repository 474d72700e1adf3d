"""Find the locality and resolution a user names on the command line, with a clear message when it is unclear."""

from collections.abc import Callable
from datetime import date

from django.core.management.base import CommandError
from django.db.models import Q

from chitieu.localities.models import Locality
from chitieu.plans.models import Resolution


def locality_named(
    text: str,
    notice: Callable[[str], object] | None = None,
    *,
    term: str | None = None,
    year: int | None = None,
) -> Locality:
    """A locality by code or by name, with or without its type word ("xã Phong Thổ" is not "huyện Phong Thổ").

    Those holding resolutions come first (of `term`, or annual of `year`, when asked). A bare name two such units
    share (the district abolished on 1/7/2025 and the commune formed then) means the unit that exists today, and
    `notice` is told the others and how to name them."""
    text = text.strip()
    word, name = _type_and_name(text)
    candidates = [
        c
        for c in Locality.objects.select_related("level", "parent").filter(
            Q(code=text) | Q(name__iexact=name)
        )
        if c.code == text or not word or c.type_name.casefold() == word.casefold()
    ]
    found = (
        _holding(candidates, term, year) or [c for c in candidates if c.resolutions.exists()] or candidates
    )
    if not found:
        raise CommandError(f"Không tìm thấy đơn vị “{text}”. Hãy gõ tên (ví dụ “Phú Lương”) hoặc mã đơn vị.")
    if len(found) == 1:
        return found[0]
    listed = "; ".join(_described(c) for c in found[:8])
    current = [c for c in found if c.valid_until is None]
    if len(current) != 1:
        raise CommandError(f"Có {len(found)} đơn vị tên “{text}”: {listed}. Hãy gõ kèm cấp hoặc mã đơn vị.")
    other = next(c for c in found if c is not current[0])
    if notice is not None:
        notice(
            f"“{text}” là tên của {len(found)} đơn vị: {listed}. Đang dùng {current[0].full_name}, đơn vị hiện nay; "
            f"gõ kèm cấp (ví dụ “{other.type_name.lower()} {other.name}”) hoặc mã để chọn đơn vị khác."
        )
    return current[0]


def _described(unit: Locality) -> str:
    """'Huyện Phong Thổ (Tỉnh Lai Châu, mã 105, đến 30/06/2025)'."""
    when = (
        f", đến {unit.valid_until:%d/%m/%Y}"
        if unit.valid_until
        else (f", từ {unit.valid_from:%d/%m/%Y}" if unit.valid_from else "")
    )
    parent = f"{unit.parent.full_name}, " if unit.parent else ""
    return f"{unit.full_name} ({parent}mã {unit.code or '—'}{when})"


def _holding(candidates: list[Locality], term: str | None, year: int | None) -> list[Locality]:
    """The candidates holding the resolution asked for; none when nothing particular was asked."""
    if term is None and year is None:
        return []
    resolutions = Resolution.objects.filter(locality__in=candidates)
    if term:
        resolutions = resolutions.filter(term__name=term)
    if year is not None:
        resolutions = resolutions.filter(kind=Resolution.Kind.ANNUAL, year=year)
    ids = set(resolutions.values_list("locality_id", flat=True))
    return [c for c in candidates if c.pk in ids]


TYPE_WORDS = ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Huyện", "Tỉnh", "Quận", "Phường", "Xã")


def _type_and_name(text: str) -> tuple[str, str]:
    """('Huyện', 'Phong Thổ') for "huyện Phong Thổ"; ('', text) for a bare name."""
    for word in TYPE_WORDS:
        if text.casefold().startswith(word.casefold() + " "):
            return word, text[len(word) + 1 :].strip()
    return "", text


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
