"""The demo districts, loaded once for every module of this folder (loading takes seconds) and emptied after
them; each test still runs in its own transaction. Tests on the small `world` live one folder up, because the
two data sets share unit and level names."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture(scope="package", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_units", province=["demo"], stdout=StringIO())
        call_command("load_demo", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
