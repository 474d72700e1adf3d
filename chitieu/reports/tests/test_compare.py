"""Comparing resolutions side by side on the indicators they share."""

from decimal import Decimal

import pytest
from django.urls import reverse

from chitieu.plans.models import Resolution, Target
from chitieu.reports.tests.conftest import record, text_of, vi

pytestmark = pytest.mark.django_db


@pytest.fixture
def dai_tu(data, world):
    """A second district of Thái Nguyên with a target on the same income indicator."""
    from chitieu.localities.models import Locality

    unit = Locality.objects.create(
        name="Đại Từ", type_name="Huyện", level=world.phu_luong.level, parent=world.thai_nguyen
    )
    resolution = Resolution.objects.create(
        locality=unit, term=world.term, title="Nghị quyết Đại hội Đảng bộ huyện Đại Từ lần thứ XXIV"
    )
    Target.objects.create(
        resolution=resolution,
        label="1.",
        name="Thu nhập bình quân đầu người",
        indicator=data.income.indicator,
        unit="triệu đồng",
        value=Decimal(65),
    )
    record(data.income.indicator, unit, 2023, "61.1")
    return resolution


def compare_url(*resolutions):
    return reverse("reports:compare") + "?" + "&".join(f"r={r.pk}" for r in resolutions)


def test_the_shared_indicator_shows_each_resolution_s_target_figure_and_status(
    client, data, approver, dai_tu
):
    client.force_login(approver)
    page = text_of(client.get(compare_url(data.resolution, dai_tu)))
    target = vi("Target")
    assert (
        f"Thu nhập bình quân đầu người (triệu đồng) {target}: 60 triệu đồng 56 · 93,3% không đạt {target}: 65 triệu đồng 61,1 · 94,0% không đạt"
        in page
    )
    assert "Thu ngân sách" not in page.split(vi("Shared indicators"))[1]  # only Phú Lương has it


def test_a_resolution_out_of_scope_cannot_be_compared(client, data, approver, world):
    client.force_login(approver)
    assert client.get(compare_url(data.resolution, world.phong_tho_resolution)).status_code == 404


def test_without_a_choice_the_page_offers_the_visible_resolutions(client, data, approver, dai_tu, world):
    client.force_login(approver)
    body = client.get(reverse("reports:compare")).content.decode()
    assert dai_tu.title in body and data.resolution.title in body
    assert world.phong_tho_resolution.title not in body
