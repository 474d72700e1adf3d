"""The remembered evaluation is never shown once the data behind it have changed, survives writes elsewhere, and is
shared by the workers; checking it never counts the observation table."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chitieu.plans.models import PlanValue
from chitieu.reports import evaluations
from chitieu.reports.tests.conftest import record, text_of

pytestmark = pytest.mark.django_db


def dashboard(client, data):
    return text_of(client.get(reverse("reports:dashboard", args=[data.resolution.pk])))


def test_a_figure_entered_after_a_visit_shows_on_the_next_one(client, data, approver, world):
    client.force_login(approver)
    assert "93,3%" in dashboard(client, data)
    record(data.income.indicator, world.phu_luong, 2024, "61")  # the official 2024 figure
    page = dashboard(client, data)
    assert "101,7%" in page and "93,3%" not in page


def test_a_changed_target_shows_on_the_next_visit(client, data, approver):
    client.force_login(approver)
    assert "93,3%" in dashboard(client, data)
    data.income.value = Decimal(70)
    data.income.save()
    assert "80,0%" in dashboard(client, data)


def test_a_new_plan_shows_on_the_next_visit(client, data, approver):
    client.force_login(approver)
    dashboard(client, data)
    PlanValue.objects.create(target=data.income, year=2024, value=Decimal(55), source=PlanValue.Source.ANNUAL)
    target_page = text_of(client.get(reverse("reports:target", args=[data.income.pk])))
    assert "55 (Nghị quyết năm" in target_page


def test_a_recognition_revoked_shows_on_the_next_visit(client, data, approver):
    from chitieu.criteria.models import Recognition

    client.force_login(approver)
    assert "50,0%" in dashboard(client, data)
    Recognition.objects.all().delete()
    assert "50,0%" not in dashboard(client, data)


@pytest.fixture
def computed(monkeypatch) -> list:
    """The evaluations computed (not served from the cache), in order."""
    made: list = []
    evaluate = evaluations.evaluate_resolution

    def counting(resolution, config, **options):
        made.append(resolution.pk)
        return evaluate(resolution, config, **options)

    monkeypatch.setattr(evaluations, "evaluate_resolution", counting)
    return made


def test_a_figure_saved_in_another_province_keeps_the_cached_evaluation(
    client, approver, data, world, computed
):
    client.force_login(approver)
    page = reverse("reports:target", args=[data.revenue.pk])
    assert client.get(page).status_code == 200
    record(data.revenue_indicator, world.si_lo_lau, 2023, "5")
    assert client.get(page).status_code == 200
    assert computed == [world.phu_luong_resolution.pk]


def test_a_figure_saved_below_the_unit_is_on_the_next_page_view(client, approver, data, world, computed):
    client.force_login(approver)
    page = reverse("reports:target", args=[data.revenue.pk])
    assert "230" in text_of(client.get(page))  # 2023: Yên Ninh 110 + Ôn Lương 120
    record(data.revenue_indicator, world.yen_ninh, 2023, "200")
    assert "320" in text_of(client.get(page))
    assert computed == [world.phu_luong_resolution.pk] * 2


def test_a_figure_saved_for_the_province_above_keeps_the_district_evaluation(
    client, approver, data, world, computed
):
    client.force_login(approver)
    page = reverse("reports:target", args=[data.revenue.pk])
    client.get(page)
    record(data.revenue_indicator, world.thai_nguyen, 2023, "999")
    client.get(page)
    assert len(computed) == 1


def test_checking_the_cache_never_reads_the_observation_table(client, approver, data):
    client.force_login(approver)
    page = reverse("reports:target", args=[data.revenue.pk])
    client.get(page)
    with CaptureQueriesContext(connection) as queries:
        client.get(page)
    counted = [
        q["sql"] for q in queries.captured_queries if "COUNT" in q["sql"] and "observation" in q["sql"]
    ]
    assert counted == []


def test_another_worker_fetches_the_evaluation_instead_of_computing_it(client, approver, data, computed):
    client.force_login(approver)
    page = reverse("reports:target", args=[data.revenue.pk])
    client.get(page)
    with evaluations._lock:
        evaluations._entries.clear()  # a second process: nothing of its own yet, the shared cache filled
    assert "230" in text_of(client.get(page))
    assert len(computed) == 1


def test_a_page_is_computed_when_redis_does_not_answer(client, approver, data, settings, computed):
    settings.CACHES = {
        **settings.CACHES,
        "evaluations": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        },
    }
    client.force_login(approver)
    response = client.get(reverse("reports:target", args=[data.revenue.pk]))
    assert response.status_code == 200 and "230" in text_of(response)
    assert len(computed) == 1
