"""The number of SQL queries a page makes does not grow with the number of targets or communes."""

import pytest
from django.urls import reverse

from chitieu.reports.evaluations import forget
from chitieu.reports.generated import build_province

pytestmark = pytest.mark.django_db

# Measured on the smaller province; the larger one, with three times the communes and twice the targets, must
# not need one query more. The cached evaluation is checked by its unit's version, the same on both databases.
NOTICES = 1  # the unread notices counted in the header of a signed-in page
DASHBOARD = 28 + NOTICES
TARGET_PAGE = 41 + NOTICES  # the breakdown reads the units below: their own rows and roll-ups, two queries
SCORECARDS = 26 + NOTICES
PUBLIC = 26 + 2  # the units below and their last approval: the page says as of which approval


@pytest.mark.parametrize(("districts", "communes", "indicators"), [(2, 2, 8), (3, 4, 16)])
def test_the_pages_of_a_province_make_the_same_number_of_queries_whatever_its_size(
    client, districts, communes, indicators, django_assert_max_num_queries
):
    province = build_province(districts, communes, indicators)
    resolution = province.resolution
    client.force_login(province.user)
    forget()
    with django_assert_max_num_queries(DASHBOARD):
        assert client.get(reverse("reports:dashboard", args=[resolution.pk])).status_code == 200
    with django_assert_max_num_queries(DASHBOARD):
        assert client.get(reverse("reports:dashboard", args=[resolution.pk])).status_code == 200  # cached
    with django_assert_max_num_queries(TARGET_PAGE):
        target = resolution.targets.order_by("pk").first()
        assert client.get(reverse("reports:target", args=[target.pk])).status_code == 200
    forget()
    with django_assert_max_num_queries(SCORECARDS):
        assert client.get(reverse("reports:scorecards", args=[resolution.pk])).status_code == 200
    with django_assert_max_num_queries(PUBLIC):
        assert client.get(reverse("reports:public_resolution", args=[resolution.pk])).status_code == 200
