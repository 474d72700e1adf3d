"""A term in course is reviewed as a term in course: by default the review that fits the date (mid-term, with its
forecast, before the term ends; end-of-term after), and a target whose deadline has not come reads "chưa đạt",
never a final "không đạt". The same on the terminal, the dashboard and the API."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from chitieu.evaluation.display import is_due, status_text
from chitieu.evaluation.engine.definitions import (
    Direction,
    EvaluationConfig,
    Review,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
)
from chitieu.evaluation.engine.evaluate import evaluate
from chitieu.evaluation.queries import evaluate_resolution, fitting_review, review_config

pytestmark = pytest.mark.django_db


def test_the_review_that_fits_the_date_is_end_of_term_only_once_the_term_is_over(world):
    resolution = world.phu_luong_resolution  # 2020-2025
    assert fitting_review(resolution, date(2023, 6, 30)) is Review.MID_TERM
    assert fitting_review(resolution, date(2025, 12, 31)) is Review.MID_TERM
    assert fitting_review(resolution, date(2026, 1, 1)) is Review.END_OF_TERM
    assert review_config(resolution, until=date(2023, 6, 30)).review is Review.MID_TERM
    assert review_config(resolution, until=date(2023, 6, 30), review=Review.ANNUAL).review is Review.ANNUAL


def test_a_shortfall_before_the_deadline_is_not_yet_met_and_after_it_not_met(world):
    resolution = world.phu_luong_resolution
    config = review_config(resolution, until=date(2023, 6, 30))
    result = evaluate_resolution(resolution, config)
    for row in result.rows:
        if row.definition.deadline_year == 2025:
            assert not is_due(row.definition, config)
            assert is_due(row.definition, EvaluationConfig(until=date(2025, 12, 31)))
        if not is_due(row.definition, config):
            assert status_text(row.evaluation, None, False) != "không đạt"


def test_a_yearly_target_short_in_a_year_still_running_is_not_yet_met_and_final_once_the_year_ends():
    """'Tỷ lệ lao động qua đào tạo đạt 75% trở lên mỗi năm': 68,4% read at 9 months of 2026 is not a final verdict
    on 2026; the same figure for a year that has ended is."""
    target = TargetDef(
        key="1",
        label="1.",
        name="Tỷ lệ lao động qua đào tạo",
        unit="%",
        kind=TargetKind.ANNUAL,
        form=ValueForm.MIN_BOUND,
        direction=Direction.HIGHER,
        value=Decimal(75),
        deadline_year=2030,
        is_percent=True,
    )
    nine_months = ValuePoint(
        date(2026, 1, 1), date(2026, 9, 30), Decimal("68.4"), ValueKind.ESTIMATE, date(2026, 10, 5)
    )
    autumn = EvaluationConfig(review=Review.MID_TERM, today=date(2026, 12, 2))
    evaluation = evaluate(target, [nine_months], config=autumn)
    assert not is_due(target, autumn, evaluation)
    assert status_text(evaluation, None, is_due(target, autumn, evaluation)) == "chưa đạt"
    next_year = EvaluationConfig(review=Review.MID_TERM, today=date(2027, 1, 15))
    assert is_due(target, next_year, evaluate(target, [nine_months], config=next_year))
    whole_2025 = ValuePoint(
        date(2025, 1, 1), date(2025, 12, 31), Decimal("68.4"), ValueKind.OFFICIAL, date(2026, 2, 1)
    )
    with_2025 = evaluate(target, [whole_2025, nine_months], config=autumn)
    assert is_due(target, autumn, with_2025)  # 2025 fell short and has ended: that verdict is final
    assert status_text(with_2025, None, is_due(target, autumn, with_2025)) == "không đạt"


def test_the_terminal_reviews_a_term_in_course_at_mid_term(world):
    out = StringIO()
    call_command("evaluate", "Phú Lương", "--until", "30/06/2023", stdout=out)
    text = out.getvalue()
    assert "Đánh giá giữa nhiệm kỳ, số liệu tính đến ngày 30/06/2023" in text
    out = StringIO()
    call_command("evaluate", "Phú Lương", "--until", "31/01/2026", stdout=out)
    assert "Đánh giá cuối nhiệm kỳ" in out.getvalue()


def test_the_dashboard_states_the_review_that_fits_its_date(client, approver, world):
    client.force_login(approver)
    url = reverse("reports:dashboard", args=[world.phu_luong_resolution.pk])
    settings = '<p class="settings muted">'
    assert settings + "Sơ kết giữa nhiệm kỳ," in client.get(url, {"as_of": "30/06/2023"}).text
    assert settings + "Tổng kết nhiệm kỳ," in client.get(url, {"as_of": "31/01/2026"}).text
