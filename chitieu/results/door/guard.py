"""The checks every write passes, set-wise and inside the writing transaction: the writer's scope over the unit,
a stored reporting period with exactly the figure's dates, the lock layer of that period and of every period
holding it, and the state of the unit's submission for it (sent or approved figures change only after a return or
a reopen). Plan values and target setup need the office role over the resolution's unit. A unit whose validity ended
(abolished or merged) is read-only."""

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from chitieu.accounts.access import MANAGE_ROLES, REPORT_ROLES, visible_locality_ids
from chitieu.localities.models import Locality
from chitieu.results.door.actors import Actor, System
from chitieu.results.locks import closed_places, periods_by_dates, periods_near
from chitieu.results.models import ReportingPeriod

Place = tuple[int, date, date]  # (locality id, period start, period end)

FORBIDDEN = "Bạn không có quyền nhập số liệu cho đơn vị này."
NOT_OFFICE = "Chỉ văn phòng (cán bộ quản lý) của đơn vị ban hành nghị quyết mới được sửa kế hoạch, chỉ tiêu."


@dataclass(frozen=True)
class Refusal:
    field: str
    message: str
    code: str  # forbidden, no_period, closed
    reason: str = ""  # for a closed period, the message without the period's name


class Refused(Exception):
    """A write the door will not make; `refusals` by the caller's key, each with a Vietnamese message."""

    def __init__(self, refusals: dict) -> None:
        self.refusals = refusals
        first = next(iter(refusals.values()), None)
        super().__init__(first.message if first is not None else "Không ghi được.")


def _dates(start: date, end: date) -> str:
    return f"{start:%d/%m/%Y}–{end:%d/%m/%Y}"


def no_period_message(start: date, end: date) -> str:
    near = periods_near(start, end)
    offered = "; ".join(f"{p.name} ({_dates(p.start, p.end)})" for p in near)
    hint = (
        f" Các kỳ báo cáo đã lập gần đó: {offered}."
        if offered
        else " Chưa có kỳ báo cáo nào trong những năm này."
    )
    return f"Số liệu kỳ {_dates(start, end)} không thuộc kỳ báo cáo nào đã lập.{hint}"


def place_refusals(
    actor: Actor, places: Collection[Place], *, lock_rows: bool = True
) -> dict[Place, Refusal]:
    """Why each place (unit, start, end) may not be written by the actor now; absent places may.

    A system loader is checked for nothing (see `actors.System`)."""
    if isinstance(actor, System) or not places:
        return {}
    refusals: dict[Place, Refusal] = {}
    reportable = visible_locality_ids(actor, REPORT_ROLES)
    if reportable is not None:
        for place in places:
            if place[0] not in reportable:
                refusals[place] = Refusal("locality", FORBIDDEN, "forbidden")
    for place, message in _ended(place for place in places if place not in refusals).items():
        refusals[place] = Refusal("locality", message, "ended")
    wanted = [place for place in places if place not in refusals]
    periods = periods_by_dates({(start, end) for _unit, start, end in wanted})
    by_period: dict[ReportingPeriod, set[int]] = {}
    for unit, start, end in wanted:
        found = periods.get((start, end))
        if not found:
            refusals[(unit, start, end)] = Refusal("period_start", no_period_message(start, end), "no_period")
            continue
        for period in found:
            by_period.setdefault(period, set()).add(unit)
    names = {period.pk: period for period in by_period}
    for (period_id, unit), reason in closed_places(by_period, for_update=lock_rows).items():
        period = names[period_id]
        message = f"{period.name}: {reason}"
        refusals.setdefault(
            (unit, period.start, period.end), Refusal("period_start", message, "closed", reason)
        )
    return refusals


def ended_message(locality: Locality) -> str:
    return (
        f"{locality.full_name} không còn tồn tại từ sau ngày {locality.valid_until:%d/%m/%Y}: số liệu của đơn vị "
        "được giữ nguyên để xem và tổng kết, không sửa hay nhập thêm được."
    )


def _ended(places: Iterable[Place]) -> dict[Place, str]:
    """Places of units whose validity ended (districts abolished on 1/7/2025, merged communes): read-only."""
    places = list(places)
    ended = Locality.objects.filter(
        pk__in={unit for unit, _start, _end in places}, valid_until__lt=timezone.localdate()
    )
    messages = {locality.pk: ended_message(locality) for locality in ended}
    return {place: messages[place[0]] for place in places if place[0] in messages}


def check_places(actor: Actor, places: Collection[Place]) -> None:
    """Raise Refused (by place) unless the actor may write every place now."""
    refusals = place_refusals(actor, places)
    if refusals:
        raise Refused(refusals)


def check_manage(actor: Actor, locality_ids: Collection[int]) -> set[int]:
    """The units among `locality_ids` whose plans and targets the actor may not change (office role needed)."""
    if isinstance(actor, System):
        return set()
    managed = visible_locality_ids(actor, MANAGE_ROLES)
    return set() if managed is None else {pk for pk in locality_ids if pk not in managed}
