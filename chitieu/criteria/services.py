"""Writes on criteria with a business meaning: assess a unit for a year against the set in force that year."""

from collections.abc import Mapping

from django.db import transaction

from chitieu.criteria.models import Assessment, CriteriaSet, Criterion
from chitieu.localities.models import Locality


class AssessmentRefused(ValueError):
    """The assessment cannot be written as asked; the message says why, in Vietnamese."""


def set_in_force(standard: str, year: int) -> CriteriaSet:
    """The set of `standard` whose validity years hold `year` (QĐ 318 up to 2025, QĐ 51/2025 from 2026)."""
    found = [
        s for s in CriteriaSet.objects.filter(standard=standard).select_related("level") if s.in_force(year)
    ]
    if len(found) != 1:
        what = "không có bộ tiêu chí nào" if not found else f"có {len(found)} bộ tiêu chí"
        raise AssessmentRefused(f"Năm {year} {what} “{standard}” có hiệu lực.")
    return found[0]


@transaction.atomic
def assess(
    locality: Locality,
    year: int,
    met: Mapping[int, bool],
    *,
    standard: str,
    note: str = "",
    is_illustrative: bool = False,
) -> CriteriaSet:
    """Record which criteria (by number) the unit met in `year`, against the set of `standard` in force then.

    A year is assessed against one set: rows an earlier call wrote for that year under another set of the same
    standard are removed. Refused for a unit that did not exist that year, of another level than the set's, or
    for a criterion number the set does not have."""
    criteria_set = set_in_force(standard, year)
    _check_unit(locality, year, criteria_set)
    criteria = {c.number: c for c in Criterion.objects.filter(criteria_set=criteria_set)}
    unknown = sorted(set(met) - set(criteria))
    if unknown:
        numbers = ", ".join(str(n) for n in unknown)
        raise AssessmentRefused(
            f"{criteria_set.name} không có tiêu chí số {numbers} (có {len(criteria)} tiêu chí)."
        )
    Assessment.objects.filter(
        locality=locality, year=year, criterion__criteria_set__standard=standard
    ).exclude(criterion__criteria_set=criteria_set).delete()
    for number, value in met.items():
        Assessment.objects.update_or_create(
            locality=locality,
            criterion=criteria[number],
            year=year,
            defaults={"met": value, "note": note, "is_illustrative": is_illustrative},
        )
    return criteria_set


def _check_unit(locality: Locality, year: int, criteria_set: CriteriaSet) -> None:
    if criteria_set.level_id and locality.level_id != criteria_set.level_id:
        raise AssessmentRefused(f"{criteria_set.name} chấm cho {criteria_set.level}, không cho {locality}.")
    starts = locality.valid_from.year if locality.valid_from else None
    ends = locality.valid_until.year if locality.valid_until else None
    if (starts is not None and year < starts) or (ends is not None and year > ends):
        raise AssessmentRefused(f"{locality.full_name} không tồn tại trong năm {year}.")


def met_count(locality: Locality, year: int, standard: str) -> tuple[CriteriaSet, int, int]:
    """(the set in force, criteria met, criteria in the set) for the unit's year."""
    criteria_set = set_in_force(standard, year)
    met = Assessment.objects.filter(
        locality=locality, year=year, criterion__criteria_set=criteria_set, met=True
    ).count()
    return criteria_set, met, criteria_set.criteria.count()
