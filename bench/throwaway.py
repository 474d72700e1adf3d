"""A throwaway PostgreSQL database for a benchmark: created, migrated, Django set up on it, dropped at the end."""

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_ARGS = ["-h", "127.0.0.1", "-U", "postgres"]


@contextmanager
def throwaway_postgres(name: str) -> Iterator[None]:
    """Production-like settings (DEBUG off) on a fresh database `name`, whatever a failed earlier run left."""
    subprocess.run(["dropdb", *PG_ARGS, "--if-exists", name], check=True)
    subprocess.run(["createdb", *PG_ARGS, name], check=True)
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"
        os.environ["DEBUG"] = "0"
        os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(32))
        os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        yield
    finally:
        from django.db import connections

        connections.close_all()
        subprocess.run(["dropdb", *PG_ARGS, "--if-exists", name], check=True)
