"""The Excel annex of the demo Phú Lương mid-term review, opened again with openpyxl: numbers stored as numbers,
shown the Vietnamese way, the header frozen, printed landscape on A4."""

from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook
from PIL import Image

from chitieu.documents import report
from chitieu.documents.queries import evaluate_for_report
from chitieu.documents.tests.conftest import MID_TERM_DAY, demo_resolution, make_draft, office_user
from chitieu.evaluation.display import is_due, status_text
from chitieu.evaluation.engine.definitions import TargetKind
from chitieu.evaluation.engine.wording import describe_target

pytestmark = pytest.mark.django_db

HEADER_ROW = 4


@pytest.fixture
def sheet():
    resolution = demo_resolution("Phú Lương")
    draft = make_draft(resolution, office_user(resolution.locality))
    return load_workbook(BytesIO(report.xlsx_bytes(draft))).active


def test_the_sheet_is_titled_frozen_and_printed_landscape(sheet):
    assert sheet["A1"].value.startswith(
        "PHỤ LỤC: Kết quả thực hiện các chỉ tiêu chủ yếu của Nghị quyết Đại hội"
    )
    assert (
        sheet["A2"].value
        == "(Kèm theo Báo cáo số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/HU ngày 15/10/2023 của Huyện ủy Phú Lương)"
    )
    assert [c.value for c in sheet[HEADER_ROW]] == [
        "STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "TH 2021", "TH 2022", "Ước TH 2023", "Bình quân / Lũy kế",
        "So với NQ (%)", "Dự báo cuối kỳ", "Đánh giá", "Đơn vị chủ trì",
    ]  # fmt: skip
    assert sheet.freeze_panes == "C5"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$4:$4"  # the header repeats on every printed page
    assert sheet["B5"].font.name == "Times New Roman"


def test_every_row_holds_the_engines_numbers_as_numbers(sheet):
    result = evaluate_for_report(demo_resolution("Phú Lương"), "mid-term", MID_TERM_DAY)
    rows = [row for row in sheet.iter_rows(min_row=HEADER_ROW + 1) if row[2].value or row[10].value]
    assert len(rows) == len(result.rows)
    band = result.config.near_band_pct
    for cells, target in zip(rows, result.rows, strict=True):
        definition, evaluation = target.definition, target.evaluation
        assert cells[0].value == definition.label
        assert cells[1].value.strip().startswith(definition.name)
        assert cells[10].value == status_text(evaluation, band, is_due(definition, result.config, evaluation))
        if definition.children:
            continue
        assert cells[3].value == describe_target(definition)
        ratio = cells[8]
        if evaluation.ratio_pct is None:
            assert ratio.value is None
        else:
            assert isinstance(ratio.value, float | int)
            assert ratio.value == pytest.approx(float(evaluation.ratio_pct))
            assert ratio.number_format == "[$-42A]#,##0.0"
        if definition.kind in (TargetKind.GROWTH_RATE, TargetKind.POINT_CHANGE, TargetKind.CUMULATIVE):
            assert cells[7].value == pytest.approx(float(evaluation.actual))
        elif definition.kind not in (TargetKind.YES_NO, TargetKind.ORDINAL):
            for cell, year in zip(cells[4:7], (2021, 2022, 2023), strict=True):
                expected = evaluation.actual_by_year.get(year)
                assert cell.value == (pytest.approx(float(expected)) if expected is not None else None)


def test_whole_numbers_and_decimals_are_shown_the_vietnamese_way(sheet):
    """[$-42A] marks the formats Vietnamese: 1.350 and 92,3, whatever the reader's own locale."""
    row = next(
        r for r in sheet.iter_rows(min_row=HEADER_ROW + 1) if r[1].value.strip().startswith("Số lao động")
    )
    assert (row[4].value, row[4].number_format) == (1350, "[$-42A]#,##0")
    rate = next(
        r for r in sheet.iter_rows(min_row=HEADER_ROW + 1) if r[1].value.strip().startswith("Tỷ lệ xã đạt")
    )
    assert rate[6].value == pytest.approx(92.3, abs=0.01)  # the rate stated, or 12/13 computed
    assert rate[6].number_format == "[$-42A]#,##0.0#"
    assert Decimal(str(rate[8].value)).quantize(Decimal("0.1")) == Decimal("102.6")


def test_the_chart_sits_below_the_notes_as_the_same_png(sheet):
    (picture,) = sheet._images
    image = Image.open(BytesIO(picture._data()))
    assert image.format == "PNG"
    extent = picture.anchor.ext  # shown at half the size it is drawn at
    assert (extent.width, extent.height) == (image.width // 2 * 9525, image.height // 2 * 9525)
    notes_row = next(
        row for row in range(1, sheet.max_row + 1) if str(sheet.cell(row, 1).value).startswith("Ghi chú")
    )
    assert picture.anchor._from.row == notes_row + 1  # 0-based: two rows below the notes
