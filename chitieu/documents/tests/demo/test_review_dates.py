"""Review dates (issue 14): a report "số liệu tính đến ngày D" covers the periods that end by D with the latest
figures known; the date of knowledge is a separate option; the narrative and the annex forecast alike."""

from datetime import date
from decimal import Decimal

import pytest

from chitieu.documents import report, services
from chitieu.documents.models import Body, ReportKind
from chitieu.documents.tests.conftest import demo_resolution, make_draft, office_user
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator
from chitieu.results.door import System, record_observation
from chitieu.results.models import PeriodKind

pytestmark = pytest.mark.django_db

APPROVED = System("test-approved")
END_OF_2025 = date(2025, 12, 31)


def _approve_2025(code: str, value: str) -> None:
    """A 2025 figure of Phú Lương approved in January 2026, after the day the annual report speaks of."""
    record_observation(
        actor=APPROVED,
        via="",
        indicator=Indicator.objects.get(code=code),
        locality=Locality.objects.get(name="Phú Lương", level__rank=2),
        period_start=date(2025, 1, 1),
        period_end=END_OF_2025,
        value=Decimal(value),
        kind=3,
        reported_on=date(2026, 1, 20),
        period_kind=PeriodKind.YEAR,
    )


def test_the_2025_annual_report_quotes_the_2025_figures_reported_after_its_date():
    _approve_2025("so-san-pham-ocop-3-sao-tro-len", "21")
    _approve_2025("ty-le-lao-dong-qua-dao-tao", "74.5")
    resolution = demo_resolution("Phú Lương")
    text = services.generate_text(resolution, ReportKind.ANNUAL, END_OF_2025, Body.PARTY)
    assert "21 sản phẩm OCOP đạt từ 3 sao trở lên" in text
    assert "74,5%" in text
    assert "16 sản phẩm OCOP" not in text
    # What was known on 31/12/2025 is a separate, explicit choice: the report as it could be written that day.
    then = services.generate_text(
        resolution, ReportKind.ANNUAL, END_OF_2025, Body.PARTY, known_on=END_OF_2025
    )
    assert "16 sản phẩm OCOP đạt từ 3 sao trở lên" in then and "21 sản phẩm OCOP" not in then


def test_a_mid_term_report_leaves_out_periods_that_end_after_its_date():
    """The estimate of the whole of 2023 ends on 31/12/2023: not a figure "tính đến ngày 30/6/2023"."""
    _approve_2025("so-san-pham-ocop-3-sao-tro-len", "21")
    text = services.generate_text(
        demo_resolution("Phú Lương"), ReportKind.MID_TERM, date(2023, 6, 30), Body.PARTY
    )
    assert "21 sản phẩm OCOP" not in text and "16 sản phẩm OCOP đạt từ 3 sao trở lên" in text


def test_the_phu_luong_mid_term_narrative_and_annex_agree_on_every_forecast():
    resolution = demo_resolution("Phú Lương")
    draft = make_draft(resolution, office_user(resolution.locality))
    lines = draft.text.splitlines()
    forecast = lines[lines.index("II. DỰ BÁO KHẢ NĂNG THỰC HIỆN ĐẾN CUỐI NHIỆM KỲ") + 1 :]
    annex = report.annex_for(draft)
    targets = [line for line in annex.lines if not line.is_group]
    top = [line.forecast or line.status for line in targets if line.depth == 0]
    counted: dict[str, int] = {}
    for label in top:
        counted[label] = counted.get(label, 0) + 1
    # "Dự báo đến cuối nhiệm kỳ (năm 2025): 9 chỉ tiêu: 9 đạt." counts what the annex's column says.
    breakdown = forecast[0].split(": ", 2)[2].rstrip(".")
    said = {part.split(" ", 1)[1]: int(part.split(" ", 1)[0]) for part in breakdown.split(", ")}
    assert said == counted
    # Each part behind its target is listed under the class the annex gives it.
    behind = {"đạt tiến độ", "có khả năng đạt", "khó đạt", "không đạt", "chưa đạt"}
    for line in targets:
        if line.has_parts or line.forecast not in behind or line.status not in behind | {"gần đạt"}:
            continue
        heading = next(text for text in forecast if text.startswith(f"- {line.forecast.capitalize()}: "))
        assert line.name[0].lower() + line.name[1:] in heading
