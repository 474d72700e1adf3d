"""Setting up a resolution on the web: its groups, targets and plans, and the targets workbook, office staff only."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from chitieu.accounts.models import Membership
from chitieu.localities.models import Agency
from chitieu.plans.models import Indicator, PlanValue, Target, TargetGroup
from chitieu.results.models import Observation, ValueKind

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(world):
    user = get_user_model().objects.create_user("vanphong.pl", password="chitieu-test", first_name="Lan")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=world.phu_luong)
    return user


@pytest.fixture
def resolution(world):
    resolution = world.phu_luong_resolution
    economy = TargetGroup.objects.create(resolution=resolution, label="I.", name="Về kinh tế", order=1)
    revenue = Indicator.objects.create(
        code="thu-ngan-sach", name="Thu ngân sách trên địa bàn", unit="tỷ đồng"
    )
    Target.objects.create(
        resolution=resolution,
        group=economy,
        label="1.",
        order=1,
        name="Thu ngân sách trên địa bàn",
        unit="tỷ đồng",
        indicator=revenue,
        value=Decimal(300),
        deadline_year=2025,
    )
    Agency.objects.create(locality=world.phu_luong, name="Phòng Tài chính - Kế hoạch", short_name="TC-KH")
    return resolution


def groups_data(resolution, groups=()) -> dict:
    """The POST of the setup page's groups: its existing groups unchanged, plus `groups` as new rows."""
    rows = [{"id": g.pk, "label": g.label, "name": g.name, "order": g.order} for g in resolution.groups.all()]
    return _formset("groups", rows, groups)


def page_data(resolution, group=None, targets=(), plans=()) -> dict:
    """The POST of one group's part of the setup page: its existing targets and plans unchanged, plus `targets`
    and `plans` as new rows."""
    existing_targets = list(resolution.targets.filter(group=group).order_by("order", "pk"))
    existing_plans = list(
        PlanValue.objects.filter(target__in=existing_targets).order_by("target__order", "year", "source")
    )
    plan_rows = [
        {"id": p.pk, "target": p.target_id, "year": p.year, "source": p.source, "value": str(p.value)}
        for p in existing_plans
    ]
    return _formset("targets", [_target_row(t) for t in existing_targets], targets) | _formset(
        "plans", plan_rows, plans
    )


def _formset(prefix: str, rows: list[dict], new) -> dict:
    data: dict[str, str] = {}
    for index, row in enumerate([*rows, *new]):
        for name, value in row.items():
            data[f"{prefix}-{index}-{name}"] = "" if value is None else str(value)
    data[f"{prefix}-TOTAL_FORMS"] = str(len(rows) + len(new))
    data[f"{prefix}-INITIAL_FORMS"] = str(len(rows))
    return data


def group_url(resolution, group=None) -> str:
    return reverse("setup:group", args=[resolution.pk, group.pk if group else 0])


def _target_row(target: Target) -> dict:
    return {
        "id": target.pk,
        "label": target.label,
        "order": target.order,
        "group": target.group_id,
        "name": target.name,
        "unit": target.unit,
        "indicator": target.indicator.code if target.indicator else "",
        "direction": target.direction,
        "form": target.form,
        "kind": target.kind,
        "value": "300" if target.value == 300 else target.value,
        "deadline_year": target.deadline_year,
        "parent": target.parent_id,
    }


def new_target(**fields) -> dict:
    return {"direction": "higher", "form": "exact", "kind": "level", "order": 2, **fields}


@pytest.mark.parametrize("persona", ["outsider", "reporter", "approver"])
def test_it_hides_the_setup_from_everyone_but_office_staff(client, request, resolution, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("setup:page", args=[resolution.pk])).status_code == 404
    assert client.get(reverse("setup:template", args=[resolution.pk])).status_code == 404
    assert (
        client.post(reverse("setup:page", args=[resolution.pk]), groups_data(resolution)).status_code == 404
    )
    economy = resolution.groups.get()
    assert client.get(group_url(resolution, economy), HTTP_HX_REQUEST="true").status_code == 404
    assert client.post(group_url(resolution, economy), page_data(resolution, economy)).status_code == 404
    upload = SimpleUploadedFile("chi-tieu.xlsx", b"PK")
    response = client.post(reverse("setup:import", args=[resolution.pk]), {"workbook": upload})
    assert response.status_code == 404
    assert resolution.targets.count() == 1


def test_it_refuses_office_staff_of_another_district(client, world, resolution):
    user = get_user_model().objects.create_user("vanphong.pt", password="chitieu-test")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=world.phong_tho)
    client.force_login(user)
    assert client.get(reverse("setup:page", args=[resolution.pk])).status_code == 404


def test_office_saves_the_groups_then_a_groups_targets_and_plans_at_once(client, office, resolution):
    client.force_login(office)
    economy = resolution.groups.get()
    revenue = resolution.targets.get()
    agency = Agency.objects.get()
    partner = Agency.objects.create(locality=office.memberships.get().locality, name="Chi cục Thống kê")
    groups = groups_data(
        resolution, [{"label": "II.", "name": "Về văn hoá - xã hội", "order": 2, "declared_count": 5}]
    )
    assert client.post(reverse("setup:page", args=[resolution.pk]), groups).status_code == 302
    assert resolution.groups.get(order=2).name == "Về văn hoá - xã hội"
    data = page_data(
        resolution,
        economy,
        targets=[
            new_target(
                label="2.",
                name="Tổng vốn đầu tư toàn xã hội",
                unit="tỷ đồng",
                group=economy.pk,
                parent="",
                value="1.234,5",
                baseline_value="800",
                baseline_year=2020,
                deadline_year=2025,
                lead_agency=agency.pk,
                cooperating_agencies=partner.pk,
                indicator="thu-ngan-sach",
                leader_name="Nguyễn Văn Hùng",
                leader_title="Phó Chủ tịch UBND huyện",
            )
        ],
        plans=[{"target": revenue.pk, "year": 2024, "source": "Nghị quyết năm", "value": "52,5"}],
    )
    response = client.post(group_url(resolution, economy), data)
    assert response.status_code == 302, response.context and response.context["targets"].targets.errors
    investment = resolution.targets.get(label="2.")
    assert investment.value == Decimal("1234.5")
    assert investment.baseline_value == Decimal(800)
    assert investment.lead_agency == agency
    assert list(investment.cooperating_agencies.all()) == [partner]
    assert investment.indicator.code == "thu-ngan-sach"
    assert investment.group == economy
    assert PlanValue.objects.get(target=revenue).value == Decimal("52.5")

    page = client.get(reverse("setup:page", args=[resolution.pk])).content.decode()
    assert "Tổng vốn đầu tư toàn xã hội" in page
    assert "1.234,5" in page
    assert f'<option value="{partner.pk}" selected>Chi cục Thống kê</option>' in page


def test_the_page_shows_the_engines_status_beside_each_target(client, office, resolution):
    revenue = resolution.targets.get()
    Observation.objects.create(
        indicator=revenue.indicator,
        locality=resolution.locality,
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        period_kind="year",
        kind=ValueKind.OFFICIAL,
        value=Decimal(330),
        reported_on=date(2026, 1, 10),
    )
    client.force_login(office)
    text = client.get(reverse("setup:page", args=[resolution.pk])).content.decode()
    assert "Đánh giá hiện tại: <strong>vượt</strong> · 110,0%" in text


def test_an_invalid_row_writes_nothing_and_says_why(client, office, resolution):
    client.force_login(office)
    economy = resolution.groups.get()
    data = page_data(
        resolution,
        economy,
        targets=[new_target(label="2.", name="Tỷ lệ hộ nghèo", unit="%", value="1.5", indicator="không-có")],
        plans=[{"target": resolution.targets.get().pk, "year": 2024, "source": "kế hoạch", "value": "10"}],
    )
    response = client.post(group_url(resolution, economy), data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Hãy gõ số theo kiểu Việt Nam" in text
    assert "Không có chỉ số mã “không-có”" in text
    assert "Chưa có gì được ghi" in text
    assert 'value="Tỷ lệ hộ nghèo"' in text  # what was typed stays in the form
    assert resolution.targets.count() == 1
    assert not PlanValue.objects.exists()


def test_a_range_upside_down_writes_nothing(client, office, resolution):
    client.force_login(office)
    economy = resolution.groups.get()
    data = page_data(
        resolution,
        economy,
        plans=[{"target": resolution.targets.get().pk, "year": 2024, "source": "kế hoạch", "value": "10"}],
        targets=[new_target(label="2.", name="Tỷ lệ hộ nghèo", form="range", value="5", value_high="3")],
    )
    response = client.post(group_url(resolution, economy), data)
    assert response.status_code == 200
    assert resolution.targets.count() == 1
    assert not PlanValue.objects.exists()


def test_it_refuses_a_loop_of_parent_targets(client, office, resolution):
    first = resolution.targets.get()
    second = Target.objects.create(
        resolution=resolution, group=first.group, label="a)", order=2, name="Thu nội địa", parent=first
    )
    client.force_login(office)
    data = page_data(resolution, first.group)
    index = next(i for i in range(2) if data[f"targets-{i}-id"] == str(first.pk))
    data[f"targets-{index}-parent"] = str(second.pk)
    response = client.post(group_url(resolution, first.group), data)
    assert "chỉ tiêu cha tạo thành vòng lặp" in response.content.decode()
    first.refresh_from_db()
    assert first.parent is None


def _download(client, resolution):
    response = client.get(reverse("setup:template", args=[resolution.pk]))
    assert response.status_code == 200
    return load_workbook(io.BytesIO(response.content))


def _upload(client, resolution, book):
    buffer = io.BytesIO()
    book.save(buffer)
    upload = SimpleUploadedFile("chi-tieu.xlsx", buffer.getvalue())
    return client.post(reverse("setup:import", args=[resolution.pk]), {"workbook": upload}, follow=True)


def test_the_workbook_round_trip_creates_and_updates_targets_by_label(client, office, resolution):
    Indicator.objects.create(code="ho-ngheo", name="Tỷ lệ hộ nghèo", unit="%", is_percent=True)
    client.force_login(office)
    book = _download(client, resolution)
    sheet = book["Chỉ tiêu"]
    assert [c.value for c in sheet[3]][:5] == ["Số hiệu", "Thứ tự", "Nhóm", "Chỉ tiêu cha", "Tên chỉ tiêu"]
    assert [c.value for c in sheet[4]][:5] == ["1.", 1, "I.", None, "Thu ngân sách trên địa bàn"]
    assert sheet["L4"].value == "300"
    sheet["L4"] = "320,5"
    sheet.append(
        [
            "2.", 2, "I.", "", "Tỷ lệ hộ nghèo", "%", "ho-ngheo", "càng thấp càng tốt", "không quá", "có",
            "mức đến năm đích", "1,5", "", "", "4,2", 2020, 2025, "TC-KH", "Lê Văn Nam", "Trưởng phòng",
        ]
    )  # fmt: skip
    sheet.append(["a)", 3, "I.", "2.", "Hộ cận nghèo", "%", "", "", "", "", "", "3"])
    response = _upload(client, resolution, book)
    assert "Đã nhập 3 chỉ tiêu từ tệp Excel." in response.content.decode()
    assert resolution.targets.get(label="1.").value == Decimal("320.5")
    poverty = resolution.targets.get(label="2.")
    assert poverty.direction == "lower" and poverty.form == "max_bound" and poverty.strict
    assert poverty.value == Decimal("1.5") and poverty.baseline_value == Decimal("4.2")
    assert poverty.indicator.code == "ho-ngheo"
    assert poverty.lead_agency.short_name == "TC-KH"
    assert poverty.leader_name == "Lê Văn Nam"
    assert resolution.targets.get(label="a)").parent == poverty

    again = _download(client, resolution)["Chỉ tiêu"]
    assert [again[f"A{row}"].value for row in range(4, 7)] == ["1.", "2.", "a)"]
    assert again["D6"].value == "2." and again["L5"].value == "1,5"


def test_a_bad_row_names_its_row_and_column_and_writes_nothing(client, office, resolution):
    client.force_login(office)
    book = _download(client, resolution)
    sheet = book["Chỉ tiêu"]
    sheet["L4"] = "999"
    sheet.append(["2.", 2, "I.", "", "Tỷ lệ hộ nghèo", "%", "", "", "", "", "", "abc"])
    sheet.append(["3.", 3, "IX.", "", "Tỷ lệ che phủ rừng", "%", "", "lên", "", "", "", "55"])
    text = _upload(client, resolution, book).content.decode()
    assert "Trang “Chỉ tiêu”, dòng 5, cột L (Giá trị chỉ tiêu): Không đọc được “abc”" in text
    assert "dòng 6, cột C (Nhóm): nghị quyết không có nhóm “IX.”" in text
    assert "dòng 6, cột H (Chiều): “lên” không hợp lệ" in text
    assert resolution.targets.count() == 1
    assert resolution.targets.get().value == Decimal(300)


def test_it_refuses_a_file_that_is_not_a_workbook(client, office, resolution):
    client.force_login(office)
    upload = SimpleUploadedFile("chi-tieu.xlsx", b"not a workbook")
    response = client.post(reverse("setup:import", args=[resolution.pk]), {"workbook": upload}, follow=True)
    assert "Tệp không phải bảng tính Excel .xlsx" in response.content.decode()
    assert resolution.targets.count() == 1


def test_the_page_opens_one_group_and_loads_another_by_htmx(client, office, resolution):
    economy = resolution.groups.get()
    society = TargetGroup.objects.create(
        resolution=resolution, label="II.", name="Về văn hóa - xã hội", order=2
    )
    Target.objects.create(resolution=resolution, group=society, label="5.", order=5, name="Tỷ lệ hộ nghèo")
    client.force_login(office)
    page = client.get(reverse("setup:page", args=[resolution.pk])).content.decode()
    assert 'value="Thu ngân sách trên địa bàn"' in page  # the first group is open
    assert 'value="Tỷ lệ hộ nghèo"' not in page
    assert f'hx-get="{group_url(resolution, society)}"' in page
    part = client.get(group_url(resolution, society), HTTP_HX_REQUEST="true").content.decode()
    assert 'value="Tỷ lệ hộ nghèo"' in part and "<html" not in part
    assert 'value="Thu ngân sách trên địa bàn"' not in part
    without_htmx = client.get(group_url(resolution, society))
    assert (
        without_htmx.url
        == f"{reverse('setup:page', args=[resolution.pk])}?group={society.pk}&part=1#group-{society.pk}"
    )
    assert 'value="Tỷ lệ hộ nghèo"' in client.get(without_htmx.url).content.decode()
    assert economy.pk != society.pk


def test_a_group_of_another_resolution_is_not_found(client, world, office, resolution):
    other = TargetGroup.objects.create(resolution=world.phong_tho_resolution, name="Kinh tế", order=1)
    client.force_login(office)
    assert client.get(group_url(resolution, other), HTTP_HX_REQUEST="true").status_code == 404
    assert client.get(group_url(world.phong_tho_resolution, other), HTTP_HX_REQUEST="true").status_code == 404


def test_a_long_group_is_shown_and_saved_in_parts_of_eight(client, office, resolution):
    economy = resolution.groups.get()
    for order in range(2, 12):
        Target.objects.create(
            resolution=resolution, group=economy, label=f"{order}.", order=order, name=f"Chỉ tiêu số {order}"
        )
    client.force_login(office)
    first = client.get(group_url(resolution, economy), HTTP_HX_REQUEST="true").content.decode()
    assert first.count("<fieldset") == 8 and "Chỉ tiêu mới" not in first
    second = client.get(group_url(resolution, economy) + "?part=2", HTTP_HX_REQUEST="true").content.decode()
    assert second.count("<fieldset") == 4 and "Chỉ tiêu mới" in second  # 3 targets and the new row
    rest = resolution.targets.order_by("order", "pk")[8:]
    rows = [_target_row(t) | {"name": f"{t.name} (sửa)"} for t in rest]
    data = _formset("targets", rows, ()) | _formset("plans", [], ())
    response = client.post(group_url(resolution, economy) + "?part=2", data, HTTP_HX_REQUEST="true")
    assert "Đã lưu nhóm" in response.content.decode()
    assert resolution.targets.filter(name__endswith="(sửa)").count() == 3


def test_the_leaders_to_name_are_offered_from_the_units_above(client, world, office, resolution, approver):
    Membership.objects.filter(user=approver).update(title="Phó Bí thư Tỉnh ủy")
    client.force_login(office)
    page = client.get(reverse("setup:page", args=[resolution.pk])).content.decode()
    assert '<datalist id="leader-names"><option value="Nguyễn Thị Hằng"></option></datalist>' in page
    assert '<option value="Phó Bí thư Tỉnh ủy"></option>' in page


def test_the_office_names_one_leader_for_the_targets_of_a_group_that_have_none(client, office, resolution):
    economy = resolution.groups.get()
    named = Target.objects.create(
        resolution=resolution,
        group=economy,
        label="2.",
        order=2,
        name="Tổng vốn đầu tư",
        leader_name="Lê Văn Nam",
    )
    agency = Agency.objects.get()
    url = reverse("setup:assign", args=[resolution.pk, economy.pk])
    data = {
        "leader_name": "Nguyễn Văn Hùng",
        "leader_title": "Phó Chủ tịch UBND huyện",
        "lead_agency": agency.pk,
    }
    client.force_login(office)
    response = client.post(url, {f"assign{economy.pk}-{k}": v for k, v in data.items()}, follow=True)
    assert "Đã giao Nguyễn Văn Hùng phụ trách 1 chỉ tiêu." in response.content.decode()
    revenue = resolution.targets.get(label="1.")
    assert (revenue.leader_name, revenue.leader_title, revenue.lead_agency) == (
        "Nguyễn Văn Hùng",
        "Phó Chủ tịch UBND huyện",
        agency,
    )
    named.refresh_from_db()
    assert named.leader_name == "Lê Văn Nam"  # already named: kept unless the office asks for every target


def test_a_reporter_names_no_leader(client, reporter, resolution):
    economy = resolution.groups.get()
    client.force_login(reporter)
    url = reverse("setup:assign", args=[resolution.pk, economy.pk])
    assert client.post(url, {f"assign{economy.pk}-leader_name": "Ai đó"}).status_code == 404
    assert resolution.targets.get().leader_name == ""
