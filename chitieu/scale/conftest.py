"""Markers of the scale tests: `load` runs gunicorn under load; both run in `make test`, shortened."""

import shutil
import subprocess

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "load: a shortened load test against gunicorn and PostgreSQL (< 60 s)")
    config.addinivalue_line("markers", "failure: kills a process mid-write and checks the database")


def postgres_reachable() -> bool:
    if not shutil.which("createdb"):
        return False
    done = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "select 1", "postgres"],
        capture_output=True,
        timeout=10,
    )
    return done.returncode == 0
