"""The office creates a resolution of its own unit in the web and goes on to its targets by one of three ways (typed,
from a workbook, from its pasted text); the home page and the dashboard lead there, only for the office."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.plans.models import Resolution

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(world):
    user = get_user_model().objects.create_user("vanphong.pl", password="chitieu-test")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=world.phu_luong)
    return user


def new(world, **fields) -> dict:
    return {
        "locality": world.yen_ninh.pk,
        "term": world.term.pk,
        "kind": "annual",
        "year": "2024",
        "title": "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2024 của xã Yên Ninh",
        "number": "05-NQ/ĐU",
        "issued_on": "20/12/2023",
        "issuing_body": "Đảng ủy xã Yên Ninh",
        "next": "text",
        **fields,
    }


def test_the_office_creates_a_resolution_and_pastes_its_targets_next(client, world, office):
    client.force_login(office)
    response = client.post(reverse("setup:new"), new(world))
    resolution = Resolution.objects.get(number="05-NQ/ĐU")
    assert response.url == reverse("reading:resolution_targets", args=[resolution.pk])
    assert (resolution.locality, resolution.kind, resolution.year) == (world.yen_ninh, "annual", 2024)
    assert resolution.issued_on.isoformat() == "2023-12-20"
    assert LogEntry.objects.get(object_id=str(resolution.pk)).user == office
    assert client.get(response.url).status_code == 200


@pytest.mark.parametrize(("step", "where"), [("setup", "/setup/{pk}/"), ("workbook", "/setup/{pk}/#import")])
def test_the_other_two_ways_lead_to_the_setup_page(client, world, office, step, where):
    client.force_login(office)
    response = client.post(reverse("setup:new"), new(world, next=step, kind="congress", year=""))
    assert response.url == where.format(pk=Resolution.objects.get(number="05-NQ/ĐU").pk)


def test_an_annual_resolution_without_its_year_is_refused_as_typed(client, world, office):
    client.force_login(office)
    response = client.post(reverse("setup:new"), new(world, year=""))
    text = response.content.decode()
    assert response.status_code == 200 and "Nghị quyết năm cần ghi năm." in text
    assert "Đảng ủy xã Yên Ninh" in text  # nothing typed is lost
    response = client.post(reverse("setup:new"), new(world, year="2019"))
    assert "Năm phải trong nhiệm kỳ 2020-2025 (2020-2025)." in response.content.decode()
    assert Resolution.objects.count() == 2  # the world's two


def test_no_office_creates_a_resolution_for_a_unit_outside_its_scope(client, world, office):
    client.force_login(office)
    response = client.post(reverse("setup:new"), new(world, locality=world.si_lo_lau.pk))
    assert response.status_code == 200 and "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
    assert "Sì Lở Lầu" not in client.get(reverse("setup:new")).content.decode()
    assert not Resolution.objects.filter(number="05-NQ/ĐU").exists()


@pytest.mark.parametrize("persona", ["reporter", "approver", "outsider"])
def test_only_an_office_may_create_a_resolution(client, world, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("setup:new")).status_code == 404
    assert client.post(reverse("setup:new"), new(world)).status_code == 404
    assert not Resolution.objects.filter(number="05-NQ/ĐU").exists()


def test_the_home_page_and_the_dashboard_lead_the_office_to_its_work(client, world, office):
    client.force_login(office)
    home = client.get(reverse("reports:home") + "?term=2020-2025").content.decode()
    for link in (
        reverse("setup:new"),
        reverse("setup:rounds"),
        reverse("results:not_reported"),
        reverse("reading:locality_report", args=[world.phu_luong.pk]),
    ):
        assert f'href="{link}"' in home, link
    pk = world.phu_luong_resolution.pk
    dashboard = client.get(reverse("reports:dashboard", args=[pk])).content.decode()
    assert f'href="{reverse("reading:resolution_targets", args=[pk])}"' in dashboard
    assert f'href="{reverse("setup:page", args=[pk])}#import"' in dashboard
    assert f'href="{reverse("setup:new")}"' in dashboard


def test_a_reporter_sees_none_of_the_offices_links(client, world, reporter):
    client.force_login(reporter)
    home = client.get(reverse("reports:home")).content.decode()
    assert reverse("setup:new") not in home and reverse("setup:rounds") not in home
    dashboard = client.get(
        reverse("reports:dashboard", args=[world.phu_luong_resolution.pk])
    ).content.decode()
    assert reverse("reading:resolution_targets", args=[world.phu_luong_resolution.pk]) not in dashboard
