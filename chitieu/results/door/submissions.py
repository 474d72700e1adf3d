"""A unit's figures of a period as one submission: saved as a draft (figures, commentary, evidence), sent up,
approved level by level or returned, reopened. Each step is atomic and audited in SubmissionEvent, and who may
take it is checked again under the submission's row lock, so that two clicks at once make one decision."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import capfirst

from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator, Target
from chitieu.results.access import ancestor_ids, can_decide
from chitieu.results.door.actors import Actor, System, person
from chitieu.results.door.figures import StaleValue, publish_submission, record_observation
from chitieu.results.door.guard import Refused, check_places
from chitieu.results.door.text import clean_text
from chitieu.results.locks import lock_reasons
from chitieu.results.models import (
    ApprovalRule,
    Commentary,
    Evidence,
    LockException,
    Observation,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
)
from chitieu.results.notices import services as notices
from chitieu.results.queries import version_of
from chitieu.results.rollups import gathered

ENTRY = "entry"
NOTE_FIELDS = ("result", "difficulties", "causes", "solutions")


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
    """A commentary as typed, with the version of it the form showed (None: not checked)."""

    target: Target
    result: str = ""
    difficulties: str = ""
    causes: str = ""
    solutions: str = ""
    version: str | None = None


class EntryRefused(Exception):
    """The figures cannot be saved as asked; the message says why, in Vietnamese."""


class Conflicts(Exception):
    """Values (by indicator id) and commentaries (by target id) saved by someone else meanwhile: nothing written."""

    def __init__(
        self, current: dict[int, Observation | None], notes: dict[int, Commentary | None] | None = None
    ) -> None:
        super().__init__("Số liệu đã được người khác thay đổi.")
        self.current = current
        self.notes = notes or {}


def is_open(period: ReportingPeriod, locality: Locality, today: date | None = None) -> bool:
    """Whether the period itself is still open for the locality (its lock layer; not the submission's state)."""
    return not lock_reasons(period, [locality.pk], today)


@transaction.atomic
def save_entries(
    *,
    user: Actor,
    period: ReportingPeriod,
    locality: Locality,
    entries: list[Entry],
    notes: list[Notes] = (),  # type: ignore[assignment]
    files: list[tuple[UploadedFile, str]] = (),  # type: ignore[assignment]
    submit: bool = False,
    reason: str = "",
    via: str = ENTRY,
) -> Submission:
    """Save a locality's figures for a period as a draft, and send them up if `submit`; all or nothing. A
    `System` loader (the demo's working month) sends without a person: the submission records no sender."""
    submission, _created = Submission.objects.select_for_update().get_or_create(
        period=period, locality=locality
    )
    if submission.status == Submission.Status.SUBMITTED:
        raise EntryRefused("Số liệu kỳ này đã gửi và đang chờ phê duyệt: không sửa hay gửi lại được.")
    if submission.status == Submission.Status.APPROVED:
        raise EntryRefused("Số liệu kỳ này đã được phê duyệt: cần người phê duyệt mở lại (có lý do) để sửa.")
    try:
        check_places(user, [(locality.pk, period.start, period.end)])
    except Refused as refused:
        refusal = next(iter(refused.refusals.values()))
        raise EntryRefused(capfirst(refusal.reason or refusal.message)) from refused
    if submission.status == Submission.Status.RETURNED and not reason:
        # The history says why the figure changed: the approver's words when they sent it back.
        reason = f"Sửa theo yêu cầu khi trả lại: {submission.reason}"
    conflicts: dict[int, Observation | None] = {}
    saved: list[Observation] = []
    with gathered():  # one refresh of the roll-ups for all the page's figures
        for entry in entries:
            try:
                saved.append(
                    record_observation(
                        actor=user,
                        via=via,
                        checked=True,
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
                        reason=reason,
                        expected_version=entry.version,
                    )
                )
            except StaleValue as stale:
                conflicts[entry.indicator.pk] = stale.current
    stale_notes = _save_commentary(user, period, locality, notes)
    if conflicts or stale_notes:
        raise Conflicts(conflicts, stale_notes)
    for upload, file_type in files:
        Evidence.objects.create(
            period=period,
            locality=locality,
            file=upload,
            original_name=clean_text(upload.name or "")[:200],
            file_type=file_type,
            size=upload.size,
            uploaded_by=person(user),
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
        submission.levels = approval_rule(locality)[0]
        submission.submitted_by = person(user)
        submission.submitted_at = timezone.now()
        submission.reason = ""
        SubmissionEvent.objects.create(submission=submission, action=submission.status, user=person(user))
    submission.save()
    return submission


def _save_commentary(
    user: Actor, period: ReportingPeriod, locality: Locality, notes: list[Notes]
) -> dict[int, Commentary | None]:
    """Write each changed commentary; those someone else changed since the form was shown are left, by target."""
    if not notes:
        return {}
    stored = {
        c.target_id: c
        # No ordering: Commentary's default one joins the targets' nullable groups, which FOR UPDATE refuses.
        for c in Commentary.objects.select_for_update(of=("self",))
        .order_by()
        .filter(period=period, locality=locality, target__in=[n.target for n in notes])
    }
    stale: dict[int, Commentary | None] = {}
    for note in notes:
        current = stored.get(note.target.pk)
        texts = {name: clean_text(getattr(note, name)) for name in NOTE_FIELDS}
        if current is not None and all(getattr(current, k) == v for k, v in texts.items()):
            continue
        if current is None and not any(texts.values()):
            continue
        if note.version is not None and version_of(current) != note.version:
            stale[note.target.pk] = current
            continue
        if current is None:
            current = Commentary(period=period, locality=locality, target=note.target)
        for name, text in texts.items():
            setattr(current, name, text)
        current.updated_by = person(user)
        current.save()
    return stale


def approval_rule(locality: Locality) -> tuple[int, bool]:
    """(levels, separate duties) of the nearest unit at or above the locality with a rule; (1, True) if none."""
    ancestors = ancestor_ids(locality)
    rules = {
        row[0]: row[1:]
        for row in ApprovalRule.objects.filter(locality_id__in=ancestors).values_list(
            "locality_id", "levels", "separate_duties"
        )
    }
    return next((rules[pk] for pk in ancestors if pk in rules), (1, True))


def approval_levels(locality: Locality) -> int:
    return approval_rule(locality)[0]


@transaction.atomic
def decide_submission(
    *,
    user: Actor,
    submission: Submission,
    approve: bool,
    reason: str = "",
    seen_level: int | None = None,
) -> Submission:
    """Approve at the next level (the last level approves it, which publishes its values), or return it with a
    reason. Who may decide is checked again on the locked row; `seen_level` is the level the approver's page
    showed, so a second click on the same page (or a colleague's decision meanwhile) changes nothing. A `System`
    loader decides without a person (the demo's illustrative decisions): no scope, no separation of duties."""
    submission = Submission.objects.select_for_update().select_related("locality").get(pk=submission.pk)
    if submission.status != Submission.Status.SUBMITTED or (
        seen_level is not None and submission.level != seen_level
    ):
        raise EntryRefused("Báo cáo này đã được quyết định ở cấp này (có thể người khác vừa quyết định).")
    system = isinstance(user, System)
    if not system and not can_decide(user, submission):
        raise EntryRefused("Bạn không có quyền quyết định báo cáo này ở cấp hiện tại.")
    if (
        approve
        and not system
        and submission.submitted_by_id == user.pk
        and approval_rule(submission.locality)[1]
    ):
        raise EntryRefused("Người gửi báo cáo không được tự phê duyệt (tách bạch nhiệm vụ).")
    if not approve and not reason.strip():
        raise EntryRefused("Trả lại phải ghi lý do để người báo cáo biết cần sửa gì.")
    if approve:
        submission.level += 1
        if submission.level >= submission.levels:
            submission.status = Submission.Status.APPROVED
    else:
        submission.status = Submission.Status.RETURNED
        submission.level = 0
    submission.decided_by = person(user)
    submission.decided_at = timezone.now()
    submission.reason = clean_text(reason.strip())
    submission.save()
    action = Submission.Status.APPROVED if approve else Submission.Status.RETURNED
    SubmissionEvent.objects.create(
        submission=submission,
        action=action,
        level=submission.level,
        user=person(user),
        reason=submission.reason,
    )
    if submission.status == Submission.Status.APPROVED:
        publish_submission(submission)
    # The reporters hear of it in the application once the decision is committed, never of a rolled-back one.
    transaction.on_commit(partial(notices.notify_decision, submission))
    return submission


@transaction.atomic
def reopen(
    *, user: AbstractBaseUser, period: ReportingPeriod, locality: Locality, until: date, reason: str
) -> LockException | None:
    """Let the locality change its figures again: an approved submission goes back to the reporter, and a locked
    period gets an exception until `until`. Always with a reason, kept with the submission's events."""
    reason = clean_text(reason.strip())
    if not reason:
        raise EntryRefused("Mở lại phải ghi lý do.")
    submission = Submission.objects.select_for_update().filter(period=period, locality=locality).first()
    if submission is not None and submission.status == Submission.Status.APPROVED:
        submission.status = Submission.Status.RETURNED
        submission.level = 0
        submission.decided_by = user
        submission.decided_at = timezone.now()
        submission.reason = reason
        submission.save()
        SubmissionEvent.objects.create(
            submission=submission, action=Submission.Status.RETURNED, user=user, reason=f"Mở lại: {reason}"
        )
        transaction.on_commit(partial(notices.notify_decision, submission))
    if is_open(period, locality):
        return None
    return LockException.objects.create(
        period=period, locality=locality, until=until, granted_by=user, reason=reason
    )


@dataclass(frozen=True)
class Decided:
    approved: list[Submission]
    refused: list[tuple[Submission, str]]  # each with why, in Vietnamese


def approve_each(*, user: Actor, seen: list[tuple[Submission, int]]) -> Decided:
    """Approve each submission at the level the approver's screen showed it, each in its own transaction: one
    that changed meanwhile (a colleague's decision, a second click) or that the user may not approve is refused
    with its reason, and the others still go through."""
    approved, refused = [], []
    for submission, level in seen:
        try:
            approved.append(
                decide_submission(user=user, submission=submission, approve=True, seen_level=level)
            )
        except EntryRefused as refusal:
            refused.append((submission, str(refusal)))
    return Decided(approved, refused)
