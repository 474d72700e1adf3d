"""A review report is a Vietnamese document: an office clerk who browses in English still gets Vietnamese words
in the narrative and the annex."""

import pytest
from django.utils import translation

from chitieu.documents import report
from chitieu.documents.tests.conftest import demo_resolution, make_draft, office_user

pytestmark = pytest.mark.django_db

ENGLISH = ("exceeded", "not met", "on track", "likely to be met", "hard to meet", "no data yet", "nearly met")


def test_a_report_made_on_an_english_page_speaks_vietnamese():
    resolution = demo_resolution("Phú Lương")
    with translation.override("en"):
        draft = make_draft(resolution, office_user(resolution.locality))
        annex = report.annex_for(draft)
    targets = [line for line in annex.lines if not line.is_group]
    words = [line.status for line in targets] + [line.forecast for line in targets]
    words += [label for _status, label, _count in annex.status_counts]
    assert "vượt" in words and not [w for w in words if w in ENGLISH]
    assert not [w for w in ENGLISH if w in draft.generated_text]
