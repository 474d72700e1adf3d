"""Reads on PostgreSQL streaming replicas, writes on the primary, and a writer who reads their own writes.

Configured only when DATABASE_REPLICA_URLS is set (settings.py): the replicas become the database aliases
`replica1`, `replica2`…, `ReplicaRouter` is the router and `ReadYourWritesMiddleware` runs outside the session
middleware. Nothing is kept on a database connection (no SET, no prepared statement, no temporary table), so
every alias may point at PgBouncer in transaction mode.

A request that wrote leaves the position of the primary's write-ahead log after its commit
(`pg_current_wal_lsn()`) in a signed cookie. While a request carries that cookie, it first asks the replica it
was given how far it has replayed (`pg_last_wal_replay_lsn()`): not yet as far, and every read of the request
goes to the primary; caught up, and the cookie is dropped. So a figure saved is on the next page, whichever
replica answers, and a writer costs the replicas one small query per request until they catch up.

Outside a request (commands, the task worker, the shell) reads go to the primary: those write and read back
in one process, with no cookie to carry the position.
"""

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.http import HttpRequest, HttpResponse

COOKIE = "chitieu_lsn"
SALT = "chitieu.core.routers.lsn"
# Longer than any lag worth waiting out: once it expires the writer reads a replica again, caught up or not.
COOKIE_SECONDS = 3600
WRITES = ("INSERT", "UPDATE", "DELETE", "MERGE", "COPY", "TRUNCATE", "CREATE", "ALTER", "DROP")


@dataclass
class RequestRoute:
    """Where one request reads: its replica, or the primary once it wrote or its replica is behind."""

    replica: str
    primary: bool = False
    wrote: bool = False


_route: ContextVar[RequestRoute | None] = ContextVar("chitieu_route", default=None)


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


class ReplicaRouter:
    """Writes, migrations and reads inside a transaction on the primary; a request's other reads on its replica."""

    def db_for_read(self, model, **hints) -> str:
        route = _route.get()
        if route is None or route.primary or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return route.replica

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        return True  # every alias holds the same rows

    def allow_migrate(self, db: str, app_label: str, model_name=None, **hints) -> bool:
        return db == DEFAULT_DB_ALIAS


@contextmanager
def routed(replica: str, *, primary: bool = False) -> Iterator[RequestRoute]:
    """Route this thread's reads as one request's (the middleware; tests)."""
    route = RequestRoute(replica=replica, primary=primary)
    token = _route.set(route)
    try:
        with connections[DEFAULT_DB_ALIAS].execute_wrapper(_watch_writes(route)):
            yield route
    finally:
        _route.reset(token)


def _watch_writes(route: RequestRoute) -> Callable:
    def wrapper(execute, sql, params, many, context):
        if not route.wrote and sql.lstrip().upper().startswith(WRITES):
            # From now on the request reads what it wrote, on the primary.
            route.wrote = route.primary = True
        return execute(sql, params, many, context)

    return wrapper


def stamp(position: str) -> str:
    return signing.dumps(position, salt=SALT)


def read_stamp(value: str | None) -> str | None:
    """The position a signed cookie carries; None when missing, tampered with or expired."""
    if not value:
        return None
    try:
        return signing.loads(value, salt=SALT, max_age=COOKIE_SECONDS)
    except signing.BadSignature:
        return None


def primary_position() -> str:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        return cursor.fetchone()[0]


def replayed(alias: str, position: str) -> bool:
    """Whether the replica has replayed the primary's log up to `position`; an unreachable one has not."""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT coalesce(pg_last_wal_replay_lsn() >= %s::pg_lsn, false)", [position])
            return bool(cursor.fetchone()[0])
    except DatabaseError:
        return False


class ReadYourWritesMiddleware:
    """Give each request a replica, or the primary while the replica lags behind the user's last write."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.replicas = replica_aliases()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        replica = random.choice(self.replicas)
        position = read_stamp(request.COOKIES.get(COOKIE))
        behind = position is not None and not replayed(replica, position)
        with routed(replica, primary=behind) as route:
            response = self.get_response(request)
        if route.wrote:
            response.set_cookie(
                COOKIE,
                stamp(primary_position()),
                max_age=COOKIE_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        elif position is not None and not behind:
            response.delete_cookie(COOKIE, samesite="Lax")
        return response
