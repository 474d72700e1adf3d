"""Drilling down the tree: a unit with the units below it and its resolutions; ranking units on one indicator."""

import pytest
from django.urls import reverse

from chitieu.localities.models import Locality
from chitieu.reports.tests.conftest import text_of, vi

pytestmark = pytest.mark.django_db


def locality_url(unit):
    return reverse("reports:locality", args=[unit.pk])


def test_the_province_page_links_its_districts_and_a_district_its_communes(client, world, approver):
    client.force_login(approver)
    body = client.get(locality_url(world.thai_nguyen)).content.decode()
    assert f'href="{locality_url(world.phu_luong)}"' in body
    body = client.get(locality_url(world.phu_luong)).content.decode()
    assert (
        f'href="{locality_url(world.yen_ninh)}"' in body and f'href="{locality_url(world.on_luong)}"' in body
    )
    assert f'href="{locality_url(world.thai_nguyen)}"' in body  # back up the tree


def test_a_district_page_lists_its_resolutions_with_links_to_their_dashboards(client, data, approver):
    client.force_login(approver)
    body = client.get(locality_url(data.resolution.locality)).content.decode()
    assert reverse("reports:dashboard", args=[data.resolution.pk]) in body
    assert reverse("reports:criteria_matrix", args=[data.resolution.locality_id, data.ntm.pk, 2023]) in body


def test_a_commune_reporter_opens_the_commune_but_not_the_district(client, world, reporter):
    client.force_login(reporter)
    assert client.get(locality_url(world.yen_ninh)).status_code == 200
    assert client.get(locality_url(world.phu_luong)).status_code == 404


def test_the_outsider_gets_404_for_every_unit_of_thai_nguyen(client, world, outsider):
    client.force_login(outsider)
    for unit in (world.thai_nguyen, world.phu_luong, world.yen_ninh):
        assert client.get(locality_url(unit)).status_code == 404


def test_a_merged_commune_links_to_the_communes_it_was_formed_from(client, world, approver):
    from datetime import date

    from chitieu.localities.models import LocalityLink

    merged = Locality.objects.create(
        name="Phú Lương",
        type_name="Xã",
        level=world.yen_ninh.level,
        parent=world.thai_nguyen,
        valid_from=date(2025, 7, 1),
    )
    LocalityLink.objects.create(predecessor=world.yen_ninh, successor=merged, effective=date(2025, 7, 1))
    client.force_login(approver)
    assert f'href="{locality_url(world.yen_ninh)}"' in client.get(locality_url(merged)).content.decode()
    assert f'href="{locality_url(merged)}"' in client.get(locality_url(world.yen_ninh)).content.decode()


def ranking_url(data, **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return reverse("reports:ranking", args=[data.revenue_indicator.pk]) + "?" + query


def test_the_ranking_puts_the_communes_in_order_of_their_figure_for_the_year(client, data, approver):
    client.force_login(approver)
    page = text_of(client.get(ranking_url(data, parent=data.resolution.locality_id, year=2023)))
    assert "1 Ôn Lương 120 01/01/2023–31/12/2023" in page
    assert "2 Yên Ninh 110 01/01/2023–31/12/2023" in page
    assert "Huyện Phú Lương 230" in page  # the district's rolled-up figure below the ranking


def test_the_ranking_defaults_to_the_latest_year_with_figures(client, data, approver):
    client.force_login(approver)
    page = text_of(client.get(ranking_url(data, parent=data.resolution.locality_id)))
    assert "1 Ôn Lương 120" in page


def test_without_a_parent_the_ranking_starts_at_the_reader_s_own_unit(client, data, approver):
    client.force_login(approver)
    page = text_of(client.get(ranking_url(data, year=2023)))
    assert "1 Phú Lương 230" in page


def test_ranking_below_a_unit_out_of_scope_answers_404(client, data, outsider, reporter):
    client.force_login(outsider)
    assert client.get(ranking_url(data, parent=data.resolution.locality_id)).status_code == 404
    client.force_login(reporter)
    assert client.get(ranking_url(data, parent=data.resolution.locality_id)).status_code == 404


def test_an_illustrative_figure_is_marked_in_the_ranking(client, data, approver, world):
    from chitieu.reports.tests.conftest import record

    record(data.revenue_indicator, world.yen_ninh, 2024, "130", illustrative=True)
    client.force_login(approver)
    page = text_of(client.get(ranking_url(data, parent=data.resolution.locality_id, year=2024)))
    assert f"Yên Ninh {vi('illustrative figures')} 130" in page
