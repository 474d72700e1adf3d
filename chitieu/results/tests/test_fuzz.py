"""Hypothesis over the entry form's number field, the reading forms and the workbook reader: whatever is typed or
uploaded answers a page or a refusal, never a 500 or an exception, and memory does not grow with it (issue 18)."""

import io
import resource
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from chitieu.core.cells import printable
from chitieu.core.numbers import OBSERVATION_DIGITS, NumberFormatError, check_digits, read_value
from chitieu.reading.forms import AcceptClaimForm, SourceForm
from chitieu.results.models import Observation
from chitieu.results.workbook import HEADERS, WorkbookRefused, read_rows

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Typing: digits, separators, signs, scale words and exponents are likelier than random characters.
typed = st.one_of(
    st.text(max_size=70),
    st.text(alphabet="0123456789.,-+% eE", max_size=40),
    st.builds(
        lambda number, word: f"{number} {word}",
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.sampled_from(["", "tỷ", "triệu", "nghìn", "%"]),
    ),
)
cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(lambda d: abs(d.adjusted()) < 300),
    st.text(max_size=50).map(printable).filter(lambda t: not t.startswith("=")),
)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@FUZZ
@given(text=typed)
def test_a_typed_number_is_read_within_its_column_or_refused_with_a_message(text):
    try:
        value = read_value(text)
    except NumberFormatError as refused:
        assert str(refused)
    else:
        assert check_digits(value, OBSERVATION_DIGITS) == value


@pytest.fixture
def reporting(client, reporter, entry, frozen):
    client.force_login(reporter)
    client.raise_request_exception = False
    return client


@FUZZ
@given(value=typed, note=st.text(max_size=40))
def test_the_entry_page_answers_whatever_is_typed(reporting, entry, value, note):
    field = f"i{entry.income_indicator.pk}"
    url = reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])
    response = reporting.post(url, {f"{field}-value": value, f"{field}-note": note or "ghi chú"})
    assert response.status_code in (200, 302), response.status_code
    for saved in Observation.objects.all():
        assert check_digits(saved.value) == saved.value


@FUZZ
@given(value=typed, text=st.text(max_size=300))
def test_the_reading_forms_answer_whatever_is_typed(db, value, text):
    form = AcceptClaimForm(
        {"indicator": "1", "value": value, "kind": "1", "period_kind": "year", "period_start": "2023-01-01",
         "period_end": "2023-12-31"},
        prefix=None,
        indicators=[(1, "Thu nhập")],
    )  # fmt: skip
    if form.is_valid():
        assert isinstance(form.cleaned_data["value"], Decimal)
    SourceForm({"text": text}).is_valid()


@pytest.fixture(scope="module")
def template_bytes() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet.append(["Kỳ báo cáo", "9 tháng năm 2024", "Mã kỳ", 7])
    sheet.append(["Đơn vị", "Xã Yên Ninh", "Mã đơn vị", 3])
    sheet.append(["Gõ số kiểu Việt Nam"])
    sheet.append(HEADERS)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@FUZZ
@given(rows=st.lists(st.tuples(cells, cells, cells, cells), max_size=12))
def test_the_workbook_reader_reads_or_refuses_any_cells(template_bytes, rows):
    book = load_workbook(io.BytesIO(template_bytes))
    sheet = book["Số liệu"]
    for number, (unit, code, value, note) in enumerate(rows, start=5):
        for column, cell in zip("BCHJ", (unit, code, value, note), strict=True):
            sheet[f"{column}{number}"] = cell
    out = io.BytesIO()
    book.save(out)
    try:
        _period, read = read_rows(out.getvalue())
    except WorkbookRefused as refused:
        assert refused.errors and all(isinstance(error, str) for error in refused.errors)
    else:
        assert all(row.value is None or check_digits(row.value) == row.value for row in read)


@FUZZ
@given(
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), max_size=8)
)
def test_the_workbook_reader_refuses_a_damaged_file_with_a_message(template_bytes, flips):
    damaged = bytearray(template_bytes)
    for position, byte in flips:
        damaged[position % len(damaged)] = byte
    before = peak_mb()
    try:
        read_rows(bytes(damaged))
    except WorkbookRefused as refused:
        assert refused.errors
    assert peak_mb() - before < 100


@FUZZ
@given(data=st.binary(max_size=2000))
def test_the_workbook_upload_answers_any_bytes(reporting, entry, data):
    url = reverse("results:upload", args=[entry.period.pk, entry.world.yen_ninh.pk])
    response = reporting.post(url, {"workbook": SimpleUploadedFile("so-lieu.xlsx", data)})
    assert response.status_code == 302


def test_reading_many_fuzzed_workbooks_does_not_grow_memory(template_bytes):
    before = peak_mb()
    for _ in range(300):
        try:
            read_rows(template_bytes)
        except (WorkbookRefused, ValidationError):
            pass
    assert peak_mb() - before < 50


@FUZZ
@given(
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), max_size=8),
    name=st.sampled_from(["so-lieu.xlsx", "bao-cao.pdf", "anh.png"]),
)
def test_an_evidence_file_is_kept_or_refused_with_a_message(template_bytes, flips, name):
    from chitieu.results.files import check_evidence

    damaged = bytearray(template_bytes if name.endswith(".xlsx") else b"%PDF-1.4\n" + template_bytes)
    for position, byte in flips:
        damaged[position % len(damaged)] = byte
    try:
        check_evidence(SimpleUploadedFile(name, bytes(damaged)))
    except ValidationError as refused:
        assert refused.messages
