"""A leader reads the demo districts in Chromium, on a wide screen and on a phone, and sees the engine's numbers."""

from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from chitieu.conftest import login
from chitieu.core.numbers import format_percent
from chitieu.criteria.models import Assessment, CriteriaSet, Criterion, Recognition
from chitieu.evaluation.queries import evaluate_resolution
from chitieu.evaluation.text import resolution_summary
from chitieu.localities.models import Level, Locality
from chitieu.plans.models import Resolution, Target
from chitieu.reports.tests.conftest import vi

# htmx adds its indicator <style> unless base.html turns includeIndicatorStyles off; the CSP blocks it (harmless).
HTMX_INDICATOR_STYLE = "sha256-faU7yAF8NxuMTNEwVmBz+VcYeIoBQ2EMHW3WaVxCvnk="
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
SCREENS = [(1280, 900), (390, 844)]  # a desk and a phone
NEW_RURAL_CRITERIA = (
    "Quy hoạch",
    "Giao thông",
    "Thủy lợi và phòng, chống thiên tai",
    "Điện",
    "Trường học",
    "Cơ sở vật chất văn hóa",
    "Cơ sở hạ tầng thương mại nông thôn",
    "Thông tin và Truyền thông",
    "Nhà ở dân cư",
    "Thu nhập",
    "Nghèo đa chiều",
    "Lao động",
    "Tổ chức sản xuất và phát triển kinh tế nông thôn",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Văn hóa",
    "Môi trường và an toàn thực phẩm",
    "Hệ thống chính trị và tiếp cận pháp luật",
    "Quốc phòng và An ninh",
)  # Quyết định 318/QĐ-TTg


def new_rural_set(district: Locality) -> CriteriaSet:
    """The demo's criteria set, or one seeded here (marked illustrative) when the demo has none yet."""
    found = CriteriaSet.objects.filter(criteria__assessments__locality__parent=district).distinct().first()
    if found is not None:
        return found
    criteria_set = CriteriaSet.objects.create(
        code="ntm-xa-2021-2025",
        name="Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025",
        level=Level.objects.get(slug="commune"),
        legal_basis="Quyết định 318/QĐ-TTg",
        recognition_levels="đạt chuẩn, nâng cao, kiểu mẫu",
    )
    criteria = [
        Criterion.objects.create(criteria_set=criteria_set, number=n, name=name)
        for n, name in enumerate(NEW_RURAL_CRITERIA, 1)
    ]
    communes = list(district.children.filter(type_name="Xã").order_by("name"))
    for index, commune in enumerate(communes):
        for criterion in criteria:
            met = index > 0 or criterion.number < 15
            Assessment.objects.create(
                locality=commune, criterion=criterion, year=2023, met=met, is_illustrative=True
            )
        if index > 0:
            Recognition.objects.create(
                locality=commune,
                criteria_set=criteria_set,
                decided_on=date(2021 + index % 3, 12, 1),
                is_illustrative=True,
            )
    return criteria_set


@pytest.mark.django_db(transaction=True)
def test_a_leader_reads_the_demo_districts_on_a_wide_screen_and_on_a_phone(page, static_files):
    call_command("load_units", province=["demo"], verbosity=0)
    call_command("load_demo", verbosity=0)
    resolution = Resolution.objects.get(locality__name="Phú Lương", kind=Resolution.Kind.CONGRESS)
    district = resolution.locality
    result = evaluate_resolution(resolution)
    summary = resolution_summary(result)
    new_rural = Target.objects.get(resolution=resolution, name__startswith="Tỷ lệ xã đạt chuẩn nông thôn mới")
    criteria_set = new_rural_set(district)
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
        recognised = Recognition.objects.filter(criteria_set=criteria_set, locality__parent=district).count()
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
