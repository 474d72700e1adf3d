"""Observations through the door: one value at a time (entry page, reading screen, back office) keeping the value
it replaces, or a whole batch set-wise (API, many-unit workbook) in a few queries, or millions of rows by COPY for
a system loader. Every path checks the same rules (`guard`) in the writing transaction."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from chitieu.core.bulk import insert_rows
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator
from chitieu.results.door.actors import Actor, System, person, via_label
from chitieu.results.door.guard import Refused, check_places, place_refusals
from chitieu.results.door.sql import BATCH_SIZE, upsert
from chitieu.results.door.text import clean_text
from chitieu.results.models import Observation, ObservationRevision, PeriodKind, Submission, ValueKind
from chitieu.results.queries import version_of
from chitieu.results.rollups import refresh

Key = tuple[int, int, date, date, int]  # (indicator id, locality id, period start, period end, kind)


class StaleValue(Exception):
    """Someone saved the value after the editor opened it; `current` is what they saved (None: deleted)."""

    def __init__(self, current: Observation | None) -> None:
        super().__init__("Số liệu đã được người khác thay đổi.")
        self.current = current


class FigureData(Protocol):
    """What a batch item carries besides its key (the API's ObservationItem is one)."""

    period_kind: str
    value: Decimal | None
    text_value: str
    reported_on: date | None
    source: str
    source_sentence: str
    note: str
    is_illustrative: bool


@dataclass(frozen=True)
class Figure:
    """A batch item for callers that have no schema of their own (the many-unit workbook)."""

    period_kind: str
    value: Decimal | None
    text_value: str = ""
    reported_on: date | None = None
    source: str = ""
    source_sentence: str = ""
    note: str = ""
    is_illustrative: bool = False


@dataclass
class BulkResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    revised: int = 0  # replaced values kept in the history


def _published(actor: Actor) -> bool:
    """A person's figure waits for approval before the public page shows it; a loader's is published."""
    return isinstance(actor, System) and actor.publishes


@transaction.atomic
def record_observation(
    *,
    actor: Actor,
    via: str,
    indicator: Indicator,
    locality: Locality,
    period_start: date,
    period_end: date,
    value: Decimal | None,
    reported_on: date,
    kind: int = ValueKind.OFFICIAL,
    period_kind: str = PeriodKind.YEAR,
    text_value: str = "",
    source: str = "",
    source_sentence: str = "",
    note: str = "",
    is_illustrative: bool = False,
    reason: str = "",
    expected_version: str | None = None,
    checked: bool = False,
) -> Observation:
    """Create or replace the value for (indicator, locality, period, kind); a replaced value goes to the history.

    Refused (guard.Refused) outside the actor's scope, for dates of no stored reporting period, in a closed
    period, or while the unit's figures are sent or approved; `checked` is for a caller that has just checked
    the same place in this transaction. `expected_version` is the version (see `queries.version_of`) the editor
    saw, "" for none: if the stored value changed since, StaleValue is raised and nothing is written."""
    if not checked:
        check_places(actor, [(locality.pk, period_start, period_end)])
    observation = (
        Observation.objects.select_for_update()
        .filter(
            indicator=indicator,
            locality=locality,
            period_start=period_start,
            period_end=period_end,
            kind=kind,
        )
        .first()
    )
    if expected_version is not None and version_of(observation) != expected_version:
        raise StaleValue(observation)
    author = person(actor)
    if observation is None:
        observation = Observation(
            indicator=indicator,
            locality=locality,
            period_start=period_start,
            period_end=period_end,
            kind=kind,
        )
    elif observation.value != value or observation.text_value != text_value:
        if not reason.strip() and observation.submissions.filter(status=Submission.Status.APPROVED).exists():
            raise ValidationError(
                "Số liệu này đã được phê duyệt: phải ghi lý do khi thay đổi.", code="reason_required"
            )
        ObservationRevision.objects.create(
            observation=observation,
            value=observation.value,
            text_value=observation.text_value,
            reported_on=observation.reported_on,
            source=observation.source,
            replaced_by=author,
            reason=clean_text(reason),
            via=via_label(actor, via),
        )
    observation.period_kind = period_kind
    observation.value = value
    observation.text_value = clean_text(text_value)
    observation.reported_on = reported_on
    observation.source = clean_text(source)
    observation.source_sentence = clean_text(source_sentence)
    observation.note = clean_text(note)
    observation.is_illustrative = is_illustrative
    observation.updated_by = author
    observation.updated_via = via_label(actor, via)
    observation.is_published = _published(actor)
    observation.full_clean(validate_unique=False)
    observation.save()
    refresh([(indicator.pk, locality.pk, period_start, period_end)])
    return observation


OBSERVATION_KEY = ["indicator_id", "locality_id", "period_start", "period_end", "kind"]
OBSERVATION_DATA = [
    "period_kind",
    "value",
    "text_value",
    "reported_on",
    "source",
    "source_sentence",
    "note",
    "is_illustrative",
    "updated_by_id",
    "updated_via",
    "is_published",
]
# What a re-sent item is compared on: a row equal on these is left alone (not even its updated_at).
OBSERVATION_COMPARED = OBSERVATION_DATA[:-3]


@transaction.atomic
def write_observations(
    actor: Actor, keyed: Mapping[Key, FigureData], *, via: str, reason: str = ""
) -> BulkResult:
    """Record every item or none: Refused (by key) when the guard refuses any of them."""
    refusals = place_refusals(actor, {(key[1], key[2], key[3]) for key in keyed})
    if refusals:
        raise Refused(
            {key: refusals[(key[1], key[2], key[3])] for key in keyed if (key[1], key[2], key[3]) in refusals}
        )
    result = BulkResult()
    existing = _existing_observations(list(keyed))
    today = timezone.localdate()
    author = person(actor)
    author_id = author.pk if author is not None else None
    label = via_label(actor, via)
    published = _published(actor)
    rows: list[tuple] = []
    revisions: list[ObservationRevision] = []
    for key, item in keyed.items():
        old = existing.get(key)
        value_changed = old is None or old["value"] != item.value or old["text_value"] != item.text_value
        data = (
            item.period_kind,
            item.value,
            clean_text(item.text_value),
            item.reported_on or (today if value_changed else old["reported_on"]),
            clean_text(item.source),
            clean_text(item.source_sentence),
            clean_text(item.note),
            item.is_illustrative,
        )
        if old is not None and data == tuple(old[name] for name in OBSERVATION_COMPARED):
            result.unchanged += 1
            continue
        rows.append((*key, *data, author_id, label, published))
        if old is None:
            result.created += 1
            continue
        result.updated += 1
        if value_changed:
            revisions.append(
                ObservationRevision(
                    observation_id=old["id"],
                    value=old["value"],
                    text_value=old["text_value"],
                    reported_on=old["reported_on"],
                    source=old["source"],
                    replaced_by=author,
                    reason=clean_text(reason),
                    via=label,
                )
            )
    ObservationRevision.objects.bulk_create(revisions, batch_size=BATCH_SIZE)
    upsert(Observation, OBSERVATION_KEY, OBSERVATION_DATA, rows)
    refresh(row[:4] for row in rows)
    result.revised = len(revisions)
    return result


def _existing_observations(keys: list[Key]) -> dict[Key, dict[str, Any]]:
    """The stored rows for these keys, locked for the rest of the transaction, by key."""
    if not keys:
        return {}
    indicator_ids, locality_ids, starts, ends, kinds = (set(part) for part in zip(*keys, strict=True))
    wanted = set(keys)
    rows = (
        Observation.objects.select_for_update(of=("self",))
        .order_by()
        .filter(
            indicator_id__in=indicator_ids,
            locality_id__in=locality_ids,
            period_start__in=starts,
            period_end__in=ends,
            kind__in=kinds,
        )
        .values("id", *OBSERVATION_KEY, *OBSERVATION_COMPARED)
    )
    found: dict[Key, dict[str, Any]] = {}
    for row in rows:
        key = tuple(row[name] for name in OBSERVATION_KEY)
        if key in wanted:
            found[key] = row  # type: ignore[index]
    return found


def insert_observations(actor: System, fields: list[str], rows: Iterable[tuple]) -> int:
    """A system loader's new rows (no earlier value to keep), by COPY on PostgreSQL: the generator's millions.

    `fields` are Observation attnames; the door adds who wrote them and that they are published. The roll-ups
    are not refreshed row by row here: the loader runs `rollups.rebuild` at its end, in its transaction."""
    if not isinstance(actor, System):
        raise TypeError("Only a system loader inserts rows without the checks.")
    extra = (via_label(actor, ""), actor.publishes)
    return insert_rows(
        Observation, [*fields, "updated_via", "is_published"], ((*row, *extra) for row in rows)
    )


@transaction.atomic
def delete_observations(actor: Actor, observation_ids: Iterable[int]) -> int:
    """Remove figures (the back office's delete), on the same terms as changing them: Refused otherwise."""
    rows = list(
        Observation.objects.select_for_update()
        .filter(pk__in=list(observation_ids))
        .values_list("pk", "locality_id", "period_start", "period_end", "indicator_id")
    )
    places = {row[1:4] for row in rows}
    refusals = place_refusals(actor, places)
    if refusals:
        raise Refused({row[0]: refusals[row[1:4]] for row in rows if row[1:4] in refusals})
    deleted, _by_model = Observation.objects.filter(pk__in=[row[0] for row in rows]).delete()
    refresh((row[4], *row[1:4]) for row in rows)
    return deleted


def delete_loaded(actor: System, **lookup: Any) -> int:
    """Remove rows a system loader wrote earlier (the generator's own, found by its mark), before it writes again;
    like `insert_observations`, it leaves the roll-ups to the loader's closing `rollups.rebuild`."""
    if not isinstance(actor, System):
        raise TypeError("Only a system loader removes its own rows.")
    deleted, _by_model = Observation.objects.filter(**lookup).delete()
    return deleted


@transaction.atomic
def publish_submission(submission: Submission) -> None:
    """The figures of a submission approved at its last level are the ones the public page shows."""
    # updated_at moves too: the cached evaluations notice the change by it.
    observations = submission.observations.all()
    observations.update(is_published=True, updated_at=timezone.now())
    refresh(observations.values_list("indicator_id", "locality_id", "period_start", "period_end"))
