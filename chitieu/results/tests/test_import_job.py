"""A large entry workbook is imported by a background task while the page shows its progress.

The task runs on Django's ImmediateBackend (TASKS overridden), at the commit of the upload's transaction."""

import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from chitieu.results.models import ImportJob, Observation

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def reporting(client, reporter, entry, frozen, settings):
    settings.CHITIEU_IMPORT_INLINE_ROWS = 2
    settings.TASKS = IMMEDIATE
    client.force_login(reporter)
    return client


def filled(client, entry, value: str) -> bytes:
    response = client.get(reverse("results:workbook", args=[entry.period.pk, entry.world.yen_ninh.pk]))
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["Số liệu"]
    next(r for r in sheet.iter_rows(min_row=5) if r[2].value == "thu-nhap-binh-quan")[7].value = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload(client, entry, content: bytes):
    return client.post(
        reverse("results:upload", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {"workbook": SimpleUploadedFile("so-lieu.xlsx", content)},
    )


def test_a_large_workbook_is_imported_in_the_background(reporting, entry, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(reporting, entry, filled(reporting, entry, "45,6"))
    job = ImportJob.objects.get()
    assert response.url == reverse("results:import", args=[job.pk])
    assert (job.status, job.progress, job.content) == ("done", 100, b"")
    assert Observation.objects.get(indicator=entry.income_indicator).value == Decimal("45.6")
    assert "Đã nhập số liệu từ tệp Excel." in reporting.get(response.url).content.decode()


def test_a_failed_job_writes_nothing_and_says_why(reporting, entry, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(reporting, entry, filled(reporting, entry, "1,234.5"))
    job = ImportJob.objects.get()
    assert job.status == "failed"
    assert "cột H (Giá trị): Không đọc được" in job.error
    assert not Observation.objects.exists()
    assert "cột H (Giá trị)" in reporting.get(response.url).content.decode()


def test_the_page_polls_a_partial_until_the_job_is_finished(reporting, entry, reporter):
    job = ImportJob.objects.create(
        period=entry.period, locality=entry.world.yen_ninh, file_name="so-lieu.xlsx", requested_by=reporter
    )
    ImportJob.objects.filter(pk=job.pk).update(status="running", progress=45)
    url = reverse("results:import", args=[job.pk])
    partial = reporting.get(url, headers={"HX-Request": "true"}).content.decode()
    assert 'hx-trigger="every 2s"' in partial and 'value="45"' in partial
    assert "<html" not in partial and "<script>" not in partial
    ImportJob.objects.filter(pk=job.pk).update(status="done", progress=100)
    assert "every 2s" not in reporting.get(url, headers={"HX-Request": "true"}).content.decode()


def test_a_job_whose_worker_was_killed_is_shown_as_stalled_and_no_longer_polled(
    reporting, entry, reporter, frozen
):
    job = ImportJob.objects.create(
        period=entry.period, locality=entry.world.yen_ninh, file_name="so-lieu.xlsx", requested_by=reporter
    )
    ImportJob.report_progress(job.pk, 45, status="running")
    url = reverse("results:import", args=[job.pk])
    frozen.shift(timedelta(minutes=9))
    assert "every 2s" in reporting.get(url, headers={"HX-Request": "true"}).content.decode()
    frozen.shift(timedelta(minutes=2))
    page = reporting.get(url).content.decode()
    assert "every 2s" not in page
    assert "Việc nhập dừng giữa chừng (máy chủ xử lý đã bị tắt). Chưa ghi số liệu nào" in page
    assert ImportJob.objects.get().status == "running"  # a GET never writes


def test_a_small_workbook_is_still_imported_while_the_page_waits(reporting, entry, settings):
    settings.CHITIEU_IMPORT_INLINE_ROWS = 2000
    response = upload(reporting, entry, filled(reporting, entry, "45,6"))
    assert response.url == reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])
    assert not ImportJob.objects.exists()
    assert Observation.objects.get(indicator=entry.income_indicator).value == Decimal("45.6")


@pytest.mark.parametrize("persona", ["approver", "outsider"])
def test_only_the_requester_sees_a_job(client, entry, reporter, persona, request):
    job = ImportJob.objects.create(
        period=entry.period, locality=entry.world.yen_ninh, file_name="so-lieu.xlsx", requested_by=reporter
    )
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("results:import", args=[job.pk])).status_code == 404
