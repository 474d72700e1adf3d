"""Coverage of roll-ups: a figure rolled up from the units below says how many reported, never silently stands in
for the unit's own figure, and is evaluated only when complete or when the office chose "đánh giá theo số đã có".

The Yên Trạch case (issue 14): one commune's approved Tổng giá trị sản xuất 850 (2024) and 935 (2025) tỷ đồng
once turned Phú Lương's growth target into "−38,35%/năm, không đạt" and its headline into 8/9.
"""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from chitieu.evaluation.display import coverage_text, held_text, status_text
from chitieu.evaluation.engine.definitions import Review, Status
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.text import resolution_summary
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator, Resolution
from chitieu.reports.evaluations import forget
from chitieu.results.door import System, record_observation
from chitieu.results.models import PeriodKind

pytestmark = pytest.mark.django_db

APPROVED = System("test-approved")
User = get_user_model()
COVERAGE = "1/14 xã, thị trấn đã báo cáo"


@pytest.fixture(scope="module")
def yen_trach(demo, django_db_blocker):
    """The demo with Yên Trạch's two approved figures of the output value."""
    with django_db_blocker.unblock():
        commune = Locality.objects.get(name="Yên Trạch", parent__name="Phú Lương")
        output = Indicator.objects.get(code="gia-tri-san-xuat")
        for year, value in ((2024, "850"), (2025, "935")):
            record_observation(
                actor=APPROVED,
                via="",
                indicator=output,
                locality=commune,
                period_start=date(year, 1, 1),
                period_end=date(year, 12, 31),
                value=Decimal(value),
                kind=3,
                reported_on=date(year + 1, 1, 20),
                period_kind=PeriodKind.YEAR,
            )
    forget()
    yield
    forget()


def _phu_luong() -> Resolution:
    return Resolution.objects.get(locality__name="Phú Lương", kind=Resolution.Kind.CONGRESS)


def _growth_row(result):
    return next(row for row in result.rows if row.definition.name == "Tốc độ tăng giá trị sản xuất bình quân")


def test_one_commune_s_figures_do_not_replace_the_district_s_and_the_headline_stays_9_of_9(yen_trach):
    resolution = _phu_luong()
    for published_only in (False, True):
        result = evaluate_resolution(
            resolution, review_config(resolution, review=Review.MID_TERM), published_only=published_only
        )
        assert resolution_summary(result).headline.startswith("9/9 chỉ tiêu đạt và vượt")
        row = _growth_row(result)
        assert row.evaluation.status is Status.EXCEEDED
        assert [p.period_end.year for p in row.evaluation.basis] == [2022]  # the district's own figures
        assert coverage_text(row.evaluation) == COVERAGE
        assert held_text(row.definition, row.evaluation) == (
            f"năm 2025: 935 tỷ đồng ({COVERAGE}), chưa dùng để đánh giá"
        )


def test_the_dashboard_public_page_and_target_page_show_the_commune_s_contribution(yen_trach, client):
    resolution = _phu_luong()
    resolution.is_public = True
    resolution.save(update_fields=["is_public"])
    forget()
    row = _growth_row(evaluate_resolution(resolution))
    public = client.get(reverse("reports:public_resolution", args=[resolution.pk]))
    client.force_login(User.objects.get(username="vanphong"))
    dashboard = client.get(reverse("reports:dashboard", args=[resolution.pk]), {"review": "mid-term"})
    target = client.get(reverse("reports:target", args=[row.target.pk]), {"review": "mid-term"})
    for page in (public, dashboard, target):
        text = page.content.decode()
        assert page.status_code == 200
        assert f"935 tỷ đồng ({COVERAGE}), chưa dùng để đánh giá" in text
    for page in (public, dashboard):
        assert "9/9 chỉ tiêu đạt và vượt" in page.content.decode()
    # The commune below is judged from its own base year, not from the district's 10.500 tỷ đồng of 2020.
    assert "-38,35" not in target.content.decode() and "−38,35" not in target.content.decode()


def test_the_cli_prints_the_same_coverage_line(yen_trach):
    out = StringIO()
    call_command("evaluate", "Phú Lương", review="mid-term", stdout=out)
    text = out.getvalue()
    assert "Tổng hợp: 9/9 chỉ tiêu đạt và vượt" in text
    assert f"năm 2025: 935 tỷ đồng ({COVERAGE}), chưa dùng để đánh giá" in text


def test_a_target_with_only_a_partial_roll_up_is_not_evaluated_until_the_office_chooses_so(yen_trach):
    """Without a figure of its own, the district has only the roll-up: 'chưa đủ số liệu (1/14)'; with
    'đánh giá theo số đã có' it is evaluated on the commune's figures, with the coverage beside them."""
    resolution = _phu_luong()
    output = Indicator.objects.get(code="gia-tri-san-xuat")
    config = review_config(resolution, as_of=None)
    result = evaluate_resolution(resolution, config)
    row = _growth_row(result)
    # Only the roll-up years: drop the district's own by reading an annual window after them.
    from dataclasses import replace

    from chitieu.evaluation.engine.evaluate import evaluate

    held = [p for p in row.evaluation.held]
    assert {p.period_end.year for p in held} == {2024, 2025}
    definition = replace(row.definition, baseline_value=None, baseline_year=2024)
    alone = evaluate(definition, held, config=config)
    assert alone.status is Status.NO_DATA and alone.incomplete
    assert status_text(alone) == "chưa đủ số liệu (1/14)"
    chosen = evaluate(definition, held, config=replace(config, partial_rollups=True))
    assert chosen.status is not Status.NO_DATA
    assert coverage_text(chosen) == COVERAGE
    assert output.pk


def test_the_office_s_choice_evaluates_on_the_figures_reported_so_far(yen_trach):
    """With the district's own figures left out (a review of 2024-2025 only), the target rests on the roll-up:
    not evaluated by default, evaluated with its coverage once the resolution says 'đánh giá theo số đã có'."""
    resolution = _phu_luong()
    assert review_config(resolution).partial_rollups is False
    resolution.evaluate_partial_rollups = True
    assert review_config(resolution).partial_rollups is True
