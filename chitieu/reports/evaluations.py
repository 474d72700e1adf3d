"""A resolution's evaluation, remembered until a figure at or below its unit changes.

An evaluation is keyed by the review's settings and whether it reads approved figures only, and is fresh while
its data version holds: the version of the resolution's unit (results.rollups: the write door moves it, in the
writing transaction, for the written unit, every unit above it and every unit that absorbed it), read in one
indexed lookup, with the resolution's own targets and plans (a few dozen rows, hashed) and a count of the small
tables of recognitions and units. A figure saved in another province, a login or a session leaves the entry in
place; no request counts the observation table. The version is read before the data, so a write committed
meanwhile is seen by the next request.

Two levels: each process keeps the evaluations it computed or fetched without copying them (unpickling a
province's evaluation took longer than the rest of the page), and the shared cache `CACHES["evaluations"]`
(Redis when REDIS_URL is set, each process's memory otherwise) lets the other workers fetch one rather than
compute it again.
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import timedelta

from django.core.cache import caches
from django.db.models import Count, Max

from chitieu.criteria.models import Recognition
from chitieu.evaluation.engine.definitions import EvaluationConfig
from chitieu.evaluation.queries import ResolutionEvaluation, evaluate_resolution
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import PlanValue, Resolution, Target
from chitieu.results.rollups import versions

logger = logging.getLogger(__name__)
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
    # A target that continues one of the term before starts from that unit's figures (evaluation/queries.py).
    "continues__resolution__locality_id",
]
PLAN_FIELDS = ["id", "target_id", "year", "source", "value", "is_illustrative"]


def data_version(resolution: Resolution) -> str:
    """What the evaluation was computed from, as one short string."""
    targets = list(Target.objects.filter(resolution=resolution).order_by("pk").values_list(*TARGET_FIELDS))
    carried_from = sorted({row[-1] for row in targets if row[-1] is not None})
    parts = [
        versions([resolution.locality_id, *carried_from]),
        Recognition.objects.aggregate(
            n=Count("id"), top=Max("id"), decided=Max("decided_on"), revoked=Max("revoked_on")
        ),
        Locality.objects.aggregate(n=Count("id"), top=Max("id")),
        LocalityLink.objects.aggregate(n=Count("id"), top=Max("id")),
        targets,
        list(
            PlanValue.objects.filter(target__resolution=resolution).order_by("pk").values_list(*PLAN_FIELDS)
        ),
        [getattr(resolution, field.attname) for field in Resolution._meta.concrete_fields],
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


@dataclass(frozen=True)
class _Entry:
    version: str
    result: ResolutionEvaluation
    expires: float


_entries: OrderedDict[str, _Entry] = OrderedDict()
_lock = threading.Lock()


def shared():
    return caches["evaluations"]


def forget() -> None:
    """Drop every remembered evaluation, here and in the shared cache (tests, benchmarks)."""
    with _lock:
        _entries.clear()
    _shared(lambda cache: cache.clear())


def cached_evaluation(
    resolution: Resolution, config: EvaluationConfig, *, published_only: bool = False
) -> ResolutionEvaluation:
    """`evaluate_resolution`, computed once per data version and review settings for every worker."""
    digest = hashlib.sha256(repr((config, published_only)).encode()).hexdigest()[:16]
    key = f"{resolution.pk}:{digest}"
    version = data_version(resolution)
    found = _get(key)
    if found is not None and found.version == version:
        return replace(found.result, resolution=resolution)
    shared_key = f"evaluation:{key}:{version}"
    result = _shared(lambda cache: cache.get(shared_key))
    if result is None:
        result = evaluate_resolution(resolution, config, published_only=published_only)
        _shared(lambda cache: cache.set(shared_key, result, TIMEOUT.total_seconds()))
    _put(key, _Entry(version, result, time.monotonic() + TIMEOUT.total_seconds()))
    return replace(result, resolution=resolution)


def _shared(call):
    """A call on the shared cache; when Redis does not answer, the page is computed here rather than refused."""
    try:
        return call(shared())
    except Exception:  # redis-py's errors, without importing it where Redis is not configured
        logger.warning("The shared cache of evaluations did not answer.", exc_info=True)
        return None


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
