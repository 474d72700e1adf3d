"""A shortened load test: 10 users for 15 seconds against gunicorn on PostgreSQL, no errors (full: scripts/load-test)."""

import subprocess
import sys
from pathlib import Path

import pytest

from chitieu.scale.conftest import postgres_reachable

PROJECT_DIR = Path(__file__).resolve().parents[3]


@pytest.mark.load
def test_ten_users_for_fifteen_seconds_get_no_errors():
    if not postgres_reachable():
        pytest.skip("PostgreSQL on 127.0.0.1 is not reachable")
    done = subprocess.run(
        [sys.executable, "bench/load.py", "--users", "10", "--duration", "15", "--communes", "3", "--workers", "3"],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=170,
    )  # fmt: skip
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:]
    assert last.startswith("BENCH load_throughput="), last
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert "load_errors=0 errors" in last
