"""Bulk writes: all or nothing with an error per item, idempotent, history kept, a few queries per batch."""

import calendar
import json
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.accounts.models import Membership
from chitieu.api.bulk import MAX_ITEMS
from chitieu.api.examples import OBSERVATIONS_CSV, OBSERVATIONS_JSON, PLAN_VALUES_JSON
from chitieu.localities.models import Locality
from chitieu.plans.models import PlanValue
from chitieu.results.models import (
    LockException,
    Observation,
    ObservationRevision,
    ReportingPeriod,
    Submission,
)

from .conftest import INCOME, api_client

BULK = "/api/v1/observations/bulk"
PLANS = "/api/v1/plan-values/bulk"


@pytest.fixture
def office(world, figures, django_user_model):
    """Office staff of Thái Nguyên: may report for the whole province."""
    user = django_user_model.objects.create_user("vanphong.tn", password="chitieu-test")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=world.thai_nguyen)
    return api_client(user)


def month(locality, number: int, value: str, **extra) -> dict:
    return {
        "indicator": INCOME,
        "locality_id": locality.pk,
        "period_start": f"2024-{number:02d}-01",
        "period_end": date(2024, number, calendar.monthrange(2024, number)[1]).isoformat(),
        "period_kind": "month",
        "value": value,
        **extra,
    }


def send(client, items, path=BULK):
    return client.post(path, json.dumps({"items": items}), content_type="application/json")


def test_a_batch_with_one_bad_item_names_it_and_writes_nothing(world, office):
    before = Observation.objects.count()
    items = [month(world.yen_ninh, m, "4.5") for m in range(1, 13)]
    items[7]["value"] = "bốn phẩy năm"
    response = send(office, items)
    assert response.status_code == 422
    body = response.json()
    assert body["errors"] == [
        {
            "index": 7,
            "field": "value",
            "message": "Phải là một số JSON, hoặc chuỗi chỉ gồm chữ số ASCII và dấu chấm thập phân (ví dụ 1234.5).",
            "code": "invalid",
        }
    ]
    assert Observation.objects.count() == before


def test_every_bad_item_is_reported_at_once(world, office):
    items = [
        month(world.yen_ninh, 1, "1", indicator="khong-co"),
        {**month(world.yen_ninh, 2, "1"), "period_end": "2023-01-01"},
        {k: v for k, v in month(world.yen_ninh, 3, "1").items() if k != "value"},
        month(world.yen_ninh, 4, "1", colour="đỏ"),
        {**month(world.yen_ninh, 5, "1"), "locality_id": None},
        month(world.yen_ninh, 6, "1"),
        month(world.yen_ninh, 6, "2"),
    ]
    errors = [(e["index"], e["field"], e["code"]) for e in send(office, items).json()["errors"]]
    assert errors == [
        (0, "indicator", "not_found"),
        (1, "period_end", "invalid"),
        (2, "value", "invalid"),
        (3, "colour", "invalid"),
        (4, "locality_id", "invalid"),
        (6, "kind", "duplicate"),
    ]


def test_sending_the_same_batch_again_changes_nothing(world, office):
    items = [
        month(locality, m, f"{m}.25") for locality in (world.yen_ninh, world.on_luong) for m in range(1, 13)
    ]
    first = send(office, items).json()
    assert first == {"created": 24, "updated": 0, "unchanged": 0, "revised": 0}
    stamps = dict(Observation.objects.values_list("pk", "updated_at"))
    again = send(office, items).json()
    assert again == {"created": 0, "updated": 0, "unchanged": 24, "revised": 0}
    assert dict(Observation.objects.values_list("pk", "updated_at")) == stamps
    assert not ObservationRevision.objects.exists()


def test_a_replaced_value_goes_to_the_history_as_record_observation_does(world, office):
    send(office, [month(world.yen_ninh, 1, "4.5", kind="estimate", reported_on="2024-02-01", source="Ước")])
    response = send(office, [month(world.yen_ninh, 1, "4.75", kind="estimate", reported_on="2024-03-01")])
    assert response.json() == {"created": 0, "updated": 1, "unchanged": 0, "revised": 1}
    observation = Observation.objects.get(locality=world.yen_ninh, period_start=date(2024, 1, 1))
    assert observation.value == Decimal("4.75")
    assert observation.reported_on == date(2024, 3, 1)
    assert observation.updated_by.username == "vanphong.tn"
    revision = observation.revisions.get()
    assert (revision.value, revision.reported_on, revision.source) == (
        Decimal("4.5"),
        date(2024, 2, 1),
        "Ước",
    )
    assert revision.replaced_by.username == "vanphong.tn"
    assert revision.reason == "Cập nhật qua API (Kiểm thử)"


def test_a_note_alone_changes_the_row_without_a_revision(world, office):
    send(office, [month(world.yen_ninh, 1, "4.5")])
    response = send(office, [month(world.yen_ninh, 1, "4.5", note="Số liệu Chi cục Thống kê")])
    assert response.json() == {"created": 0, "updated": 1, "unchanged": 0, "revised": 0}
    assert Observation.objects.get(locality=world.yen_ninh, period_start=date(2024, 1, 1)).note


def test_an_estimate_and_the_official_figure_are_two_rows(world, office):
    items = [
        month(world.yen_ninh, 1, "4.5", kind="estimate"),
        month(world.yen_ninh, 1, "4.6", kind="official"),
    ]
    assert send(office, items).json()["created"] == 2


def test_a_unit_may_be_named_by_its_official_code(world, office):
    Locality.objects.filter(pk=world.thai_nguyen.pk).update(scheme=Locality.Scheme.CURRENT)
    item = {k: v for k, v in month(world.thai_nguyen, 1, "60").items() if k != "locality_id"}
    response = send(office, [{**item, "locality_code": "19", "locality_scheme": "2025"}])
    assert response.json()["created"] == 1
    wrong = send(office, [{**item, "locality_code": "19", "locality_scheme": "legacy"}]).json()["errors"]
    assert wrong[0]["field"] == "locality_code" and wrong[0]["code"] == "not_found"


def test_the_documented_examples_are_accepted(world, figures, office):
    Locality.objects.filter(pk=world.thai_nguyen.pk).update(scheme=Locality.Scheme.CURRENT)
    response = office.post(BULK, json.dumps(OBSERVATIONS_JSON), content_type="application/json")
    assert response.json() == {"created": 1, "updated": 0, "unchanged": 0, "revised": 0}
    response = office.post(BULK, OBSERVATIONS_CSV, content_type="text/csv")
    assert response.json() == {"created": 0, "updated": 0, "unchanged": 1, "revised": 0}
    plan = {**PLAN_VALUES_JSON["items"][0], "target": figures.phu_luong_target.pk}
    assert send(office, [plan], PLANS).json()["created"] == 1


def test_more_than_ten_thousand_items_are_refused(world, office):
    response = send(office, [month(world.yen_ninh, 1, "1")] * (MAX_ITEMS + 1))
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"index": None, "field": "items", "message": "Tối đa 10.000 mục mỗi lần gửi.", "code": "too_many"}
    ]


def test_unreadable_bodies_are_answered_with_documented_errors(office, settings):
    assert office.post(BULK, "{not json", content_type="application/json").status_code == 400
    assert office.post(BULK, "[" * 100_000, content_type="application/json").status_code == 400
    assert office.post(BULK, "<items/>", content_type="application/xml").status_code == 415
    assert office.post(BULK, json.dumps([]), content_type="application/json").status_code == 422
    assert (
        office.post(BULK, json.dumps({"items": [], "x": 1}), content_type="application/json").status_code
        == 422
    )
    settings.API_BULK_MAX_BYTES = 100
    assert (
        office.post(BULK, json.dumps({"items": [{}] * 50}), content_type="application/json").status_code
        == 413
    )


def test_a_batch_takes_a_few_queries_whatever_its_size(world, office):
    def queries(items) -> int:
        with CaptureQueriesContext(connection) as context:
            assert send(office, items).status_code == 200
        return len(context.captured_queries)

    items = [
        month(locality, m, "1", kind=kind)
        for locality in (world.yen_ninh, world.on_luong)
        for m in range(1, 13)
        for kind in ("estimate", "preliminary", "official")
    ]
    send(office, [])  # the token's first use of the minute writes last_used_at
    # 20 for the batch (PostgreSQL merges through a temporary table), 13 for the roll-ups of the district and the
    # province above (a few per level).
    assert queries(items[:2]) == queries(items[2:]) <= 36
    changed = [{**item, "value": "2"} for item in items]
    assert queries(changed[:2]) == queries(changed[2:]) <= 36
    assert ObservationRevision.objects.count() == len(items)


def test_plan_values_are_upserted_by_target_year_and_source(figures, office):
    target = figures.phu_luong_target.pk
    plans = [
        {"target": target, "year": 2024, "source": "dự toán tỉnh giao", "value": "58"},
        {"target": target, "year": 2024, "source": "dự toán huyện giao", "value": "59.5"},
    ]
    assert send(office, plans, PLANS).json() == {"created": 2, "updated": 0, "unchanged": 0, "revised": 0}
    assert send(office, plans, PLANS).json() == {"created": 0, "updated": 0, "unchanged": 2, "revised": 0}
    plans[1]["value"] = "60"
    # A replaced plan figure is kept in the history, as a replaced observation is.
    assert send(office, plans, PLANS).json() == {"created": 0, "updated": 1, "unchanged": 1, "revised": 1}
    assert PlanValue.objects.get(target_id=target, year=2024, source="dự toán huyện giao").value == 60


def test_a_bad_plan_value_names_its_index_and_field(figures, office):
    plans = [
        {"target": figures.phu_luong_target.pk, "year": 2024, "value": "58"},
        {"target": figures.phu_luong_target.pk, "year": 2024, "source": "tự đặt", "value": "58"},
    ]
    errors = send(office, plans, PLANS).json()["errors"]
    assert [(e["index"], e["field"]) for e in errors] == [(1, "source")]
    assert errors[0]["message"].startswith("Phải là một trong các giá trị: 'Nghị quyết đại hội'")
    assert not PlanValue.objects.filter(year=2024).exists()


@pytest.fixture
def march(world):
    """The March 2024 reporting round, whose deadline has long passed: locked."""
    period = ReportingPeriod.objects.get(kind="month", start=date(2024, 3, 1))
    period.name, period.deadline = "Tháng 3 năm 2024", date(2024, 4, 5)
    period.save()
    return period


def test_a_locked_period_refuses_the_api_as_it_refuses_the_entry_page(world, office, march):
    response = send(office, [month(world.yen_ninh, 2, "4.1"), month(world.yen_ninh, 3, "4.2")])
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {
            "index": 1,
            "field": "period_start",
            "message": "Tháng 3 năm 2024: kỳ báo cáo đã khóa từ ngày 06/04/2024: cần người phê duyệt cho phép mở lại.",
            "code": "closed",
        }
    ]
    assert not Observation.objects.filter(locality=world.yen_ninh, period_start__year=2024).exists()


def test_a_lock_exception_for_the_province_opens_the_period_to_the_api_for_its_communes(
    world, office, march, approver
):
    LockException.objects.create(
        period=march,
        locality=world.thai_nguyen,
        until=date(2099, 12, 31),
        granted_by=approver,
        reason="Bổ sung",
    )
    assert send(office, [month(world.yen_ninh, 3, "4.2")]).status_code == 200
    assert Observation.objects.get(locality=world.yen_ninh, period_start=date(2024, 3, 1)).value == Decimal(
        "4.2"
    )


def test_figures_sent_for_approval_cannot_be_changed_through_the_api(world, office, march):
    march.is_locked, march.deadline = False, date(2099, 1, 1)
    march.save()
    Submission.objects.create(period=march, locality=world.yen_ninh, status=Submission.Status.SUBMITTED)
    (error,) = send(office, [month(world.yen_ninh, 3, "4.2")]).json()["errors"]
    assert (error["code"], error["message"]) == (
        "closed",
        "Tháng 3 năm 2024: số liệu kỳ này của đơn vị đã gửi và đang chờ phê duyệt: không sửa được.",
    )
    assert send(office, [month(world.on_luong, 3, "4.2")]).status_code == 200
