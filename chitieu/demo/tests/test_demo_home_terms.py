"""The home page shows one term at a time: the term in course (2025-2030) by default, the others one click away,
the latest a user has anything in when the current one holds nothing of theirs; searchable by name."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from chitieu.reports.tests.conftest import text_of

pytestmark = pytest.mark.usefixtures("demo")


def home(client, username: str, **params):
    client.force_login(get_user_model().objects.get(username=username))
    return text_of(client.get(reverse("reports:home"), params))


def test_an_administrator_opens_on_2025_2030_with_the_other_terms_offered(db, client):
    page = home(client, "admin")
    assert "2025-2030 (10) · 2020-2025 (7) · 2015-2020 (1)" in page
    assert "Tỉnh Thái Nguyên Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ I" in page
    assert "Huyện Phú Lương" not in page


def test_the_term_switch_shows_the_five_districts_of_2020_2025(db, client):
    page = home(client, "admin", term="2020-2025")
    for district in ("Phú Lương", "Bạch Thông", "Phong Thổ", "Ba Chẽ", "Phụng Hiệp"):
        assert f"Huyện {district}" in page, district
    assert "lần thứ I, nhiệm kỳ 2025-2030" not in page


def test_the_office_of_the_abolished_district_now_at_the_province_opens_on_2025_2030_and_keeps_the_last_term(
    db, client
):
    page = home(client, "vanphong")
    assert "2025-2030 (3) · 2020-2025 (1)" in page
    assert "Tỉnh Thái Nguyên" in page
    assert "Huyện Phú Lương" in home(client, "vanphong", term="2020-2025")


def test_an_unknown_term_falls_back_to_the_current_one_and_a_search_narrows_the_list(db, client):
    assert "Tỉnh Lai Châu" in home(client, "admin", term="1990-1995")
    page = home(client, "admin", q="Dào San")
    assert "Xã Dào San" in page and "Tỉnh Lai Châu" not in page
    assert "Không có nghị quyết nào" in home(client, "admin", q="Hà Giang")


def test_the_province_leader_opens_on_the_merged_province_and_its_communes(db, client):
    page = home(client, "lanhdao")
    assert "2025-2030 (3) · 2020-2025 (1)" in page
    for unit in ("Tỉnh Thái Nguyên", "Xã Yên Trạch", "Xã Cẩm Giàng"):
        assert unit in page, unit
    assert "Huyện Phú Lương" in home(client, "lanhdao", term="2020-2025")
