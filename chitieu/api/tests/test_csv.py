"""CSV in and out: a bulk body with a header row, and an export that can be sent back as it is."""

import csv
import io
from decimal import Decimal

from chitieu.accounts.models import Membership
from chitieu.results.models import Observation

from .conftest import INCOME, api_client

BULK = "/api/v1/observations/bulk"
EXPORT = "/api/v1/observations.csv"


def office(world, django_user_model):
    user = django_user_model.objects.create_user("vanphong.tn", password="chitieu-test")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=world.thai_nguyen)
    return api_client(user)


def read(response) -> list[dict[str, str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff"), "Excel needs the BOM to read Vietnamese"
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_a_csv_body_is_read_like_json(world, figures, django_user_model):
    client = office(world, django_user_model)
    body = (
        "\ufeffindicator,locality_id,period_start,period_end,kind,value,text_value,note,is_illustrative\n"
        f"{INCOME},{world.yen_ninh.pk},2024-01-01,2024-12-31,estimate,52.3,,Ước cả năm,false\n"
        f"{INCOME},{world.on_luong.pk},2024-01-01,2024-12-31,estimate,,đạt,,true\n"
    )
    response = client.post(BULK, body, content_type="text/csv")
    assert response.json() == {"created": 2, "updated": 0, "unchanged": 0, "revised": 0}
    yen_ninh = Observation.objects.get(locality=world.yen_ninh, period_start__year=2024)
    assert (yen_ninh.value, yen_ninh.kind, yen_ninh.note) == (Decimal("52.3"), 1, "Ước cả năm")
    on_luong = Observation.objects.get(locality=world.on_luong, period_start__year=2024)
    assert (on_luong.value, on_luong.text_value, on_luong.is_illustrative) == (None, "đạt", True)


def test_a_bad_csv_row_is_named_by_its_item_index(world, figures, django_user_model):
    client = office(world, django_user_model)
    body = (
        "indicator,locality_id,period_start,period_end,value\n"
        f"{INCOME},{world.yen_ninh.pk},2024-01-01,2024-12-31,52.3\n"
        f"{INCOME},{world.yen_ninh.pk},2024-01-01,31/12/2024,52.3\n"
    )
    response = client.post(BULK, body, content_type="text/csv")
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"index": 1, "field": "period_end", "message": "Phải là ngày dạng YYYY-MM-DD.", "code": "invalid"}
    ]
    assert not Observation.objects.filter(period_start__year=2024).exists()


def test_an_unknown_column_refuses_the_file(world, figures, django_user_model):
    client = office(world, django_user_model)
    body = f"indicator,locality_id,period_start,period_end,giá trị\n{INCOME},1,2024-01-01,2024-12-31,1\n"
    errors = client.post(BULK, body, content_type="text/csv").json()["errors"]
    assert errors == [
        {"index": None, "field": "giá trị", "message": "Cột không được hỗ trợ.", "code": "invalid"}
    ]


def test_the_export_takes_the_same_filters_as_the_list(world, figures, as_approver):
    rows = read(as_approver.get(EXPORT, {"root": world.phu_luong.pk, "kind": "official"}))
    assert {row["locality_name"] for row in rows} == {"Huyện Phú Lương", "Xã Yên Ninh", "Xã Ôn Lương"}
    assert read(as_approver.get(EXPORT, {"period_start": "2024-01-01"})) == []
    listed = as_approver.get("/api/v1/observations", {"root": world.yen_ninh.pk}).json()["items"]
    exported = read(as_approver.get(EXPORT, {"root": world.yen_ninh.pk}))
    assert [(r["locality_id"], r["value"]) for r in exported] == [
        (str(item["locality_id"]), item["value"]) for item in listed
    ]


def test_the_export_round_trips(world, figures, django_user_model):
    client = office(world, django_user_model)
    Observation.objects.filter(locality=world.yen_ninh).update(
        note="Theo báo cáo, số liệu “ước”", source="UBND xã"
    )
    exported = b"".join(client.get(EXPORT).streaming_content)
    snapshot = sorted(
        Observation.objects.values_list("locality_id", "value", "note", "source", "reported_on")
    )

    again = client.post(BULK, exported, content_type="text/csv").json()
    assert again == {"created": 0, "updated": 0, "unchanged": 3, "revised": 0}

    Observation.objects.filter(locality__in=[world.yen_ninh, world.on_luong, world.phu_luong]).delete()
    restored = client.post(BULK, exported, content_type="text/csv").json()
    assert restored == {"created": 3, "updated": 0, "unchanged": 0, "revised": 0}
    assert (
        sorted(Observation.objects.values_list("locality_id", "value", "note", "source", "reported_on"))
        == snapshot
    )
