"""`db_worker`: django-tasks-db's worker, which outlives a database restart instead of exiting with it.

Their worker raises out of its loop on any database error but a locked SQLite file, so systemd had to restart it
and a job it held stayed "running" for ever. This one waits for the database to come back (1 s, then up to 30 s
between tries), puts back in the queue the job that was cut off (each job writes in one transaction, so running it
again is safe), and goes on.
"""

import logging
import time

from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("django_tasks_db")
DROPPED = (OperationalError, InterfaceError)
FIRST_WAIT, LONGEST_WAIT = 1.0, 30.0


class Worker(db_worker.Worker):
    current: int | str | None = None

    def run(self) -> None:
        wait = FIRST_WAIT
        while self.running:
            try:
                super().run()
                return
            except DROPPED as error:
                logger.warning("Mất kết nối cơ sở dữ liệu (%s); thử lại sau %s giây.", error, wait)
                connections.close_all()
                time.sleep(wait)
                wait = min(wait * 2, LONGEST_WAIT)
                if self._requeue():
                    wait = FIRST_WAIT

    def run_task(self, db_task_result: DBTaskResult) -> None:
        self.current = db_task_result.pk
        super().run_task(db_task_result)
        self.current = None

    def _requeue(self) -> bool:
        """Put the job cut off by the outage back in the queue; whether the database answered."""
        try:
            if self.current is not None:
                DBTaskResult.objects.filter(pk=self.current).exclude(
                    status__in=[TaskResultStatus.SUCCESSFUL]
                ).update(status=TaskResultStatus.READY, started_at=None, finished_at=None)
                logger.warning("Công việc %s bị ngắt giữa chừng được đưa lại vào hàng đợi.", self.current)
                self.current = None
            return True
        except DROPPED:
            connections.close_all()
            return False


class Command(db_worker.Command):
    help = (
        "Chạy các công việc nền (nhập tệp lớn, xuất báo cáo); tự kết nối lại khi cơ sở dữ liệu khởi động lại."
    )

    def handle(self, *args, **options) -> None:
        original = db_worker.Worker
        db_worker.Worker = Worker  # their handle() builds the worker by this name
        try:
            super().handle(*args, **options)
        finally:
            db_worker.Worker = original
