"""Fixtures of the report tests: an office clerk, drafts, a private MEDIA_ROOT (the demo data: demo/conftest.py).

Reports run their export task synchronously here (Django's ImmediateBackend), whatever TASKS the settings name.
"""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from chitieu.accounts.models import Membership
from chitieu.documents import services
from chitieu.documents.models import Body, ReportDraft, ReportKind
from chitieu.plans.models import Resolution

IMMEDIATE_TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
MID_TERM_DAY = date(2023, 6, 30)  # Phú Lương's article reports at mid-term with figures known on 30/6/2023


@pytest.fixture(autouse=True)
def vietnamese():
    """Reports are Vietnamese documents: what a test expects is worded in Vietnamese too, whatever language an
    earlier test's request left active in this thread."""
    with translation.override("vi"):
        yield


@pytest.fixture(autouse=True)
def media_and_tasks(tmp_path, settings):
    """Files under a temporary MEDIA_ROOT and tasks run at once (chitieu/conftest.py sets the quick hasher)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = IMMEDIATE_TASKS
    return settings.MEDIA_ROOT


def demo_resolution(district: str) -> Resolution:
    """The congress resolution of a demo district."""
    return Resolution.objects.select_related("locality__parent", "term").get(
        locality__name=district, kind=Resolution.Kind.CONGRESS, term__name="2020-2025"
    )


def office_user(locality, username: str = "vanphong.test"):
    user = get_user_model().objects.create_user(username, password="chitieu-test", first_name="Lan")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=locality)
    return user


def make_draft(
    resolution: Resolution,
    user,
    *,
    kind: str = ReportKind.MID_TERM,
    as_of: date = MID_TERM_DAY,
    body: str = Body.PARTY,
    dated: date | None = date(2023, 10, 15),
) -> ReportDraft:
    return services.create_draft(
        resolution,
        kind=kind,
        as_of=as_of,
        body=body,
        place="",
        dated=dated,
        signer="Nguyễn Văn Hùng",
        signer_title="",
        user=user,
    )
