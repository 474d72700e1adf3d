"""The collation "vi" that core.collation.by_name orders by. SQLite gets it on each connection (CoreConfig)."""

from django.db import migrations, transaction


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic():
            # ICU's Vietnamese rules, numbers by value ("Phường 2" before "Phường 10").
            schema_editor.execute(
                "CREATE COLLATION IF NOT EXISTS vi (provider = icu, locale = 'vi-u-kn-true', deterministic = true)"
            )
    except Exception:
        # A PostgreSQL built without ICU: the database's own order, so that queries still run.
        schema_editor.execute('CREATE COLLATION IF NOT EXISTS vi FROM "default"')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP COLLATION IF EXISTS vi")


class Migration(migrations.Migration):
    dependencies: list = []
    operations = [migrations.RunPython(create, drop)]
