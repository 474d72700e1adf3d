"""`chitieu extract FILE`: the numeric claims and status counts of a report or article, as JSON."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.reading.extract import extract, read_text, to_json


class Command(BaseCommand):
    help = (
        "Đọc số liệu trong báo cáo, bài báo (.txt hoặc .docx) / Extract numeric claims from a report (JSON)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="Tệp .txt (UTF-8) hoặc .docx.")

    def handle(self, *args: object, **options: object) -> None:
        path = options["file"]
        assert isinstance(path, Path)
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp “{path}”.")
        try:
            text = read_text(path)
        except (UnicodeDecodeError, ValueError) as error:
            raise CommandError(f"Không đọc được “{path}”: {error}") from error
        self.stdout.write(to_json(extract(text)))
