"""The API reads numbers, ids and dates as machines write them, and nothing looser: a number is a JSON number or
ASCII digits, an id an integer, a date YYYY-MM-DD between 2000 and ten years ahead. Each refusal names the field."""

import json

import pytest

from chitieu.results.models import Observation

from .conftest import INCOME, api_client


@pytest.fixture
def office(world, figures, django_user_model):
    from chitieu.accounts.models import Membership

    user = django_user_model.objects.create_user("vanphong.tn", password="chitieu-test")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=world.thai_nguyen)
    return api_client(user)


def item(world, **changes) -> dict:
    return {
        "indicator": INCOME,
        "locality_id": world.yen_ninh.pk,
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "value": "45.5",
        **changes,
    }


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"value": "1_000"}, "value"),
        ({"value": "٣٤"}, "value"),  # Arabic-Indic digits
        ({"value": "４５"}, "value"),  # full-width digits
        ({"value": True}, "value"),
        ({"locality_id": True}, "locality_id"),
        ({"locality_id": 3.0}, "locality_id"),
        ({"period_start": "0001-01-01"}, "period_start"),
        ({"period_end": "9999-12-31"}, "period_end"),
        ({"period_start": 1704067200}, "period_start"),
    ],
)
def test_a_loose_number_id_or_date_is_refused_by_name(world, office, changes, field):
    before = Observation.objects.count()
    response = office.post(
        "/api/v1/observations/bulk",
        json.dumps({"items": [item(world, **changes)]}),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == [field]
    assert Observation.objects.count() == before


def test_plain_numbers_and_digit_strings_are_accepted(world, office):
    items = [item(world, value=45.5), item(world, value="46", kind="estimate")]
    response = office.post(
        "/api/v1/observations/bulk", json.dumps({"items": items}), content_type="application/json"
    )
    assert response.status_code == 200, response.json()
