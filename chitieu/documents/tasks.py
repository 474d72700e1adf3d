"""The background export of a draft to .docx, .xlsx or PDF, with its progress kept on the GeneratedFile row."""

import logging

from django.core.files.base import ContentFile
from django.tasks import task
from django.utils import timezone

from chitieu.documents import report
from chitieu.documents.models import GeneratedFile
from chitieu.documents.pdf import ConversionError, docx_to_pdf

logger = logging.getLogger(__name__)
UNEXPECTED = (
    "Không tạo được tệp do lỗi hệ thống (đã ghi vào nhật ký máy chủ). Hãy thử lại hoặc báo quản trị viên."
)


@task
def render_file(file_id: int) -> None:
    generated = GeneratedFile.objects.select_related(
        "draft__resolution__locality__parent", "draft__resolution__term"
    ).get(pk=file_id)
    GeneratedFile.report_progress(file_id, 5, status=GeneratedFile.Status.RUNNING)
    draft = generated.draft
    try:
        if generated.format == GeneratedFile.Format.XLSX:
            content = report.xlsx_bytes(draft)
        else:
            content = report.docx_bytes(draft)
            GeneratedFile.report_progress(file_id, 30)
            if generated.format == GeneratedFile.Format.PDF:
                content = docx_to_pdf(content)
        GeneratedFile.report_progress(file_id, 90)
        generated.file.save(report.file_name(draft, generated.format), ContentFile(content), save=False)
        GeneratedFile.report_progress(
            file_id,
            100,
            status=GeneratedFile.Status.DONE,
            file=generated.file.name,
            finished_at=timezone.now(),
        )
    except Exception as exc:
        if generated.file:
            generated.file.delete(save=False)
        message = str(exc) if isinstance(exc, ConversionError) else UNEXPECTED
        if not isinstance(exc, ConversionError):
            logger.exception("Export of generated file %s failed", file_id)
        GeneratedFile.report_progress(
            file_id, 0, status=GeneratedFile.Status.FAILED, error=message, finished_at=timezone.now()
        )
