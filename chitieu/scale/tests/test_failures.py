"""A bulk write killed with SIGKILL midway leaves the database as it was, and running it again succeeds."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chitieu.scale.conftest import postgres_reachable

PROJECT_DIR = Path(__file__).resolve().parents[3]
PG = ["-h", "127.0.0.1", "-U", "postgres"]
TABLES = (
    "plans_resolution",
    "plans_target",
    "results_observation",
    "criteria_assessment",
    "localities_locality",
)
JOB = ["generate", "--skip-checks", "--province", "Thái Nguyên", "--communes", "60"]

pytestmark = pytest.mark.failure


def manage(url: str, *args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "chitieu.settings"}
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def counts(url: str) -> dict[str, int]:
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in TABLES}
    name = url.rsplit("/", 1)[1]
    query = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM {t}" for t in TABLES)
    out = subprocess.run(
        ["psql", *PG, "-tA", "-F", " ", "-c", query, name], capture_output=True, text=True, check=True
    )
    return {table: int(n) for table, n in (line.split() for line in out.stdout.split("\n") if line)}


def writing(url: str, statement: str) -> bool:
    """Whether the job is inside its transaction with rows written: SQLite's WAL has grown, or PostgreSQL runs it."""
    if url.startswith("sqlite"):
        wal = Path(url.removeprefix("sqlite:///") + "-wal")
        return wal.exists() and wal.stat().st_size > 256 * 1024
    query = (
        f"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '{url.rsplit('/', 1)[1]}' "
        # Between two batches the job sits idle in its transaction, its last statement still shown: counting
        # that too gives the poll the whole load to catch it in, not only the instants a batch runs.
        f"AND state IN ('active', 'idle in transaction') AND query LIKE '{statement}%'"
    )
    out = subprocess.run(["psql", *PG, "-tAc", query, "postgres"], capture_output=True, text=True, check=True)
    return out.stdout.strip() not in ("", "0")


def kill_midway(url: str, args: list[str], statement: str) -> None:
    """Start the job, wait until it is writing, kill -9 it, and make sure it had not finished."""
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # so that a growing WAL means the job's own writes
    job = manage(url, *args)
    deadline = time.monotonic() + 60
    while not writing(url, statement):
        assert job.poll() is None, "the job ended before it could be killed: make it bigger"
        assert time.monotonic() < deadline, "the job did not start writing within 60 s"
        time.sleep(0.02)
    job.send_signal(signal.SIGKILL)
    job.wait(timeout=10)
    assert job.returncode == -signal.SIGKILL


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kill.sqlite3'}"
        return
    if not postgres_reachable():
        pytest.skip("PostgreSQL on 127.0.0.1 is not reachable")
    name = f"chitieu_kill_{os.getpid()}"
    subprocess.run(["createdb", *PG, name], check=True)
    yield f"postgres://postgres@127.0.0.1:5432/{name}"
    subprocess.run(["dropdb", *PG, "--if-exists", "--force", name], check=True)


def test_a_generator_killed_midway_leaves_nothing_and_runs_again(database_url):
    assert manage(database_url, "migrate", "--noinput", "-v0", "--skip-checks").wait(timeout=120) == 0
    assert (
        manage(database_url, "load_units", "--skip-checks", "--province", "Thái Nguyên").wait(timeout=120)
        == 0
    )
    before = counts(database_url)
    kill_midway(database_url, JOB, 'COPY "results_observation"')
    assert counts(database_url) == before
    again = manage(database_url, *JOB)
    assert again.wait(timeout=120) == 0, again.stderr.read()
    after = counts(database_url)
    assert after["results_observation"] > 0
    assert after["localities_locality"] == before["localities_locality"]


def test_a_unit_load_killed_midway_leaves_nothing_and_runs_again(database_url):
    assert manage(database_url, "migrate", "--noinput", "-v0", "--skip-checks").wait(timeout=120) == 0
    before = counts(database_url)
    kill_midway(database_url, ["load_units", "--skip-checks", "--all"], 'INSERT INTO "localities_locality"')
    assert counts(database_url) == before
    assert manage(database_url, "load_units", "--skip-checks", "--all").wait(timeout=180) == 0
    assert counts(database_url)["localities_locality"] > 10_000
