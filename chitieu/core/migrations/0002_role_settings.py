"""The application's role on its database: no JIT, and 32 MB for a sort or hash before it spills to disk.

Measured on the national dataset (issue 15): JIT compiled the province page's leaf query for 173 ms of its
1.630 ms, and that query's sort spilled to disk at the default 4 MB. Set on the role in this database rather than
as connection options (`-c jit=off`), because PgBouncer in transaction mode does not pass the `options` startup
parameter on; a role setting reaches every session the pooler opens. New sessions only; SQLite: nothing.
"""

from django.db import migrations

SETTINGS = {"jit": "off", "work_mem": "'32MB'"}


def _in_this_database(schema_editor, statement: str) -> None:
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database()")
        name = connection.ops.quote_name(cursor.fetchone()[0])
    for setting, value in SETTINGS.items():
        schema_editor.execute(statement.format(database=name, setting=setting, value=value))


def apply(apps, schema_editor):
    _in_this_database(schema_editor, "ALTER ROLE CURRENT_USER IN DATABASE {database} SET {setting} = {value}")


def revert(apps, schema_editor):
    _in_this_database(schema_editor, "ALTER ROLE CURRENT_USER IN DATABASE {database} RESET {setting}")


class Migration(migrations.Migration):
    dependencies = [("core", "0001_vietnamese_collation")]
    operations = [migrations.RunPython(apply, revert, elidable=False)]
