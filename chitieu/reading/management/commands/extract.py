"""`chitieu extract FILE [FILE ...] [--out DIR]`: the numeric claims and status counts of reports or articles,
as JSON: on stdout for one file, one `<file>.json` per input in DIR for many (a folder stands for its files)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.reading.batch import extract_files


class Command(BaseCommand):
    help = (
        "Đọc số liệu trong báo cáo, bài báo (.txt hoặc .docx) / Extract numeric claims from reports (JSON). "
        "Nhiều tệp hoặc một thư mục: --out THƯ_MỤC ghi mỗi tệp một <tên tệp>.json."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path, help="Tệp .txt (UTF-8), .docx, hoặc thư mục.")
        parser.add_argument("--out", type=Path, help="Thư mục ghi kết quả (một tệp JSON cho mỗi tệp đọc).")

    def handle(self, *args: object, **options: object) -> None:
        files, out = options["files"], options["out"]
        assert isinstance(files, list)
        errors = extract_files(files, out if isinstance(out, Path) else None, self.stdout)
        if errors:
            raise CommandError("\n".join(errors))
