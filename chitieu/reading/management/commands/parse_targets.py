"""`chitieu parse-targets FILE`: a resolution's list of key targets read into groups and targets, as JSON."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.reading.extract import read_text, to_json
from chitieu.reading.targets import parse_targets


class Command(BaseCommand):
    help = (
        "Đọc danh mục chỉ tiêu chủ yếu của nghị quyết (.txt hoặc .docx) / "
        "Read a resolution's key targets into groups and targets (JSON)."
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
        self.stdout.write(to_json(parse_targets(text)))
