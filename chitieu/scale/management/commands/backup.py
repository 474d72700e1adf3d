"""`backup FILE`: copy the whole database to a file (pg_dump on PostgreSQL, the sqlite3 backup API on SQLite)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chitieu.scale.backup import backup


class Command(BaseCommand):
    help = "Sao lưu toàn bộ cơ sở dữ liệu ra một tệp (PostgreSQL: pg_dump; SQLite: sao lưu trực tuyến)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        method = backup(options["file"])
        self.stdout.write(f"Đã sao lưu vào {options['file']} ({method}).")
