"""`chitieu show-resolution LOCALITY`: a resolution's targets by group with their latest values."""

from django.core.management.base import BaseCommand, CommandParser

from chitieu.evaluation.lookup import locality_named, resolution_of
from chitieu.evaluation.queries import evaluate_resolution
from chitieu.evaluation.text import latest_values_table, resolution_heading


class Command(BaseCommand):
    help = "In các chỉ tiêu của nghị quyết theo nhóm, kèm số liệu mới nhất / Print a resolution's targets."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("locality", help="Tên hoặc mã đơn vị, ví dụ “Phong Thổ”.")
        parser.add_argument("--year", type=int, help="Nghị quyết năm này thay cho nghị quyết đại hội.")

    def handle(self, *args: object, **options: object) -> None:
        locality = locality_named(str(options["locality"]), self.stderr.write, year=options["year"])  # type: ignore[arg-type]
        resolution = resolution_of(locality, year=options["year"])  # type: ignore[arg-type]
        result = evaluate_resolution(resolution)
        for line in [*resolution_heading(result)[:2], *latest_values_table(result)]:
            self.stdout.write(line)
