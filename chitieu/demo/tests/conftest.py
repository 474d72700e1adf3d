"""The demo loaded once per test module: the official units of the demo provinces, then `load-demo`.

Loading takes a few seconds, so a module loads it once outside the tests' transactions and empties the
database when its tests are done; each test still runs in its own transaction and may write freely.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test.utils import override_settings

# Hashing four demo passwords with the production hasher costs seconds; the tests check logins, not hashing.
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS):
        call_command("load_units", province=["demo"], stdout=StringIO())
        call_command("load_demo", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
