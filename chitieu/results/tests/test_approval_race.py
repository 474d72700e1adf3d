"""Two approvals of one submission at the same instant make one decision: who may decide is checked again on
the locked row. On PostgreSQL, with committed rows and a connection per thread, as two browser tabs would."""

import threading
from datetime import date

import pytest
from django.db import connection, connections

from chitieu.accounts.models import Membership
from chitieu.conftest import _user
from chitieu.results.door import EntryRefused, decide_submission
from chitieu.results.models import ApprovalRule, ReportingPeriod, Submission, SubmissionEvent

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks are what is tested: PostgreSQL only"
)


def _decide_together(user, submission, clicks: int = 2) -> list[str]:
    """`clicks` approvals released at once by a barrier, each in its own thread and connection."""
    barrier = threading.Barrier(clicks)
    outcomes: list[str] = []

    def click() -> None:
        try:
            barrier.wait()
            decide_submission(user=user, submission=submission, approve=True)
            outcomes.append("approved")
        except EntryRefused:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(clicks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_approvals_by_the_district_move_the_submission_up_one_level(world):
    district_approver = _user("lanhdao.pl", Membership.Role.APPROVER, world.phu_luong, "Lê Văn Minh")
    sender = _user("baocao.yn2", Membership.Role.REPORTER, world.yen_ninh, "Hà Thị Lan")
    ApprovalRule.objects.create(locality=world.yen_ninh, levels=2)
    period = ReportingPeriod.objects.create(
        kind="9m",
        name="9 tháng năm 2024",
        start=date(2024, 1, 1),
        end=date(2024, 9, 30),
        deadline=date(2099, 1, 1),
    )
    for attempt in range(20):
        submission = Submission.objects.update_or_create(
            period=period,
            locality=world.yen_ninh,
            defaults={"status": Submission.Status.SUBMITTED, "level": 0, "levels": 2, "submitted_by": sender},
        )[0]
        outcomes = _decide_together(district_approver, submission)
        submission.refresh_from_db()
        assert sorted(outcomes) == ["approved", "refused"], attempt
        assert (submission.status, submission.level) == (Submission.Status.SUBMITTED, 1), attempt
    assert SubmissionEvent.objects.filter(action=Submission.Status.APPROVED).count() == 20
