"""`restore FILE`: replace the database's contents with a backup made by `backup`."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.scale.backup import restore


class Command(BaseCommand):
    help = "Khôi phục toàn bộ cơ sở dữ liệu từ tệp sao lưu (ghi đè dữ liệu hiện có)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["file"].exists():
            raise CommandError(f"Không tìm thấy tệp {options['file']}.")
        method = restore(options["file"])
        self.stdout.write(f"Đã khôi phục từ {options['file']} ({method}).")
