"""The entry checklist in Chromium at 1280 and 390 px: a flag wraps under its value instead of widening the table,
a sent page is read-only, and /entry/ shows each period's state (screenshots in screenshots/)."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from chitieu.conftest import login
from chitieu.results.tests.test_entry_checklist import growth_sub_target

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
SCREENS = [(1280, 900), (390, 844)]


def overflow(page, selector: str) -> int:
    """How many pixels an element is wider than the box that holds it (0: it fits)."""
    return page.evaluate(
        f"(() => {{ const e = document.querySelector('{selector}'); return e.scrollWidth - e.clientWidth; }})()"
    )


@pytest.mark.django_db(transaction=True)
def test_a_flag_wraps_under_its_value_and_a_sent_page_is_read_only(
    page, static_files, entry, reporter, approver
):
    entry.period.deadline = timezone.localdate() + timedelta(days=10)
    entry.period.save()
    growth_sub_target(entry)
    SHOTS.mkdir(exist_ok=True)
    page.on("dialog", lambda dialog: dialog.accept())
    login(page, reporter.username)
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    entry_url = f"{page.base_url}/entry/{entry.period.pk}/{entry.world.yen_ninh.pk}/"
    income = f"#id_i{entry.income_indicator.pk}-value"

    page.goto(entry_url)
    assert page.locator("table.entry .number", has_text="1.a").count() == 1
    page.fill(income, "1.234,5")  # 20 times the target: the engine flags it
    page.locator(income).blur()
    page.wait_for_selector(f"#flags-i{entry.income_indicator.pk} .flag")
    assert overflow(page, ".table-wrap") == 0  # at 1280 px every column stays on screen
    assert page.locator("th", has_text="Ghi chú").is_visible()
    page.screenshot(path=str(SHOTS / "checklist-flag-1280.png"), full_page=True)

    page.fill(income, "45,6")
    page.click("button[name=submit]")
    page.wait_for_selector("text=Đã gửi số liệu để phê duyệt.")
    assert page.locator(income).is_disabled()
    assert page.locator(".card.closed").inner_text().count("Nguyễn Thị Hằng") == 1
    assert page.locator("details[open]").count() == 0
    for width, height in SCREENS:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(entry_url)
        page.screenshot(path=str(SHOTS / f"checklist-sent-{width}.png"), full_page=True)
        page.goto(f"{page.base_url}/entry/")
        assert page.locator("td[data-state=submitted] .badge").inner_text() == "đã gửi"
        page.screenshot(path=str(SHOTS / f"entry-home-{width}.png"), full_page=True)
