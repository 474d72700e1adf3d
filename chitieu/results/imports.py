"""The import of a large entry workbook as a use case: queued here, run by the background task, written through
the door like the page's own save."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from chitieu.localities.models import Locality
from chitieu.results.models import ImportJob, ReportingPeriod


def request_import(
    user: AbstractBaseUser, period: ReportingPeriod, locality: Locality, upload: UploadedFile
) -> ImportJob:
    """Queue the import of a large entry workbook; the background task fills in its progress and outcome."""
    from chitieu.results.tasks import import_entry_file

    job = ImportJob.objects.create(
        period=period,
        locality=locality,
        file_name=(upload.name or "")[:200],
        content=upload.read(),
        requested_by=user,
    )
    transaction.on_commit(lambda: import_entry_file.enqueue(job.pk))
    return job
