"""The OpenAPI document and its Swagger page: offline, and declaring every answer each operation can give."""

import re
from pathlib import Path

import ninja
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

NINJA_STATIC = Path(ninja.__file__).parent / "static"


@pytest.fixture
def document(client, db) -> dict:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def operations(document: dict):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield f"{method.upper()} {path}", path, operation


def test_the_docs_page_loads_only_local_static_files(client, db):
    page = client.get("/api/v1/docs").content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert urls, page
    assert all(url.startswith("/static/ninja/") for url in urls), urls
    assert "http" not in page.replace('"url": "/api/v1/openapi.json"', "")
    for url in urls:
        assert (NINJA_STATIC / url.removeprefix("/static/")).is_file(), url


@pytest.mark.skipif("ninja" not in settings.INSTALLED_APPS, reason="needs 'ninja' in INSTALLED_APPS")
def test_the_swagger_files_are_found_by_staticfiles():
    for name in ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-init.js", "favicon.png"):
        assert finders.find(f"ninja/{name}"), name


def test_every_operation_declares_auth_rate_limit_and_validation_answers(document):
    for label, path, operation in operations(document):
        codes = set(operation["responses"])
        assert {"200", "401", "422", "429"} <= codes, label
        assert "Retry-After" in operation["responses"]["429"]["headers"], label
        assert operation["security"] == [{"TokenAuth": []}], label
        if "{" in path or any(p["name"] in {"root", "resolution", "target"} for p in operation["parameters"]):
            assert "404" in codes, label


def test_every_bulk_write_declares_json_and_csv_bodies_and_its_refusals(document):
    bulk = [(label, op) for label, path, op in operations(document) if path.endswith("/bulk")]
    assert len(bulk) == 2
    for label, operation in bulk:
        assert set(operation["requestBody"]["content"]) == {"application/json", "text/csv"}, label
        assert {"400", "403", "413", "415"} <= set(operation["responses"]), label


def test_the_csv_export_is_documented_as_csv(document):
    answer = document["paths"]["/api/v1/observations.csv"]["get"]["responses"]["200"]
    assert set(answer["content"]) == {"text/csv"}


def test_every_operation_is_described_in_vietnamese(document):
    for label, _path, operation in operations(document):
        assert operation["summary"] and operation["tags"], label
        for code, answer in operation["responses"].items():
            assert answer["description"] not in {"OK", "Unauthorized", "Not Found", "Too Many Requests"}, (
                label,
                code,
            )
