"""Reads on replicas, writes on the primary, and a writer's next requests on the primary until a replica caught up."""

import pytest
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import RequestFactory

from chitieu.core import routers
from chitieu.core.routers import COOKIE, ReadYourWritesMiddleware, ReplicaRouter, routed
from chitieu.localities.models import Level
from chitieu.results.models import Observation

router = ReplicaRouter()
# Outside the test's own transaction: inside one, every read goes to the primary, as it should.
outside_a_transaction = pytest.mark.django_db(transaction=True)


def test_writes_and_migrations_go_to_the_primary_only():
    assert router.db_for_write(Observation) == "default"
    assert router.allow_migrate("default", "results")
    assert not router.allow_migrate("replica1", "results")


def test_reads_outside_a_request_go_to_the_primary():
    assert router.db_for_read(Observation) == "default"


def test_a_request_reads_its_replica():
    with routed("replica2"):
        assert router.db_for_read(Observation) == "replica2"
    assert router.db_for_read(Observation) == "default"


@outside_a_transaction
def test_a_request_that_wrote_reads_the_primary_from_then_on():
    with routed("replica1") as route:
        Level.objects.filter(slug="none").exists()
        assert router.db_for_read(Level) == "replica1" and not route.wrote
        Level.objects.create(slug="province", name="Tỉnh", rank=1)
        assert route.wrote
        assert router.db_for_read(Level) == "default"


@pytest.mark.django_db
def test_reads_inside_a_transaction_go_to_the_primary():
    with routed("replica1"), transaction.atomic():
        assert router.db_for_read(Level) == "default"


def stamped(position: str):
    """A page request from a browser whose last write left the primary at `position`."""
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE] = routers.stamp(position)
    return request


@pytest.fixture
def middleware(monkeypatch):
    """The middleware with one replica, whose replayed position the test sets; the view records where it read."""
    seen: dict[str, object] = {"replayed": "0/0", "read": None}
    monkeypatch.setattr(routers, "primary_position", lambda: "0/3000148")
    monkeypatch.setattr(
        routers,
        "replayed",
        lambda alias, position: int(seen["replayed"].split("/")[1], 16) >= int(position.split("/")[1], 16),
    )

    def view(request):
        seen["read"] = router.db_for_read(Level)
        if request.method == "POST":
            Level.objects.create(slug="commune", name="Xã", rank=3)
        return HttpResponse("ok")

    found = ReadYourWritesMiddleware(view)
    found.replicas = ["replica1"]
    return found, seen


@pytest.mark.django_db
def test_a_request_that_wrote_leaves_the_primary_position_in_a_signed_cookie(middleware):
    handler, seen = middleware
    response = handler(RequestFactory().post("/"))
    assert routers.read_stamp(response.cookies[COOKIE].value) == "0/3000148"
    assert response.cookies[COOKIE]["httponly"]


@outside_a_transaction
def test_a_page_read_leaves_no_cookie(middleware):
    handler, seen = middleware
    response = handler(RequestFactory().get("/"))
    assert COOKIE not in response.cookies and seen["read"] == "replica1"


@outside_a_transaction
def test_the_next_request_reads_the_primary_while_the_replica_is_behind(middleware):
    handler, seen = middleware
    seen["replayed"] = "0/3000000"
    response = handler(stamped("0/3000148"))
    assert seen["read"] == "default"
    assert COOKIE not in response.cookies  # kept by the browser: the next request asks again


@outside_a_transaction
def test_once_the_replica_caught_up_it_is_read_and_the_cookie_dropped(middleware):
    handler, seen = middleware
    seen["replayed"] = "0/3000200"
    response = handler(stamped("0/3000148"))
    assert seen["read"] == "replica1"
    assert response.cookies[COOKIE].value == "" and response.cookies[COOKIE]["max-age"] == 0


@outside_a_transaction
def test_a_forged_position_is_ignored(middleware):
    handler, seen = middleware
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE] = "0/FFFFFFFF"
    handler(request)
    assert seen["read"] == "replica1"


def test_the_cookie_is_signed():
    assert routers.read_stamp(routers.stamp("16/B374D848")) == "16/B374D848"
    assert routers.read_stamp(routers.stamp("16/B374D848")[:-2] + "xx") is None


@pytest.mark.django_db
def test_the_application_role_runs_without_jit_and_with_32_mb_for_sorts():
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL role setting")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setconfig FROM pg_db_role_setting WHERE setrole = (SELECT oid FROM pg_roles WHERE "
            "rolname = current_user) AND setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        assert set(cursor.fetchone()[0]) >= {"jit=off", "work_mem=32MB"}
