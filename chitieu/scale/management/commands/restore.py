"""`restore FILE`: put back the database and the files of an archive made by `backup`, after checking it whole."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.scale.backup import BackupRefused, restore


class Command(BaseCommand):
    help = (
        "Khôi phục từ tệp sao lưu của `chitieu backup` (ghi đè dữ liệu hiện có); tệp được kiểm tra toàn bộ "
        "trước khi thay đổi bất cứ gì."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["file"]
        if not path.exists():
            raise CommandError(f"Không tìm thấy tệp {path}.")
        try:
            restored = restore(path)
        except BackupRefused as refused:
            raise CommandError(str(refused)) from refused
        kept = f" Cơ sở dữ liệu trước đó được giữ ở {restored.kept}." if restored.kept else ""
        self.stdout.write(f"Đã khôi phục từ {path} ({restored.method}, {restored.files} tệp).{kept}")
