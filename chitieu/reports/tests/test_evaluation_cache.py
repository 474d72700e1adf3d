"""The remembered evaluation is never shown once the data behind it have changed."""

from decimal import Decimal

import pytest
from django.urls import reverse

from chitieu.plans.models import PlanValue
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
