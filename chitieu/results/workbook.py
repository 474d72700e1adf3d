"""Excel round trip of the entry page: a protected template to fill offline, and its import, all or nothing.

The sheet “Số liệu” names the period and the unit in its first rows, then one row per indicator: only the
value, kind and note columns are unlocked. An upload is refused as a whole, with every error named by sheet,
row and column, when the file is not an .xlsx, lacks the sheet, holds a formula or merged cells, or has a bad row.
"""

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from chitieu.core.cells import read_back, safe_row
from chitieu.core.number_input import check_cell, read_number
from chitieu.core.numbers import format_number, whole_number
from chitieu.localities.models import Locality
from chitieu.results import xlsx_reader
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
FLAGGED = "giá trị có cảnh báo (tăng/giảm hơn 10 lần hoặc trên 300% chỉ tiêu), cần ghi chú."


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
    sheet.append(safe_row(["Kỳ báo cáo", period.name, "Mã kỳ", period.pk]))
    sheet.append(safe_row(["Đơn vị", f"{locality.type_name} {locality.name}", "Mã đơn vị", locality.pk]))
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
            safe_row(
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
    errors: list[str] = []
    rows: list[Row] = []
    period_id = None
    try:
        for number, cells in xlsx_reader.read_sheet(data, SHEET, "ABCDHIJ", len(HEADERS)):
            for index, cell in enumerate(cells):
                if isinstance(cell, str) and cell.startswith("="):
                    errors.append(
                        f"Trang “{SHEET}”, dòng {number}, cột {LETTERS[index]}: có công thức; hãy nhập số."
                    )
            if number == 1:
                period_id = cells[3] if isinstance(cells[3], int) else None
            if number <= HEADER_ROW or all(c in (None, "") for c in cells):
                continue
            row, row_errors = _read_row(number, cells)
            errors.extend(row_errors)
            if row is not None:
                rows.append(row)
    except xlsx_reader.TooLarge as exc:
        raise WorkbookRefused([str(exc)]) from exc
    except xlsx_reader.Unreadable as exc:
        raise WorkbookRefused(["Tệp không phải bảng tính Excel .xlsx đọc được."]) from exc
    except xlsx_reader.NotXlsx as exc:
        raise WorkbookRefused(["Tệp không phải bảng tính Excel .xlsx."]) from exc
    except xlsx_reader.MissingSheet as exc:
        raise WorkbookRefused(
            [f"Thiếu trang “{SHEET}”: hãy dùng tệp mẫu tải từ trang nhập số liệu."]
        ) from exc
    except xlsx_reader.MergedCells as exc:
        raise WorkbookRefused([f"Trang “{SHEET}” có ô gộp (merge): hãy bỏ gộp ô rồi tải lên lại."]) from exc
    if errors:
        raise WorkbookRefused(errors)
    return period_id, rows


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
    return Row(number, locality_id, str(code).strip(), value, kind, read_back(str(note or "").strip())), []


def _number(cell) -> Decimal:
    if isinstance(cell, bool):
        raise ValidationError("Phải là một số.")
    if isinstance(cell, int | Decimal):
        return check_cell(Decimal(cell))
    if isinstance(cell, float):
        return check_cell(Decimal(repr(cell)))
    return read_number(str(cell))


def _integer(cell) -> int | None:
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    return whole_number(cell) if isinstance(cell, str) else None


def entries_for_page(
    rows: list[Row], period: ReportingPeriod, locality: Locality, items: list[Item]
) -> Iterator[tuple[Row, Item] | str]:
    """Each row matched with the page's item, or an error: the same checks as the page (flags need a note), and
    a figure given twice is an error naming both rows (it was the last row's, silently)."""
    by_code = {item.indicator.code: item for item in items}
    first: dict[tuple[str, int], int] = {}
    for row in rows:
        where = f"Trang “{SHEET}”, dòng {row.number}"
        item = by_code.get(row.indicator_code)
        twice = first.setdefault((row.indicator_code, row.kind), row.number)
        if twice != row.number:
            yield (
                f"{where}: trùng với dòng {twice} (cùng chỉ số “{row.indicator_code}” và loại số liệu); "
                "mỗi số liệu chỉ ghi một dòng."
            )
        elif row.locality_id != locality.pk:
            yield f"{where}, cột B (Mã đơn vị): tệp này là của đơn vị khác; hãy tải mẫu của {locality.name}."
        elif item is None:
            yield f"{where}, cột C (Mã chỉ số): “{row.indicator_code}” không có trong danh sách phải báo cáo."
        elif (
            row.value is not None
            and not row.note
            and value_flags(item.indicator, locality, period, row.value, item.targets)
        ):
            yield f"{where}, cột J (Ghi chú): {FLAGGED}"
        else:
            yield row, item


def import_entry_workbook(user, period: ReportingPeriod, locality: Locality, form) -> list[str]:
    """Save the filled-in template of the entry page through the page's own service; the errors, or []."""
    if not form.is_valid():
        return form.errors.get("workbook", ["Chưa chọn tệp Excel để tải lên."])
    return import_entry_data(user, period, locality, form.cleaned_data["workbook"].read())


def import_entry_data(
    user,
    period: ReportingPeriod,
    locality: Locality,
    data: bytes,
    progress: Callable[[int], None] = lambda _percent: None,
    via: str = "workbook",
) -> list[str]:
    """Import the entry page's workbook `data`, telling `progress` (percent) after each step; the errors, or []."""
    from chitieu.results.access import reportable_targets
    from chitieu.results.door import Entry, EntryRefused, save_entries
    from chitieu.results.queries import entry_items

    try:
        period_id, rows = read_rows(data)
    except WorkbookRefused as refused:
        return refused.errors
    if period_id != period.pk:
        return [f"Trang “{SHEET}”, dòng 1, cột D (Mã kỳ): tệp không phải của kỳ {period.name}."]
    progress(30)
    try:
        targets = reportable_targets(user, locality)
    except Http404:
        return ["Bạn không có quyền nhập số liệu cho đơn vị này."]
    items = entry_items(targets, period, locality)
    checked = list(entries_for_page(rows, period, locality, items))
    errors = [e for e in checked if isinstance(e, str)]
    if errors:
        return errors
    progress(50)
    entries = [
        Entry(item.indicator, row.value, row.kind, row.note) for row, item in checked if row.value is not None
    ]
    try:
        save_entries(user=user, period=period, locality=locality, entries=entries, via=via)
    except EntryRefused as refused:
        return [str(refused)]
    return []


def needs_background(upload) -> bool:
    """Whether an uploaded workbook has more rows than the page imports while the user waits."""
    data = upload.read()
    upload.seek(0)
    limit = getattr(settings, "CHITIEU_IMPORT_INLINE_ROWS", 2000)
    return xlsx_reader.count_rows(data, SHEET) - HEADER_ROW > limit


def import_workbook(user, upload) -> int:
    """Import a workbook of many units' rows for the period it names (an office filling in for its communes).

    Same reading and refusals as the page upload (a locked period, figures sent or approved, a flagged value
    without a note, a row given twice); rows are written in bulk through the write door, all or nothing. Returns
    the number of values in the file.
    """
    from chitieu.plans.models import Indicator
    from chitieu.results.door import Figure, Refused, write_observations

    period_id, rows = read_rows(upload)
    period = ReportingPeriod.objects.filter(pk=period_id).first()
    if period is None:
        raise WorkbookRefused([f"Trang “{SHEET}”, dòng 1, cột D (Mã kỳ): không có kỳ báo cáo này."])
    rows = [row for row in rows if row.value is not None]
    errors = list(_unit_refusals(user, period, rows))
    indicators = dict(
        Indicator.objects.filter(code__in={row.indicator_code for row in rows}).values_list("code", "pk")
    )
    keyed: dict[tuple, Figure] = {}
    row_of: dict[tuple, Row] = {}
    for row in rows:
        where = f"Trang “{SHEET}”, dòng {row.number}"
        if row.indicator_code not in indicators:
            errors.append(f"{where}, cột C (Mã chỉ số): không có chỉ số mã “{row.indicator_code}”.")
            continue
        key = (indicators[row.indicator_code], row.locality_id, period.start, period.end, row.kind)
        if key in row_of:
            errors.append(
                f"{where}: trùng với dòng {row_of[key].number} (cùng đơn vị, chỉ số và loại số liệu); "
                "mỗi số liệu chỉ ghi một dòng."
            )
            continue
        row_of[key] = row
        keyed[key] = Figure(period.kind, row.value, note=row.note)
    if errors:
        raise WorkbookRefused(errors[:MAX_ERRORS])
    try:
        write_observations(user, keyed, via="workbook")
    except Refused as refused:
        raise WorkbookRefused(
            [
                f"Trang “{SHEET}”, dòng {row_of[key].number}: {refusal.message}"
                for key, refusal in list(refused.refusals.items())[:MAX_ERRORS]
            ]
        ) from refused
    return len(keyed)


def _unit_refusals(user, period: ReportingPeriod, rows: list[Row]) -> Iterator[str]:
    """The page's refusals, for every unit of a many-unit file, in a few queries: a unit outside the user's
    scope (said before anything about it), a period locked for the unit, figures already sent or approved, a
    flagged value without a note."""
    from chitieu.accounts.access import REPORT_ROLES, visible_locality_ids
    from chitieu.plans.models import Indicator
    from chitieu.results.locks import closed_units
    from chitieu.results.queries import flagged_values

    parents = dict(Locality.objects.values_list("pk", "parent_id"))
    units = {row.locality_id for row in rows if row.locality_id in parents}
    closed = closed_units(period, units, parents=parents)
    indicators = dict(
        Indicator.objects.filter(code__in={row.indicator_code for row in rows}).values_list("code", "pk")
    )
    values = {
        (indicators[row.indicator_code], row.locality_id): row.value
        for row in rows
        if row.indicator_code in indicators and row.locality_id in units and not row.note
    }
    flagged = flagged_values(period, values, parents)
    reportable = visible_locality_ids(user, REPORT_ROLES)
    named: set[int] = set()
    for row in rows:
        where = f"Trang “{SHEET}”, dòng {row.number}"
        if reportable is not None and row.locality_id not in reportable:
            if row.locality_id not in named:
                named.add(row.locality_id)
                yield f"{where}, cột B (Mã đơn vị): Bạn không có quyền nhập số liệu cho đơn vị này."
        elif row.locality_id in closed and row.locality_id not in named:
            named.add(row.locality_id)
            yield f"{where}, cột B (Mã đơn vị): {closed[row.locality_id]}"
        elif (indicators.get(row.indicator_code), row.locality_id) in flagged:
            yield f"{where}, cột J (Ghi chú): {FLAGGED}"
