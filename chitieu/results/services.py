"""Writes of results with a business meaning: record a value keeping the one it replaces, save and submit a
locality's figures for a period, approve or return them, reopen a locked period. Each is atomic and audited."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import capfirst

from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator, Target
from chitieu.results.locks import locked_reason, locked_units
from chitieu.results.models import (
    Commentary,
    Evidence,
    ImportJob,
    LockException,
    Observation,
    ObservationRevision,
    PeriodKind,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    ValueKind,
)
from chitieu.results.queries import version_of


class StaleValue(Exception):
    """Someone saved the value after the editor opened it; `current` is what they saved (None: deleted)."""

    def __init__(self, current: Observation | None) -> None:
        super().__init__("Số liệu đã được người khác thay đổi.")
        self.current = current


@transaction.atomic
def record_observation(
    *,
    indicator: Indicator,
    locality: Locality,
    period_start: date,
    period_end: date,
    value: Decimal | None,
    reported_on: date,
    kind: int = ValueKind.OFFICIAL,
    period_kind: str = PeriodKind.YEAR,
    text_value: str = "",
    source: str = "",
    source_sentence: str = "",
    note: str = "",
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
    reason: str = "",
    expected_version: str | None = None,
) -> Observation:
    """Create or replace the value for (indicator, locality, period, kind); a replaced value goes to the history.

    `expected_version` is the version (see `queries.version_of`) the editor saw, "" for none: if the stored
    value changed since, StaleValue is raised and nothing is written. Changing an approved value needs a reason.
    """
    observation = (
        Observation.objects.select_for_update()
        .filter(
            indicator=indicator,
            locality=locality,
            period_start=period_start,
            period_end=period_end,
            kind=kind,
        )
        .first()
    )
    if expected_version is not None and version_of(observation) != expected_version:
        raise StaleValue(observation)
    if observation is None:
        observation = Observation(
            indicator=indicator,
            locality=locality,
            period_start=period_start,
            period_end=period_end,
            kind=kind,
        )
    elif observation.value != value or observation.text_value != text_value:
        if not reason.strip() and observation.submissions.filter(status=Submission.Status.APPROVED).exists():
            raise ValidationError(
                "Số liệu này đã được phê duyệt: phải ghi lý do khi thay đổi.", code="reason_required"
            )
        ObservationRevision.objects.create(
            observation=observation,
            value=observation.value,
            text_value=observation.text_value,
            reported_on=observation.reported_on,
            source=observation.source,
            replaced_by=user if user is not None and user.is_authenticated else None,
            reason=reason,
        )
    observation.period_kind = period_kind
    observation.value = value
    observation.text_value = text_value
    observation.reported_on = reported_on
    observation.source = source
    observation.source_sentence = source_sentence
    observation.note = note
    observation.is_illustrative = is_illustrative
    observation.updated_by = user if user is not None and user.is_authenticated else None
    observation.full_clean(validate_unique=False)
    observation.save()
    return observation


@dataclass(frozen=True)
class Entry:
    """A value typed on the entry page or in its workbook, already read."""

    indicator: Indicator
    value: Decimal
    kind: int
    note: str = ""
    version: str | None = None


@dataclass(frozen=True)
class Notes:
    target: Target
    result: str = ""
    difficulties: str = ""
    causes: str = ""
    solutions: str = ""


class EntryRefused(Exception):
    """The figures cannot be saved as asked; the message says why, in Vietnamese."""


class Conflicts(Exception):
    """Values saved by someone else meanwhile, by indicator id: nothing was written."""

    def __init__(self, current: dict[int, Observation | None]) -> None:
        super().__init__("Số liệu đã được người khác thay đổi.")
        self.current = current


def is_open(period: ReportingPeriod, locality: Locality, today: date | None = None) -> bool:
    """Whether values of the period may still change for the locality: before the lock, or by an exception."""
    return locality.pk not in locked_units(period, [locality.pk], today)


@transaction.atomic
def save_entries(
    *,
    user: AbstractBaseUser,
    period: ReportingPeriod,
    locality: Locality,
    entries: list[Entry],
    notes: list[Notes] = (),  # type: ignore[assignment]
    files: list[tuple[UploadedFile, str]] = (),  # type: ignore[assignment]
    submit: bool = False,
    reason: str = "",
) -> Submission:
    """Save a locality's figures for a period as a draft, and send them up if `submit`; all or nothing."""
    submission, _created = Submission.objects.select_for_update().get_or_create(
        period=period, locality=locality
    )
    if submission.status == Submission.Status.SUBMITTED:
        raise EntryRefused("Số liệu kỳ này đã gửi và đang chờ phê duyệt: không sửa hay gửi lại được.")
    if submission.status == Submission.Status.APPROVED:
        raise EntryRefused("Số liệu kỳ này đã được phê duyệt: cần người phê duyệt mở lại (có lý do) để sửa.")
    if not is_open(period, locality):
        raise EntryRefused(capfirst(locked_reason(period)))
    if submission.status == Submission.Status.RETURNED and not reason:
        # The history says why the figure changed: the approver's words when they sent it back.
        reason = f"Sửa theo yêu cầu khi trả lại: {submission.reason}"
    conflicts: dict[int, Observation | None] = {}
    saved: list[Observation] = []
    for entry in entries:
        try:
            saved.append(
                record_observation(
                    indicator=entry.indicator,
                    locality=locality,
                    period_start=period.start,
                    period_end=period.end,
                    period_kind=period.kind,
                    kind=entry.kind,
                    value=entry.value,
                    note=entry.note,
                    reported_on=timezone.localdate(),
                    source=f"Báo cáo {period.name} của {locality}",
                    user=user,
                    reason=reason,
                    expected_version=entry.version,
                )
            )
        except StaleValue as stale:
            conflicts[entry.indicator.pk] = stale.current
    if conflicts:
        raise Conflicts(conflicts)
    for note in notes:
        Commentary.objects.update_or_create(
            period=period,
            locality=locality,
            target=note.target,
            defaults={
                "result": note.result,
                "difficulties": note.difficulties,
                "causes": note.causes,
                "solutions": note.solutions,
                "updated_by": user,
            },
        )
    for upload, file_type in files:
        Evidence.objects.create(
            period=period,
            locality=locality,
            file=upload,
            original_name=upload.name[:200],
            file_type=file_type,
            size=upload.size,
            uploaded_by=user,
        )
    # The submission holds the unit's figures of the period as they stand, also those written by a workbook of
    # many units or the API, which the page does not save again when unchanged.
    current = Observation.objects.filter(locality=locality, period_start=period.start, period_end=period.end)
    submission.observations.add(*saved, *current)
    if submit:
        if not submission.observations.exists():
            raise EntryRefused("Chưa có số liệu nào để gửi.")
        submission.status = Submission.Status.SUBMITTED
        submission.level = 0
        submission.levels = approval_levels(locality)
        submission.submitted_by = user
        submission.submitted_at = timezone.now()
        submission.reason = ""
        SubmissionEvent.objects.create(submission=submission, action=submission.status, user=user)
    submission.save()
    return submission


def approval_levels(locality: Locality) -> int:
    """The rule of the nearest unit at or above the locality that has one; one level (the unit above) if none."""
    from chitieu.accounts.access import ancestor_ids
    from chitieu.results.models import ApprovalRule

    ancestors = ancestor_ids(locality)
    rules = dict(ApprovalRule.objects.filter(locality_id__in=ancestors).values_list("locality_id", "levels"))
    return next((rules[pk] for pk in ancestors if pk in rules), 1)


@transaction.atomic
def decide_submission(
    *, user: AbstractBaseUser, submission: Submission, approve: bool, reason: str = ""
) -> Submission:
    """Approve at the next level (the last level approves it, which locks its values), or return it with a reason."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.status != Submission.Status.SUBMITTED:
        raise EntryRefused("Báo cáo này không còn chờ phê duyệt (có thể người khác vừa quyết định).")
    if not approve and not reason.strip():
        raise EntryRefused("Trả lại phải ghi lý do để người báo cáo biết cần sửa gì.")
    if approve:
        submission.level += 1
        if submission.level >= submission.levels:
            submission.status = Submission.Status.APPROVED
    else:
        submission.status = Submission.Status.RETURNED
        submission.level = 0
    submission.decided_by = user
    submission.decided_at = timezone.now()
    submission.reason = reason.strip()
    submission.save()
    action = Submission.Status.APPROVED if approve else Submission.Status.RETURNED
    SubmissionEvent.objects.create(
        submission=submission, action=action, level=submission.level, user=user, reason=submission.reason
    )
    return submission


@transaction.atomic
def reopen(
    *, user: AbstractBaseUser, period: ReportingPeriod, locality: Locality, until: date, reason: str
) -> LockException | None:
    """Let the locality change its figures again: an approved submission goes back to the reporter, and a locked
    period gets an exception until `until`. Always with a reason, kept with the submission's events."""
    if not reason.strip():
        raise EntryRefused("Mở lại phải ghi lý do.")
    submission = Submission.objects.select_for_update().filter(period=period, locality=locality).first()
    if submission is not None and submission.status == Submission.Status.APPROVED:
        submission.status = Submission.Status.RETURNED
        submission.level = 0
        submission.decided_by = user
        submission.decided_at = timezone.now()
        submission.reason = reason.strip()
        submission.save()
        SubmissionEvent.objects.create(
            submission=submission,
            action=Submission.Status.RETURNED,
            user=user,
            reason=f"Mở lại: {reason.strip()}",
        )
    if is_open(period, locality):
        return None
    return LockException.objects.create(
        period=period, locality=locality, until=until, granted_by=user, reason=reason.strip()
    )


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
