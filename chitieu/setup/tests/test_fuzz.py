"""Hypothesis over the setup workbook's reader: any cells in its rows are saved or refused with messages naming
the row and column, never an exception (issue 18)."""

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from chitieu.core.cells import printable
from chitieu.core.numbers import check_digits
from chitieu.results.workbook import WorkbookRefused
from chitieu.setup.services import COLUMNS, HEADER_ROW, SHEET, import_targets

cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.decimals(allow_nan=False, allow_infinity=False).filter(lambda d: abs(d.adjusted()) < 300),
    st.text(max_size=30).map(printable).filter(lambda t: not t.startswith("=")),
    st.sampled_from(["²", "١٢", "9" * 5000, "1.234,5", "có", "tăng"]),
)


def workbook(resolution_pk: int, rows: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(["Chỉ tiêu", "", "Mã nghị quyết", resolution_pk])
    sheet.append(["Mỗi dòng một chỉ tiêu"])
    assert sheet.max_row + 1 == HEADER_ROW
    sheet.append([header for header, _field in COLUMNS])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cells, min_size=len(COLUMNS), max_size=len(COLUMNS)), min_size=1, max_size=4))
def test_the_setup_workbook_saves_or_refuses_any_cells(world, approver, rows):
    resolution = world.phu_luong_resolution
    for row in rows:
        row[0] = row[0] if isinstance(row[0], str) and row[0].strip() else "1."
    try:
        import_targets(user=approver, resolution=resolution, data=workbook(resolution.pk, rows))
    except WorkbookRefused as refused:
        assert refused.errors and all(isinstance(error, str) for error in refused.errors)
    for target in resolution.targets.all():
        for value in (target.value, target.value_high, target.total, target.baseline_value):
            assert value is None or check_digits(value, (20, 4)) == value
