"""Backup and restore of the whole database: pg_dump/pg_restore, the sqlite3 backup API, or dumpdata/loaddata."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.management import call_command
from django.db import connection


def _pg_env() -> tuple[list[str], dict[str, str]]:
    settings = connection.settings_dict
    args = [
        "-h",
        settings["HOST"] or "127.0.0.1",
        "-p",
        str(settings["PORT"] or 5432),
        "-U",
        settings["USER"] or "postgres",
    ]
    env = {**os.environ}
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    return args, env


def backup(path: Path) -> str:
    """Write the database to `path`; returns the method used."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        target.close()
        return "sqlite3"
    if connection.vendor == "postgresql" and shutil.which("pg_dump"):
        args, env = _pg_env()
        subprocess.run(
            ["pg_dump", *args, "-Fc", "-f", str(path), connection.settings_dict["NAME"]], env=env, check=True
        )
        return "pg_dump"
    with path.open("w", encoding="utf-8") as out:
        call_command("dumpdata", natural_foreign=True, indent=None, stdout=out)
    return "dumpdata"


def restore(path: Path) -> str:
    """Replace the database's contents with the backup at `path` (made by `backup` on the same backend)."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(path) as source:
            source.backup(connection.connection)
        source.close()
        return "sqlite3"
    if connection.vendor == "postgresql" and shutil.which("pg_restore"):
        args, env = _pg_env()
        connection.close()
        subprocess.run(
            ["pg_restore", *args, "--clean", "--if-exists", "--no-owner", "--single-transaction",
             "-d", connection.settings_dict["NAME"], str(path)],
            env=env, check=True,
        )  # fmt: skip
        return "pg_restore"
    call_command("flush", interactive=False, verbosity=0)
    call_command("loaddata", str(path), verbosity=0)
    return "loaddata"


def fingerprint() -> dict[str, tuple[int, str]]:
    """Every table's row count and a checksum of its rows, for comparing two states of the database."""
    result = {}
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            cursor.execute(f"SELECT * FROM {quote(table)}")
            rows = sorted(repr(row) for row in cursor.fetchall())
            result[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return result
