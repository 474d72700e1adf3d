"""The database a restore keeps beside the SQLite test database is removed after each test."""

from pathlib import Path

import pytest
from django.db import connection


@pytest.fixture(autouse=True)
def no_kept_database():
    yield
    if connection.vendor == "sqlite":
        Path(connection.settings_dict["NAME"]).with_suffix(".before-restore.sqlite3").unlink(missing_ok=True)
