"""`generate`: a national-scale illustrative dataset on the official units, for benchmarks and load tests."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.core.numbers import format_number
from chitieu.localities.units import UnknownProvinceError, all_provinces, select_provinces
from chitieu.scale.generator import generate


class Command(BaseCommand):
    help = (
        "Sinh dữ liệu minh họa quy mô toàn quốc trên danh mục đơn vị hành chính chính thức: nghị quyết, "
        "chỉ tiêu, số liệu tháng, quý, năm (ước và chính thức) và đánh giá tiêu chí nông thôn mới. "
        "Mọi bản ghi đều đánh dấu minh họa, nguồn “Dữ liệu sinh tự động”. Chạy lại thay thế dữ liệu đã sinh."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--province", action="append", default=[], metavar="TÊN_HOẶC_MÃ")
        parser.add_argument("--all", action="store_true", help="Cả nước.")
        parser.add_argument("--communes", type=int, default=None, help="Tối đa N xã mỗi tỉnh, mỗi giai đoạn.")
        parser.add_argument("--seed", type=int, default=2025)

    def handle(self, *args: Any, **options: Any) -> None:
        if bool(options["province"]) == options["all"]:
            raise CommandError("Hãy chọn tỉnh bằng --province TÊN (có thể lặp lại) hoặc cả nước bằng --all.")
        try:
            selection = all_provinces() if options["all"] else select_provinces(options["province"])
        except UnknownProvinceError as error:
            raise CommandError(str(error)) from error
        report = generate(selection, seed=options["seed"], communes=options["communes"])
        levels = ", ".join(f"{key} {format_number(count)}" for key, count in sorted(report.by_level.items()))
        self.stdout.write(
            f"Đã sinh dữ liệu minh họa cho {format_number(report.localities)} đơn vị ({levels}): "
            f"{format_number(report.resolutions)} nghị quyết, {format_number(report.targets)} chỉ tiêu, "
            f"{format_number(report.observations)} số liệu, {format_number(report.assessments)} đánh giá tiêu chí "
            f"trong {report.seconds:.1f} giây."
        )
        self.stdout.write(f"BENCH generate={report.seconds:.2f} s; observations={report.observations} rows")
