"""In Chromium: the demo's home page opens on the current term (2025-2030) and one click on 2020-2025 shows the
five districts of the seed articles."""

import pytest
from django.core.management import call_command

from chitieu.conftest import login
from chitieu.reports.tests.conftest import static_files  # noqa: F401  (a fixture)

DISTRICTS = ("Phú Lương", "Bạch Thông", "Phong Thổ", "Ba Chẽ", "Phụng Hiệp")
NEW_UNITS = ("Tỉnh Thái Nguyên", "Thành phố Cần Thơ", "Tỉnh Lai Châu", "Xã Yên Trạch", "Xã Dào San")


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("static_files")
def test_the_home_page_opens_on_2025_2030_and_switches_to_the_five_districts_of_2020_2025(page):
    call_command("load_units", province=["demo"], verbosity=0)
    call_command("load_demo", verbosity=0)
    login(page, "admin", "chitieu-demo")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(f"{page.base_url}/")
    current = page.locator("nav.terms [aria-current=page]").inner_text()
    assert current.startswith("2025-2030")
    table = page.locator("table.data").inner_text()
    for unit in NEW_UNITS:
        assert unit in table, unit
    assert "Huyện" not in table

    page.click("nav.terms a:has-text('2020-2025')")
    page.wait_for_url("**/?term=2020-2025")
    assert page.locator("nav.terms [aria-current=page]").inner_text().startswith("2020-2025")
    table = page.locator("table.data").inner_text()
    for district in DISTRICTS:
        assert f"Huyện {district}" in table, district
    assert "2025-2030" not in table
