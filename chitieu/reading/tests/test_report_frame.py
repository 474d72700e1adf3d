"""A report is read in its own time frame: the period of every claim comes from what the report reports on, a goal
for a later year is shown but never offered as a result, and the accept form submits as the page shows it."""

from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from chitieu.plans.models import Indicator
from chitieu.reading.queries import report_frame, report_year
from chitieu.results.models import Observation, ReportingPeriod

MIXED = (
    "BÁO CÁO Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025, phương hướng giai đoạn 2026-2030.\n"
    "Năm 2025, thu nhập bình quân đầu người của xã đạt 52,4 triệu đồng, tăng 6,1% so với năm 2024. "
    "Tổng giá trị sản xuất đạt 1.250 tỷ đồng. "
    "Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 85 triệu đồng; mục tiêu tổng giá trị sản xuất "
    "đạt 2.100 tỷ đồng vào năm 2030."
)


def test_the_year_of_a_goal_or_of_a_comparison_is_not_the_reports_year():
    assert report_year(MIXED) == 2025
    assert report_year("So với năm 2020, năm 2023 số hộ nghèo giảm 312 hộ.") == 2023


@pytest.mark.parametrize(
    ("opening", "kind", "start", "end"),
    [
        ("Báo cáo tình hình 9 tháng đầu năm 2025", "9m", date(2025, 1, 1), date(2025, 9, 30)),
        ("Sơ kết 6 tháng năm 2026", "6m", date(2026, 1, 1), date(2026, 6, 30)),
        ("Kết quả quý III năm 2025", "quarter", date(2025, 7, 1), date(2025, 9, 30)),
        ("Tổng kết năm 2024", "year", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_the_opening_names_the_part_of_the_year(opening, kind, start, end):
    frame = report_frame(f"{opening}. Thu ngân sách đạt 12,5 tỷ đồng.")
    assert (frame.kind, frame.start, frame.end) == (kind, start, end)


class _Fields(HTMLParser):
    """The values a browser would send for the inputs and selects whose names start with `prefix`."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix, self.values, self._select = prefix, {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name") or ""
        if tag == "input" and name.startswith(self.prefix):
            self.values[name] = attrs.get("value") or ""
        elif tag == "select" and name.startswith(self.prefix):
            self._select = name
        elif tag == "option" and self._select and ("selected" in attrs or self._select not in self.values):
            self.values[self._select] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


@pytest.fixture
def income(db):
    return Indicator.objects.create(code="thu-nhap", name="Thu nhập bình quân đầu người", unit="triệu đồng")


def test_a_report_of_2025_with_2030_goals_offers_2025_results_only_and_accepts_on_the_first_click(
    client, reporter, world, income
):
    ReportingPeriod.objects.create(
        kind="year",
        name="Năm 2025",
        start=date(2025, 1, 1),
        end=date(2025, 12, 31),
        deadline=date(2099, 1, 1),
    )
    client.force_login(reporter)
    url = reverse("reading:locality_report", args=[world.yen_ninh.pk])
    response = client.post(url, {"text": MIXED})
    reading = response.context["reading"]
    offered = [row for row in reading.rows if not row.goal]
    goals = [row for row in reading.rows if row.goal]
    assert {row.value for row in goals} >= {Decimal(85)}
    assert all(row.claim["value"] != Decimal(85) for row in offered)
    assert (reading.frame.start, reading.frame.end) == (date(2025, 1, 1), date(2025, 12, 31))
    page = response.content.decode()
    assert (
        page.count('value="01/01/2025"') == len(offered)
        and "2030" not in page.split('id="claims"')[1].split("Từ ngày")[1][:200]
    )
    row = next(r for r in offered if r.match and r.match.candidate.indicator_id == income.pk)
    fields = _Fields(f"c{row.index}-")
    fields.feed(page)
    data = {"action": f"accept-{row.index}", "text": MIXED, "handled": "", **fields.values}
    accepted = client.post(url, data)
    assert accepted.status_code == 200
    observation = Observation.objects.get()
    assert (observation.value, observation.period_start, observation.period_end) == (
        Decimal("52.4"),
        date(2025, 1, 1),
        date(2025, 12, 31),
    )


def test_a_goal_cannot_be_accepted_as_a_result(client, reporter, world, income):
    client.force_login(reporter)
    url = reverse("reading:locality_report", args=[world.yen_ninh.pk])
    reading = client.post(url, {"text": MIXED}).context["reading"]
    goal = next(row for row in reading.rows if row.goal)
    data = {
        "action": f"accept-{goal.index}",
        "text": MIXED,
        "handled": "",
        f"c{goal.index}-indicator": income.pk,
        f"c{goal.index}-value": "85",
        f"c{goal.index}-kind": 1,
        f"c{goal.index}-period_kind": "year",
        f"c{goal.index}-period_start": "01/01/2030",
        f"c{goal.index}-period_end": "31/12/2030",
    }
    client.post(url, data)
    assert not Observation.objects.exists()
