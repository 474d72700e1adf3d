"""`chitieu rebuild-rollups`: recompute the whole roll-up table from the observations (recovery)."""

import time

from django.core.management.base import BaseCommand

from chitieu.results.rollups import rebuild


class Command(BaseCommand):
    help = (
        "Tính lại toàn bộ bảng số liệu tổng hợp từ số liệu gốc (khi khôi phục, sau khi sửa cây đơn vị hay "
        "quy tắc tổng hợp) / Recompute the whole roll-up table."
    )

    def handle(self, *args: object, **options: object) -> None:
        started = time.perf_counter()
        rows = rebuild()
        seconds = time.perf_counter() - started
        self.stdout.write(f"Đã tính lại {rows} dòng tổng hợp trong {seconds:.1f} giây.")
        self.stdout.write(f"BENCH rebuild_rollups={seconds:.2f} s; rows={rows}")
