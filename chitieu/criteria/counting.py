"""How many units hold a standard's recognition on a day, out of the units the standard counts: the one rule
behind the criteria matrix's "12/13 xã" and an indicator that counts recognitions (evaluation/series.py)."""

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Protocol

Held = tuple[date, date | None]  # decided on, revoked on


class CountedUnit(Protocol):
    id: int
    type_name: str


def counted_units[U: CountedUnit](units: Sequence[U], applied_types: Collection[str]) -> list[U]:
    """The units a standard counts: every unit of a type it was applied to (a standard for communes leaves the
    towns of the same level out, but never a commune that has not been assessed yet); all of them when it was
    applied to none."""
    if not applied_types:
        return list(units)
    return [unit for unit in units if unit.type_name in applied_types]


def holds(held: Held | None, day: date) -> bool:
    return held is not None and held[0] <= day and (held[1] is None or held[1] > day)


def recognised_count[U: CountedUnit](
    units: Sequence[U], held: Mapping[int, Held], day: date, applied_types: Collection[str]
) -> tuple[int, int]:
    """(units holding the recognition on `day`, units counted): 12/13 xã đạt chuẩn."""
    counted = counted_units(units, applied_types)
    return sum(1 for unit in counted if holds(held.get(unit.id), day)), len(counted)
