"""The whole flow in Chromium: enter 9-month figures with a file, return, correct, approve, read; an outsider sees none."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from chitieu.conftest import login

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def switch(page, username):
    """Log out whoever is signed in, then sign in as `username`."""
    page.context.clear_cookies()
    login(page, username)
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def shot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"entry-{name}.png"), full_page=True)


@pytest.mark.django_db(transaction=True)
def test_a_reporter_enters_an_approver_returns_then_approves_and_an_outsider_sees_nothing(
    page, static_files, entry, reporter, approver, outsider, tmp_path
):
    entry.period.deadline = timezone.localdate() + timedelta(days=10)
    entry.period.save()
    base = page.base_url
    entry_url = f"{base}/entry/{entry.period.pk}/{entry.world.yen_ninh.pk}/"
    income, trained = f"#id_i{entry.income_indicator.pk}-value", f"#id_i{entry.trained.indicator_id}-value"
    evidence = tmp_path / "bao-cao-9-thang.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%%EOF\n")
    page.on("dialog", lambda dialog: dialog.accept())

    switch(page, reporter.username)
    page.goto(entry_url)
    page.fill(income, "1.234,5")
    page.fill(trained, "72,3%")  # leaving the income field runs the engine's check
    page.locator(income).blur()
    page.wait_for_selector(f"#flags-i{entry.income_indicator.pk} .flag")
    shot(page, "1-flag")
    page.fill(income, "45,6")
    page.click(f"#row-i{entry.income_indicator.pk} + tr summary")
    page.fill(f"#id_i{entry.income_indicator.pk}-result", "Ước đạt 45,6 triệu đồng, bằng 76% chỉ tiêu")
    page.set_input_files("#id_evidence", str(evidence))
    page.click("button[name=submit]")
    page.wait_for_selector("text=Đã gửi số liệu để phê duyệt.")
    shot(page, "2-submitted")

    switch(page, approver.username)
    page.goto(f"{base}/entry/approvals/")
    shot(page, "2b-queue")
    page.click("text=Xem xét")
    page.fill("#id_reason", "Thu nhập 9 tháng cần theo số của Chi cục Thống kê")
    page.click("button[value=return]")
    page.wait_for_url(f"{base}/entry/approvals/")

    switch(page, reporter.username)
    page.goto(entry_url)
    assert page.is_visible("text=Thu nhập 9 tháng cần theo số của Chi cục Thống kê")
    page.fill(income, "46,2")
    page.click("button[name=submit]")
    page.wait_for_selector("text=Đã gửi số liệu để phê duyệt.")

    switch(page, approver.username)
    page.goto(f"{base}/entry/approvals/")
    page.click("text=Xem xét")
    shot(page, "3-approval")
    page.click("button[value=approve]")
    page.wait_for_url(f"{base}/entry/approvals/")

    page.goto(f"{base}/entry/history/{entry.income.pk}/?locality={entry.world.yen_ninh.pk}")
    assert page.locator("td.value").first.inner_text() == "46,2"
    assert page.is_visible(
        "text=Sửa theo yêu cầu khi trả lại: Thu nhập 9 tháng cần theo số của Chi cục Thống kê"
    )
    shot(page, "4-history")
    dashboard = page.goto(f"{base}/resolutions/{entry.commune_resolution.pk}/")
    if dashboard.status == 200:
        assert "46,2" in page.content()
        shot(page, "5-dashboard")

    switch(page, outsider.username)
    for path in (
        f"/entry/{entry.period.pk}/{entry.world.yen_ninh.pk}/",
        f"/entry/history/{entry.income.pk}/?locality={entry.world.yen_ninh.pk}",
        f"/entry/approvals/{entry.period.submissions.get().pk}/",
        f"/resolutions/{entry.commune_resolution.pk}/",
    ):
        assert page.goto(f"{base}{path}").status == 404
