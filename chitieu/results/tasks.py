"""The background import of a large entry workbook, with its progress kept on the ImportJob row."""

import logging

from django.tasks import task
from django.utils import timezone

from chitieu.results.models import ImportJob
from chitieu.results.workbook import import_entry_data

logger = logging.getLogger(__name__)
UNEXPECTED = "Không nhập được tệp do lỗi hệ thống (đã ghi vào nhật ký máy chủ). Chưa có số liệu nào được ghi."


@task
def import_entry_file(job_id: int) -> None:
    job = ImportJob.objects.select_related("period", "locality", "requested_by").get(pk=job_id)
    ImportJob.report_progress(job_id, 5, status=ImportJob.Status.RUNNING)
    try:
        errors = import_entry_data(
            job.requested_by,
            job.period,
            job.locality,
            bytes(job.content),
            lambda p: ImportJob.report_progress(job_id, p),
            via="import",
        )
    except Exception:
        logger.exception("Import job %s failed", job_id)
        errors = [UNEXPECTED]
    status = ImportJob.Status.FAILED if errors else ImportJob.Status.DONE
    ImportJob.report_progress(
        job_id,
        0 if errors else 100,
        status=status,
        error="\n".join(errors),
        content=b"",
        finished_at=timezone.now(),
    )
