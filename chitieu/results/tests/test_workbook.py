"""The Excel round trip: a protected Vietnamese template, filled offline, uploaded all or nothing."""

import io
from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from chitieu.accounts.models import Membership
from chitieu.conftest import _user
from chitieu.results.models import Observation, Submission
from chitieu.results.workbook import HEADERS, WorkbookRefused, import_workbook


@pytest.fixture
def reporting(client, reporter, entry, frozen):
    client.force_login(reporter)
    return client


def template(client, entry):
    response = client.get(reverse("results:workbook", args=[entry.period.pk, entry.world.yen_ninh.pk]))
    return load_workbook(io.BytesIO(response.content))


def upload(client, entry, book, name="so-lieu.xlsx"):
    buffer = io.BytesIO()
    book.save(buffer)
    return client.post(
        reverse("results:upload", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {"workbook": SimpleUploadedFile(name, buffer.getvalue())},
        follow=True,
    )


def row_of(sheet, code):
    return next(r for r in sheet.iter_rows(min_row=5) if r[2].value == code)


def messages(response):
    return [str(m) for m in response.context["messages"]]


def test_the_template_has_vietnamese_headers_and_only_value_kind_and_note_unlocked(reporting, entry):
    sheet = template(reporting, entry)["Số liệu"]
    assert [c.value for c in sheet[4]][:5] == ["STT", "Mã đơn vị", "Mã chỉ số", "Chỉ tiêu", "ĐVT"]
    assert sheet.protection.sheet is True
    row = row_of(sheet, "thu-nhap-binh-quan")
    assert [c.protection.locked for c in row] == [True] * 7 + [False] * 3


def test_a_filled_template_is_saved(reporting, entry):
    book = template(reporting, entry)
    sheet = book["Số liệu"]
    row_of(sheet, "thu-nhap-binh-quan")[7].value = "45,6"
    row_of(sheet, "lao-dong-qua-dao-tao")[7].value = 71.5
    row_of(sheet, "lao-dong-qua-dao-tao")[8].value = "chính thức"
    response = upload(reporting, entry, book)
    assert "Đã nhập số liệu từ tệp Excel." in messages(response)
    assert Observation.objects.get(indicator=entry.income_indicator).value == Decimal("45.6")
    assert Observation.objects.get(indicator=entry.trained.indicator).kind == 3


def test_a_bad_row_is_named_and_nothing_is_written(reporting, entry):
    book = template(reporting, entry)
    sheet = book["Số liệu"]
    row_of(sheet, "thu-nhap-binh-quan")[7].value = "45,6"
    bad = row_of(sheet, "lao-dong-qua-dao-tao")
    bad[7].value = "1,234.5"
    response = upload(reporting, entry, book)
    assert any(f"dòng {bad[0].row}, cột H (Giá trị): Không đọc được" in m for m in messages(response))
    assert not Observation.objects.exists()


def test_a_figure_given_twice_on_the_entry_template_names_both_rows(reporting, entry):
    book = template(reporting, entry)
    sheet = book["Số liệu"]
    income = row_of(sheet, "thu-nhap-binh-quan")
    income[7].value = "45,6"
    sheet.append([cell.value for cell in income[:7]] + ["47", None, None])
    response = upload(reporting, entry, book)
    expected = f"dòng {sheet.max_row}: trùng với dòng {income[0].row} (cùng chỉ số “thu-nhap-binh-quan”"
    assert any(expected in m for m in messages(response)), messages(response)
    assert not Observation.objects.exists()


def test_a_formula_is_refused(reporting, entry):
    book = template(reporting, entry)
    row = row_of(book["Số liệu"], "thu-nhap-binh-quan")
    row[7].value = "=40+5"
    response = upload(reporting, entry, book)
    assert any(f"dòng {row[0].row}, cột H: có công thức" in m for m in messages(response))
    assert not Observation.objects.exists()


def test_merged_cells_are_refused(reporting, entry):
    book = template(reporting, entry)
    book["Số liệu"].merge_cells("H5:H6")
    assert any("ô gộp" in m for m in messages(upload(reporting, entry, book)))


def test_a_missing_sheet_is_refused(reporting, entry):
    book = template(reporting, entry)
    book["Số liệu"].title = "Sheet1"
    assert any("Thiếu trang “Số liệu”" in m for m in messages(upload(reporting, entry, book)))


def test_a_file_that_is_not_xlsx_is_refused(reporting, entry):
    response = reporting.post(
        reverse("results:upload", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {"workbook": SimpleUploadedFile("so-lieu.xlsx", b"%PDF-1.4 not a workbook")},
        follow=True,
    )
    assert any("không phải bảng tính Excel" in m for m in messages(response))


def many_units_file(entry, *rows) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet.append(["Kỳ báo cáo", entry.period.name, "Mã kỳ", entry.period.pk])
    sheet.append(["Đơn vị", "Thái Nguyên"])
    sheet.append([])
    sheet.append(HEADERS)
    for number, (locality, code, value, note) in enumerate(rows, start=1):
        sheet.append([number, locality.pk, code, "", "", "", "", value, "ước", note])
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


@pytest.fixture
def office(world):
    return _user("vanphong.tn", Membership.Role.OFFICE, world.thai_nguyen, "Trần Văn Bình")


def test_a_many_units_file_is_written(office, entry, frozen):
    file = many_units_file(entry, (entry.world.yen_ninh, "thu-nhap-binh-quan", "45,6", ""))
    assert import_workbook(office, file) == 1
    assert Observation.objects.get(locality=entry.world.yen_ninh).value == Decimal("45.6")


def test_a_many_units_file_is_refused_for_a_locked_period(office, entry):
    file = many_units_file(entry, (entry.world.yen_ninh, "thu-nhap-binh-quan", "45,6", ""))
    with time_machine.travel(date(2024, 11, 1), tick=False), pytest.raises(WorkbookRefused) as refused:
        import_workbook(office, file)
    assert refused.value.errors == [
        "Trang “Số liệu”, dòng 5, cột B (Mã đơn vị): kỳ báo cáo đã khóa từ ngày 16/10/2024: "
        "cần người phê duyệt cho phép mở lại."
    ]
    assert not Observation.objects.exists()


def test_a_many_units_file_is_refused_for_approved_figures(office, entry, frozen):
    Submission.objects.create(period=entry.period, locality=entry.world.yen_ninh, status="approved")
    file = many_units_file(
        entry,
        (entry.world.on_luong, "thu-nhap-binh-quan", "40", ""),
        (entry.world.yen_ninh, "thu-nhap-binh-quan", "45,6", ""),
    )
    with pytest.raises(WorkbookRefused) as refused:
        import_workbook(office, file)
    assert len(refused.value.errors) == 1
    assert "dòng 6, cột B (Mã đơn vị): số liệu kỳ này của đơn vị đã được phê duyệt" in refused.value.errors[0]
    assert not Observation.objects.exists()


def test_a_many_units_file_needs_a_note_on_a_flagged_value(office, entry, frozen):
    flagged = many_units_file(entry, (entry.world.yen_ninh, "thu-nhap-binh-quan", "500", ""))
    with pytest.raises(WorkbookRefused) as refused:
        import_workbook(office, flagged)
    assert refused.value.errors[0].startswith("Trang “Số liệu”, dòng 5, cột J (Ghi chú): giá trị có cảnh báo")
    assert not Observation.objects.exists()
    noted = many_units_file(entry, (entry.world.yen_ninh, "thu-nhap-binh-quan", "500", "Đúng, có dự án lớn"))
    assert import_workbook(office, noted) == 1


def test_a_row_given_twice_is_an_error_that_names_both_rows(office, entry, frozen):
    file = many_units_file(
        entry,
        (entry.world.yen_ninh, "thu-nhap-binh-quan", "45,6", ""),
        (entry.world.yen_ninh, "thu-nhap-binh-quan", "46", ""),
    )
    with pytest.raises(WorkbookRefused) as refused:
        import_workbook(office, file)
    assert refused.value.errors == [
        "Trang “Số liệu”, dòng 6: trùng với dòng 5 (cùng đơn vị, chỉ số và loại số liệu); mỗi số liệu chỉ ghi một dòng."
    ]
    assert not Observation.objects.exists()
