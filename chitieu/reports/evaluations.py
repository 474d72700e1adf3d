"""A resolution's evaluation, remembered in the process until the data behind it change.

A province's dashboard rolls up hundreds of thousands of commune values; even added up by the database that
takes longer than a page may (bench/dashboard.py: the plain SQL aggregate alone is slower than the page's
budget). So the evaluation is kept, keyed by what it was computed from: the review's settings, the resolution's
own targets and plans (hashed row by row, a few dozen of them), and a data version of the shared tables (how
many rows, the latest change). Anything the version cannot see — an edit that keeps a table's count and latest
date, made outside the services — is picked up when the entry expires.

On PostgreSQL, the position in the write-ahead log is read first: while it has not moved, nothing at all was
written, so the entry is used without counting the observations again (a full scan of the largest table).

The entries live in the process's memory, as in Django's default local-memory cache, but are not copied on each
read: unpickling a province's evaluation (thousands of values) took longer than the rest of the page. They are
shared between requests and never changed after they are made.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import timedelta

from django.db import connection
from django.db.models import Count, Max, Q

from chitieu.criteria.models import Recognition
from chitieu.evaluation.engine.definitions import EvaluationConfig
from chitieu.evaluation.queries import ResolutionEvaluation, evaluate_resolution
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import PlanValue, Resolution, Target
from chitieu.results.models import Observation, ObservationRevision

TIMEOUT = timedelta(minutes=10)
KEPT = 64  # evaluations kept per process, the least recently used dropped first
TARGET_FIELDS = [field.attname for field in Target._meta.concrete_fields] + [
    "group__label",
    "group__name",
    "group__order",
    "lead_agency__name",
    "lead_agency__short_name",
    "indicator__unit",
    "indicator__is_percent",
    "indicator__rollup",
    "indicator__numerator_id",
    "indicator__denominator_id",
    "indicator__weight_id",
    "indicator__criteria_set_id",
    "indicator__recognition_level",
]
PLAN_FIELDS = ["id", "target_id", "year", "source", "value", "is_illustrative"]


def data_version(resolution: Resolution) -> str:
    """What the evaluation was computed from, as one short string."""
    parts = [
        Observation.objects.aggregate(
            n=Count("id"),
            last=Max("updated_at"),
            top=Max("id"),
            published=Count("id", filter=Q(is_published=True)),
        ),
        ObservationRevision.objects.aggregate(n=Count("id"), top=Max("id")),
        Recognition.objects.aggregate(
            n=Count("id"), top=Max("id"), decided=Max("decided_on"), revoked=Max("revoked_on")
        ),
        Locality.objects.aggregate(n=Count("id"), top=Max("id")),
        LocalityLink.objects.aggregate(n=Count("id"), top=Max("id")),
        list(Target.objects.filter(resolution=resolution).order_by("pk").values_list(*TARGET_FIELDS)),
        list(
            PlanValue.objects.filter(target__resolution=resolution).order_by("pk").values_list(*PLAN_FIELDS)
        ),
        [getattr(resolution, field.attname) for field in Resolution._meta.concrete_fields],
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def log_position() -> str | None:
    """Where PostgreSQL's write-ahead log stands (it moves with every write); None on other databases.

    The insert position, not the write position: it moves as soon as any transaction logs a change, even one
    not yet flushed or committed, so a change is never hidden behind a position that has not moved yet.
    """
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END)::text"
        )
        return cursor.fetchone()[0]


@dataclass(frozen=True)
class _Entry:
    position: str | None
    version: str
    result: ResolutionEvaluation
    expires: float


_entries: OrderedDict[str, _Entry] = OrderedDict()
_lock = threading.Lock()


def forget() -> None:
    """Drop every remembered evaluation (tests, benchmarks)."""
    with _lock:
        _entries.clear()


def cached_evaluation(
    resolution: Resolution, config: EvaluationConfig, *, published_only: bool = False
) -> ResolutionEvaluation:
    """`evaluate_resolution`, computed once per data version and review settings."""
    digest = hashlib.sha256(repr((config, published_only)).encode()).hexdigest()[:16]
    key = f"{resolution.pk}:{digest}"
    position = log_position()  # read before the data, so a write made meanwhile is seen next time
    found = _get(key)
    if found is not None and position is not None and found.position == position:
        return replace(found.result, resolution=resolution)
    version = data_version(resolution)
    if found is not None and found.version == version:
        _put(key, replace(found, position=position))
        return replace(found.result, resolution=resolution)
    result = evaluate_resolution(resolution, config, published_only=published_only)
    _put(key, _Entry(position, version, result, time.monotonic() + TIMEOUT.total_seconds()))
    return result


def _get(key: str) -> _Entry | None:
    with _lock:
        entry = _entries.get(key)
        if entry is None or entry.expires < time.monotonic():
            _entries.pop(key, None)
            return None
        _entries.move_to_end(key)
        return entry


def _put(key: str, entry: _Entry) -> None:
    with _lock:
        _entries[key] = entry
        _entries.move_to_end(key)
        while len(_entries) > KEPT:
            _entries.popitem(last=False)
