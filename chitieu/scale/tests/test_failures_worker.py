"""The task worker or the web server killed with SIGKILL during an entry workbook import leaves the database
as it was, and the import can be run again (issue 9).

Each test runs real processes (`manage.py db_worker`, gunicorn) on a file SQLite database of its own."""

import http.cookiejar
import os
import pickle
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[3]
ROWS = 2000  # indicators on the commune's entry page: enough for the save to take a noticeable while

pytestmark = pytest.mark.failure

SETUP = """
import io, sys
from datetime import timedelta
from decimal import Decimal
import django
django.setup()
from django.contrib.auth import get_user_model
from django.utils import timezone
from openpyxl import load_workbook
from chitieu.results.access import reportable_targets
from chitieu.accounts.models import Membership
from chitieu.localities.models import Level, Locality
from chitieu.plans.models import Indicator, Resolution, Target, Term
from chitieu.results import workbook
from chitieu.results.models import ReportingPeriod
from chitieu.results.queries import entry_items

rows, out = int(sys.argv[1]), sys.argv[2]
level = Level.objects.create(slug="commune", name="Xã", rank=1)
commune = Locality.objects.create(name="Yên Ninh", type_name="Xã", level=level)
term = Term.objects.create(name="2020-2025", start_year=2020, end_year=2025)
resolution = Resolution.objects.create(
    locality=commune, term=term, title="Nghị quyết xã Yên Ninh", issued_on=timezone.localdate() - timedelta(400)
)
indicators = Indicator.objects.bulk_create(
    Indicator(code=f"chi-so-{i}", name=f"Chỉ số {i}", unit="đơn vị") for i in range(rows)
)
Target.objects.bulk_create(
    Target(resolution=resolution, order=i + 1, label=f"{i + 1}.", name=f"Chỉ tiêu {i}", indicator=indicator,
           unit="đơn vị", value=Decimal(1000), deadline_year=2030)
    for i, indicator in enumerate(indicators)
)
today = timezone.localdate()
period = ReportingPeriod.objects.create(
    kind="9m", name="Kỳ thử", start=today - timedelta(90), end=today - timedelta(1), deadline=today + timedelta(30)
)
user = get_user_model().objects.create_user("baocao.yn", password="chitieu-test")
Membership.objects.create(user=user, role=Membership.Role.REPORTER, locality=commune)
items = entry_items(reportable_targets(user, commune), period, commune)
assert len(items) == rows, len(items)
book = load_workbook(io.BytesIO(workbook.entry_template(period, commune, items)))
filled = 0
for row in book["Số liệu"].iter_rows(min_row=workbook.HEADER_ROW + 1):
    if row[2].value:
        row[7].value = 900
        filled += 1
assert filled == rows, filled
buffer = io.BytesIO()
book.save(buffer)
open(out, "wb").write(buffer.getvalue())
print(period.pk, commune.pk)
"""

ENQUEUE = """
import sys
import django
django.setup()
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from chitieu.localities.models import Locality
from chitieu.results import imports
from chitieu.results.models import ReportingPeriod

period, commune = ReportingPeriod.objects.get(), Locality.objects.get(name="Yên Ninh")
user = get_user_model().objects.get(username="baocao.yn")
with transaction.atomic():
    job = imports.request_import(user, period, commune, SimpleUploadedFile("so-lieu.xlsx", open(sys.argv[1], "rb").read()))
print(job.pk)
"""


def environment(path: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{path}",
        "DJANGO_SETTINGS_MODULE": "chitieu.settings",
        "CHITIEU_VAR_DIR": str(path.parent / "var"),
        **extra,
    }


def python(path: Path, *args: str, timeout: int = 120) -> str:
    done = subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=environment(path),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def query(path: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(path, timeout=30) as db:
        return db.execute(sql, params).fetchall()


def counts(path: Path) -> dict[str, int]:
    tables = ("results_observation", "results_submission")
    return {table: query(path, f"SELECT COUNT(*) FROM {table}")[0][0] for table in tables}  # noqa: S608


def values(path: Path) -> list[tuple]:
    """(indicator, value, how many rows) for every indicator with values: each must appear exactly once."""
    return query(
        path,
        "SELECT indicator_id, value, COUNT(*) FROM results_observation GROUP BY indicator_id, value ORDER BY 1",
    )


def job_row(path: Path, pk: int) -> tuple[str, int]:
    return query(path, "SELECT status, progress FROM results_importjob WHERE id = ?", pk)[0]


@pytest.fixture
def world(tmp_path) -> tuple[Path, Path, int, int]:
    """A migrated file database with a commune of ROWS targets, its reporter, an open period; the filled workbook."""
    path = tmp_path / "kill.sqlite3"
    python(path, "manage.py", "migrate", "--noinput", "-v0", "--skip-checks", timeout=180)
    book = tmp_path / "so-lieu.xlsx"
    period_pk, commune_pk = map(int, python(path, "-c", SETUP, str(ROWS), str(book)).split())
    return path, book, period_pk, commune_pk


def worker(path: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.1", *args],
        cwd=PROJECT_DIR,
        env=environment(path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def write_locked(path: Path) -> bool:
    """Whether another connection holds SQLite's write lock (the import's BEGIN IMMEDIATE transaction)."""
    db = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        db.close()


def wait_for_the_write(path: Path, processes: list[subprocess.Popen], what: str) -> None:
    """Until the save's transaction is under way: the write lock held at 5 probes in a row, 20 ms apart.

    A growing WAL is no sign here: SQLite writes a transaction this size to the WAL only when it commits."""
    deadline, held = time.monotonic() + 40, 0
    while held < 5:
        for process in processes:
            assert process.poll() is None, f"the {what} ended before it could be killed: make the file bigger"
        assert time.monotonic() < deadline, f"the {what} did not start writing within 40 s"
        held = held + 1 if write_locked(path) else 0
        time.sleep(0.02)


def test_a_worker_killed_during_an_import_leaves_nothing_and_the_import_runs_again(world):
    path, book, _period, _commune = world
    before = counts(path)
    job = int(python(path, "-c", ENQUEUE, str(book)))
    assert job_row(path, job)[0] == "queued"
    process = worker(path)
    try:
        deadline = time.monotonic() + 40
        while job_row(path, job) < ("running", 50) or job_row(path, job)[0] != "running":
            assert process.poll() is None, process.stderr.read().decode()[-3000:]
            assert time.monotonic() < deadline, f"the job is still {job_row(path, job)} after 40 s"
            time.sleep(0.01)
        wait_for_the_write(path, [process], "import")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert job_row(path, job)[0] == "running", "the job finished before the worker was killed"
    assert counts(path) == before
    assert values(path) == []

    again = int(python(path, "-c", ENQUEUE, str(book)))
    rerun = worker(path, "--batch")
    try:
        assert rerun.wait(timeout=60) == 0, rerun.stderr.read().decode()[-3000:]
    finally:
        if rerun.poll() is None:
            os.killpg(rerun.pid, signal.SIGKILL)
    assert job_row(path, again) == ("done", 100)
    found = values(path)
    assert len(found) == ROWS
    assert {(value, n) for _indicator, value, n in found} == {(900, 1)}
    assert counts(path)["results_observation"] == ROWS


# --- the web server ------------------------------------------------------------------------------------------------

SHIM = """
from chitieu.settings import *  # noqa: F403

CHITIEU_IMPORT_INLINE_ROWS = 1_000_000  # every workbook is imported inside the upload's request
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gunicorn(path: Path, shim_dir: Path, port: int) -> subprocess.Popen:
    env = environment(
        path,
        DJANGO_SETTINGS_MODULE="kill_settings",
        PYTHONPATH=os.pathsep.join([str(shim_dir), str(PROJECT_DIR), os.environ.get("PYTHONPATH", "")]),
    )
    process = subprocess.Popen(
        [
            shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn",
            "chitieu.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "1",
            "--timeout",
            "120",
        ],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while True:
        assert process.poll() is None, process.stderr.read().decode()[-3000:]
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=5).close()
            return process
        except OSError:
            assert time.monotonic() < deadline, "gunicorn did not answer within 30 s"
            time.sleep(0.1)


class Session:
    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def csrf(self) -> str:
        return next(c.value for c in self.cookies if c.name == "csrftoken")

    def login(self) -> None:
        page = self.opener.open(f"{self.base}/accounts/login/", timeout=10).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": "baocao.yn", "password": "chitieu-test"}
        ).encode()
        self.opener.open(urllib.request.Request(f"{self.base}/accounts/login/", data), timeout=10).close()
        assert any(c.name == "sessionid" for c in self.cookies), "the login did not succeed"

    def upload_request(self, url: str, content: bytes) -> urllib.request.Request:
        boundary = uuid.uuid4().hex
        body = b"".join(
            [
                f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'.encode(),
                self.csrf().encode(),
                f'\r\n--{boundary}\r\nContent-Disposition: form-data; name="workbook"; '
                f'filename="so-lieu.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode(),
                content,
                f"\r\n--{boundary}--\r\n".encode(),
            ]
        )
        return urllib.request.Request(
            f"{self.base}{url}",
            body,
            {
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Referer": f"{self.base}/",
                # Set here too, for the child process that sends it without this session's cookie jar.
                "Cookie": "; ".join(f"{c.name}={c.value}" for c in self.cookies),
            },
        )


def test_a_server_killed_during_an_upload_leaves_nothing_and_the_upload_runs_again(world, tmp_path):
    if not shutil.which("gunicorn", path=str(Path(sys.executable).parent)) and not shutil.which("gunicorn"):
        pytest.skip("gunicorn is not installed")
    path, book, period, commune = world
    (tmp_path / "kill_settings.py").write_text(SHIM)
    url = f"/entry/{period}/{commune}/upload/"
    before = counts(path)
    server = gunicorn(path, tmp_path, free_port())
    port = int(re.search(r":(\d+)$", server.args[3]).group(1))
    try:
        session = Session(port)
        session.login()
        request = session.upload_request(url, book.read_bytes())
        # The request is sent from a child process, so that this one can watch the database and kill the server.
        client = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys, urllib.request, pickle; r = pickle.loads(sys.stdin.buffer.read()); "
                "urllib.request.urlopen(r, timeout=120)",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

        client.stdin.write(pickle.dumps(request))
        client.stdin.close()
        try:
            wait_for_the_write(path, [server, client], "upload")
        except AssertionError:
            raise AssertionError(client.stderr.read().decode()[-2000:]) from None
    finally:
        os.killpg(server.pid, signal.SIGKILL)  # the master and its worker, which share its session
        server.wait(timeout=10)
    client.wait(timeout=10)
    assert client.returncode != 0, "the upload was answered before the server was killed"
    assert counts(path) == before
    assert values(path) == []

    server = gunicorn(path, tmp_path, port)
    try:
        session = Session(port)
        session.login()
        with session.opener.open(session.upload_request(url, book.read_bytes()), timeout=120) as response:
            assert response.url.endswith(f"/entry/{period}/{commune}/"), response.url
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
    found = values(path)
    assert len(found) == ROWS
    assert {(value, n) for _indicator, value, n in found} == {(900, 1)}
    assert not query(path, "SELECT COUNT(*) FROM results_importjob")[0][0]
