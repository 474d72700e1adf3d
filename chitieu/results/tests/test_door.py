"""Every door refuses the same writes: a locked period, a period inside a locked one, approved figures, figures
awaiting approval, a unit outside the writer's scope, a reporter setting a plan value. Each refusal is a
Vietnamese message (or a 404 that hides what lies outside the scope), and the tables the door guards are byte
for byte as they were."""

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from chitieu.accounts.models import Membership
from chitieu.api.services import create_token
from chitieu.conftest import _user
from chitieu.plans.models import Indicator, PlanValue, PlanValueRevision
from chitieu.results import tasks
from chitieu.results.door import System, record_observation
from chitieu.results.models import (
    Commentary,
    ImportJob,
    Observation,
    ObservationRevision,
    PeriodKind,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
)
from chitieu.results.workbook import HEADERS, WorkbookRefused, import_workbook

SEED = System("test-fixture")
GUARDED = [
    Observation,
    ObservationRevision,
    PlanValue,
    PlanValueRevision,
    Commentary,
    Submission,
    SubmissionEvent,
]


def checksum() -> str:
    """Every row of every table the door guards, the figures a submission holds included."""
    rows = [list(model.objects.order_by("pk").values_list()) for model in GUARDED]
    rows.append(list(Submission.observations.through.objects.order_by("pk").values_list()))
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@dataclass
class Case:
    name: str
    user: object
    locality: object
    period: ReportingPeriod
    indicator: Indicator
    expected: tuple[str, ...]  # one of these words is in the refusal


@pytest.fixture
def office(world):
    user = _user("vanphong.pl", Membership.Role.OFFICE, world.phu_luong, "Trần Văn Bình")
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def cases(world, entry, office, reporter, frozen) -> dict[str, Case]:
    """5 October 2024. The third quarter was locked by hand, so September inside it is closed too; Ôn Lương's
    nine months are approved and Phú Lương's wait for approval; Ôn Lương is outside the Yên Ninh reporter's scope."""
    quarter = ReportingPeriod.objects.create(
        kind=PeriodKind.QUARTER,
        name="Quý III năm 2024",
        start=date(2024, 7, 1),
        end=date(2024, 9, 30),
        deadline=date(2024, 10, 10),
        is_locked=True,
    )
    september = ReportingPeriod.objects.create(
        kind=PeriodKind.MONTH,
        name="Tháng 9 năm 2024",
        start=date(2024, 9, 1),
        end=date(2024, 9, 30),
        deadline=date(2024, 10, 10),
    )
    nine_months, income = entry.period, entry.income_indicator
    revenue = entry.district_revenue.indicator
    for locality, indicator, status in [
        (world.on_luong, revenue, Submission.Status.APPROVED),
        (world.phu_luong, revenue, Submission.Status.SUBMITTED),
    ]:
        figure = record_observation(
            actor=SEED,
            via="",
            indicator=indicator,
            locality=locality,
            period_start=nine_months.start,
            period_end=nine_months.end,
            period_kind=nine_months.kind,
            value=Decimal(40),
            reported_on=date(2024, 10, 2),
            kind=1,
        )
        submission = Submission.objects.create(period=nine_months, locality=locality, status=status)
        submission.observations.add(figure)
    return {
        "locked": Case("locked", office, world.yen_ninh, quarter, income, ("khóa",)),
        "inside_locked": Case("inside_locked", office, world.yen_ninh, september, income, ("khóa",)),
        "approved": Case("approved", office, world.on_luong, nine_months, revenue, ("phê duyệt",)),
        "awaiting": Case("awaiting", office, world.phu_luong, nine_months, revenue, ("chờ phê duyệt",)),
        "out_of_scope": Case("out_of_scope", reporter, world.on_luong, nine_months, income, ("quyền",)),
    }


def refused(response, case: Case) -> str:
    """The refusal as the user sees it: a 404 hides another unit; otherwise the page names the reason."""
    if response.status_code == 404:
        return "404"
    text = response.content.decode()
    messages = [str(m) for m in response.context["messages"]] if response.context else []
    assert any(word in text or any(word in m for m in messages) for word in case.expected), case.name
    return "refused"


def entry_page(client, case: Case) -> str:
    key = f"i{case.indicator.pk}"
    url = reverse("results:entry", args=[case.period.pk, case.locality.pk])
    return refused(client.post(url, {f"{key}-value": "45", f"{key}-kind": 1}), case)


def filled_book(client, case: Case, entry) -> bytes:
    """The entry page's own template, filled: the unit's, or (outside the scope) the reporter's own unit's."""
    response = client.get(reverse("results:workbook", args=[case.period.pk, case.locality.pk]))
    if response.status_code == 404:
        response = client.get(reverse("results:workbook", args=[entry.period.pk, entry.world.yen_ninh.pk]))
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["Số liệu"]
    row = next(r for r in sheet.iter_rows(min_row=5) if r[2].value == case.indicator.code)
    row[7].value = "45"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def entry_workbook(client, case: Case, entry) -> str:
    content = filled_book(client, case, entry)
    url = reverse("results:upload", args=[case.period.pk, case.locality.pk])
    response = client.post(url, {"workbook": SimpleUploadedFile("so-lieu.xlsx", content)}, follow=True)
    return refused(response, case)


def background_import(client, case: Case, entry) -> str:
    job = ImportJob.objects.create(
        period=case.period,
        locality=case.locality,
        file_name="so-lieu.xlsx",
        content=filled_book(client, case, entry),
        requested_by=case.user,
    )
    tasks.import_entry_file.call(job.pk)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert any(word in job.error for word in case.expected), job.error
    return "refused"


def many_units_workbook(case: Case) -> str:
    book = Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet.append(["Kỳ báo cáo", case.period.name, "Mã kỳ", case.period.pk])
    sheet.append(["Đơn vị", str(case.locality)])
    sheet.append([])
    sheet.append(HEADERS)
    sheet.append([1, case.locality.pk, case.indicator.code, "", "", "", "", "45", "ước", "Ghi chú"])
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    with pytest.raises(WorkbookRefused) as refusal:
        import_workbook(case.user, buffer)
    assert any(word in " ".join(refusal.value.errors) for word in case.expected), refusal.value.errors
    return "refused"


def api_observations(case: Case) -> str:
    _token, secret = create_token(case.user, "thử")
    item = {
        "indicator": case.indicator.code,
        "locality_id": case.locality.pk,
        "period_start": case.period.start.isoformat(),
        "period_end": case.period.end.isoformat(),
        "period_kind": case.period.kind,
        "kind": "estimate",
        "value": "45",
    }
    response = _api_post("/api/v1/observations/bulk", secret, [item])
    assert response.status_code == 422
    message = response.json()["errors"][0]["message"]
    assert any(word in message for word in case.expected), message
    return "refused"


def _api_post(path: str, secret: str, items: list):
    from django.test import Client

    return Client().post(
        path,
        json.dumps({"items": items}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


def reading_accept(client, case: Case) -> str:
    text = "9 tháng năm 2024, thu nhập bình quân đầu người đạt 45 triệu đồng; thu ngân sách đạt 45 tỷ đồng."
    data = {
        "action": "accept-0",
        "text": text,
        "handled": "",
        "c0-indicator": case.indicator.pk,
        "c0-value": "45",
        "c0-kind": 1,
        "c0-period_kind": case.period.kind,
        "c0-period_start": case.period.start.isoformat(),
        "c0-period_end": case.period.end.isoformat(),
    }
    return refused(client.post(reverse("reading:locality_report", args=[case.locality.pk]), data), case)


def back_office(client, case: Case) -> str:
    data = {
        "indicator": case.indicator.pk,
        "locality": case.locality.pk,
        "period_start": f"{case.period.start:%d/%m/%Y}",
        "period_end": f"{case.period.end:%d/%m/%Y}",
        "period_kind": case.period.kind,
        "kind": 1,
        "value": "45",
        "text_value": "",
        "reported_on": "05/10/2024",
        "source": "",
        "source_sentence": "",
        "note": "",
        "revisions-TOTAL_FORMS": "0",
        "revisions-INITIAL_FORMS": "0",
        "revisions-MIN_NUM_FORMS": "0",
        "revisions-MAX_NUM_FORMS": "1000",
    }
    response = client.post(reverse("admin:results_observation_add"), data)
    if response.status_code in (302, 403):  # not staff, or no right to add: nothing saved
        assert response.status_code == 403 or "/login/" in response.url
        return "refused"
    assert response.status_code == 200
    errors = str(response.context["adminform"].form.errors)
    assert (
        any(word in errors for word in case.expected)
        or "Select a valid choice" in errors
        or ("Lựa chọn" in errors)
    ), errors
    return "refused"


DOORS = [
    "entry_page",
    "entry_workbook",
    "background_import",
    "many_units_workbook",
    "api",
    "reading",
    "admin",
]


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("case_name", ["locked", "inside_locked", "approved", "awaiting", "out_of_scope"])
def test_every_door_refuses_a_closed_or_foreign_write_and_changes_nothing(
    client, cases, entry, door, case_name
):
    case = cases[case_name]
    case.user.is_staff = True
    case.user.save()
    client.force_login(case.user)
    before = checksum()
    attempt = {
        "entry_page": lambda: entry_page(client, case),
        "entry_workbook": lambda: entry_workbook(client, case, entry),
        "background_import": lambda: background_import(client, case, entry),
        "many_units_workbook": lambda: many_units_workbook(case),
        "api": lambda: api_observations(case),
        "reading": lambda: reading_accept(client, case),
        "admin": lambda: back_office(client, case),
    }[door]
    assert attempt() in ("refused", "404")
    assert checksum() == before


def plan_item(entry) -> dict:
    return {"target": entry.income.pk, "year": 2024, "source": "kế hoạch", "value": "55"}


def test_a_reporter_cannot_set_a_plan_value_through_the_api(client, reporter, entry, frozen):
    before = checksum()
    _token, secret = create_token(reporter, "thử")
    response = _api_post("/api/v1/plan-values/bulk", secret, [plan_item(entry)])
    assert response.status_code == 422
    assert "văn phòng" in response.json()["errors"][0]["message"]
    assert checksum() == before


def test_a_reporter_cannot_reach_the_setup_page_to_set_a_plan_value(client, reporter, entry, frozen):
    before = checksum()
    client.force_login(reporter)
    url = reverse("setup:page", args=[entry.commune_resolution.pk])
    assert client.post(url, {"plans-TOTAL_FORMS": "1", "plans-0-value": "55"}).status_code == 404
    assert checksum() == before


def test_a_reporter_cannot_set_a_plan_value_in_the_back_office(client, reporter, entry, frozen):
    reporter.is_staff = True
    reporter.save()
    before = checksum()
    client.force_login(reporter)
    response = client.post(
        reverse("admin:plans_planvalue_add"),
        {"target": entry.income.pk, "year": 2024, "source": "kế hoạch", "value": "55"},
    )
    assert response.status_code == 403 or (
        response.status_code == 200 and response.context["adminform"].form.errors
    )
    assert checksum() == before


def test_the_office_sets_a_plan_value_and_the_old_one_is_kept(client, office, entry, frozen):
    _token, secret = create_token(office, "thử")
    item = {"target": entry.income.pk, "year": 2024, "source": "Nghị quyết năm", "value": "55"}
    assert _api_post("/api/v1/plan-values/bulk", secret, [item]).status_code == 200
    revision = PlanValueRevision.objects.get()
    assert (revision.value, revision.replaced_by, revision.via) == (Decimal(52), office, "api")


def test_dates_of_no_stored_period_are_refused_naming_the_periods_there_are(office, entry, frozen):
    _token, secret = create_token(office, "thử")
    item = {
        "indicator": entry.income_indicator.code,
        "locality_id": entry.world.yen_ninh.pk,
        "period_start": "2024-01-01",
        "period_end": "2024-10-01",
        "value": "45",
    }
    before = checksum()
    response = _api_post("/api/v1/observations/bulk", secret, [item])
    message = response.json()["errors"][0]["message"]
    assert (
        "không thuộc kỳ báo cáo nào đã lập" in message
        and "9 tháng năm 2024 (01/01/2024–30/09/2024)" in message
    )
    assert checksum() == before


def test_a_month_stays_open_when_only_another_month_of_its_year_is_locked(office, entry, frozen):
    """A year holds its January, not the other way round: a locked January does not close the year."""
    ReportingPeriod.objects.create(
        kind=PeriodKind.MONTH,
        name="Tháng 1 năm 2024",
        start=date(2024, 1, 1),
        end=date(2024, 1, 31),
        deadline=date(2024, 2, 10),
    )
    record_observation(
        actor=office,
        via="test",
        indicator=entry.income_indicator,
        locality=entry.world.yen_ninh,
        period_start=entry.period.start,
        period_end=entry.period.end,
        value=Decimal(45),
        reported_on=date(2024, 10, 5),
    )
    assert Observation.objects.get().updated_via == "test"
