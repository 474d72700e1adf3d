"""Fast bulk inserts of plain rows: COPY on PostgreSQL, executemany on SQLite, bulk_create elsewhere."""

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from django.db import connections, models

CHUNK = 20_000


def _chunks(rows: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def insert_rows(
    model: type[models.Model], fields: list[str], rows: Iterable[tuple], using: str = "default"
) -> int:
    """Write `rows` (tuples in the order of `fields`, values already in database form) and return how many.

    Dates as ISO strings, decimals as strings and datetimes through `connection.ops` work on both backends.
    The caller holds the transaction: nothing here commits.
    """
    connection = connections[using]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    written = 0
    if connection.vendor == "postgresql":
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
                written += 1
        return written
    if connection.vendor == "sqlite":
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(fields))})"
        with connection.cursor() as cursor:
            for chunk in _chunks(rows, CHUNK):
                cursor.cursor.executemany(sql, chunk)
                written += len(chunk)
        return written
    for chunk in _chunks(rows, CHUNK):
        model.objects.using(using).bulk_create(
            [model(**dict(zip(fields, row, strict=True))) for row in chunk], batch_size=CHUNK
        )
        written += len(chunk)
    return written


def db_datetime(value: Any, using: str = "default") -> Any:
    """An aware datetime in the form the backend stores, for rows written by `insert_rows`."""
    return connections[using].ops.adapt_datetimefield_value(value)
