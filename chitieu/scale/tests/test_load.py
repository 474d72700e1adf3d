"""A shortened mixed load test: 6 readers and 2 writers for 15 seconds against gunicorn on PostgreSQL, no errors,
every saved figure on the writer's next page view (full: scripts/load-test)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chitieu.scale.conftest import postgres_reachable

PROJECT_DIR = Path(__file__).resolve().parents[3]


@pytest.mark.load
def test_readers_and_writers_for_fifteen_seconds_get_no_errors():
    if not postgres_reachable():
        pytest.skip("PostgreSQL on 127.0.0.1 is not reachable")
    done = subprocess.run(
        [sys.executable, "bench/load.py", "--readers", "6", "--writers", "2", "--duration", "15", "--communes", "3",
         "--workers", "3"],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=200,
    )  # fmt: skip
    lines = done.stdout.strip().splitlines()
    assert lines and lines[-1].startswith("{"), done.stdout + done.stderr[-2000:]
    figures = json.loads(lines[-1])
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert figures["errors"] == 0 and figures["requests"] > 0
    assert figures["saves_api"] + figures["saves_entry"] == figures["saves_checked"] > 0
