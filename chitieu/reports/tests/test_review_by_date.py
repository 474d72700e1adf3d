"""A dashboard without a review chosen reviews the term as its date allows: mid-term before the term ends, with a
shortfall read "chưa đạt" in the table (the group counts take its forecast); end-of-term after, "không đạt"."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def badges(html: str, selector: str) -> list[str]:
    return re.findall(rf'<{selector}[^>]*>\s*<span class="badge not_met">([^<]+)</span>', html)


def test_a_shortfall_before_the_deadline_is_not_yet_met_everywhere_on_the_dashboard(client, data, approver):
    client.force_login(approver)
    url = reverse("reports:dashboard", args=[data.resolution.pk])
    during = client.get(url, {"as_of": "31/12/2023"}).content.decode()
    assert '<p class="settings muted">Sơ kết giữa nhiệm kỳ,' in during
    assert set(badges(during, 'td class="status"')) == {"chưa đạt"}
    # The group counts of a mid-term review count those targets by their forecast: none is "không đạt".
    assert badges(during, 'th scope="col" class="num"') == []
    after = client.get(url, {"as_of": "31/01/2026"}).content.decode()
    assert '<p class="settings muted">Tổng kết nhiệm kỳ,' in after
    assert set(badges(after, 'td class="status"')) == {"không đạt"}
    assert badges(after, 'th scope="col" class="num"') == ["không đạt"]


def test_a_review_chosen_is_kept_whatever_the_date(client, data, approver):
    client.force_login(approver)
    url = reverse("reports:dashboard", args=[data.resolution.pk])
    page = client.get(url, {"as_of": "31/12/2023", "review": "end-of-term"}).content.decode()
    assert '<p class="settings muted">Tổng kết nhiệm kỳ,' in page
