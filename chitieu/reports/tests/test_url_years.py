"""A year in a URL outside 1900–2100 is a page not found, not a date that cannot exist (issue 18)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("year", ["10000", "0001", "1899", "2101", "99999999999999999999"])
def test_the_criteria_matrix_of_a_year_out_of_range_is_not_found(client, data, approver, world, year):
    client.force_login(approver)
    url = reverse("reports:criteria_matrix", args=[world.phu_luong.pk, data.ntm.pk, 2023]).replace(
        "2023", year
    )
    assert client.get(url).status_code == 404


def test_the_criteria_matrix_of_a_year_in_range_is_shown(client, data, approver, world):
    client.force_login(approver)
    assert (
        client.get(
            reverse("reports:criteria_matrix", args=[world.phu_luong.pk, data.ntm.pk, 2100])
        ).status_code
        == 200
    )
