"""chitieu verify-report FILE: who signed a PDF report, when, whether it is intact and trusted, and whether its
figures still match chitieu's. Exit status 0 when valid and
unchanged, 1 when the file is not valid, 2 when it is but chitieu's figures changed since."""

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from chitieu.documents.signed.services import check_file


class Command(BaseCommand):
    help = "Kiểm tra chữ ký số và số liệu của một báo cáo PDF đã ký."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        if not file.is_file():
            raise CommandError(f"Không tìm thấy tệp {file}.")
        if file.stat().st_size > settings.CHITIEU_UPLOAD_MAX_BYTES:
            raise CommandError(f"Tệp lớn hơn giới hạn {settings.CHITIEU_UPLOAD_MAX_BYTES} byte.")
        check = check_file(file.read_bytes())
        self.stdout.write(check.summary())
        if check.report is not None and check.changes:
            for change in check.changes:
                self.stdout.write(f"- {change}")
        if not check.valid:
            sys.exit(1)
        if check.changes:
            sys.exit(2)
