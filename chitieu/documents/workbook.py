"""The annex as an .xlsx workbook: the same lines as the Word table, numbers kept as numbers, and the same chart."""

from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from chitieu.core.cells import safe
from chitieu.documents import chart
from chitieu.documents.annex import Annex, AnnexLine

FONT = "Times New Roman"
# The [$-42A] tag marks the format as Vietnamese: LibreOffice then prints 1.234,5 whatever the reader's locale,
# and Excel uses the reader's separators (1.234,5 on a Vietnamese system).
WHOLE = "[$-42A]#,##0"
DECIMAL = "[$-42A]#,##0.0#"
RATIO = "[$-42A]#,##0.0"
HEADER_FILL = PatternFill("solid", fgColor="EEF1F6")
GROUP_FILL = PatternFill("solid", fgColor="F7F8FA")
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TITLE_ROWS = 3  # title, "kèm theo", blank; the header row comes next


def number_format(value: Decimal) -> str:
    return WHOLE if value == value.to_integral_value() else DECIMAL


def render(annex: Annex, attachment: str, sheet_title: str = "Phụ lục") -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    headers = annex.headers
    last_column = get_column_letter(len(headers))
    sheet["A1"] = safe("PHỤ LỤC: " + annex.title)
    sheet["A1"].font = Font(name=FONT, size=13, bold=True)
    sheet["A2"] = safe(attachment)
    sheet["A2"].font = Font(name=FONT, size=12, italic=True)
    for row in (1, 2):
        sheet.merge_cells(f"A{row}:{last_column}{row}")
        sheet[f"A{row}"].alignment = Alignment(horizontal="center", wrap_text=True)
    sheet.row_dimensions[1].height = 36
    header_row = TITLE_ROWS + 1
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=column, value=safe(text))
        cell.font = Font(name=FONT, size=11, bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[header_row].height = 32
    years = len(annex.years)
    for offset, line in enumerate(annex.lines, start=1):
        _write_line(sheet, header_row + offset, line, len(headers), years)
    notes_row = header_row + len(annex.lines) + 2
    sheet.cell(row=notes_row, column=1, value=safe(annex.notes)).font = Font(name=FONT, size=11, italic=True)
    if annex.status_counts:
        picture = Image(BytesIO(chart.png(annex.status_counts)))
        # Drawn at twice its size: shown at half, it prints sharp.
        picture.width, picture.height = picture.width // chart.SCALE, picture.height // chart.SCALE
        sheet.add_image(picture, f"B{notes_row + 2}")
    widths = [6, 48, 14, 20] + [12] * years + [13, 11, 16, 14, 26]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=3)
    _print_setup(sheet, header_row)
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


def _write_line(sheet, row: int, line: AnnexLine, width: int, years: int) -> None:
    font = Font(name=FONT, size=11, bold=line.is_group or line.has_parts or line.depth == 0)
    if line.is_group:
        values: list[object] = [line.label, line.name] + [None] * (width - 2)
    else:
        name = ("    " * line.depth) + line.name + (" (*)" if line.illustrative else "")
        values = [
            line.label,
            name,
            line.unit,
            line.goal,
            *line.years,
            line.combined,
            line.ratio,
            line.forecast,
            line.status,
            line.lead,
        ]
    ratio_column = 4 + years + 2
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=safe(value))
        cell.font = font
        cell.border = BORDER
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        if line.is_group:
            cell.fill = GROUP_FILL
        if isinstance(value, Decimal):
            cell.number_format = RATIO if column == ratio_column else number_format(value)
            cell.alignment = Alignment(horizontal="right", vertical="top")


def _print_setup(sheet, header_row: int) -> None:
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_margins = PageMargins(left=0.6, right=0.4, top=0.6, bottom=0.6)
    sheet.print_options.horizontalCentered = True
