"""Backup and restore: a round trip gives back every table, row for row."""

from io import StringIO

import pytest
from django.core.management import call_command

from chitieu.localities.units import select_provinces
from chitieu.plans.models import Resolution
from chitieu.results.models import Observation
from chitieu.scale.backup import fingerprint
from chitieu.scale.generator import generate


@pytest.mark.django_db(transaction=True)
def test_a_restore_gives_back_every_table_row_for_row(tmp_path):
    generate(select_provinces(["Lai Châu"]), seed=3, communes=2)
    before = fingerprint()
    path = tmp_path / "chitieu.backup"
    call_command("backup", str(path), stdout=StringIO())
    Observation.objects.filter(kind=1).delete()
    Resolution.objects.filter(locality__level__slug="commune").delete()
    assert fingerprint() != before
    out = StringIO()
    call_command("restore", str(path), stdout=out)
    assert "Đã khôi phục" in out.getvalue()
    assert fingerprint() == before
