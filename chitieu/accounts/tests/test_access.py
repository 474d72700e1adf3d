"""Who may see and change what: each rule tried by the three personas."""

import pytest
from django.http import Http404

from chitieu.results import access


def test_the_province_approver_sees_every_unit_below_the_province(world, approver):
    assert access.can_view(approver, world.thai_nguyen)
    assert access.can_view(approver, world.yen_ninh)
    assert access.can_approve(approver, world.phu_luong)


def test_the_province_approver_sees_nothing_of_another_province(world, approver):
    assert not access.can_view(approver, world.lai_chau)
    assert not access.can_view(approver, world.si_lo_lau)


def test_the_province_approver_does_not_report_figures(world, approver):
    assert not access.can_report(approver, world.yen_ninh)


def test_the_commune_reporter_reports_for_the_commune_only(world, reporter):
    assert access.can_report(reporter, world.yen_ninh)
    assert not access.can_report(reporter, world.on_luong)
    assert not access.can_view(reporter, world.phu_luong)


def test_the_commune_reporter_cannot_approve(world, reporter):
    assert not access.can_approve(reporter, world.yen_ninh)


def test_the_outsider_sees_nothing_of_thai_nguyen(world, outsider):
    assert not access.can_view(outsider, world.thai_nguyen)
    assert not access.can_view(outsider, world.yen_ninh)
    assert access.can_report(outsider, world.si_lo_lau)


def test_a_resolution_outside_the_scope_answers_404_as_if_it_did_not_exist(world, approver, outsider):
    assert access.resolution_for(approver, world.phu_luong_resolution.pk) == world.phu_luong_resolution
    with pytest.raises(Http404):
        access.resolution_for(outsider, world.phu_luong_resolution.pk)
    with pytest.raises(Http404):
        access.resolution_for(approver, world.phong_tho_resolution.pk)
    with pytest.raises(Http404):
        access.resolution_for(approver, 999_999)


def test_visible_resolutions_follow_the_scope(world, approver, reporter, outsider):
    assert list(access.visible_resolutions(approver)) == [world.phu_luong_resolution]
    assert list(access.visible_resolutions(reporter)) == []
    assert list(access.visible_resolutions(outsider)) == []


def test_an_anonymous_visitor_may_see_nothing(world):
    from django.contrib.auth.models import AnonymousUser

    assert not access.can_view(AnonymousUser(), world.phu_luong)
    assert access.visible_locality_ids(AnonymousUser()) == set()


def test_the_home_page_lists_only_resolutions_in_scope(client, world, approver, outsider):
    client.force_login(approver)
    page = client.get("/").content.decode()
    assert "Phú Lương" in page and "Phong Thổ" not in page
    client.force_login(outsider)
    page = client.get("/").content.decode()
    assert "Phú Lương" not in page


def test_the_home_page_asks_an_anonymous_visitor_to_log_in(client, world):
    response = client.get("/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
