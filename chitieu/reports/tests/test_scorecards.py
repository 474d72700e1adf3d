"""Scorecards: the targets each lead agency and each responsible leader answer for, with their statuses."""

import pytest
from django.urls import reverse

from chitieu.reports.tests.conftest import text_of

pytestmark = pytest.mark.django_db


def scorecards(client, data):
    return text_of(client.get(reverse("reports:scorecards", args=[data.resolution.pk])))


def test_each_agency_has_its_targets_and_how_many_are_met(client, data, approver):
    client.force_login(approver)
    page = scorecards(client, data)
    # Targets, met or exceeded, then one column per status present: vượt, đạt, không đạt, chưa có số liệu.
    assert "Phòng Nông nghiệp và PTNT 2 1/2 1 1 3. Tỷ lệ xã đạt chuẩn nông thôn mới 50,0% không đạt" in page
    assert "Phòng Tài chính - Kế hoạch 2 0/2 2 1. Thu nhập bình quân đầu người 93,3% không đạt" in page


def test_each_leader_has_the_targets_assigned_to_them(client, data, approver):
    client.force_login(approver)
    page = scorecards(client, data)
    assert "Nguyễn Văn Bình Phó Chủ tịch UBND huyện 2 0/2 2 1. Thu nhập" in page
    assert "Trần Thị Lan Phó Chủ tịch UBND huyện 1 0/1 1 3. Tỷ lệ xã" in page


def test_child_targets_count_for_their_parent_s_agency_when_they_have_none(client, data, approver):
    data.health.lead_agency = data.agriculture
    data.health.save()
    client.force_login(approver)
    page = scorecards(client, data)
    assert "Phòng Nông nghiệp và PTNT 4 3/4 1 2 1 " in page


def test_the_scorecards_are_refused_outside_the_scope(client, data, reporter):
    client.force_login(reporter)
    assert client.get(reverse("reports:scorecards", args=[data.resolution.pk])).status_code == 404
