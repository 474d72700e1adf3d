"""A dropped database connection never answers 500: a page read is retried on a new connection, anything else
answers the Vietnamese "try again" page with 503; the task worker waits for the database and goes on (issue 18)."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import OperationalError, close_old_connections, connection
from django.http import HttpResponse
from django.tasks import task
from django.urls import path, reverse
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from chitieu.core.management.commands import db_worker

PROJECT_DIR = Path(__file__).resolve().parents[3]
calls: list[str] = []


def flaky(request):
    """Fails like a dropped connection on its first call."""
    calls.append(request.method)
    if len(calls) == 1:
        raise OperationalError("server closed the connection unexpectedly")
    return HttpResponse("trang đã đọc lại")


def broken(request):
    calls.append(request.method)
    raise OperationalError("server closed the connection unexpectedly")


class BrokenBeforeTheView:
    """A middleware meeting the outage (as the session middleware does when it reads the session)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/before/":
            raise OperationalError("terminating connection due to administrator command")
        return self.get_response(request)


urlpatterns = [path("flaky/", flaky), path("broken/", broken), path("before/", flaky)]
handler500 = "chitieu.core.outage.server_error"


@pytest.fixture
def outage_urls(settings, client):
    calls.clear()
    settings.ROOT_URLCONF = __name__
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "chitieu.core.tests.test_outage.BrokenBeforeTheView"]
    client.raise_request_exception = False
    return client


def test_a_page_read_is_retried_once_on_a_new_connection(outage_urls, db):
    response = outage_urls.get("/flaky/")
    assert response.status_code == 200 and response.content.decode() == "trang đã đọc lại"
    assert calls == ["GET", "GET"]


def test_a_write_is_not_run_twice_and_answers_try_again(outage_urls, db):
    response = outage_urls.post("/flaky/")
    assert response.status_code == 503
    assert "thử lại" in response.content.decode()
    assert response["Retry-After"] == "5"
    assert calls == ["POST"]


def test_a_second_failure_answers_try_again(outage_urls, db):
    response = outage_urls.get("/broken/")
    assert response.status_code == 503 and "Hệ thống đang bận" in response.content.decode()
    assert calls == ["GET", "GET"]


def test_an_outage_met_by_a_middleware_answers_try_again(outage_urls, db):
    response = outage_urls.get("/before/")
    assert response.status_code == 503 and "thử lại" in response.content.decode()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own settings")
def test_sqlite_lets_readers_read_while_one_writes_and_waits_for_a_lock(db):
    with connection.cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] == 20_000


@task
def note_the_worker_ran(word: str) -> str:
    return f"đã chạy: {word}"


@task
def import_cut_off_once(marker: str) -> str:
    """A long job whose connection the database drops the first time it runs."""
    if not Path(marker).exists():
        Path(marker).write_text("lần đầu")
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")
    return "xong"


def test_the_worker_waits_for_the_database_and_puts_the_cut_off_job_back(monkeypatch, db):
    """Their worker raises out of its loop on a dropped connection; ours sleeps, requeues and runs again."""
    result = note_the_worker_ran.enqueue("một")
    DBTaskResult.objects.filter(pk=result.id).update(status=TaskResultStatus.RUNNING)
    runs, sleeps = [], []

    def run(self):
        runs.append(1)
        if len(runs) == 1:
            self.current = result.id
            raise OperationalError("the database system is starting up")

    monkeypatch.setattr(db_worker.db_worker.Worker, "run", run)
    monkeypatch.setattr(db_worker.time, "sleep", sleeps.append)
    monkeypatch.setattr(db_worker.connections, "close_all", lambda: None)  # the test's own transaction stays
    worker = db_worker.Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="kiem-thu",
        excluded_queue_names=[],
    )
    worker.run()
    assert len(runs) == 2 and sleeps == [db_worker.FIRST_WAIT]
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY


postgres_only = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").split(":")[0] not in ("postgres", "postgresql"),
    reason="drops PostgreSQL connections; SQLite has none to drop",
)


def control():
    """A connection of its own to the server, outside Django's, to drop the others."""
    import psycopg

    settings = connection.settings_dict
    return psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        user=settings["USER"] or "postgres",
        password=settings["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


def drop_connections(database: str, keep: int | None = None) -> int:
    with control() as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> %s",
            [database, keep or 0],
        ).fetchall()
    return len(rows)


@postgres_only
def test_browsing_through_dropped_connections_never_answers_500(
    transactional_db, client, approver, world, settings
):
    """As gunicorn keeps connections (CONN_MAX_AGE) and PostgreSQL drops them: between two requests, and in the
    middle of one (the third query of each page is preceded by pg_terminate_backend of its own connection)."""
    connection.settings_dict["CONN_MAX_AGE"] = 60
    connection.close()  # the next connection is kept for 60 s, as gunicorn's are
    client.raise_request_exception = False
    client.force_login(approver)
    pages = [
        reverse("reports:home"),
        reverse("reports:dashboard", args=[world.phu_luong_resolution.pk]),
        reverse("reports:locality", args=[world.phu_luong.pk]),
        reverse("results:approvals"),
    ]
    statuses = []
    for page in pages:
        drop_connections(connection.settings_dict["NAME"])  # between requests: the health check replaces it
        close_old_connections()  # what the server does when a request starts; Django's test client does not
        statuses.append(client.get(page).status_code)
    assert statuses == [200] * len(pages)
    counter = {"queries": 0, "at": 3}

    def drop_mine(execute, sql, params, many, context):
        counter["queries"] += 1
        if counter["queries"] == counter["at"]:
            pid = context["connection"].connection.info.backend_pid
            with control() as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        return execute(sql, params, many, context)

    # In the middle of a request: a page read by the view is read again; met by a middleware (the session),
    # the outage answers "try again".
    for index, page in enumerate(pages):
        counter["queries"], counter["at"] = 0, 1 if index % 2 else 3  # the session's query, or the view's
        close_old_connections()
        with connection.execute_wrapper(drop_mine):
            response = client.get(page)
        statuses.append(response.status_code)
        if response.status_code == 503:
            assert "thử lại" in response.content.decode()
    close_old_connections()
    with connection.execute_wrapper(drop_mine):
        counter["queries"], counter["at"] = 0, 3
        statuses.append(client.post(reverse("reports:home")).status_code)
    assert 500 not in statuses and set(statuses) <= {200, 302, 405, 503}, statuses
    assert 200 in statuses[len(pages) :], statuses  # at least one page was read again on a new connection


@postgres_only
def test_the_worker_survives_the_database_going_away_and_runs_the_next_job(transactional_db, tmp_path):
    database = connection.settings_dict["NAME"]
    worker = start_worker(tmp_path)
    try:
        time.sleep(2)
        with control() as admin:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
            try:
                drop_connections(
                    database, keep=connection.connection.info.backend_pid if connection.connection else None
                )
                time.sleep(3)  # the worker fails to connect, waits, tries again
                assert worker.poll() is None, (tmp_path / "worker.log").read_text()
            finally:
                admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
        connection.close()
        result = note_the_worker_ran.enqueue("sau khi khởi động lại")
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            status = DBTaskResult.objects.get(pk=result.id).status
            if status == TaskResultStatus.SUCCESSFUL:
                break
            time.sleep(0.3)
        assert status == TaskResultStatus.SUCCESSFUL, (tmp_path / "worker.log").read_text()
        assert worker.poll() is None
        assert "Mất kết nối cơ sở dữ liệu" in (tmp_path / "worker.log").read_text()
    finally:
        worker.terminate()
        worker.wait(10)


def start_worker(tmp_path):
    settings = connection.settings_dict
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    url = f"postgres://{settings['USER'] or 'postgres'}@{host}:{port}/{settings['NAME']}"
    log = (tmp_path / "worker.log").open("w")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "django",
            "db_worker",
            "--interval",
            "0.2",
            "--no-startup-delay",
            "--no-reload",
        ],
        env={**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "chitieu.settings"},
        cwd=PROJECT_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


@postgres_only
def test_a_job_cut_off_by_a_dropped_connection_is_run_again_to_the_end(transactional_db, tmp_path):
    worker = start_worker(tmp_path)
    try:
        result = import_cut_off_once.enqueue(str(tmp_path / "marker"))
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            status = DBTaskResult.objects.get(pk=result.id).status
            if status in (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED):
                break
            time.sleep(0.3)
        log = (tmp_path / "worker.log").read_text()
        assert status == TaskResultStatus.SUCCESSFUL, log
        assert (tmp_path / "marker").exists() and "đưa lại vào hàng đợi" in log
        assert worker.poll() is None
    finally:
        worker.terminate()
        worker.wait(10)
