"""`chitieu load-criteria-workbook CODE FILE`: complete or correct a criteria set from a workbook, all or nothing."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.criteria.catalogue import load_catalogue
from chitieu.criteria.models import CriteriaSet
from chitieu.criteria.workbook import HEADERS, WorkbookRefused, load_workbook_into


class Command(BaseCommand):
    help = (
        "Bổ sung, sửa bộ tiêu chí từ bảng tính .xlsx (cột: "
        + ", ".join(HEADERS.values())
        + "). Có lỗi ở bất kỳ dòng nào thì không ghi gì."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("code", help="Mã bộ tiêu chí, ví dụ ntm-xa-2026-2030.")
        parser.add_argument("file", help="Tệp .xlsx.")

    def handle(self, *args: Any, **options: Any) -> None:
        load_catalogue()
        criteria_set = CriteriaSet.objects.filter(code=options["code"]).first()
        if criteria_set is None:
            codes = ", ".join(CriteriaSet.objects.values_list("code", flat=True))
            raise CommandError(f"Không có bộ tiêu chí “{options['code']}”. Các bộ hiện có: {codes}.")
        try:
            loaded = load_workbook_into(criteria_set, Path(options["file"]).read_bytes())
        except OSError as error:
            raise CommandError(f"Không đọc được tệp: {error}") from error
        except WorkbookRefused as error:
            raise CommandError(f"Không nạp (không ghi gì):\n{error}") from error
        declared = f"/{loaded.declared}" if loaded.declared else ""
        self.stdout.write(
            f"{criteria_set.name}: {loaded.indicators_added} chỉ tiêu thêm mới, {loaded.indicators_changed} "
            f"sửa, {loaded.criteria_renamed} tên tiêu chí sửa; hiện có {loaded.indicators_total}{declared} chỉ tiêu."
        )
