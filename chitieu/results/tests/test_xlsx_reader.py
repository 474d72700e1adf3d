"""The streaming .xlsx reader: the sheet found by name, strings shared or inline, numbers, formulas, merges."""

import io
import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook

from chitieu.results.xlsx_reader import (
    MergedCells,
    MissingSheet,
    NotXlsx,
    Unreadable,
    column_index,
    read_sheet,
)


def saved(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def a_book(write_only: bool = False) -> Workbook:
    book = Workbook(write_only=write_only)
    if not write_only:
        book.active.title = "Bìa"
    sheet = book.create_sheet("Số liệu")
    sheet.append(["Kỳ", "9 tháng năm 2024", "Mã kỳ", 7])
    sheet.append([1, 42, "thu-nhap-binh-quan", None, None, None, None, "1.234,5", "ước", "Ghi chú có dấu"])
    sheet.append([2, 42, "lao-dong", None, None, None, None, 71.5, "chính thức", None])
    return book


def test_column_letters_are_read_as_indexes():
    assert [column_index(r) for r in ("A1", "J12", "Z3", "AA1", "AB100")] == [0, 9, 25, 26, 27]


@pytest.mark.parametrize("write_only", [False, True])
def test_it_reads_the_sheet_by_name_with_shared_and_inline_strings_and_numbers(write_only):
    rows = list(read_sheet(saved(a_book(write_only)), "Số liệu", "ABCDHIJ", 10))
    assert rows[0] == (1, ["Kỳ", "9 tháng năm 2024", "Mã kỳ", 7, None, None, None, None, None, None])
    number, cells = rows[1]
    assert number == 2
    assert cells[:3] == [1, 42, "thu-nhap-binh-quan"]
    assert cells[7:] == ["1.234,5", "ước", "Ghi chú có dấu"]
    assert rows[2][1][7] == Decimal("71.5")


def test_only_the_asked_columns_are_read():
    _number, cells = list(read_sheet(saved(a_book()), "Số liệu", "H", 10))[1]
    assert cells == [None] * 7 + ["1.234,5", None, None]


def test_a_formula_anywhere_in_the_width_is_reported_as_text_starting_with_equals():
    book = a_book()
    book["Số liệu"]["F2"] = "=SUM(1,2)"
    book["Số liệu"]["H3"] = "=40+5"
    rows = dict(read_sheet(saved(book), "Số liệu", "H", 10))
    assert rows[2][5] == "=SUM(1,2)"
    assert rows[3][7] == "=40+5"


def test_merged_cells_are_refused_after_the_rows():
    book = a_book()
    book["Số liệu"].merge_cells("H2:H3")
    with pytest.raises(MergedCells):
        list(read_sheet(saved(book), "Số liệu", "H", 10))


def test_merged_cells_on_another_sheet_do_not_matter():
    book = a_book()
    book["Bìa"].merge_cells("A1:B2")
    assert len(list(read_sheet(saved(book), "Số liệu", "H", 10))) == 3


def test_a_missing_sheet_is_named():
    with pytest.raises(MissingSheet):
        list(read_sheet(saved(a_book()), "Sheet1", "H", 10))


def test_a_file_that_is_not_a_zip_is_not_xlsx():
    with pytest.raises(NotXlsx):
        list(read_sheet(b"%PDF-1.4", "Số liệu", "H", 10))


def test_a_zip_without_a_workbook_is_not_xlsx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(NotXlsx):
        list(read_sheet(buffer.getvalue(), "Số liệu", "H", 10))


def test_broken_sheet_xml_is_unreadable():
    source = io.BytesIO(saved(a_book()))
    broken = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(broken, "w") as copy:
        for name in original.namelist():
            text = original.read(name)
            copy.writestr(name, text[: len(text) // 2] if name == "xl/worksheets/sheet2.xml" else text)
    with pytest.raises(Unreadable):
        list(read_sheet(broken.getvalue(), "Số liệu", "H", 10))


def test_rich_text_and_hand_written_cells_without_references_are_read():
    book = a_book()
    data = io.BytesIO(saved(book))
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row><c t="inlineStr"><is><r><t>Yên </t></r><r><t>Ninh</t></r></is></c><c t="b"><v>1</v></c>'
        '<c t="n"><v>-12</v></c></row></sheetData></worksheet>'
    )
    rewritten = io.BytesIO()
    with zipfile.ZipFile(data) as original, zipfile.ZipFile(rewritten, "w") as copy:
        for name in original.namelist():
            copy.writestr(name, sheet if name == "xl/worksheets/sheet2.xml" else original.read(name))
    assert list(read_sheet(rewritten.getvalue(), "Số liệu", "ABC", 3)) == [(1, ["Yên Ninh", True, -12])]
