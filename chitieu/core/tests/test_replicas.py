"""A real primary and streaming replica, started here: a figure written through the API is read back at once.

The clusters are made with `initdb` and `pg_basebackup` in a temporary directory, on two spare loopback ports,
as the `postgres` operating-system user when the tests run as root (PostgreSQL refuses to run as root). The
site runs in a child process with DATABASE_URL on the primary and DATABASE_REPLICA_URLS on the replica. The
replica's replay is paused after the setup, so that only read-your-writes can show the writer their figure; a
caller without the cookie reads the replica and does not see it until replay resumes. Skipped without the
binaries. Both clusters are stopped and removed at the end.
"""

import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
TOOLS = ["initdb", "pg_ctl", "pg_basebackup", "psql"]


def _as_postgres() -> list[str] | None:
    """The prefix that runs a server command as `postgres`; None when that is not possible here."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    return ["runuser", "-u", "postgres", "--"] if shutil.which("runuser") else None


PREFIX = _as_postgres()
pytestmark = pytest.mark.skipif(
    PREFIX is None or not all((BIN / tool).exists() for tool in TOOLS),
    reason=f"needs PostgreSQL's server binaries in {BIN} and a postgres user",
)


def spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(*command: str, timeout: int = 60) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(command)}: {done.stdout}{done.stderr}"
    return done.stdout


def server(tool: str, *args: str, timeout: int = 60) -> str:
    return run(*PREFIX, str(BIN / tool), *args, timeout=timeout)


@pytest.fixture
def clusters() -> Iterator[tuple[int, int]]:
    """(primary port, replica port), both running, with a database `chitieu` on the primary."""
    root = Path(tempfile.mkdtemp(prefix="chitieu-replica-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    primary, replica = root / "primary", root / "replica"
    ports = spare_port(), spare_port()
    started: list[Path] = []
    try:
        server("initdb", "-D", str(primary), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        settings_file = [
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{root}'",
            "fsync = off",
            "shared_buffers = 32MB",
            "max_wal_senders = 4",
        ]
        append(primary / "postgresql.conf", [*settings_file, f"port = {ports[0]}"])
        append(primary / "pg_hba.conf", ["host replication postgres 127.0.0.1/32 trust"])
        server("pg_ctl", "-D", str(primary), "-l", str(root / "primary.log"), "-w", "-t", "30", "start")
        started.append(primary)
        server(
            "pg_basebackup", "-h", "127.0.0.1", "-p", str(ports[0]), "-U", "postgres", "-D", str(replica),
            "-R", "-X", "stream", "--no-sync",
        )  # fmt: skip
        append(replica / "postgresql.conf", [f"port = {ports[1]}"])
        server("pg_ctl", "-D", str(replica), "-l", str(root / "replica.log"), "-w", "-t", "30", "start")
        started.append(replica)
        run(
            str(BIN / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(ports[0]),
            "-U",
            "postgres",
            "-c",
            "CREATE DATABASE chitieu",
        )
        yield ports
    finally:
        for data in reversed(started):
            subprocess.run([*PREFIX, str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def append(path: Path, lines: list[str]) -> None:
    with path.open("a") as file:
        file.write("\n" + "\n".join(lines) + "\n")


# Runs in the child process, with the replica configured: every step prints what it saw.
SCRIPT = r"""
import json, time
import django
django.setup()
from django.db import connections
from django.test import Client
from django.contrib.auth import get_user_model
from chitieu.accounts.models import Membership
from chitieu.api.services import create_token
from chitieu.core import routers
from chitieu.localities.models import Level, Locality
from chitieu.plans.models import Indicator
from chitieu.results.models import ReportingPeriod
from datetime import date, timedelta

def wait_for_replica():
    position = routers.primary_position()
    deadline = time.monotonic() + 20
    while not routers.replayed("replica1", position):
        assert time.monotonic() < deadline, "the replica did not catch up within 20 s"
        time.sleep(0.05)

province = Locality.objects.create(
    name="Thái Nguyên", type_name="Tỉnh", code="19", scheme="2025",
    level=Level.objects.create(slug="province", name="Tỉnh", rank=1),
)
ReportingPeriod.objects.create(name="Năm 2024", start=date(2024, 1, 1), end=date(2024, 12, 31),
                               deadline=date.today() + timedelta(days=30))
Indicator.objects.create(code="thu-ngan-sach", name="Thu ngân sách nhà nước trên địa bàn", unit="tỷ đồng")
user = get_user_model().objects.create_user("vanphong.thainguyen")
Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=province)
_token, secret = create_token(user, "sao chép")
auth = {"Authorization": f"Bearer {secret}"}
query = "/api/v1/observations?indicator=thu-ngan-sach"
writer, other = Client(headers=auth), Client(headers=auth)
seen = {"before": other.get(query).json()["count"]}  # the token's first use is written now, not later
wait_for_replica()
with connections["replica1"].cursor() as cursor:
    cursor.execute("SELECT pg_wal_replay_pause()")
item = {"indicator": "thu-ngan-sach", "locality_code": "19", "period_start": "2024-01-01",
        "period_end": "2024-12-31", "period_kind": "year", "kind": "official", "value": "21345.6"}
response = writer.post("/api/v1/observations/bulk", json.dumps({"items": [item]}), content_type="application/json")
seen["write"] = response.status_code
seen["write_body"] = response.content.decode()[:500]
seen["stamped"] = routers.COOKIE in writer.cookies
seen["writer"] = [row["value"] for row in writer.get(query).json()["items"]]
seen["other"] = other.get(query).json()["count"]
with connections["replica1"].cursor() as cursor:
    cursor.execute("SELECT pg_wal_replay_resume()")
wait_for_replica()
seen["other_later"] = other.get(query).json()["count"]
seen["writer_later"] = [row["value"] for row in writer.get(query).json()["items"]]
seen["stamp_dropped"] = not getattr(writer.cookies.get(routers.COOKIE), "value", "")
print(json.dumps(seen))
"""


def test_a_figure_written_on_the_primary_is_read_back_by_its_writer_while_the_replica_lags(clusters):
    primary, replica = clusters
    with tempfile.TemporaryDirectory() as var:
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{primary}/chitieu",
            "DATABASE_REPLICA_URLS": f"postgres://postgres@127.0.0.1:{replica}/chitieu",
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(32),
            "ALLOWED_HOSTS": "testserver",
            "CHITIEU_VAR_DIR": var,
            "DJANGO_SETTINGS_MODULE": "chitieu.settings",
        }
        project = Path(settings.BASE_DIR).parent
        migrate = subprocess.run([sys.executable, "manage.py", "migrate", "-v0"],
                                 cwd=project, env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
        assert migrate.returncode == 0, migrate.stderr
        done = subprocess.run([sys.executable, "-c", SCRIPT],
                              cwd=project, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["before"] == 0 and seen["write"] == 200 and seen["stamped"], seen["write_body"]
    assert seen["writer"] == ["21345.6"]  # read on the primary: the replica has not replayed the write
    assert seen["other"] == 0  # a caller without the writer's cookie reads the paused replica
    assert seen["other_later"] == 1 and seen["writer_later"] == ["21345.6"] and seen["stamp_dropped"]
