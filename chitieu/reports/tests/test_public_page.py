"""The public page of a resolution: opt-in, open without login, cacheable, with no one's name on it."""

import pytest
from django.urls import reverse

from chitieu.evaluation.queries import evaluate_resolution
from chitieu.evaluation.text import resolution_summary
from chitieu.reports.tests.conftest import text_of

pytestmark = pytest.mark.django_db


def publish(data):
    data.resolution.is_public = True
    data.resolution.save()


def public_url(data):
    return reverse("reports:public_resolution", args=[data.resolution.pk])


def test_a_resolution_not_published_answers_404_even_to_its_approver(client, data, approver):
    assert client.get(public_url(data)).status_code == 404
    client.force_login(approver)
    assert client.get(public_url(data)).status_code == 404


def test_a_published_resolution_is_open_without_login_with_its_summary_and_table(client, data):
    publish(data)
    response = client.get(public_url(data))
    assert response.status_code == 200
    page = text_of(response)
    assert resolution_summary(evaluate_resolution(data.resolution)).headline in page
    assert "93,3%" in page and "Thu nhập bình quân đầu người" in page


def test_the_public_page_names_no_leader_and_no_user(client, data, approver):
    publish(data)
    client.force_login(approver)
    body = client.get(public_url(data)).content.decode()
    for name in ("Nguyễn Văn Bình", "Trần Thị Lan", "Phó Chủ tịch", "lanhdao.tn", "Hằng"):
        assert name not in body


def test_shared_caches_may_keep_the_public_page_for_five_minutes(client, data):
    publish(data)
    response = client.get(public_url(data))
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies


def test_the_public_table_does_not_link_to_the_signed_in_pages(client, data):
    publish(data)
    body = client.get(public_url(data)).content.decode()
    assert reverse("reports:target", args=[data.income.pk]) not in body
    assert reverse("reports:dashboard", args=[data.resolution.pk]) not in body
