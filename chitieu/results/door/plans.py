"""Plan values through the door: only the office of the resolution's unit sets them, and every replaced or removed
figure is kept in PlanValueRevision with who, when, through which door and why."""

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from django.db import transaction

from chitieu.plans.models import PlanValue, PlanValueRevision, Target
from chitieu.results.door.actors import Actor, person, via_label
from chitieu.results.door.figures import BulkResult
from chitieu.results.door.guard import NOT_OFFICE, Refusal, Refused, check_manage
from chitieu.results.door.sql import upsert
from chitieu.results.door.text import clean_text

PlanKey = tuple[int, int, str]  # (target id, year, source)
PLAN_VALUE_KEY = ["target_id", "year", "source"]
PLAN_VALUE_DATA = ["value", "source_sentence", "is_illustrative"]


class PlanData(Protocol):
    value: Decimal
    source_sentence: str
    is_illustrative: bool


@dataclass(frozen=True)
class PlanFigure:
    value: Decimal
    source_sentence: str = ""
    is_illustrative: bool = False


def _check(actor: Actor, target_ids: Collection[int]) -> dict[int, Refusal]:
    localities = dict(Target.objects.filter(pk__in=target_ids).values_list("pk", "resolution__locality_id"))
    refused = check_manage(actor, set(localities.values()))
    return {
        pk: Refusal("target", NOT_OFFICE, "forbidden") for pk, unit in localities.items() if unit in refused
    }


@transaction.atomic
def set_plan_values(
    actor: Actor, keyed: Mapping[PlanKey, PlanData], *, via: str, reason: str = ""
) -> BulkResult:
    """Set every plan figure or none: Refused (by key) where the actor is not the resolution's office."""
    refused = _check(actor, {key[0] for key in keyed})
    if refused:
        raise Refused({key: refused[key[0]] for key in keyed if key[0] in refused})
    result = BulkResult()
    existing = {
        tuple(row[name] for name in PLAN_VALUE_KEY): row
        for row in PlanValue.objects.select_for_update(of=("self",))
        .order_by()
        .filter(target_id__in={key[0] for key in keyed})
        .values("id", *PLAN_VALUE_KEY, *PLAN_VALUE_DATA)
    }
    rows: list[tuple] = []
    revisions: list[PlanValueRevision] = []
    author, label = person(actor), via_label(actor, via)
    for key, item in keyed.items():
        data = (item.value, clean_text(item.source_sentence), item.is_illustrative)
        old = existing.get(key)
        if old is not None and data == tuple(old[name] for name in PLAN_VALUE_DATA):
            result.unchanged += 1
            continue
        if old is None:
            result.created += 1
        else:
            result.updated += 1
            if old["value"] != item.value:
                revisions.append(_revision(key, old["id"], old["value"], author, label, reason))
        rows.append((*key, *data))
    PlanValueRevision.objects.bulk_create(revisions)
    result.revised = len(revisions)
    upsert(PlanValue, PLAN_VALUE_KEY, PLAN_VALUE_DATA, rows)
    return result


@transaction.atomic
def delete_plan_values(actor: Actor, plan_ids: Collection[int], *, via: str, reason: str = "") -> int:
    """Remove plan figures, keeping each in the history; Refused where the actor is not the office."""
    # Ordered by id alone: the model's ordering joins the target's group, which may be null, and PostgreSQL
    # refuses FOR UPDATE on the nullable side of an outer join.
    plans = list(PlanValue.objects.select_for_update().filter(pk__in=list(plan_ids)).order_by("pk"))
    refused = _check(actor, {plan.target_id for plan in plans})
    if refused:
        raise Refused({plan.pk: refused[plan.target_id] for plan in plans if plan.target_id in refused})
    author, label = person(actor), via_label(actor, via)
    PlanValueRevision.objects.bulk_create(
        _revision((p.target_id, p.year, p.source), None, p.value, author, label, reason) for p in plans
    )
    deleted, _by_model = PlanValue.objects.filter(pk__in=[plan.pk for plan in plans]).delete()
    return deleted


def _revision(key: PlanKey, plan_id: int | None, value, author, label: str, reason: str) -> PlanValueRevision:
    target_id, year, source = key
    return PlanValueRevision(
        plan_value_id=plan_id,
        target_id=target_id,
        year=year,
        source=source,
        value=value,
        replaced_by=author,
        via=label,
        reason=clean_text(reason),
    )
