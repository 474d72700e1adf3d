"""The resolution dashboard: who sees it, its headline and counts, the table's numbers, filters and the review."""

import pytest
from django.urls import reverse

from chitieu.core.numbers import format_number, format_percent
from chitieu.evaluation.engine.definitions import Review, Status
from chitieu.evaluation.engine.status import round_half_up
from chitieu.evaluation.engine.wording import status_label
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.text import resolution_summary
from chitieu.reports.tests.conftest import text_of, vi

pytestmark = pytest.mark.django_db


def url(data, **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return reverse("reports:dashboard", args=[data.resolution.pk]) + (f"?{query}" if query else "")


def test_the_province_approver_sees_the_dashboard_of_a_district_below(client, data, approver):
    client.force_login(approver)
    response = client.get(url(data))
    assert response.status_code == 200
    assert data.resolution.title in text_of(response)


def test_the_commune_reporter_and_the_outsider_get_404_for_the_district_resolution(
    client, data, reporter, outsider
):
    for persona in (reporter, outsider):
        client.force_login(persona)
        assert client.get(url(data)).status_code == 404


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, data):
    response = client.get(url(data))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_resolution_that_does_not_exist_answers_404(client, data, approver):
    client.force_login(approver)
    assert client.get(reverse("reports:dashboard", args=[999_999])).status_code == 404


def test_the_headline_is_the_engine_summary_in_report_words(client, data, approver):
    client.force_login(approver)
    summary = resolution_summary(evaluate_resolution(data.resolution))
    page = text_of(client.get(url(data)))
    assert summary.headline == "2/6 chỉ tiêu đạt và vượt (3/7 chỉ tiêu thành phần)"
    assert summary.headline in page
    assert summary.breakdown in page


def test_every_number_in_the_table_is_the_engine_number_written_the_vietnamese_way(client, data, approver):
    client.force_login(approver)
    result = evaluate_resolution(data.resolution)
    response = client.get(url(data))
    rows = _rows(response.content.decode())
    for row in result.rows:
        cells = rows[str(row.target.pk)]
        evaluation = row.evaluation
        if evaluation.ratio_pct is not None:
            assert format_percent(evaluation.ratio_pct, 1) in cells
        if evaluation.actual is not None and not row.definition.children:
            latest = cells[10]
            last = evaluation.basis[-1]
            if last.numerator is not None:  # a quotient of two counts, as reviews print it: "50 (1/2)"
                assert (
                    latest
                    == f"{_vn(round_half_up(evaluation.actual, 1))} ({_vn(last.numerator)}/{_vn(last.denominator)})"
                )
            else:
                assert latest.split()[0] == _vn(evaluation.actual)
        for value in evaluation.actual_by_year.values():
            assert _vn(value) in cells
        assert status_label(evaluation.status) in cells


def test_the_income_row_reads_as_the_annex_writes_it(client, data, approver):
    client.force_login(approver)
    cells = _rows(client.get(url(data)).content.decode())[str(data.income.pk)]
    # 56 / 60 = 93,3%; the 2024 figure is still an estimate.
    assert cells[0] == "1." and cells[1].startswith("Thu nhập bình quân đầu người")
    assert cells[2:4] == ["triệu đồng", "60 triệu đồng"]
    assert "93,3%" in cells
    assert f"56 {vi('est.')}" in cells
    assert "không đạt" in cells


def test_counts_by_group_add_up_to_the_total(client, data, approver):
    client.force_login(approver)
    page = text_of(client.get(url(data)))
    assert "I. Kinh tế 0 3 0 3" in page  # đạt, không đạt, chưa có số liệu, total
    assert "II. Văn hóa - xã hội 2 0 1 3" in page


def test_child_targets_are_indented_under_their_parent(client, data, approver):
    client.force_login(approver)
    body = client.get(url(data)).content.decode()
    assert f'class="depth-1" data-target="{data.beds.pk}"' in body
    assert f'class="depth-0 parent" data-target="{data.health.pk}"' in body


def test_an_illustrative_figure_is_marked_on_its_row_and_explained_on_the_page(client, data, approver):
    client.force_login(approver)
    response = client.get(url(data))
    cells = _rows(response.content.decode())
    marker = vi("illustrative figures")
    assert any(marker in c for c in cells[str(data.forest.pk)])
    assert not any(marker in c for c in cells[str(data.income.pk)])
    assert vi(
        "Some figures on this page were not stated by a source; they are shown for illustration only."
    ) in (text_of(response))


def test_the_status_filter_keeps_the_matching_targets_only(client, data, approver):
    client.force_login(approver)
    rows = _rows(client.get(url(data, status=Status.NOT_MET.value)).content.decode())
    assert set(rows) == {str(data.income.pk), str(data.revenue.pk), str(data.new_rural.pk)}


def test_the_group_and_agency_filters_keep_a_parent_with_all_its_parts(client, data, approver):
    client.force_login(approver)
    society = data.health.group_id
    rows = _rows(client.get(url(data, group=society)).content.decode())
    assert set(rows) == {str(t.pk) for t in (data.health, data.beds, data.insurance, data.forest, data.roads)}
    rows = _rows(client.get(url(data, agency=data.agriculture.pk)).content.decode())
    assert set(rows) == {str(data.new_rural.pk), str(data.forest.pk)}


def test_an_htmx_request_gets_only_the_dashboard_body(client, data, approver):
    client.force_login(approver)
    response = client.get(url(data, status="met"), HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="dashboard-body">')
    assert "<html" not in body
    assert "<form" not in body


def test_a_mid_term_review_adds_the_forecast_column(client, data, approver):
    client.force_login(approver)
    config = review_config(data.resolution, review=Review.MID_TERM)
    income = next(r for r in evaluate_resolution(data.resolution, config).rows if r.target == data.income)
    cells = _rows(client.get(url(data, review="mid-term")).content.decode())[str(data.income.pk)]
    assert income.evaluation.forecast is Status.ON_TRACK
    assert "đạt tiến độ" in cells
    assert f"{_vn(income.evaluation.projection)} triệu đồng" in cells  # the projection in the target's unit


def test_an_as_of_review_counts_only_the_figures_known_that_day(client, data, approver):
    client.force_login(approver)
    # On 1/6/2023 the 2022 income (47,5, reported 20/1/2023) is the latest known: 47,5 / 60 = 79,2%.
    cells = _rows(client.get(url(data, as_of="2023-06-01")).content.decode())[str(data.income.pk)]
    assert "79,2%" in cells
    page = text_of(client.get(url(data, as_of="01/06/2023")))
    assert vi("as of %(day)s", day="01/06/2023") in page


def test_a_near_band_given_on_the_page_classes_the_income_as_near(client, data, approver):
    client.force_login(approver)
    cells = _rows(client.get(url(data, near_band="90")).content.decode())[str(data.income.pk)]
    assert status_label(Status.NEAR, 90) in cells


def test_a_wrong_field_is_ignored_and_the_others_still_apply(client, data, approver):
    client.force_login(approver)
    response = client.get(url(data, as_of="not-a-day", status="met"))
    assert response.status_code == 200
    assert set(_rows(response.content.decode())) == {
        str(t.pk) for t in (data.health, data.beds, data.insurance, data.forest)
    }


def test_the_home_page_links_each_resolution_to_its_dashboard(client, data, approver):
    client.force_login(approver)
    body = client.get(reverse("reports:home")).content.decode()
    assert f'href="{url(data)}"' in body


def _vn(value) -> str:
    """As the vn_number filter writes it: at most two decimals, trailing zeros dropped."""
    text = format_number(value, 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def _rows(body: str) -> dict[str, list[str]]:
    """The target table's rows by target id, each as its cells' text."""
    import html
    import re

    rows = {}
    for match in re.finditer(r'<tr class="depth-\d[^"]*" data-target="(\d+)">(.*?)</tr>', body, flags=re.S):
        cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", match.group(2), flags=re.S)
        rows[match.group(1)] = [
            re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", c))).strip() for c in cells
        ]
    return rows
