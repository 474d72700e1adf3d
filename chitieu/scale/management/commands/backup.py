"""`backup FILE`: one archive of the site: the database, the evidence and generated files, a manifest with checksums."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chitieu.scale.backup import backup


class Command(BaseCommand):
    help = (
        "Sao lưu toàn bộ: cơ sở dữ liệu (PostgreSQL: pg_dump; SQLite: sao lưu trực tuyến), tệp minh chứng và tệp "
        "đã tạo, vào một tệp .tar.gz có danh mục và mã kiểm tra."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        method = backup(options["file"])
        self.stdout.write(f"Đã sao lưu vào {options['file']} ({method}).")
