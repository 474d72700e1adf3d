"""In Chromium, on the demo: the office signs in, creates a resolution from the home page by pasting its target list,
names a leader on the setup page (a group loaded by htmx), opens a reporting round and sees who has not reported —
never visiting the back office (issue 17)."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from chitieu.accounts.models import Membership
from chitieu.conftest import login
from chitieu.plans.models import Resolution
from chitieu.reports.tests.conftest import static_files  # noqa: F401  (a fixture)
from chitieu.results.models import ReportingPeriod

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
TARGET_LIST = """I. VỀ KINH TẾ
1. Tốc độ tăng trưởng kinh tế (GRDP) bình quân hằng năm đạt 8% trở lên.
2. Đến năm 2030, thu nhập bình quân đầu người đạt 90 triệu đồng.
II. VỀ VĂN HÓA - XÃ HỘI
3. Tỷ lệ hộ nghèo giảm bình quân mỗi năm 1%.
4. Đến năm 2030, tỷ lệ trường học đạt chuẩn quốc gia đạt 100%."""


def last_month(today: date) -> tuple[int, int]:
    first = today.replace(day=1) - timedelta(days=1)
    return first.month, first.year


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("static_files")
def test_the_office_creates_a_resolution_from_its_text_opens_a_round_and_sees_who_has_not_reported(page):
    call_command("load_units", province=["demo"], verbosity=0)
    call_command("load_demo", verbosity=0)
    office = Membership.objects.filter(user__username="vanphong", role=Membership.Role.OFFICE)
    unit = min((m.locality for m in office), key=lambda u: (u.valid_until is not None, u.level.rank))
    visited: list[str] = []
    page.on("request", lambda request: visited.append(request.url))
    base = page.base_url

    login(page, "vanphong", "chitieu-demo")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(f"{base}/")
    page.click("nav.office-links >> text=Tạo nghị quyết mới")
    page.select_option("#id_locality", str(unit.pk))
    page.select_option("#id_term", label="2025-2030")
    page.select_option("#id_kind", "thematic")
    page.fill("#id_title", "Nghị quyết chuyên đề về phát triển kinh tế - xã hội giai đoạn 2026-2030")
    page.fill("#id_number", "15-NQ/TU")
    page.fill("#id_issued_on", "15/01/2026")
    page.click("button[value=text]")
    page.wait_for_selector("textarea[name=text]")
    page.fill("textarea[name=text]", TARGET_LIST)
    page.click("button[value=read]")
    page.wait_for_selector("#targets")
    page.click("button[value=confirm]")
    page.wait_for_selector("text=Đã lưu 4 chỉ tiêu vào nghị quyết.")
    resolution = Resolution.objects.get(number="15-NQ/TU")
    assert resolution.locality == unit and resolution.targets.count() == 4
    assert set(resolution.groups.values_list("name", flat=True)) == {"Về kinh tế", "Về văn hóa - xã hội"}

    page.click("text=Thiết lập chỉ tiêu")  # the dashboard's link to the setup page
    society = resolution.groups.get(name="Về văn hóa - xã hội")
    page.click(f"#group-{society.pk} >> text=Mở nhóm để sửa")  # loaded by htmx
    leader = page.locator(f"#section-{society.pk} input[name$=leader_name]").first
    leader.fill("Nguyễn Văn Hùng")
    page.click(f"#section-{society.pk} button.primary")
    page.wait_for_selector(f"#section-{society.pk} >> text=Đã lưu nhóm")
    assert resolution.targets.filter(leader_name="Nguyễn Văn Hùng").count() == 1

    page.goto(f"{base}/")
    page.click("nav.office-links >> text=Kỳ báo cáo, khóa sổ và cấp duyệt")
    month, year = last_month(timezone.localdate())
    deadline = timezone.localdate() + timedelta(days=10)
    page.select_option("#id_kind", "month")
    page.fill("#id_number", str(month))
    page.fill("#id_year", str(year))
    page.fill("#id_deadline", f"{deadline:%d/%m/%Y}")
    page.click("#open-round button[type=submit]")
    name = f"Tháng {month}/{year}"
    page.wait_for_selector(f"text=Đã mở kỳ báo cáo {name}")
    assert ReportingPeriod.objects.get(name=name).deadline == deadline
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "rounds-1280.png"), full_page=True)

    page.click("text=Xem đơn vị chưa báo cáo")
    page.wait_for_url(f"{base}/entry/missing/")
    section = page.locator("section.card", has=page.locator(f"h2:has-text('{name}')"))
    rows = section.locator("table.not-reported tbody tr")
    assert rows.count() > 0
    assert "chưa gửi" in section.inner_text() or "Chưa" in section.inner_text()
    assert not [url for url in visited if "/admin/" in url]
