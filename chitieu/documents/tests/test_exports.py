"""Exports run as a background task (synchronously here): progress on the row, the file under
MEDIA_ROOT/documents/, and a failure that changes nothing but the file's status and its Vietnamese message."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override
from openpyxl import load_workbook

from chitieu.documents import pdf, report, services
from chitieu.documents.models import DocumentNumber, GeneratedFile, ReportDraft
from chitieu.documents.tests.conftest import make_draft, office_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(world):
    return office_user(world.phu_luong)


@pytest.fixture
def draft(world, clerk):
    return services.assign_number(make_draft(world.phu_luong_resolution, clerk))


def export(draft, clerk, file_format, capture):
    with capture(execute=True):
        generated = services.request_file(draft, file_format, clerk)
    generated.refresh_from_db()
    return generated


def test_an_excel_export_is_kept_under_media_documents(
    draft, clerk, media_and_tasks, django_capture_on_commit_callbacks
):
    generated = export(draft, clerk, GeneratedFile.Format.XLSX, django_capture_on_commit_callbacks)
    assert (generated.status, generated.progress, generated.error) == ("done", 100, "")
    assert generated.file.name == "documents/bao-cao-so-ket-giua-nhiem-ky-phu-luong-2023-06-30.xlsx"
    assert (media_and_tasks / generated.file.name).exists()
    sheet = load_workbook(BytesIO(generated.file.read())).active
    assert sheet["A2"].value == "(Kèm theo Báo cáo số 01-BC/HU ngày 15/10/2023 của Huyện ủy Phú Lương)"


def test_a_pdf_asked_for_on_the_page_is_made_in_the_background(
    client, draft, clerk, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("chitieu.documents.tasks.docx_to_pdf", lambda docx: b"%PDF-1.7 converted")
    client.force_login(clerk)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("documents:pdf", args=[draft.pk]))
    assert response.status_code == 302
    generated = GeneratedFile.objects.get()
    assert (generated.format, generated.status, generated.requested_by) == ("pdf", "done", clerk)
    download = client.get(reverse("documents:download", args=[generated.pk]))
    assert (
        download["Content-Disposition"]
        == 'attachment; filename="bao-cao-so-ket-giua-nhiem-ky-phu-luong-2023-06-30.pdf"'
    )
    assert b"".join(download.streaming_content) == b"%PDF-1.7 converted"


def test_a_failed_conversion_changes_nothing_but_its_own_status(
    draft, clerk, media_and_tasks, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(pdf, "soffice", lambda: None)
    before = model_to_dict(ReportDraft.objects.get(pk=draft.pk))
    counters = list(DocumentNumber.objects.values())
    generated = export(draft, clerk, GeneratedFile.Format.PDF, django_capture_on_commit_callbacks)
    assert generated.status == "failed"
    assert generated.error == "Máy chủ chưa cài LibreOffice (soffice) nên không chuyển được sang PDF."
    assert not generated.file
    assert model_to_dict(ReportDraft.objects.get(pk=draft.pk)) == before
    assert list(DocumentNumber.objects.values()) == counters
    assert (
        not list((media_and_tasks / "documents").glob("*"))
        if (media_and_tasks / "documents").exists()
        else True
    )


def test_an_unexpected_error_is_logged_and_told_in_vietnamese(
    draft, clerk, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broken(_draft):
        raise RuntimeError("template missing")

    monkeypatch.setattr(report, "docx_bytes", broken)
    generated = export(draft, clerk, GeneratedFile.Format.DOCX, django_capture_on_commit_callbacks)
    assert generated.status == "failed"
    assert generated.error.startswith("Không tạo được tệp do lỗi hệ thống")
    assert "template missing" in caplog.text


def test_the_progress_partial_polls_every_two_seconds_until_the_file_is_done(client, draft, clerk):
    generated = GeneratedFile.objects.create(draft=draft, format="pdf", requested_by=clerk, progress=30)
    GeneratedFile.objects.filter(pk=generated.pk).update(status="running")
    client.force_login(clerk)
    url = reverse("documents:file", args=[generated.pk])
    running = client.get(url, headers={"HX-Request": "true"}).text
    assert 'hx-trigger="every 2s"' in running and '<progress max="100" value="30">' in running
    assert "<html" not in running  # the partial alone
    GeneratedFile.objects.filter(pk=generated.pk).update(status="done", progress=100, file="documents/x.pdf")
    done = client.get(url).text
    assert "hx-trigger" not in done and reverse("documents:download", args=[generated.pk]) in done


def test_the_draft_page_lists_a_running_export_with_its_progress_bar(client, draft, clerk):
    GeneratedFile.objects.create(draft=draft, format="pdf", requested_by=clerk, status="queued")
    client.force_login(clerk)
    page = client.get(reverse("documents:draft", args=[draft.pk])).text
    assert 'hx-trigger="every 2s"' in page and "<progress" in page and "đang chờ" in page


def test_an_export_whose_worker_was_killed_is_shown_as_failed_and_no_longer_polled(client, draft, clerk):
    generated = GeneratedFile.objects.create(draft=draft, format="pdf", requested_by=clerk)
    GeneratedFile.objects.filter(pk=generated.pk).update(
        status="running", progress=30, touched_at=timezone.now() - timedelta(minutes=11)
    )
    client.force_login(clerk)
    page = client.get(reverse("documents:file", args=[generated.pk])).text
    assert "hx-trigger" not in page
    assert "việc tạo tệp dừng giữa chừng (máy chủ xử lý đã bị tắt). Hãy yêu cầu tạo lại tệp." in page


def test_a_file_is_named_in_the_language_of_the_page(draft):
    with override("vi"):
        assert report.file_name(draft, "docx") == "bao-cao-so-ket-giua-nhiem-ky-phu-luong-2023-06-30.docx"
    with override("en"):
        assert report.file_name(draft, "docx") == "mid-term-review-phu-luong-2023-06-30.docx"
