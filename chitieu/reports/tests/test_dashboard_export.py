"""The dashboard table as an .xlsx file: the same rows from the same query, numbers kept as numbers."""

from io import BytesIO

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from chitieu.evaluation.queries import evaluate_resolution
from chitieu.reports.tests.conftest import vi

pytestmark = pytest.mark.django_db


def download(client, data, query="export=xlsx"):
    response = client.get(reverse("reports:dashboard", args=[data.resolution.pk]) + "?" + query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert response["Content-Disposition"].endswith('.xlsx"')
    return load_workbook(BytesIO(response.content)).active


def test_the_header_names_the_annex_columns_and_stays_frozen(client, data, approver):
    client.force_login(approver)
    sheet = download(client, data)
    header = [cell.value for cell in sheet[1]]
    assert header[:5] == [
        vi("No."),
        vi("Target"),
        vi("Unit of measure"),
        vi("Resolution target"),
        vi("Baseline"),
    ]
    assert header[5:10] == ["2021", "2022", "2023", "2024", "2025"]
    assert sheet.freeze_panes == "C2"


def test_every_row_of_the_table_is_in_the_file_in_the_same_order(client, data, approver):
    client.force_login(approver)
    sheet = download(client, data)
    names = [sheet.cell(row=r, column=2).value.strip() for r in range(2, sheet.max_row + 1)]
    assert names == [row.definition.name for row in evaluate_resolution(data.resolution).rows]


def test_numbers_are_numbers_with_a_vietnamese_display_format(client, data, approver):
    client.force_login(approver)
    sheet = download(client, data)
    header = [cell.value for cell in sheet[1]]
    income = next(
        r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=2).value == data.income.name
    )
    ratio = sheet.cell(row=income, column=header.index(vi("Against the target (%)")) + 1)
    latest = sheet.cell(row=income, column=header.index(vi("Latest")) + 1)
    year_2022 = sheet.cell(row=income, column=header.index("2022") + 1)
    assert isinstance(ratio.value, float) and round(ratio.value, 1) == 93.3
    assert ratio.number_format == "#,##0.0"
    assert latest.value == 56 and latest.number_format == "#,##0"
    assert year_2022.value == 47.5 and year_2022.number_format == "#,##0.0#"


def test_the_export_follows_the_filters_of_the_page(client, data, approver):
    client.force_login(approver)
    sheet = download(client, data, "status=not_met&export=xlsx")
    names = {sheet.cell(row=r, column=2).value for r in range(2, sheet.max_row + 1)}
    assert names == {data.income.name, data.revenue.name, data.new_rural.name}


def test_an_illustrative_row_says_so_in_the_file(client, data, approver):
    client.force_login(approver)
    sheet = download(client, data)
    forest = next(
        r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=2).value == data.forest.name
    )
    assert sheet.cell(row=forest, column=sheet.max_column).value == vi("illustrative figures")


def test_the_export_is_refused_like_the_page_outside_the_scope(client, data, outsider):
    client.force_login(outsider)
    url = reverse("reports:dashboard", args=[data.resolution.pk]) + "?export=xlsx"
    assert client.get(url).status_code == 404
