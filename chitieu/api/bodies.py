"""Bulk request bodies in (JSON `{"items": [...]}` or CSV with a header row) and CSV files out."""

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.http import HttpRequest, StreamingHttpResponse
from ninja.errors import HttpError
from pydantic import BaseModel

from chitieu.accounts import access
from chitieu.api.bulk import MAX_ITEMS, BulkRejected, ItemError
from chitieu.core.cells import inert, read_back
from chitieu.core.numbers import whole_number

DEFAULT_MAX_BYTES = 32 * 1024 * 1024
# Columns an export adds for people reading the file; an import of that file skips them.
READ_ONLY_COLUMNS = frozenset({"locality_name"})


def bulk_openapi(model: type[BaseModel], json_example: dict, csv_example: str) -> dict:
    """The documented request body of a bulk write: the item schema as JSON, or the same columns as CSV."""
    items = {"type": "array", "maxItems": MAX_ITEMS, "items": model.model_json_schema()}
    columns = ", ".join(model.model_fields)
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["items"],
                        "properties": {"items": items},
                        "additionalProperties": False,
                    },
                    "example": json_example,
                },
                "text/csv": {
                    "schema": {
                        "type": "string",
                        "description": f"Dòng đầu là tiêu đề, gồm một số trong các cột: {columns}.",
                    },
                    "example": csv_example,
                },
            },
        }
    }


def require_reporter(request: HttpRequest) -> None:
    """403 for a caller who may report figures nowhere; per-item scope is checked with the batch."""
    if access.visible_locality_ids(request.auth.user, access.REPORT_ROLES) == set():
        raise HttpError(403, "Tài khoản của mã truy cập này không có quyền nhập số liệu ở đơn vị nào.")


def max_bytes() -> int:
    return int(getattr(settings, "API_BULK_MAX_BYTES", DEFAULT_MAX_BYTES))


def read_items(request: HttpRequest, model: type[BaseModel]) -> list[Any]:
    """The items of a bulk body, untyped: the bulk module validates them. Raises 400, 413, 415 or BulkRejected."""
    media_type = (request.content_type or "").lower()
    if media_type != "text/csv" and not (media_type == "application/json" or media_type.endswith("+json")):
        raise HttpError(415, "Chỉ nhận Content-Type application/json hoặc text/csv.")
    raw = _read_body(request)
    if media_type == "text/csv":
        return _csv_items(raw, set(model.model_fields))
    return _json_items(raw)


def _read_body(request: HttpRequest) -> bytes:
    limit = max_bytes()
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if (whole_number(declared) or 0) > limit:
        raise HttpError(413, f"Nội dung gửi lên quá lớn (tối đa {limit // (1024 * 1024)} MB).")
    # Read the stream rather than request.body, whose limit (DATA_UPLOAD_MAX_MEMORY_SIZE) suits forms, not batches.
    raw = request.read(limit + 1)
    if len(raw) > limit:
        raise HttpError(413, f"Nội dung gửi lên quá lớn (tối đa {limit // (1024 * 1024)} MB).")
    return raw


def _json_items(raw: bytes) -> list[Any]:
    try:
        body = json.loads(raw, parse_float=Decimal)
    except (ValueError, RecursionError) as exc:
        raise HttpError(400, f"Không đọc được JSON: {exc}") from None
    if not isinstance(body, dict) or not isinstance(body.get("items"), list):
        raise BulkRejected([ItemError(None, "items", 'Cần một đối tượng dạng {"items": [ … ]}.')])
    extra = sorted(set(body) - {"items"})
    if extra:
        raise BulkRejected([ItemError(None, name, "Trường này không được hỗ trợ.") for name in extra])
    return body["items"]


def _csv_items(raw: bytes, fields: set[str]) -> list[dict[str, str]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise HttpError(400, "Tệp CSV phải mã hóa UTF-8.") from None
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = [name.strip() for name in next(reader, [])]
        errors = _header_errors(header, fields)
        if errors:
            raise BulkRejected(errors)
        items: list[dict[str, str]] = []
        errors = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(items) > MAX_ITEMS:
                break  # the bulk module refuses the batch as too large; no need to read the rest
            if len(row) > len(header):
                errors.append(ItemError(len(items), "", "Dòng có nhiều ô hơn dòng tiêu đề."))
            items.append(
                {name: read_back(cell) for name, cell in zip(header, row, strict=False) if _kept(name, cell)}
            )
        if errors:
            raise BulkRejected(errors)
    except csv.Error as exc:
        raise HttpError(400, f"Không đọc được CSV: {exc}") from None
    return items


def _kept(name: str, cell: str) -> bool:
    return cell != "" and name not in READ_ONLY_COLUMNS


def _header_errors(header: Sequence[str], fields: set[str]) -> list[ItemError]:
    if not header:
        return []
    errors = [
        ItemError(None, name, "Cột không được hỗ trợ.")
        for name in header
        if name not in fields and name not in READ_ONLY_COLUMNS
    ]
    repeated = sorted({name for name in header if header.count(name) > 1})
    errors.extend(ItemError(None, name, "Cột bị lặp lại.") for name in repeated)
    return errors


def csv_response(
    filename: str, columns: Sequence[str], rows: Iterable[dict[str, Any]]
) -> StreamingHttpResponse:
    """A UTF-8 CSV (with the BOM Excel needs to read Vietnamese) streamed row by row."""
    response = StreamingHttpResponse(_csv_lines(columns, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _csv_lines(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    yield "\ufeff"
    writer.writerow(columns)
    for number, row in enumerate(rows, start=1):
        writer.writerow([_cell(row[name]) for name in columns])
        if number % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return inert(value) if isinstance(value, str) else str(value)
