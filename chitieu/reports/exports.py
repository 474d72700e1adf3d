"""The dashboard table as an .xlsx workbook: the same rows as the page, numbers kept as numbers."""

from decimal import Decimal
from io import BytesIO

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from chitieu.core.cells import safe_row
from chitieu.reports.queries import Dashboard, TableRow

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel shows these with the reader's separators: 1.234,5 on a Vietnamese system.
WHOLE = "#,##0"
DECIMAL = "#,##0.0#"
PERCENT = "#,##0.0"
HEADER_FILL = PatternFill("solid", fgColor="EEF1F6")


def headers(board: Dashboard) -> list[str]:
    years = [str(year) for year in board.years]
    columns = [
        _("No."),
        _("Target"),
        _("Unit of measure"),
        _("Resolution target"),
        _("Baseline"),
        *years,
        _("Latest"),
        _("Against the target (%)"),
        _("Assessment"),
    ]
    if board.forecast_on:
        columns += [_("Projection at the deadline"), _("Forecast")]
    return [*columns, _("Lead agency"), _("Illustrative figures")]


def _number_format(value: Decimal) -> str:
    return WHOLE if value == value.to_integral_value() else DECIMAL


def _cells(board: Dashboard, row: TableRow) -> list[object]:
    definition, evaluation = row.definition, row.evaluation
    indent = "    " * row.depth
    cells: list[object] = [
        definition.label,
        f"{indent}{definition.name}",
        definition.unit,
        row.figure,
        row.target.baseline_value.normalize() if row.target.baseline_value is not None else None,
        *[cell.text if cell.text is not None else cell.value for cell in row.years],
        row.actual_text if row.actual_text is not None else evaluation.actual,
        evaluation.ratio_pct,
        row.status_label,
    ]
    if board.forecast_on:
        cells += [evaluation.projection, row.forecast_label]
    return [*cells, row.agency, _("illustrative figures") if row.illustrative else ""]


def dashboard_workbook(board: Dashboard) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Targets")[:31]
    titles = headers(board)
    sheet.append(safe_row(titles))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ratio_column = titles.index(_("Against the target (%)")) + 1
    for row in board.rows:
        values = safe_row(_cells(board, row))
        sheet.append(values)
        for cell, value in zip(sheet[sheet.max_row], values, strict=True):
            if isinstance(value, Decimal):
                cell.number_format = PERCENT if cell.column == ratio_column else _number_format(value)
    sheet.freeze_panes = "C2"
    widths = {1: 6, 2: 48, 3: 14, 4: 20}
    for index in range(1, len(titles) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(index, 14)
    return workbook


def dashboard_response(board: Dashboard) -> HttpResponse:
    buffer = BytesIO()
    dashboard_workbook(board).save(buffer)
    name = slugify(f"chi-tieu-{board.resolution.locality.name}-{board.resolution.term}") or "chi-tieu"
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response
