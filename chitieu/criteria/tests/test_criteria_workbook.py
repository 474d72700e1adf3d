"""An administrator completes or corrects a criteria set from a workbook: each error named by row and column,
nothing written unless every row is right; by command and in the back office."""

from io import BytesIO, StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from openpyxl import Workbook

from chitieu.criteria.catalogue import load_catalogue
from chitieu.criteria.models import CriterionIndicator
from chitieu.criteria.workbook import WorkbookRefused, load_workbook_into

HEADER = ["Tiêu chí", "Tên tiêu chí", "Chỉ tiêu", "Tên chỉ tiêu", "Yêu cầu", "Nguồn"]
SOURCE = "QĐ 51/2025/QĐ-TTg, Phụ lục I (bản thử)"


def workbook(*rows, header=HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    out = BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def new_set(world):
    return load_catalogue()["ntm-xa-2026-2030"]


def indicators(criteria_set) -> dict[str, str]:
    return dict(
        CriterionIndicator.objects.filter(criterion__criteria_set=criteria_set).values_list("number", "name")
    )


def test_a_right_workbook_adds_indicators_and_corrects_a_criterion_name(new_set):
    loaded = load_workbook_into(
        new_set,
        workbook(
            (1, "", "1.1", "Chỉ tiêu thử một", "Đạt", SOURCE),
            (1, "", "1.2", "", "", SOURCE),
            (2, "Hạ tầng kinh tế – xã hội", "2.1", "Chỉ tiêu thử hai", "", SOURCE),
        ),
    )
    assert (loaded.indicators_added, loaded.criteria_renamed, loaded.indicators_total) == (3, 1, 3)
    assert indicators(new_set) == {"1.1": "Chỉ tiêu thử một", "1.2": "", "2.1": "Chỉ tiêu thử hai"}
    assert new_set.criteria.get(number=2).name == "Hạ tầng kinh tế – xã hội"
    again = load_workbook_into(new_set, workbook((1, "", "1.2", "Chỉ tiêu thử ba", "", SOURCE)))
    assert (again.indicators_added, again.indicators_changed, again.indicators_total) == (0, 1, 3)


def test_each_wrong_cell_is_named_by_row_and_column_and_nothing_is_written(new_set):
    with pytest.raises(WorkbookRefused) as refused:
        load_workbook_into(
            new_set,
            workbook(
                (1, "Quy hoạch mới", "1.1", "Đúng", "", SOURCE),
                (11, "", "11.1", "Tiêu chí không có", "", SOURCE),
                (2, "", "3.1", "Sai số tiêu chí", "", SOURCE),
                (3, "", "3.1", "Không ghi nguồn", "", ""),
                (4, "", "4.1", "=1+1", "", SOURCE),
                (4, "", "4.1", "Trùng số", "", SOURCE),
            ),
        )
    messages = [str(error) for error in refused.value.errors]
    assert any(m.startswith("Dòng 3, cột “Tiêu chí”: “11”") for m in messages), messages
    assert any(m.startswith("Dòng 4, cột “Chỉ tiêu”: “3.1” phải bắt đầu bằng") for m in messages), messages
    assert any(m.startswith("Dòng 5, cột “Nguồn”") for m in messages), messages
    assert any(m.startswith("Dòng 5, cột “Chỉ tiêu”: “3.1” đã có ở dòng 4") for m in messages), messages
    assert any(m.startswith("Dòng 6, cột “Tên chỉ tiêu”: là công thức") for m in messages), messages
    assert any(m.startswith("Dòng 7, cột “Chỉ tiêu”: “4.1” đã có ở dòng 6") for m in messages), messages
    assert indicators(new_set) == {}
    assert new_set.criteria.get(number=1).name == "Quy hoạch"


def test_a_workbook_that_would_pass_the_47_indicators_of_the_decision_is_refused(new_set):
    rows = [(n % 10 + 1, "", f"{n % 10 + 1}.{n}", f"Chỉ tiêu {n}", "", SOURCE) for n in range(48)]
    with pytest.raises(WorkbookRefused, match="48 chỉ tiêu, nhiều hơn 47"):
        load_workbook_into(new_set, workbook(*rows))
    assert indicators(new_set) == {}


def test_a_workbook_without_the_source_column_or_not_a_workbook_is_refused(new_set):
    with pytest.raises(WorkbookRefused, match="Dòng 1, cột “Nguồn”: thiếu cột"):
        load_workbook_into(new_set, workbook((1, "", "1.1", "Tên", ""), header=HEADER[:-1]))
    with pytest.raises(WorkbookRefused, match="không|Không"):
        load_workbook_into(new_set, b"not a workbook")


def test_the_command_loads_a_workbook_or_writes_nothing(new_set, tmp_path):
    good, bad = tmp_path / "dung.xlsx", tmp_path / "sai.xlsx"
    good.write_bytes(workbook((1, "", "1.1", "Chỉ tiêu thử", "", SOURCE)))
    bad.write_bytes(workbook((1, "", "1.2", "Không nguồn", "", "")))
    out = StringIO()
    call_command("load_criteria_workbook", "ntm-xa-2026-2030", str(good), stdout=out)
    assert "1 chỉ tiêu thêm mới" in out.getvalue() and "hiện có 1/47 chỉ tiêu" in out.getvalue()
    with pytest.raises(CommandError, match="Dòng 2, cột “Nguồn”"):
        call_command("load_criteria_workbook", "ntm-xa-2026-2030", str(bad), stdout=StringIO())
    assert indicators(new_set) == {"1.1": "Chỉ tiêu thử"}
    with pytest.raises(CommandError, match="Không có bộ tiêu chí “ntm-xa-2031”"):
        call_command("load_criteria_workbook", "ntm-xa-2031", str(good), stdout=StringIO())


def test_an_administrator_uploads_a_workbook_in_the_back_office(new_set, client):
    admin = get_user_model().objects.create_superuser("quantri", password="chitieu-test")
    client.force_login(admin)
    url = reverse("admin:criteria_criteriaset_workbook", args=[new_set.pk])
    change = client.get(reverse("admin:criteria_criteriaset_change", args=[new_set.pk])).content.decode()
    assert url in change
    bad = SimpleUploadedFile("sai.xlsx", workbook((12, "", "12.1", "Sai", "", SOURCE)))
    page = client.post(url, {"workbook": bad}).content.decode()
    assert "Dòng 2, cột “Tiêu chí”" in page
    assert indicators(new_set) == {}
    good = SimpleUploadedFile("dung.xlsx", workbook((5, "", "5.1", "Chỉ tiêu thử", "", SOURCE)))
    response = client.post(url, {"workbook": good})
    assert response.status_code == 302
    assert indicators(new_set) == {"5.1": "Chỉ tiêu thử"}


def test_an_office_user_may_not_load_a_workbook(new_set, client, approver):
    approver.is_staff = True
    approver.save()
    client.force_login(approver)
    url = reverse("admin:criteria_criteriaset_workbook", args=[new_set.pk])
    response = client.post(url, {"workbook": SimpleUploadedFile("x.xlsx", workbook())})
    assert response.status_code == 403
