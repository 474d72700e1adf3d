"""Schemathesis drives every operation of the OpenAPI document in-process and checks each answer against it.

The operations are run one by one from a single test (schemathesis' lazy pytest fixture loader does not work with
pytest 9), positive and negative cases each, plus the documented examples. Each answer must not be a server
error, must carry a documented status code, and must match the documented schema.
"""

import time

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from chitieu.accounts.models import Membership
from chitieu.api.services import create_token
from chitieu.localities.models import Locality

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
EXAMPLES = {GenerationMode.POSITIVE: 150, GenerationMode.NEGATIVE: 50}
# CPU seconds, so a busy shared machine does not fail the bound; on an idle 2-core machine wall time is close.
CPU_BOUND_SECONDS = 100


@pytest.fixture
def wsgi_app(db):
    """Django's WSGI app inside the test's transaction (Django's test client unhooks these signals the same way)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def office_token(world, figures, settings, django_user_model) -> str:
    """Office staff at Thái Nguyên: may read and write there; the documented examples name its code 19."""
    settings.API_RATE_LIMIT_PER_MINUTE = 1_000_000
    Locality.objects.filter(pk=world.thai_nguyen.pk).update(scheme=Locality.Scheme.CURRENT)
    user = django_user_model.objects.create_user("vanphong.tn", password="chitieu-test")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=world.thai_nguyen)
    return create_token(user, "schemathesis")[1]


def test_every_answer_matches_the_document(wsgi_app, office_token):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_app)
    headers = {"Authorization": f"Bearer {office_token}"}
    cases: dict[str, int] = {}
    failures: dict[str, str] = {}
    started, cpu_started = time.monotonic(), time.process_time()
    for result in schema.get_all_operations():
        operation = result.ok()
        cases[operation.label] = 0
        try:
            for strategy in schema.get_strategies_from_examples(operation):
                cases[operation.label] += _run(strategy, 1, headers)
            for mode, max_examples in EXAMPLES.items():
                cases[operation.label] += _run(
                    operation.as_strategy(generation_mode=mode), max_examples, headers
                )
        except Exception as exc:  # every operation is tried; all failures are reported together
            failures[operation.label] = f"{type(exc).__name__}: {exc}"
    elapsed, cpu = time.monotonic() - started, time.process_time() - cpu_started
    print(
        f"\nschemathesis: {sum(cases.values())} cases, {len(cases)} operations, {elapsed:.0f} s ({cpu:.0f} s CPU)"
    )
    for label, count in cases.items():
        print(f"  {count:4d}  {label}")
    assert not failures, "\n\n".join(f"{label}\n{message}" for label, message in failures.items())
    assert len(cases) >= 15
    assert cpu < CPU_BOUND_SECONDS


def _run(strategy, max_examples: int, headers: dict[str, str]) -> int:
    """Call and check `max_examples` cases drawn from `strategy`; the number of cases run."""
    count = 0

    @given(case=strategy)
    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case) -> None:
        nonlocal count
        count += 1
        case.call_and_validate(headers=headers, checks=CHECKS)

    check()
    return count
