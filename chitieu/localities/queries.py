"""Read-side lookups on localities: finding a unit by name, its subtree, and its lineage."""

from collections.abc import Collection

from chitieu.core.collation import by_name
from chitieu.localities.models import Locality, LocalityLink
from chitieu.localities.units import fold


def find_locality(name: str, level: str, scheme: str, parent_name: str | None = None) -> Locality:
    """The one unit of `level` (slug) and `scheme` named `name`, with or without its type word.

    An exact match on the name wins; otherwise names are compared without case or diacritics, so the demo
    loader can write "Phu Luong" or "Huyện Phú Lương". `parent_name` tells apart namesakes (the package has
    a "Xã Mường Tè" and a "Thị trấn Mường Tè"). Raises Locality.DoesNotExist or MultipleObjectsReturned.
    """
    units = Locality.objects.filter(level__slug=level, scheme=scheme).select_related("parent")
    exact = [unit for unit in units.filter(name=name) if _parent_matches(unit, parent_name)]
    if len(exact) == 1:
        return exact[0]
    wanted = fold(name)
    folded = [
        unit
        for unit in (exact or units)
        if wanted in (fold(unit.name), fold(unit.full_name)) and _parent_matches(unit, parent_name)
    ]
    if len(folded) == 1:
        return folded[0]
    where = f" in {parent_name}" if parent_name else ""
    if not folded:
        raise Locality.DoesNotExist(f"No {level} named {name!r}{where} in the {scheme} list.")
    raise Locality.MultipleObjectsReturned(
        f"{len(folded)} {level}s named {name!r}{where} in the {scheme} list."
    )


def _parent_matches(unit: Locality, parent_name: str | None) -> bool:
    if parent_name is None:
        return True
    if unit.parent is None:
        return False
    return fold(parent_name) in (fold(unit.parent.name), fold(unit.parent.full_name))


def subtree_ids(locality: Locality) -> list[int]:
    """Ids of every unit below `locality` (not itself), one query per level of depth."""
    found: list[int] = []
    frontier = [locality.pk]
    while frontier:
        frontier = list(Locality.objects.filter(parent_id__in=frontier).values_list("id", flat=True))
        found.extend(frontier)
    return found


def successors_of(locality: Locality) -> list[Locality]:
    """The units `locality` continued as, primary successor first."""
    links = (
        LocalityLink.objects.filter(predecessor=locality)
        .select_related("successor__level", "successor__parent")
        .order_by("-is_primary", by_name("successor__name"))
    )
    return [link.successor for link in links]


def predecessors_of(locality: Locality) -> list[Locality]:
    """The units that continued, wholly or in part, as `locality`."""
    links = (
        LocalityLink.objects.filter(successor=locality)
        .select_related("predecessor__level", "predecessor__parent")
        .order_by("predecessor__code", "predecessor__name")
    )
    return [link.predecessor for link in links]


def parents_above(unit_ids: Collection[int]) -> dict[int, int | None]:
    """Unit id → parent id for these units and every unit above them: one query per level, not the whole table."""
    parents: dict[int, int | None] = {}
    frontier = set(unit_ids)
    while frontier:
        found = dict(Locality.objects.filter(pk__in=frontier).values_list("pk", "parent_id"))
        parents.update(found)
        frontier = {parent for parent in found.values() if parent is not None and parent not in parents}
    return parents


def ancestors_in(pk: int, parents: dict[int, int | None]) -> list[int]:
    """The unit and every unit above it, nearest first, from a map made by `parents_above` (or a larger one)."""
    ids = [pk]
    while (parent := parents.get(ids[-1])) is not None and parent not in ids:
        ids.append(parent)
    return ids
