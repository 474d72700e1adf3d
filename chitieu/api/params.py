"""Query and path parameters the endpoints share, with the bounds that keep odd input from reaching the database."""

from collections.abc import Callable, Iterable
from typing import Any

from django.db.models import QuerySet
from ninja import Path, Query

from chitieu.api.bulk import MAX_ID

# PostgreSQL refuses NUL in text, and ids beyond a signed 64-bit integer overflow: both are refused up front.
NO_NUL = r"^[^\x00]*$"
MAX_OFFSET = 1_000_000_000
MAX_LIMIT = 1000


def id_path(description: str) -> Any:
    return Path(..., ge=1, le=MAX_ID, description=description)


def id_query(description: str) -> Any:
    return Query(None, ge=1, le=MAX_ID, description=description)


def text_query(description: str, max_length: int = 100) -> Any:
    return Query(None, max_length=max_length, pattern=NO_NUL, description=description)


LIMIT = Query(100, ge=1, le=MAX_LIMIT, description="Số mục tối đa mỗi trang (1–1000).")
OFFSET = Query(0, ge=0, le=MAX_OFFSET, description="Bỏ qua bấy nhiêu mục đầu.")


def paginate(queryset: QuerySet, limit: int, offset: int, convert: Callable[[Any], dict]) -> dict:
    """One page of an ordered queryset, with the total count."""
    items: Iterable[Any] = queryset[offset : offset + limit]
    return {
        "count": queryset.count(),
        "limit": limit,
        "offset": offset,
        "items": [convert(item) for item in items],
    }
