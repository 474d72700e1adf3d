"""Writes with a business meaning on localities: loading the official unit lists and their lineage."""

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from django.db import transaction

from chitieu.localities.models import Level, Locality, LocalityLink
from chitieu.localities.units import (
    CURRENT,
    LEGACY,
    LEGACY_UNTIL,
    LEVELS,
    REFORM_DATE,
    ProvinceSelection,
    UnitRow,
    current_units,
    legacy_units,
    lineage,
)

Era = Literal["legacy", "current", "both"]

_BATCH = 1000
_UNIT_FIELDS = ["name", "type_name", "key", "parent_id", "valid_from", "valid_until"]
_LINK_FIELDS = ["kind", "is_primary", "effective", "legal_basis"]
# Parents before children, so every parent has an id when its children are written.
_LEVEL_ORDER = ("province", "district", "commune")


@dataclass
class LoadReport:
    """What a load wrote; `units` counts every unit of the selection, written or already up to date."""

    units: Counter[tuple[str, str]] = field(default_factory=Counter)
    created: int = 0
    updated: int = 0
    links: int = 0
    links_created: int = 0
    links_updated: int = 0
    seconds: float = 0.0

    @property
    def total_units(self) -> int:
        return sum(self.units.values())


@transaction.atomic
def load_units(selection: ProvinceSelection, *, era: Era = "both") -> LoadReport:
    """Upsert the selected provinces' units by (scheme, level, code), then the links between them.

    Links are built between every selected legacy and current unit present in the database, so loading the
    two eras in separate runs still ends with the full lineage.
    """
    started = time.perf_counter()
    report = LoadReport()
    levels = _ensure_levels()
    if era in ("legacy", "both"):
        rows = [row for row in legacy_units() if row.province_code in selection.legacy]
        _upsert_units(rows, LEGACY, levels, None, LEGACY_UNTIL, report)
    if era in ("current", "both"):
        rows = [row for row in current_units() if row.province_code in selection.current]
        _upsert_units(rows, CURRENT, levels, REFORM_DATE, None, report)
    _upsert_links(selection, report)
    report.seconds = time.perf_counter() - started
    return report


def _ensure_levels() -> dict[str, Level]:
    levels = {level.slug: level for level in Level.objects.filter(slug__in=[row.slug for row in LEVELS])}
    missing = [Level(slug=row.slug, rank=row.rank, name=row.name) for row in LEVELS if row.slug not in levels]
    if missing:
        Level.objects.bulk_create(missing)
        levels = {level.slug: level for level in Level.objects.filter(slug__in=[row.slug for row in LEVELS])}
    return levels


def _upsert_units(
    rows: list[UnitRow],
    scheme: str,
    levels: dict[str, Level],
    valid_from: date | None,
    valid_until: date | None,
    report: LoadReport,
) -> None:
    slugs = {level.pk: slug for slug, level in levels.items()}
    existing: dict[tuple[str, str], dict] = {}
    for values in (
        Locality.objects.filter(scheme=scheme, level__in=levels.values())
        .exclude(code="")
        .values("id", "level_id", "code", *_UNIT_FIELDS)
    ):
        existing[slugs[values["level_id"]], values["code"]] = values
    ids = {key: values["id"] for key, values in existing.items()}

    for slug in _LEVEL_ORDER:
        new: list[Locality] = []
        changed: list[Locality] = []
        for row in rows:
            if row.level != slug:
                continue
            report.units[scheme, slug] += 1
            wanted = {
                "name": row.name,
                "type_name": row.type_name,
                "key": row.key,
                "parent_id": ids[row.parent_level, row.parent_code] if row.parent_code else None,
                "valid_from": valid_from,
                "valid_until": valid_until,
            }
            current = existing.get((slug, row.code))
            if current is None:
                new.append(Locality(scheme=scheme, level=levels[slug], code=row.code, **wanted))
            elif any(current[name] != value for name, value in wanted.items()):
                changed.append(Locality(pk=current["id"], **wanted))
        Locality.objects.bulk_create(new, batch_size=_BATCH)
        Locality.objects.bulk_update(changed, _UNIT_FIELDS, batch_size=_BATCH)
        report.created += len(new)
        report.updated += len(changed)
        if new:
            # One query per level rather than trusting every backend to return the new primary keys.
            ids.update(
                ((slug, code), pk)
                for code, pk in Locality.objects.filter(scheme=scheme, level=levels[slug]).values_list(
                    "code", "id"
                )
            )


def _upsert_links(selection: ProvinceSelection, report: LoadReport) -> None:
    ids = {
        (scheme, slug, code): pk
        for scheme, slug, code, pk in Locality.objects.filter(scheme__in=[LEGACY, CURRENT])
        .exclude(code="")
        .values_list("scheme", "level__slug", "code", "id")
    }
    wanted: dict[tuple[int, int], dict] = {}
    for link in lineage():
        if (
            link.predecessor_province not in selection.legacy
            or link.successor_province not in selection.current
        ):
            continue
        predecessor = ids.get((LEGACY, link.predecessor_level, link.predecessor_code))
        successor = ids.get((CURRENT, link.successor_level, link.successor_code))
        if predecessor is None or successor is None:
            continue
        wanted[predecessor, successor] = {
            "kind": link.kind,
            "is_primary": link.is_primary,
            "effective": REFORM_DATE,
            "legal_basis": link.legal_basis,
        }
    existing = {
        (values["predecessor_id"], values["successor_id"]): values
        for values in LocalityLink.objects.filter(
            predecessor__scheme=LEGACY, successor__scheme=CURRENT
        ).values("id", "predecessor_id", "successor_id", *_LINK_FIELDS)
    }
    new: list[LocalityLink] = []
    changed: list[LocalityLink] = []
    for (predecessor, successor), values in wanted.items():
        current = existing.get((predecessor, successor))
        if current is None:
            new.append(LocalityLink(predecessor_id=predecessor, successor_id=successor, **values))
        elif any(current[name] != value for name, value in values.items()):
            changed.append(LocalityLink(pk=current["id"], **values))
    LocalityLink.objects.bulk_create(new, batch_size=_BATCH)
    LocalityLink.objects.bulk_update(changed, _LINK_FIELDS, batch_size=_BATCH)
    report.links = len(wanted)
    report.links_created = len(new)
    report.links_updated = len(changed)
