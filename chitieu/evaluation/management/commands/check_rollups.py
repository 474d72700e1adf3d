"""`chitieu check-rollups [LOCALITY …]`: the roll-up table against the reference reading; non-zero on any difference."""

import sys
import time

from django.core.management.base import BaseCommand, CommandParser

from chitieu.evaluation.lookup import locality_named
from chitieu.evaluation.rollup_check import differences
from chitieu.localities.models import Locality


class Command(BaseCommand):
    help = (
        "So bảng số liệu tổng hợp với cách tính lại từ số liệu gốc (SeriesReader); in các chỗ khác nhau "
        "và kết thúc với mã lỗi nếu có / Compare the roll-up table with the reference reading."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "locality", nargs="*", help="Tên hoặc mã đơn vị gốc; mặc định: mọi đơn vị cấp cao nhất."
        )
        parser.add_argument(
            "--id", type=int, action="append", default=[], help="Số định danh (id) của đơn vị gốc."
        )

    def handle(self, *args: object, **options: object) -> None:
        started = time.perf_counter()
        names = options["locality"] or []
        roots = [locality_named(str(name), self.stderr.write) for name in names] + list(
            Locality.objects.filter(pk__in=options["id"])  # type: ignore[misc]
        )
        roots = roots or list(Locality.objects.filter(parent__isnull=True))
        found = 0
        for root in roots:
            for difference in differences(root):
                found += 1
                self.stdout.write(str(difference))
        self.stdout.write(
            f"{found} chỗ khác nhau trên {len(roots)} đơn vị gốc trong {time.perf_counter() - started:.1f} giây."
        )
        if found:
            sys.exit(1)
