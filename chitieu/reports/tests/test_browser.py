"""A leader reads the demo districts in Chromium, on a wide screen and on a phone, and sees the engine's numbers."""

from pathlib import Path

import pytest
from django.core.management import call_command

from chitieu.conftest import login
from chitieu.core.numbers import format_percent
from chitieu.criteria.catalogue import NEW_RURAL_SET
from chitieu.criteria.models import Assessment, CriteriaSet, Recognition
from chitieu.evaluation.queries import evaluate_resolution
from chitieu.evaluation.text import resolution_summary
from chitieu.plans.models import Resolution, Target
from chitieu.reports.tests.conftest import vi

# htmx adds its indicator <style> unless base.html turns includeIndicatorStyles off; the CSP blocks it (harmless).
HTMX_INDICATOR_STYLE = "sha256-faU7yAF8NxuMTNEwVmBz+VcYeIoBQ2EMHW3WaVxCvnk="
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
SCREENS = [(1280, 900), (390, 844)]  # a desk and a phone


@pytest.mark.django_db(transaction=True)
def test_a_leader_reads_the_demo_districts_on_a_wide_screen_and_on_a_phone(page, static_files):
    call_command("load_units", province=["demo"], verbosity=0)
    call_command("load_demo", verbosity=0)
    resolution = Resolution.objects.get(locality__name="Phú Lương", kind=Resolution.Kind.CONGRESS)
    district = resolution.locality
    result = evaluate_resolution(resolution)
    summary = resolution_summary(result)
    new_rural = Target.objects.get(resolution=resolution, name__startswith="Tỷ lệ xã đạt chuẩn nông thôn mới")
    criteria_set = CriteriaSet.objects.get(code=NEW_RURAL_SET[0])  # the demo's, with its illustrative rows
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "console",
        lambda m: problems.append(m.text) if m.type == "error" and "favicon" not in str(m.location) else None,
    )
    login(page, "lanhdao", "chitieu-demo")
    base = page.base_url
    SCREENSHOTS.mkdir(exist_ok=True)

    for width, height in SCREENS:
        page.set_viewport_size({"width": width, "height": height})

        page.goto(f"{base}/resolutions/{resolution.pk}/")
        assert page.locator(".summary .headline").inner_text() == summary.headline
        for row in result.rows:
            shown = page.locator(f'tr[data-target="{row.target.pk}"]')
            if row.evaluation.ratio_pct is not None:
                assert shown.locator("td.ratio").inner_text() == format_percent(row.evaluation.ratio_pct, 1)
            assert shown.locator(".badge").first.inner_text() == row_status(row)
        assert page.locator(f'tr[data-target="{new_rural.pk}"] td.latest').inner_text() == "92,3 (12/13)"
        assert page.get_by_text(vi("illustrative figures")).first.is_visible()
        page.screenshot(path=SCREENSHOTS / f"dashboard-{width}.png", full_page=True)

        page.goto(f"{base}/targets/{new_rural.pk}/")
        page.wait_for_selector(".chart svg")
        assert page.locator(".facts .counts").inner_text() == "12/13"
        assert page.locator(".facts").get_by_text("92,3", exact=False).first.is_visible()
        page.screenshot(path=SCREENSHOTS / f"target-{width}.png", full_page=True)

        page.goto(f"{base}/localities/{district.pk}/")
        links = page.locator("table.data tbody th a")
        assert links.count() == district.children.count()
        page.get_by_role("link", name="Xã Yên Ninh").click()
        page.wait_for_url("**/localities/*/")
        assert page.locator("h1").inner_text() == "Xã Yên Ninh"
        page.go_back()
        page.screenshot(path=SCREENSHOTS / f"locality-{width}.png", full_page=True)

        page.goto(f"{base}/localities/{district.pk}/criteria/{criteria_set.pk}/2023/")
        recognised = (
            Recognition.objects.filter(criteria_set=criteria_set, locality__parent=district)
            .values("locality")
            .distinct()
            .count()
        )
        units = Assessment.objects.filter(
            criterion__criteria_set=criteria_set, locality__parent=district, year=2023
        )
        total = units.values("locality").distinct().count()
        assert page.locator(".recognised").inner_text().startswith(f"{recognised}/{total} xã")
        page.screenshot(path=SCREENSHOTS / f"criteria-{width}.png", full_page=True)

    # The filters refresh the table in place (htmx) and keep the address shareable.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{base}/resolutions/{resolution.pk}/")
    not_met = [r for r in result.rows if r.depth == 0 and "not_met" in statuses(r.evaluation)]
    page.select_option("#id_status", "not_met")
    page.wait_for_url("**status=not_met**")
    page.wait_for_function(f"document.querySelectorAll('tr.depth-0').length === {len(not_met)}")
    # The headline follows the review's settings: swapped in with the table.
    page.select_option("#id_review", "mid-term")
    page.wait_for_url("**review=mid-term**")
    settings_line = vi("mid-term review").capitalize()
    page.wait_for_function(
        f"document.querySelector('#summary .settings').textContent.includes({settings_line!r})"
    )
    assert not [p for p in problems if HTMX_INDICATOR_STYLE not in p], problems


def statuses(evaluation) -> set[str]:
    return {evaluation.status.value}.union(*(statuses(child) for child in evaluation.children))


def row_status(row) -> str:
    from chitieu.evaluation.engine.wording import status_label

    return status_label(row.evaluation.status, None)
