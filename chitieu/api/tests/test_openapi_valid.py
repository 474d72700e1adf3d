"""The OpenAPI document is valid JSON without duplicate keys, and Swagger UI renders every operation from it."""

import json

import pytest

from chitieu.api.api import api


def refuse_duplicates(pairs: list[tuple[str, object]]) -> dict:
    """An object_pairs_hook that fails where json.loads would silently keep the last of two equal keys."""
    keys = [key for key, _ in pairs]
    duplicated = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicated, f"duplicated keys: {duplicated}"
    return dict(pairs)


def test_the_openapi_document_has_no_duplicate_keys(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content, object_pairs_hook=refuse_duplicates)
    assert document["paths"]["/api/v1/observations.csv"]["get"]["responses"]["200"]["content"]["text/csv"]


def test_the_csv_export_keeps_its_own_description_of_the_answer(client, db):
    answer = client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/observations.csv"]["get"][
        "responses"
    ]
    assert answer["200"]["description"].startswith("Tệp CSV UTF-8")


@pytest.mark.django_db(transaction=True)
def test_swagger_renders_every_operation_in_chromium(page):
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{page.base_url}/api/v1/docs")
    page.wait_for_selector(".opblock-summary", timeout=15000)
    shown = page.locator(".opblock-summary").count()
    expected = sum(len(methods) for methods in api.get_openapi_schema()["paths"].values())
    assert shown == expected
    assert page.locator(".errors-wrapper").count() == 0
    assert page.get_by_text("/api/v1/observations.csv").first.is_visible()
    assert not problems
