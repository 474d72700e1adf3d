"""`chitieu evaluate LOCALITY`: the evaluation table and summary of a locality's resolution, in Vietnamese."""

from datetime import date
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandParser
from django.utils import translation

from chitieu.evaluation.engine.definitions import Review
from chitieu.evaluation.lookup import locality_named, parse_day, resolution_of
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.text import evaluation_table, resolution_heading, summary_lines


class Command(BaseCommand):
    help = "Đánh giá các chỉ tiêu nghị quyết của một đơn vị / Evaluate a locality's resolution targets."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("locality", help="Tên hoặc mã đơn vị, ví dụ “Phú Lương”.")
        parser.add_argument(
            "--until",
            help="Số liệu tính đến ngày này: các kỳ kết thúc đến ngày này, với số liệu mới nhất đã biết.",
        )
        parser.add_argument(
            "--known-on",
            help="Chỉ dùng số liệu đã biết đến ngày này, để lập lại một báo cáo cũ (ngày/tháng/năm).",
        )
        parser.add_argument(
            "--as-of", help="Một báo cáo cũ như đã lập ngày đó: vừa --until vừa --known-on ngày này."
        )
        parser.add_argument(
            "--review",
            choices=[r.value for r in Review],
            help="Bỏ trống: kỳ hợp với ngày đánh giá (cuối nhiệm kỳ khi nhiệm kỳ đã hết, giữa nhiệm kỳ khi chưa hết).",
        )
        parser.add_argument(
            "--year", type=int, help="Đánh giá nghị quyết năm này thay cho nghị quyết đại hội."
        )
        parser.add_argument(
            "--term", help="Nhiệm kỳ của nghị quyết, ví dụ 2020-2025; bỏ trống: nhiệm kỳ mới nhất."
        )
        parser.add_argument(
            "--near-band", type=Decimal, help="Xếp loại “đạt trên X%%” cho chỉ tiêu chưa đạt."
        )
        parser.add_argument("--forecast", action="store_true", help="Tính dự báo đến cuối nhiệm kỳ.")

    @translation.override("vi")  # the terminal speaks Vietnamese, whatever LANGUAGE_CODE the server runs with
    def handle(self, *args: object, **options: object) -> None:
        locality = locality_named(
            str(options["locality"]),
            self.stderr.write,
            term=options["term"],
            year=options["year"],  # type: ignore[arg-type]
        )
        resolution = resolution_of(locality, year=options["year"], term=options["term"])  # type: ignore[arg-type]
        both = _day(options["as_of"])
        config = review_config(
            resolution,
            until=_day(options["until"]) or both,
            as_of=_day(options["known_on"]) or both,
            review=Review(options["review"]) if options["review"] else None,
            near_band_pct=options["near_band"],  # type: ignore[arg-type]
            forecast=bool(options["forecast"]),
        )
        result = evaluate_resolution(resolution, config)
        for line in [*resolution_heading(result), "", *evaluation_table(result), "", *summary_lines(result)]:
            self.stdout.write(line)
        if result.baselines:
            merged = resolution.locality.predecessor_links.count()
            where = f"; đơn vị hình thành từ {merged} đơn vị cũ" if merged else ""
            self.stdout.write(f"\nGiá trị gốc của các chỉ tiêu nghị quyết không ghi{where}:")
            for row in result.rows:
                baseline = result.baselines.get(row.target.pk)
                if baseline is not None:
                    self.stdout.write("  " + f"{row.target.label} {row.target.name}: {baseline.text}".strip())


def _day(text: object) -> date | None:
    return parse_day(str(text)) if text else None
