"""A target's page: its verdict, the yearly values behind the chart, the breakdown by unit, history and reasons."""

import json
import re

import pytest
from django.urls import reverse

from chitieu.core.numbers import format_percent
from chitieu.evaluation.engine.definitions import Status
from chitieu.evaluation.engine.evaluate import evaluate
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.series import SeriesReader
from chitieu.reports.tests.conftest import text_of, vi

pytestmark = pytest.mark.django_db


def page_of(client, target, query=""):
    return client.get(reverse("reports:target", args=[target.pk]) + query)


def chart(response, name):
    found = re.search(
        rf'<script id="{name}" type="application/json">(.*?)</script>', response.content.decode(), re.S
    )
    return json.loads(found.group(1)) if found else None


def test_the_approver_opens_a_target_and_the_others_get_404(client, data, approver, reporter, outsider):
    client.force_login(approver)
    assert page_of(client, data.income).status_code == 200
    for persona in (reporter, outsider):
        client.force_login(persona)
        assert page_of(client, data.income).status_code == 404


def test_the_verdict_is_the_engine_verdict(client, data, approver):
    client.force_login(approver)
    row = next(r for r in evaluate_resolution(data.resolution).rows if r.target == data.income)
    page = text_of(page_of(client, data.income))
    assert format_percent(row.evaluation.ratio_pct, 1) == "93,3%"
    assert "93,3%" in page and "56 triệu đồng" in page and "không đạt" in page


def test_the_page_carries_the_chart_data_as_json_and_no_script_of_its_own(client, data, approver):
    client.force_login(approver)
    response = page_of(client, data.income)
    body = response.content.decode()
    values = chart(response, "values-data")
    assert values["official"] == [[2021, 42.0], [2022, 47.5], [2023, 52.3]]
    assert values["estimate"] == [[2023, 52.3], [2024, 56.0]]  # dashed on from the last official value
    assert values["plans"] == [[2023, 52.0, "Nghị quyết năm"]]
    assert values["target"] == [[2020, 60.0], [2025, 60.0]]
    assert values["path"][0] == [2020, 38.0] and values["path"][-1] == [2025, 60.0]
    assert values["projection"][0] == [2024, 56.0] and values["projection"][1][0] == 2025
    scripts = re.findall(r"<script(?![^>]*type=\"application/json\")([^>]*)>(.*?)</script>", body, re.S)
    assert all('src="' in attributes and not code.strip() for attributes, code in scripts)
    assert "chitieu/charts.js" in body


def test_every_charted_number_is_also_in_the_table(client, data, approver):
    client.force_login(approver)
    page = text_of(page_of(client, data.income))
    # Year, value, kind, plan, even path: 2023 official 52,3 against the annual plan 52 (100,6%), path 51,2.
    assert (
        "2023 52,3 "
        + vi("official")
        + " 52 (Nghị quyết năm, "
        + vi("%(pct)s reached", pct="100,6%")
        + ") 51,2"
        in page
    )
    assert "2024 56 " + vi("estimate") in page


def test_a_cumulative_target_is_charted_as_its_running_total(client, data, approver):
    client.force_login(approver)
    values = chart(page_of(client, data.revenue), "values-data")
    assert values["official"] == [[2021, 185.0], [2022, 390.0], [2023, 620.0]]
    assert values["target"][-1] == [2025, 1000.0]
    assert values["path"][0] == [2020, 0.0]


def test_the_breakdown_judges_each_commune_by_the_same_definition(client, data, approver):
    client.force_login(approver)
    response = page_of(client, data.revenue)
    config = review_config(data.resolution, forecast=True)
    row = next(r for r in evaluate_resolution(data.resolution, config).rows if r.target == data.revenue)
    reader = SeriesReader(data.resolution.locality, [data.revenue_indicator])
    page = text_of(response)
    for commune in (
        data.resolution.locality.children.get(name="Yên Ninh"),
        data.resolution.locality.children.get(name="Ôn Lương"),
    ):
        evaluation = evaluate(row.definition, reader.points(data.revenue_indicator, commune.pk), (), config)
        assert (
            f"{commune.name} {evaluation.actual.normalize():f} {format_percent(evaluation.ratio_pct, 1)} không đạt"
            in page
        )
    bars = chart(response, "breakdown-data")
    assert bars["names"] == ["Ôn Lương", "Yên Ninh"] and bars["values"] == [320.0, 300.0]  # Ô before Y
    assert bars["statuses"] == [Status.NOT_MET.value] * 2


def test_the_explanation_sentences_of_the_engine_are_listed(client, data, approver):
    client.force_login(approver)
    page = text_of(page_of(client, data.income))
    assert "So với chỉ tiêu: 56 / 60 × 100 = 93,3%." in page


def test_a_replaced_figure_is_in_the_history(client, data, approver):
    client.force_login(approver)
    page = text_of(page_of(client, data.income))
    assert "Thu nhập bình quân đầu người, 01/01/2024–31/12/2024 55 56" in page


def test_a_parent_target_lists_its_parts_without_a_chart(client, data, approver):
    client.force_login(approver)
    response = page_of(client, data.health)
    assert chart(response, "values-data") is None
    page = text_of(response)
    assert "Số giường bệnh/vạn dân" in page and "103,3%" in page and "vượt" in page


def test_an_illustrative_value_is_marked_on_the_target_page(client, data, approver):
    client.force_login(approver)
    assert vi("illustrative figures") in text_of(page_of(client, data.forest))
    assert vi("illustrative figures") not in text_of(page_of(client, data.income))


def test_the_new_rural_ratio_counts_recognised_communes(client, data, approver):
    client.force_login(approver)
    page = text_of(page_of(client, data.new_rural))
    assert "Tỷ lệ = tổng tử số / tổng mẫu số = 1 / 2 × 100 = 50,0%." in page
