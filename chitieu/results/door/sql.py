"""Set-wise writes for the door's bulk path: an upsert keyed on a unique constraint, by COPY on PostgreSQL."""

from django.db import connection
from django.db.models import Model
from django.utils import timezone

BATCH_SIZE = 2_000


def upsert(model: type[Model], key: list[str], data: list[str], rows: list[tuple]) -> None:
    """Insert each row (values for `key` then `data`, by attname), or update the data of the row with its key.

    The model's auto_now / auto_now_add timestamps are set as a save would. On PostgreSQL the rows are copied
    into a temporary table and merged in one statement: ten times less Python than `bulk_create`, which the
    100.000-row benchmark needed (docs/api.md). Elsewhere `bulk_create(update_conflicts=True)` does it.
    """
    if not rows:
        return
    if connection.vendor == "postgresql":
        _copy_upsert(model, key, data, rows)
        return
    now_fields = [f.attname for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]
    columns = [*key, *data]
    model._default_manager.bulk_create(
        [model(**dict(zip(columns, row, strict=True))) for row in rows],
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=key,
        update_fields=[*data, *now_fields],
    )


def _copy_upsert(model: type[Model], key: list[str], data: list[str], rows: list[tuple]) -> None:
    opts = model._meta
    stamped = [
        f for f in opts.concrete_fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    now = timezone.now()
    quote = connection.ops.quote_name
    columns = [quote(opts.get_field(name).column) for name in [*key, *data]] + [
        quote(f.column) for f in stamped
    ]
    updated = [quote(opts.get_field(name).column) for name in data]
    updated += [quote(f.column) for f in stamped if f.auto_now]
    names = ", ".join(columns)
    staging = quote("chitieu_bulk_staging")
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{staging}")
        cursor.execute(
            f"CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS SELECT {names} FROM {quote(opts.db_table)} WITH NO DATA"
        )
        stamps = (now,) * len(stamped)
        with cursor.cursor.copy(f"COPY {staging} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row((*row, *stamps))
        conflict = ", ".join(quote(opts.get_field(name).column) for name in key)
        assignments = ", ".join(f"{column} = EXCLUDED.{column}" for column in updated)
        cursor.execute(
            f"INSERT INTO {quote(opts.db_table)} ({names}) SELECT {names} FROM {staging} "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {assignments}"
        )
        cursor.execute(f"DROP TABLE {staging}")
