"""`chitieu evaluate LOCALITY`: the evaluation table and summary of a locality's resolution, in Vietnamese."""

from decimal import Decimal

from django.core.management.base import BaseCommand, CommandParser

from chitieu.evaluation.engine.definitions import Review
from chitieu.evaluation.lookup import locality_named, parse_day, resolution_of
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.text import evaluation_table, resolution_heading, summary_lines


class Command(BaseCommand):
    help = "Đánh giá các chỉ tiêu nghị quyết của một đơn vị / Evaluate a locality's resolution targets."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("locality", help="Tên hoặc mã đơn vị, ví dụ “Phú Lương”.")
        parser.add_argument("--as-of", help="Chỉ dùng số liệu đã biết đến ngày này (ngày/tháng/năm).")
        parser.add_argument("--review", choices=[r.value for r in Review], default=Review.END_OF_TERM.value)
        parser.add_argument(
            "--year", type=int, help="Đánh giá nghị quyết năm này thay cho nghị quyết đại hội."
        )
        parser.add_argument(
            "--near-band", type=Decimal, help="Xếp loại “đạt trên X%%” cho chỉ tiêu chưa đạt."
        )
        parser.add_argument("--forecast", action="store_true", help="Tính dự báo đến cuối nhiệm kỳ.")

    def handle(self, *args: object, **options: object) -> None:
        locality = locality_named(str(options["locality"]))
        resolution = resolution_of(locality, year=options["year"])  # type: ignore[arg-type]
        config = review_config(
            resolution,
            as_of=parse_day(str(options["as_of"])) if options["as_of"] else None,
            review=Review(options["review"]),
            near_band_pct=options["near_band"],  # type: ignore[arg-type]
            forecast=bool(options["forecast"]),
        )
        result = evaluate_resolution(resolution, config)
        for line in [*resolution_heading(result), "", *evaluation_table(result), "", *summary_lines(result)]:
            self.stdout.write(line)
