"""In Chromium, on the fresh demo: the reporter reaches the nine months of the new xã Yên Trạch in one click from
the home page, enters and sends them; the leader opens the approval screen in one click, returns the commune whose
figure is flagged with a reason and approves all the others at once."""

from pathlib import Path

import pytest
from django.core.management import call_command

from chitieu.conftest import login
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator
from chitieu.reports.tests.conftest import static_files  # noqa: F401  (a fixture)
from chitieu.results.models import Submission

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NINE = "9 tháng năm 2026"
# What the commune's clerk types, in Vietnamese notation, by indicator code.
TYPED = {
    "thu-nhap-binh-quan-dau-nguoi": "41,2",
    "thu-ngan-sach-nha-nuoc-tren-dia-ban": "7,1",
    "ty-le-ho-ngheo-da-chieu": "3,3",
    "so-lao-dong-duoc-giai-quyet-viec-lam": "182",
    "ty-le-lao-dong-qua-dao-tao": "67,5",
    "ty-le-to-chuc-co-so-dang-htt-nv": "90",
    "grdp-gia-hien-hanh": "0,95",
    "grdp-gia-so-sanh": "0,66",
}


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"month-{name}.png"), full_page=True)


def sign_in(page, username: str) -> None:
    page.context.clear_cookies()
    login(page, username, "chitieu-demo")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(f"{page.base_url}/")


def status(commune: str) -> str:
    return Submission.objects.get(
        period__name=NINE, locality__name=commune, locality__scheme=Locality.Scheme.CURRENT
    ).status


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("static_files")
def test_the_reporter_sends_the_nine_months_and_the_leader_returns_one_and_approves_the_rest(page):
    call_command("load_units", province=["demo"], verbosity=0)
    call_command("load_demo", verbosity=0)

    page.on("dialog", lambda dialog: dialog.accept())  # "Gửi số liệu để phê duyệt?"
    sign_in(page, "baocao")
    shot(page, "1-reporter-home")
    task = page.locator("[data-task=enter] a", has_text="Xã Yên Trạch")
    assert task.inner_text() == f"{NINE} · Xã Yên Trạch"
    task.click()  # one click from home
    page.wait_for_selector("button[name=submit]")
    codes = dict(Indicator.objects.values_list("pk", "code"))
    inputs = page.locator("input[name$='-value']")
    for index in range(inputs.count()):
        field = inputs.nth(index)
        field.fill(TYPED[codes[int(field.get_attribute("name")[1:].split("-")[0])]])
    shot(page, "2-reporter-entry")
    page.click("button[name=submit]")
    page.wait_for_selector("text=Đã gửi số liệu để phê duyệt.")
    assert status("Yên Trạch") == "submitted"

    sign_in(page, "lanhdao")
    assert "Chờ anh/chị duyệt (4)" in " ".join(page.locator("[data-task=approve] h3").inner_text().split())
    page.click("text=Mở màn hình duyệt")  # one click from home
    page.wait_for_selector("button[name=approve_all]")
    shot(page, "3-approval-screen")
    cam_giang = page.locator("section.submission-review", has_text="Xã Cẩm Giàng")
    assert cam_giang.locator("p.flag[data-rule=percent_over_100]").is_visible()
    revenue = cam_giang.locator("tr", has_text="Thu ngân sách")
    assert revenue.locator("td.previous").inner_text() == "2,4 (6 tháng năm 2026)"
    assert revenue.locator("td.of-plan").inner_text() == "73,1%"
    cam_giang.locator("textarea[name=reason]").fill(
        "Tỷ lệ lao động qua đào tạo 112% là gõ nhầm; đề nghị sửa lại."
    )
    cam_giang.locator("button", has_text="Trả lại").click()
    page.wait_for_selector("button:has-text('Duyệt tất cả (3)')")
    assert status("Cẩm Giàng") == "returned"

    page.click("button[name=approve_all]")
    page.wait_for_selector("text=Đã duyệt 3 báo cáo")
    shot(page, "4-approved")
    assert page.locator("section.submission-review").count() == 0
    assert [status(c) for c in ("Yên Trạch", "Phú Lương", "Hợp Thành", "Cẩm Giàng")] == [
        "approved",
        "approved",
        "approved",
        "returned",
    ]
