"""Excel round trip of the entry page: a protected template to fill offline, and its import, all or nothing.

The sheet “Số liệu” names the period and the unit in its first rows, then one row per indicator: only the
value, kind and note columns are unlocked. An upload is refused as a whole, with every error named by sheet,
row and column, when the file is not an .xlsx, lacks the sheet, holds a formula or merged cells, or has a bad row.
"""

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from chitieu.core.numbers import format_number
from chitieu.localities.models import Locality
from chitieu.results.forms import read_number
from chitieu.results.models import ReportingPeriod, ValueKind
from chitieu.results.queries import Item, value_flags

SHEET = "Số liệu"
HEADER_ROW = 4
HEADERS = [
    "STT",
    "Mã đơn vị",
    "Mã chỉ số",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch",
    "Kỳ trước",
    "Giá trị",
    "Loại số liệu",
    "Ghi chú",
]
COLUMNS = {name: index for index, name in enumerate(HEADERS)}
LETTERS = "ABCDEFGHIJ"
UNLOCKED = ("Giá trị", "Loại số liệu", "Ghi chú")
KINDS = {
    "ước": ValueKind.ESTIMATE,
    "ước tính": ValueKind.ESTIMATE,
    "sơ bộ": ValueKind.PRELIMINARY,
    "chính thức": ValueKind.OFFICIAL,
}
KIND_NAMES = {ValueKind.ESTIMATE: "ước", ValueKind.PRELIMINARY: "sơ bộ", ValueKind.OFFICIAL: "chính thức"}
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


MAX_ERRORS = 200


class WorkbookRefused(Exception):
    def __init__(self, errors: list[str]) -> None:
        if len(errors) > MAX_ERRORS:
            errors = [*errors[:MAX_ERRORS], f"… và {len(errors) - MAX_ERRORS} lỗi khác."]
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class Row:
    number: int  # as Excel shows it
    locality_id: int | None
    indicator_code: str
    value: Decimal | None
    kind: int
    note: str


def entry_template(period: ReportingPeriod, locality: Locality, items: list[Item]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(["Kỳ báo cáo", period.name, "Mã kỳ", period.pk])
    sheet.append(["Đơn vị", f"{locality.type_name} {locality.name}", "Mã đơn vị", locality.pk])
    sheet.append(["Gõ số kiểu Việt Nam (1.234,5; 92,3%; 30 tỷ). Loại số liệu: ước hoặc chính thức."])
    sheet.append(HEADERS)
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="EEF1F6")
    for number, item in enumerate(items, start=1):
        current = item.current
        plan = "; ".join(f"{format_number(p.value)} ({p.source})" for p in item.plans)
        previous = (
            format_number(item.previous.value) if item.previous and item.previous.value is not None else ""
        )
        sheet.append(
            [
                number,
                locality.pk,
                item.indicator.code,
                item.target.name if item.target else item.indicator.name,
                item.indicator.unit,
                plan,
                previous,
                format_number(current.value) if current and current.value is not None else "",
                KIND_NAMES.get(current.kind, "ước") if current else "ước",
                current.note if current else "",
            ]
        )
    last = HEADER_ROW + len(items)
    kinds = DataValidation(type="list", formula1='"ước,chính thức"', allow_blank=True)
    sheet.add_data_validation(kinds)
    kinds.add(f"I{HEADER_ROW + 1}:I{max(last, HEADER_ROW + 1)}")
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=last):
        for name in UNLOCKED:
            row[COLUMNS[name]].protection = Protection(locked=False)
            row[COLUMNS[name]].number_format = "@"
    for letter, width in zip(LETTERS, (5, 10, 24, 50, 12, 22, 14, 16, 14, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.protection.sheet = True
    sheet.protection.formatCells = False
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def entry_template_response(period: ReportingPeriod, locality: Locality, items: list[Item]) -> HttpResponse:
    response = HttpResponse(entry_template(period, locality, items), content_type=XLSX_TYPE)
    name = re.sub(r"[^\w.-]+", "-", f"so-lieu-{period.pk}-{locality.pk}", flags=re.ASCII)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def read_rows(upload) -> tuple[int | None, list[Row]]:
    """The period id named in the file and its rows; WorkbookRefused listing every problem found."""
    data = upload.read() if hasattr(upload, "read") else upload
    source = io.BytesIO(data)
    _check_structure(source)
    try:
        book = load_workbook(source, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise WorkbookRefused(["Tệp không phải bảng tính Excel .xlsx đọc được."]) from exc
    if SHEET not in book.sheetnames:
        raise WorkbookRefused([f"Thiếu trang “{SHEET}”: hãy dùng tệp mẫu tải từ trang nhập số liệu."])
    errors: list[str] = []
    rows: list[Row] = []
    period_id = None
    for number, cells in enumerate(book[SHEET].iter_rows(values_only=True), start=1):
        cells = tuple(cells) + (None,) * (len(HEADERS) - len(cells))
        for index, cell in enumerate(cells[: len(HEADERS)]):
            if isinstance(cell, str) and cell.startswith("="):
                errors.append(
                    f"Trang “{SHEET}”, dòng {number}, cột {LETTERS[index]}: có công thức; hãy nhập số."
                )
        if number == 1:
            period_id = cells[3] if isinstance(cells[3], int) else None
        if number <= HEADER_ROW or all(c in (None, "") for c in cells[: len(HEADERS)]):
            continue
        row, row_errors = _read_row(number, cells)
        errors.extend(row_errors)
        if row is not None:
            rows.append(row)
    book.close()
    if errors:
        raise WorkbookRefused(errors)
    return period_id, rows


def _check_structure(source: io.BytesIO) -> None:
    """Merged cells are invisible in read-only mode: look for them in the sheets' XML."""
    try:
        with zipfile.ZipFile(source) as archive:
            names = archive.namelist()
            if "xl/workbook.xml" not in names:
                raise WorkbookRefused(["Tệp không phải bảng tính Excel .xlsx."])
            for name in names:
                if name.startswith("xl/worksheets/sheet") and b"<mergeCell " in archive.read(name):
                    raise WorkbookRefused(
                        [f"Trang “{SHEET}” có ô gộp (merge): hãy bỏ gộp ô rồi tải lên lại."]
                    )
    except zipfile.BadZipFile as exc:
        raise WorkbookRefused(["Tệp không phải bảng tính Excel .xlsx."]) from exc
    source.seek(0)


def _read_row(number: int, cells: tuple) -> tuple[Row | None, list[str]]:
    where = f"Trang “{SHEET}”, dòng {number}"
    errors: list[str] = []
    locality_cell, code, value_cell, kind_cell, note = (
        cells[COLUMNS["Mã đơn vị"]],
        cells[COLUMNS["Mã chỉ số"]],
        cells[COLUMNS["Giá trị"]],
        cells[COLUMNS["Loại số liệu"]],
        cells[COLUMNS["Ghi chú"]],
    )
    value = None
    if value_cell not in (None, ""):
        try:
            value = _number(value_cell)
        except ValidationError as exc:
            errors.append(f"{where}, cột H (Giá trị): {' '.join(exc.messages)}")
    kind = KINDS.get(str(kind_cell or "ước").strip().lower())
    if kind is None:
        errors.append(
            f"{where}, cột I (Loại số liệu): “{kind_cell}” không hợp lệ; ghi “ước” hoặc “chính thức”."
        )
    locality_id = _integer(locality_cell)
    if locality_id is None:
        errors.append(f"{where}, cột B (Mã đơn vị): thiếu hoặc không phải số.")
    if not code:
        errors.append(f"{where}, cột C (Mã chỉ số): thiếu mã chỉ số.")
    if errors:
        return None, errors
    return Row(number, locality_id, str(code).strip(), value, kind, str(note or "").strip()), []


def _number(cell) -> Decimal:
    if isinstance(cell, bool):
        raise ValidationError("Phải là một số.")
    if isinstance(cell, int | Decimal):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell))
    return read_number(str(cell))


def _integer(cell) -> int | None:
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    if isinstance(cell, str) and cell.strip().isdigit():
        return int(cell.strip())
    return None


def entries_for_page(
    rows: list[Row], period: ReportingPeriod, locality: Locality, items: list[Item]
) -> Iterator[tuple[Row, Item] | str]:
    """Each row matched with the page's item, or an error: the same checks as the page (flags need a note)."""
    by_code = {item.indicator.code: item for item in items}
    for row in rows:
        where = f"Trang “{SHEET}”, dòng {row.number}"
        item = by_code.get(row.indicator_code)
        if row.locality_id != locality.pk:
            yield f"{where}, cột B (Mã đơn vị): tệp này là của đơn vị khác; hãy tải mẫu của {locality.name}."
        elif item is None:
            yield f"{where}, cột C (Mã chỉ số): “{row.indicator_code}” không có trong danh sách phải báo cáo."
        elif (
            row.value is not None
            and not row.note
            and value_flags(item.indicator, locality, period, row.value, item.targets)
        ):
            yield f"{where}, cột J (Ghi chú): giá trị có cảnh báo (tăng/giảm hơn 10 lần hoặc trên 300% chỉ tiêu), cần ghi chú."
        else:
            yield row, item


def import_entry_workbook(user, period: ReportingPeriod, locality: Locality, form) -> list[str]:
    """Save the filled-in template of the entry page through the page's own service; the errors, or []."""
    from chitieu.accounts.access import reportable_targets
    from chitieu.results.queries import entry_items
    from chitieu.results.services import Entry, EntryRefused, save_entries

    if not form.is_valid():
        return ["Chưa chọn tệp Excel để tải lên."]
    try:
        period_id, rows = read_rows(form.cleaned_data["workbook"])
    except WorkbookRefused as refused:
        return refused.errors
    if period_id != period.pk:
        return [f"Trang “{SHEET}”, dòng 1, cột D (Mã kỳ): tệp không phải của kỳ {period.name}."]
    items = entry_items(reportable_targets(user, locality), period, locality)
    checked = list(entries_for_page(rows, period, locality, items))
    errors = [e for e in checked if isinstance(e, str)]
    if errors:
        return errors
    entries = [
        Entry(item.indicator, row.value, row.kind, row.note) for row, item in checked if row.value is not None
    ]
    try:
        save_entries(user=user, period=period, locality=locality, entries=entries)
    except EntryRefused as refused:
        return [str(refused)]
    return []


def import_workbook(user, upload) -> int:
    """Import a workbook of many units' rows for the period it names (an office filling in for its communes).

    Same reading and refusals as the page upload; rows are written in bulk by the API's `upsert_observations`,
    all or nothing. The engine's flags are not checked here (they cost a query per row); returns rows written.
    """
    from django.db import transaction

    from chitieu.results.bulk import MAX_ITEMS, BulkRejected, upsert_observations

    period_id, rows = read_rows(upload)
    period = ReportingPeriod.objects.filter(pk=period_id).first()
    if period is None:
        raise WorkbookRefused([f"Trang “{SHEET}”, dòng 1, cột D (Mã kỳ): không có kỳ báo cáo này."])
    items = [
        {
            "indicator": row.indicator_code,
            "locality_id": row.locality_id,
            "period_start": period.start,
            "period_end": period.end,
            "period_kind": period.kind,
            "kind": {1: "estimate", 2: "preliminary", 3: "official"}[row.kind],
            "value": row.value,
            "note": row.note,
        }
        for row in rows
        if row.value is not None
    ]
    try:
        with transaction.atomic():
            for start in range(0, len(items), MAX_ITEMS):
                upsert_observations(items[start : start + MAX_ITEMS], user)
    except BulkRejected as rejected:
        numbers = [row.number for row in rows if row.value is not None]
        raise WorkbookRefused(
            [
                f"Trang “{SHEET}”, dòng {numbers[e.index] if e.index is not None else '?'}: {e.message}"
                for e in rejected.errors[:200]
            ]
        ) from rejected
    return len(items)
