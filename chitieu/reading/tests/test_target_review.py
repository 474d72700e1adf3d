"""The review screen: office staff paste a resolution's target list, correct what was read and save it at once."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.conftest import _user
from chitieu.plans.models import Resolution, Target, TargetGroup

LIST = (Path(__file__).parent / "data" / "chi-tieu-huyen.txt").read_text(encoding="utf-8")


@pytest.fixture
def office(world):
    return _user("vanphong.pl", Membership.Role.OFFICE, world.phu_luong, "Trần Văn Bình")


def url(resolution: Resolution) -> str:
    return reverse("reading:resolution_targets", args=[resolution.pk])


def read(client, resolution, text=LIST):
    return client.post(url(resolution), {"step": "read", "text": text})


def confirm_data(response) -> dict:
    """What the review form would post back unchanged."""
    data = {"step": "confirm"}
    declared = response.context["listing"].initial.get("declared_count")
    if declared is not None:
        data["list-declared_count"] = declared
    for formset in (response.context["groups"], response.context["rows"]):
        data |= {f"{formset.prefix}-{k}": v for k, v in formset.management_form.initial.items()}
        for form in formset:
            for name, field in form.fields.items():
                value = field.prepare_value(form.initial.get(name))
                if value is None or value is False:
                    continue
                data[form.add_prefix(name)] = "on" if value is True else value
    return data


def test_an_outsider_gets_404(client, outsider, world):
    client.force_login(outsider)
    assert client.get(url(world.phu_luong_resolution)).status_code == 404
    assert read(client, world.phu_luong_resolution).status_code == 404


def test_a_reporter_cannot_create_targets_even_for_their_own_commune(client, reporter, world):
    own = Resolution.objects.create(
        locality=world.yen_ninh, term=world.term, title="Nghị quyết Đại hội xã Yên Ninh"
    )
    client.force_login(reporter)
    assert read(client, own).status_code == 404
    assert not Target.objects.exists()


def test_office_staff_see_the_parsed_list_with_warnings_and_doubtful_fields(client, office, world):
    client.force_login(office)
    response = read(client, world.phu_luong_resolution)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nhóm IV khai báo 3 chỉ tiêu nhưng tìm thấy 2." in page
    assert "Tỷ lệ hộ nghèo" in page and 'class=" doubtful"' in page
    assert 'value="25.000"' in page  # numbers shown the Vietnamese way
    assert not Target.objects.exists()  # reading writes nothing


def test_office_staff_confirm_and_the_groups_and_targets_are_created(client, office, world):
    client.force_login(office)
    data = confirm_data(read(client, world.phu_luong_resolution))
    response = client.post(url(world.phu_luong_resolution), data)
    assert response.status_code == 302
    resolution = world.phu_luong_resolution
    assert TargetGroup.objects.filter(resolution=resolution).count() == 4
    poverty = Target.objects.get(resolution=resolution, label="8.")
    assert (poverty.kind, poverty.value, poverty.group.label) == ("point_change", Decimal("1.5"), "II.")
    investment = Target.objects.get(resolution=resolution, label="3.")
    assert [c.name for c in investment.children.order_by("order")] == [
        "Vốn ngân sách nhà nước",
        "Vốn doanh nghiệp và dân cư",
    ]
    assert Target.objects.filter(resolution=resolution, parent__isnull=True).count() == 17


def test_the_number_of_targets_the_text_states_is_kept_and_a_summary_over_another_number_is_flagged(
    client, office, world
):
    client.force_login(office)
    text = "Nghị quyết đề ra 20 chỉ tiêu chủ yếu:\n1. Thu nhập bình quân đầu người đạt 60 triệu đồng."
    response = read(client, world.phu_luong_resolution, text)
    assert 'name="list-declared_count" value="20"' in response.content.decode()
    assert client.post(url(world.phu_luong_resolution), confirm_data(response)).status_code == 302
    world.phu_luong_resolution.refresh_from_db()
    assert world.phu_luong_resolution.declared_count == 20
    dashboard = client.get(
        reverse("reports:dashboard", args=[world.phu_luong_resolution.pk])
    ).content.decode()
    assert "Nghị quyết nêu 20 chỉ tiêu nhưng đang theo dõi 1" in dashboard


def test_a_correction_typed_the_vietnamese_way_is_saved(client, office, world):
    client.force_login(office)
    data = confirm_data(
        read(client, world.phu_luong_resolution, "1. Thu nhập bình quân đầu người đạt 60 triệu đồng.")
    )
    data["targets-0-value"] = "62,5"
    client.post(url(world.phu_luong_resolution), data)
    assert Target.objects.get().value == Decimal("62.5")


def test_nothing_is_written_when_one_row_is_wrong(client, office, world):
    client.force_login(office)
    data = confirm_data(read(client, world.phu_luong_resolution))
    data["targets-1-form"] = "range"  # "Thu nhập … 60 triệu đồng" without an upper value
    data["targets-3-parent"] = "9"  # a parent below the row
    response = client.post(url(world.phu_luong_resolution), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Chỉ tiêu dạng khoảng cần cận trên lớn hơn hoặc bằng giá trị." in page
    assert "“Thuộc dòng” phải là số của một dòng phía trên." in page
    assert not Target.objects.exists() and not TargetGroup.objects.exists()


def test_a_word_document_can_be_uploaded(client, office, world, tmp_path):
    import docx
    from django.core.files.uploadedfile import SimpleUploadedFile

    document = docx.Document()
    document.add_paragraph("1. Huyện đạt chuẩn nông thôn mới trước năm 2025.")
    path = tmp_path / "nq.docx"
    document.save(str(path))
    client.force_login(office)
    upload = SimpleUploadedFile("nq.docx", path.read_bytes())
    response = client.post(url(world.phu_luong_resolution), {"step": "read", "file": upload})
    assert "Huyện đạt chuẩn nông thôn mới" in response.content.decode()
