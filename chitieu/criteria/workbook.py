"""Complete or correct a criteria set from a workbook: criterion names and the indicators under each criterion.

One sheet, a header row, then one row per indicator (or per criterion, with the indicator cells empty). Every
row names its source: the loader never takes a name without one. The whole file is checked first; any error,
with its row and column, leaves the set as it was."""

from dataclasses import dataclass, field
from io import BytesIO
from typing import IO, Any

from django.db import transaction

from chitieu.core import zips
from chitieu.core.cells import printable
from chitieu.criteria.models import CriteriaSet, Criterion, CriterionIndicator

# The header's words, lower-cased, and the field each column fills.
COLUMNS = {
    "tiêu chí": "criterion",
    "tên tiêu chí": "criterion_name",
    "chỉ tiêu": "number",
    "tên chỉ tiêu": "name",
    "yêu cầu": "requirement",
    "nguồn": "source",
}
REQUIRED = ("criterion", "source")
HEADERS = {value: key.capitalize() for key, value in COLUMNS.items()}
MAX_ROWS = 2_000


@dataclass(frozen=True)
class CellError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"Dòng {self.row}, cột “{self.column}”: {self.message}"


class WorkbookRefused(Exception):
    """The workbook was not loaded; `errors` says where and why."""

    def __init__(self, errors: list[CellError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


@dataclass
class Loaded:
    criteria_renamed: int = 0
    indicators_added: int = 0
    indicators_changed: int = 0
    indicators_total: int = 0
    declared: int | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)


def load_workbook_into(criteria_set: CriteriaSet, upload: IO[bytes] | bytes) -> Loaded:
    """Check every row, then write them all in one transaction; WorkbookRefused lists the errors otherwise."""
    rows = _rows(upload)
    errors, checked = _check(criteria_set, rows)
    if errors:
        raise WorkbookRefused(errors)
    return _write(criteria_set, checked)


def _rows(upload: IO[bytes] | bytes) -> list[tuple[int, dict[str, Any]]]:
    from openpyxl import load_workbook

    data = upload if isinstance(upload, bytes) else upload.read()
    try:
        zips.open_checked(data, "bảng tính").close()
        book = load_workbook(BytesIO(data), read_only=True, data_only=False)
    except zips.ArchiveRefused as error:
        raise WorkbookRefused([CellError(1, "—", str(error))]) from error
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise WorkbookRefused([CellError(1, "—", "không đọc được tệp .xlsx.")]) from error
    sheet = book.worksheets[0]
    lines = sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1)
    header = [str(cell or "").strip().lower() for cell in next(lines, ())]
    fields = [COLUMNS.get(name) for name in header]
    missing = [HEADERS[name] for name in REQUIRED if name not in fields]
    if missing:
        raise WorkbookRefused([CellError(1, name, "thiếu cột này ở dòng tiêu đề.") for name in missing])
    rows = []
    for number, line in enumerate(lines, start=2):
        values = {name: cell for name, cell in zip(fields, line, strict=False) if name}
        if any(value not in (None, "") for value in values.values()):
            rows.append((number, values))
    book.close()
    if len(rows) > MAX_ROWS - 1:
        raise WorkbookRefused([CellError(MAX_ROWS, "—", f"quá {MAX_ROWS} dòng.")])
    return rows


def _text(value: Any) -> str:
    return printable(str(value)).strip() if value is not None else ""


def _check(criteria_set: CriteriaSet, rows: list[tuple[int, dict[str, Any]]]):
    criteria = {c.number: c for c in criteria_set.criteria.all()}
    errors: list[CellError] = []
    checked: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for row, values in rows:
        texts = {name: _text(value) for name, value in values.items()}
        for name, text in texts.items():
            if text.startswith("="):
                errors.append(CellError(row, HEADERS[name], "là công thức; hãy nhập giá trị."))
        number = texts.get("criterion", "")
        if not number.isdigit() or int(number) not in criteria:
            known = f"1-{max(criteria)}" if criteria else "không có tiêu chí nào"
            errors.append(
                CellError(row, HEADERS["criterion"], f"“{number}” không phải số tiêu chí của bộ ({known}).")
            )
            continue
        indicator = texts.get("number", "")
        if indicator and not indicator.startswith(f"{number}."):
            errors.append(
                CellError(row, HEADERS["number"], f"“{indicator}” phải bắt đầu bằng số tiêu chí “{number}.”.")
            )
        if indicator in seen:
            errors.append(CellError(row, HEADERS["number"], f"“{indicator}” đã có ở dòng {seen[indicator]}."))
        if indicator:
            seen[indicator] = row
        if not texts.get("source"):
            errors.append(
                CellError(row, HEADERS["source"], "trống: mỗi dòng phải ghi nguồn (văn bản, trang).")
            )
        if not indicator and (texts.get("name") or texts.get("requirement")):
            errors.append(CellError(row, HEADERS["number"], "trống nhưng dòng có tên hoặc yêu cầu chỉ tiêu."))
        checked.append({**texts, "criterion": criteria[int(number)], "row": row})
    existing = set(
        CriterionIndicator.objects.filter(criterion__criteria_set=criteria_set).values_list(
            "number", flat=True
        )
    )
    total = len(existing | set(seen))
    declared = criteria_set.declared_indicator_count
    if declared is not None and total > declared:
        errors.append(
            CellError(
                rows[-1][0] if rows else 1,
                HEADERS["number"],
                f"bộ tiêu chí sẽ có {total} chỉ tiêu, nhiều hơn {declared} chỉ tiêu văn bản quy định.",
            )
        )
    return errors, checked


@transaction.atomic
def _write(criteria_set: CriteriaSet, rows: list[dict[str, Any]]) -> Loaded:
    loaded = Loaded(declared=criteria_set.declared_indicator_count, rows=rows)
    for row in rows:
        criterion: Criterion = row["criterion"]
        name = row.get("criterion_name", "")
        if name and name != criterion.name:
            criterion.name = name
            criterion.save(update_fields=["name"])
            loaded.criteria_renamed += 1
        if not row.get("number"):
            continue
        order = int(row["number"].split(".")[-1]) if row["number"].split(".")[-1].isdigit() else 0
        _, created = CriterionIndicator.objects.update_or_create(
            criterion=criterion,
            number=row["number"],
            defaults={
                "order": order,
                "name": row.get("name", ""),
                "requirement": row.get("requirement", ""),
                "source": row["source"],
            },
        )
        if created:
            loaded.indicators_added += 1
        else:
            loaded.indicators_changed += 1
    loaded.indicators_total = CriterionIndicator.objects.filter(criterion__criteria_set=criteria_set).count()
    return loaded
