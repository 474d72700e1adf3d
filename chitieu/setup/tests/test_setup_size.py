"""The setup page of the demo's biggest resolution stays small (issue 17: it was 727 KB): the page and every part of
every group it loads by htmx are under 100 KB. Their time is printed by bench/setup_page.py."""

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Count
from django.urls import reverse

from chitieu.plans.models import Resolution
from chitieu.setup.forms import PART_SIZE
from chitieu.setup.services import sections

pytestmark = pytest.mark.usefixtures("demo")
LIMIT = 100_000


def test_the_biggest_resolutions_setup_page_and_each_group_part_are_under_100_kb(client, db):
    resolution = Resolution.objects.annotate(n=Count("targets")).order_by("-n", "pk").first()
    assert resolution.n >= 30  # Phú Lương's 34 targets
    client.force_login(get_user_model().objects.get(username="admin"))
    page = client.get(reverse("setup:page", args=[resolution.pk]))
    assert page.status_code == 200 and len(page.content) < LIMIT, len(page.content)
    parts = 0
    for section in sections(resolution):
        for part in range(1, max(1, -(-section.count // PART_SIZE)) + 1):
            url = reverse("setup:group", args=[resolution.pk, section.key]) + f"?part={part}"
            response = client.get(url, HTTP_HX_REQUEST="true")
            assert response.status_code == 200 and len(response.content) < LIMIT, (url, len(response.content))
            parts += 1
    assert parts > len(sections(resolution))  # some group is long enough to come in parts
