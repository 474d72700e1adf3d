"""`bench`: run every benchmark under bench/ and print one table (bench/run.py)."""

import subprocess
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Chạy mọi phép đo hiệu năng trong bench/, in một bảng và lưu vào bench/results/."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quick", action="store_true", help="Cỡ nhỏ, cho CI (dưới 3 phút).")
        parser.add_argument("--only", action="append", default=[], metavar="SCRIPT")

    def handle(self, *args: Any, **options: Any) -> None:
        script = settings.PROJECT_DIR / "bench" / "run.py"
        command = [sys.executable, str(script)]
        if options["quick"]:
            command.append("--quick")
        for name in options["only"]:
            command += ["--only", name]
        if subprocess.run(command, cwd=settings.PROJECT_DIR).returncode:
            raise CommandError("Có phép đo thất bại: xem bảng ở trên.")
