"""What several apps' models share: a background job's status and progress, as its page polls it."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BackgroundJob(models.Model):
    """A piece of work a task worker does while the user's page polls the row.

    A worker killed mid-job (a restart, kill -9) leaves its row queued or running for ever; past
    CHITIEU_JOB_STALLED_MINUTES without a sign of life the pages call it stalled and stop waiting. Its work
    was one transaction, so nothing of it was written.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    error = models.TextField(_("error message"), blank=True)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    touched_at = models.DateTimeField(_("last sign of life"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-requested_at"]

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}

    @property
    def is_stalled(self) -> bool:
        limit = timedelta(minutes=settings.CHITIEU_JOB_STALLED_MINUTES)
        return not self.is_finished and timezone.now() - self.touched_at > limit

    @property
    def is_working(self) -> bool:
        """Still worth polling."""
        return not self.is_finished and not self.is_stalled

    @classmethod
    def report_progress(cls, pk: int, progress: int, **fields: object) -> None:
        # Each step is its own short write outside the job's transaction, so the polling page sees it at once.
        cls.objects.filter(pk=pk).update(progress=progress, touched_at=timezone.now(), **fields)
