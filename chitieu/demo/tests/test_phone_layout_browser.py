"""On a phone (390 px) the main pages of the fresh demo turn table rows into cards: the page never scrolls sideways,
and every field lies inside the screen, unclipped. At 1280 px the same pages keep their tables. Screenshots of
both widths go to screenshots/ (two of them are in the README)."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from chitieu.conftest import login
from chitieu.plans.models import Resolution
from chitieu.reports.tests.conftest import static_files  # noqa: F401  (a fixture)
from chitieu.results.models import Submission

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
PHONE, DESK = (390, 844), (1280, 900)

# Every problem the page has on a phone, as sentences: the body scrolling sideways, a field outside the screen
# or cut off by its box, a cell with text that the layout hides.
LAYOUT_PROBLEMS = """() => {
  const doc = document.documentElement;
  const width = doc.clientWidth;
  const problems = [];
  if (doc.scrollWidth > width) problems.push(`the page scrolls sideways by ${doc.scrollWidth - width} px`);
  const name = (el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.value || '').trim().slice(0, 40)}"`;
  const fields = document.querySelectorAll(
    "main table.data:not(.matrix) tbody td, main table.data:not(.matrix) tbody th, main input:not([type=hidden]), " +
    "main select, main textarea, main .badge, main button");
  for (const el of fields) {
    const style = getComputedStyle(el);
    if (style.display === "none" || el.closest("details:not([open])")) {
      if (el.matches("td, th") && el.textContent.trim()) problems.push(`${name(el)} is hidden`);
      continue;
    }
    const box = el.getBoundingClientRect();
    if (box.left < -0.5 || box.right > width + 0.5) problems.push(`${name(el)} lies outside the screen`);
    if (el.matches("td, th, .badge") && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is cut off`);
  }
  for (const frame of document.querySelectorAll("main .table-wrap")) {
    if (frame.scrollWidth > frame.clientWidth + 1 && !frame.querySelector("table.matrix"))
      problems.push(`a table scrolls inside its frame by ${frame.scrollWidth - frame.clientWidth} px`);
  }
  return problems;
}"""


def check(page, name: str, cards: str | None = None) -> None:
    """Both widths: a screenshot each; on the phone, the `cards` table reads as cards and the page has no layout
    problem at all (a table that fits may stay a table); on the desk, tables stay tables and nothing scrolls sideways."""
    page.set_viewport_size({"width": PHONE[0], "height": PHONE[1]})
    page.reload()
    if cards:
        page.wait_for_selector(f"{cards}.cards")
        assert (
            page.locator(f"{cards} tbody tr").first.evaluate("row => getComputedStyle(row).display")
            == "block"
        )
    assert page.evaluate(LAYOUT_PROBLEMS) == [], name
    page.screenshot(path=str(SHOTS / f"{name}-390.png"), full_page=True)
    page.set_viewport_size({"width": DESK[0], "height": DESK[1]})
    page.reload()
    if cards:
        assert (
            page.locator(f"{cards} tbody tr").first.evaluate("row => getComputedStyle(row).display")
            == "table-row"
        )
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), name
    page.screenshot(path=str(SHOTS / f"{name}-1280.png"), full_page=True)


def switch(page, username: str) -> None:
    page.context.clear_cookies()
    login(page, username, "chitieu-demo")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("static_files")
def test_the_main_pages_of_the_demo_read_as_cards_on_a_phone(page):
    call_command("load_units", province=["demo"], stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    SHOTS.mkdir(exist_ok=True)
    page.on("dialog", lambda dialog: dialog.accept())
    base = page.base_url

    switch(page, "baocao")
    page.goto(f"{base}/entry/")
    check(page, "phone-entry-home")
    page.locator("td[data-state] a", has_text="Nhập").first.click()
    page.wait_for_url("**/entry/*/*/")
    entry_url = page.url
    check(page, "phone-entry", "table.entry")
    value = page.locator("table.entry td.value input:not([disabled])").first
    value.fill("12,5")
    page.click("button[name=submit]")
    page.wait_for_selector(".messages li")
    page.goto(entry_url)
    page.locator("table.entry a.history").first.click()
    page.wait_for_url("**/entry/history/**")
    check(page, "phone-history", "table.changes")

    switch(page, "lanhdao")
    page.goto(f"{base}/entry/approvals/")
    check(page, "phone-approvals")
    sent = Submission.objects.filter(status=Submission.Status.SUBMITTED, locality__name="Yên Trạch").latest(
        "pk"
    )
    page.goto(f"{base}/entry/approvals/{sent.pk}/")
    check(page, "phone-approval", "main table.data")

    for resolution in (
        Resolution.objects.get(locality__name="Phú Lương", kind=Resolution.Kind.CONGRESS),
        Resolution.objects.filter(locality__name="Thái Nguyên", term__start_year=2025).first(),
    ):
        slug = f"{resolution.term.start_year}-{resolution.locality.pk}"
        page.goto(f"{base}/resolutions/{resolution.pk}/")
        check(page, f"phone-dashboard-{slug}", "table.targets")
        page.goto(f"{base}/public/resolutions/{resolution.pk}/")
        check(page, f"phone-public-{slug}", "table.targets")
