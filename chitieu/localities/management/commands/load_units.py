"""`load-units`: load the official administrative units of both eras and their 2025 lineage."""

from decimal import Decimal
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.core.numbers import format_number
from chitieu.localities.services import LoadReport, load_units
from chitieu.localities.units import CURRENT, LEGACY, UnknownProvinceError, all_provinces, select_provinces

_ERAS = {LEGACY: "Trước 1/7/2025", CURRENT: "Từ 1/7/2025"}
_LEVELS = {"province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"}


class Command(BaseCommand):
    help = (
        "Nạp danh mục đơn vị hành chính chính thức (63 tỉnh trước và 34 tỉnh từ 1/7/2025, kèm mã) "
        "và quan hệ sáp nhập, chia tách giữa hai danh mục. Chạy lại chỉ cập nhật, không tạo trùng."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--province",
            action="append",
            default=[],
            metavar="TÊN_HOẶC_MÃ",
            help="Tỉnh cần nạp: tên (có hoặc không dấu), mã cũ hoặc mới, hoặc “demo”. Dùng được nhiều lần.",
        )
        parser.add_argument("--all", action="store_true", help="Nạp cả nước.")
        parser.add_argument(
            "--era",
            choices=["legacy", "current", "both"],
            default="both",
            help="legacy: danh mục trước 1/7/2025; current: từ 1/7/2025; both (mặc định): cả hai.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if bool(options["province"]) == options["all"]:
            raise CommandError(
                "Hãy chọn tỉnh bằng --province TÊN (có thể lặp lại) hoặc nạp cả nước bằng --all."
            )
        try:
            selection = all_provinces() if options["all"] else select_provinces(options["province"])
        except UnknownProvinceError as error:
            raise CommandError(str(error)) from error
        report = load_units(selection, era=options["era"])
        self.stdout.write(describe(report))


def describe(report: LoadReport) -> str:
    seconds = format_number(Decimal(str(round(report.seconds, 1))), places=1)
    lines = [
        f"Đã nạp {format_number(report.total_units)} đơn vị hành chính "
        f"(thêm mới {format_number(report.created)}, cập nhật {format_number(report.updated)}) "
        f"và {format_number(report.links)} liên kết sáp nhập, chia tách "
        f"(thêm mới {format_number(report.links_created)}, cập nhật {format_number(report.links_updated)}) "
        f"trong {seconds} giây."
    ]
    for scheme, era in _ERAS.items():
        counts = [
            f"{format_number(report.units[scheme, level])} {label}"
            for level, label in _LEVELS.items()
            if report.units[scheme, level]
        ]
        if counts:
            lines.append(f"  {era}: {', '.join(counts)}.")
    return "\n".join(lines)
