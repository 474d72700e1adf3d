"""In Chromium, in the current term: a new commune's office drafts its 9-month report, numbers it, makes the PDF,
signs it and sends it up; the province office finds it verified in its inbox, opens it and receives it; the commune
reporter's change to a quoted figure is refused until the figures are reopened with a reason, and the signed
report's page then names the changed figure."""

import shutil
from datetime import date
from decimal import Decimal

import pytest

from chitieu.accounts.models import Membership
from chitieu.conftest import login
from chitieu.documents.signed.tests.conftest import person
from chitieu.localities.models import Level, Locality
from chitieu.plans.models import Indicator, Resolution, Target, Term
from chitieu.reports.tests.conftest import static_files  # noqa: F401  (a fixture)
from chitieu.results.door import Refused, System, record_observation
from chitieu.results.models import PeriodKind, ReportingPeriod, ValueKind

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("static_files"),
    pytest.mark.skipif(
        shutil.which("soffice") is None,
        reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui); .ci/run installs it.",
    ),
]
NINE_MONTHS = (date(2026, 1, 1), date(2026, 9, 30))


def income(indicator, commune, value: str, actor) -> None:
    record_observation(
        actor=actor,
        via="test",
        indicator=indicator,
        locality=commune,
        period_start=NINE_MONTHS[0],
        period_end=NINE_MONTHS[1],
        value=Decimal(value),
        reported_on=date(2026, 10, 5),
        kind=ValueKind.ESTIMATE,
        period_kind=PeriodKind.NINE_MONTHS,
        reason="Ước thực hiện 9 tháng",
    )


@pytest.fixture
def commune(world):
    """Vô Tranh, a commune of the two-level government, straight under Thái Nguyên, with its first resolution."""
    level = Level.objects.get(slug="commune")
    unit = Locality.objects.create(name="Vô Tranh", type_name="Xã", level=level, parent=world.thai_nguyen)
    term = Term.objects.create(name="2025-2030", start_year=2025, end_year=2030)
    resolution = Resolution.objects.create(
        locality=unit,
        term=term,
        title="Nghị quyết Đại hội Đảng bộ xã Vô Tranh lần thứ I",
        issued_on=date(2025, 8, 1),
    )
    indicator = Indicator.objects.create(
        code="thu-nhap-vo-tranh", name="Thu nhập bình quân đầu người", unit="triệu đồng"
    )
    Target.objects.create(
        resolution=resolution,
        label="1.",
        name="Thu nhập bình quân đầu người",
        indicator=indicator,
        unit="triệu đồng",
        value=Decimal("85"),
        deadline_year=2030,
    )
    ReportingPeriod.objects.create(
        kind=PeriodKind.NINE_MONTHS,
        name="9 tháng năm 2026",
        start=NINE_MONTHS[0],
        end=NINE_MONTHS[1],
        deadline=date(2099, 1, 1),
    )
    income(indicator, unit, "61.5", System("test-fixture"))
    return unit, resolution, indicator


def test_a_commune_signs_and_sends_its_9_month_report_and_the_province_receives_it_verified(
    page, world, commune, token
):
    unit, resolution, indicator = commune
    office = person("vanphong.vt", Membership.Role.OFFICE, unit, "Hà Văn Minh")
    Membership.objects.create(user=office, role=Membership.Role.SIGNER, locality=unit, title="Bí thư")
    reporter = person("baocao.vt", Membership.Role.REPORTER, unit, "Lục Thị Hoa")
    person("vanphong.tinh", Membership.Role.OFFICE, world.thai_nguyen, "Đỗ Văn Quang")

    login(page, "vanphong.vt")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(f"{page.base_url}/documents/resolutions/{resolution.pk}/")
    page.select_option("#id_kind", "9m")
    page.fill("#id_as_of", "30/09/2026")
    page.fill("#id_signer", "Hà Văn Minh")
    page.click("form.card button.primary")
    page.wait_for_url("**/documents/drafts/*/")
    page.click("form[action$='/number/'] button")
    page.click("form[action$='/pdf/'] button")
    page.wait_for_selector("a[href$='/download/']", timeout=120_000)
    page.click("text=Ký số bản PDF")
    page.wait_for_url("**/signed/*/")
    assert "Hà Văn Minh · BÍ THƯ" in page.inner_text("dl")
    page.click("form[action$='/send/'] button")
    assert "đã gửi · Tỉnh Thái Nguyên" in page.inner_text(".signed-state")

    page.context.clear_cookies()
    login(page, "vanphong.tinh")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(f"{page.base_url}/signed/inbox/")
    row = page.inner_text("table")
    assert "Xã Vô Tranh" in row and "đã gửi" in row and "Chữ ký hợp lệ. Ký bởi Nguyễn Văn Hùng" in row
    page.click("text=Xã Vô Tranh")
    page.click("form[action$='/receive/'] button")
    assert "đã nhận" in page.inner_text(".signed-state")
    assert "Số liệu vẫn khớp với số liệu đã ký." in page.inner_text("main")
    signed_url = page.url

    with pytest.raises(Refused, match="báo cáo đã ký"):
        income(indicator, unit, "63", reporter)

    page.context.clear_cookies()
    login(page, "vanphong.vt")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(signed_url)
    page.fill("form[action$='/reopen/'] textarea", "Chi cục Thống kê điều chỉnh số ước 9 tháng")
    page.click("form[action$='/reopen/'] button")
    income(indicator, unit, "63", reporter)
    page.goto(signed_url)
    changes = page.inner_text(".changes")
    assert "Số liệu đã thay đổi sau khi ký" in changes
    assert "1. Thu nhập bình quân đầu người" in changes and "61,5 → 63" in changes
