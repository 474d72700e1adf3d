"""Who may enter, approve and read which results: the results' part of the access layer, over the roles of
`accounts.access`. Views of results, reading and the API import the whole access layer from here."""

from django.db.models import Q, QuerySet
from django.http import Http404

from chitieu.accounts.access import (  # noqa: F401 - the layer below, offered to the views as one module
    APPROVE_ROLES,
    MANAGE_ROLES,
    READ_ROLES,
    REPORT_ROLES,
    User,
    allowed,
    ancestor_ids,
    can_approve,
    can_manage,
    can_report,
    can_view,
    home_locality_for,
    locality_for,
    lock_keeper_ids,
    visible,
    visible_localities,
    visible_locality_ids,
    visible_subtree_ids,
)
from chitieu.accounts.models import Membership
from chitieu.core.collation import by_name
from chitieu.criteria.access import criteria_set_for  # noqa: F401
from chitieu.localities.models import Locality
from chitieu.plans.access import (  # noqa: F401
    indicator_for,
    public_resolution_for,
    resolution_for,
    target_for,
    visible_resolutions,
)
from chitieu.plans.models import Indicator, Target
from chitieu.results.models import Evidence, ImportJob, LockException, PeriodLock, ReportingPeriod, Submission


def reporting_localities(user: User) -> QuerySet[Locality]:
    """Every unit the user may enter figures for."""
    localities = Locality.objects.select_related("level", "parent").order_by("level__rank", by_name())
    ids = visible_locality_ids(user, REPORT_ROLES)
    return localities if ids is None else localities.filter(pk__in=ids)


def overseen_units(user: User) -> QuerySet[Locality]:
    """The reporting units below the units the user runs or approves for (an office, a leader): those with an
    active reporter, whose sending the office follows on /entry/missing/. Empty for a reporter."""
    ids = visible_locality_ids(user, MANAGE_ROLES | APPROVE_ROLES)
    own = {m.locality_id for m in user.memberships.all()} if user.is_authenticated else set()
    reporting = Membership.objects.filter(role__in=REPORT_ROLES, user__is_active=True, locality__isnull=False)
    units = Locality.objects.filter(pk__in=reporting.values("locality_id")).exclude(pk__in=own)
    if ids is not None:
        units = units.filter(pk__in=ids)
    return units.select_related("level", "parent").order_by("level__rank", by_name())


def entry_for(user: User, period_pk: int, locality_pk: int):
    """(reporting period, locality) for the entry page if the user may report for the locality; 404 otherwise."""
    period = ReportingPeriod.objects.filter(pk=period_pk).first()
    if period is None or not user.is_authenticated:
        raise Http404("Không tìm thấy kỳ báo cáo.")
    return period, locality_for(user, locality_pk, action="report")


def reportable_targets(user: User, locality: Locality) -> QuerySet[Target]:
    """The targets a unit reports on (docs/entry.md, "What a unit is asked"): every target with an indicator
    of the unit's own resolutions, and the targets of its parent's resolutions whose indicator is rolled up
    from the units below (Indicator.rollup not NONE) and is not a yes/no about the parent itself: a commune
    reports its income and its schools for the district's targets, never "Huyện đạt chuẩn nông thôn mới"."""
    if not can_report(user, locality):
        raise Http404("Không tìm thấy đơn vị.")
    asked = Q(resolution__locality_id=locality.pk)
    if locality.parent_id is not None:
        asked |= (
            Q(resolution__locality_id=locality.parent_id)
            & ~Q(indicator__rollup=Indicator.Rollup.NONE)
            & ~Q(form=Target.Form.YES_NO)
        )
    return (
        Target.objects.filter(asked, indicator__isnull=False)
        .select_related(
            "indicator__numerator", "indicator__denominator", "resolution__locality", "group", "parent"
        )
        .order_by("-resolution__locality__level__rank", "resolution__pk", "group__order", "order", "pk")
    )


def reopeners(locality: Locality) -> list[Membership]:
    """Who may reopen a unit's closed figures: the approvers of the units above it, nearest first."""
    above = ancestor_ids(locality)[1:]
    memberships = Membership.objects.filter(role__in=APPROVE_ROLES, locality_id__in=above).select_related(
        "user", "locality"
    )
    return sorted(memberships, key=lambda m: above.index(m.locality_id))


def approving_locality_id(locality: Locality, level: int) -> int:
    """The unit whose approvers decide `level` (1: the unit above; 2: two units up), the top one at most."""
    ancestors = ancestor_ids(locality)
    return ancestors[min(level, len(ancestors) - 1)]


def can_decide(user: User, submission) -> bool:
    """Whether the user may approve or return a submission at its next level."""
    if submission.status != submission.Status.SUBMITTED:
        return False
    above = Locality.objects.get(pk=approving_locality_id(submission.locality, submission.level + 1))
    return above.pk != submission.locality_id and can_approve(user, above)


def approval_queue(user: User) -> list:
    """Submissions below the user waiting for a decision the user may take, oldest first."""
    ids = visible_locality_ids(user, APPROVE_ROLES)
    pending = Submission.objects.filter(status=Submission.Status.SUBMITTED).select_related(
        "period", "locality__parent", "submitted_by"
    )
    if ids is not None:
        pending = pending.filter(locality_id__in=ids)
    return [s for s in pending.order_by("submitted_at", "pk") if can_decide(user, s)]


def submission_for(user: User, pk: int, *, action: str = "view"):
    """A submission to `view` (anyone who may see its locality), `approve` (its next approver), `decide` (see
    below) or `reopen`."""
    submission = Submission.objects.select_related("period", "locality__parent").filter(pk=pk).first()
    if submission is None:
        raise Http404("Không tìm thấy báo cáo số liệu.")
    permitted = {
        "view": lambda: can_view(user, submission.locality),
        "approve": lambda: can_decide(user, submission),
        # A decision posted: its next approver, or anyone who sees it once it is no longer waiting (a second click,
        # a colleague's decision meanwhile), whom the write door then tells so.
        "decide": lambda: (
            can_decide(user, submission)
            or (submission.status != Submission.Status.SUBMITTED and can_view(user, submission.locality))
        ),
        "reopen": lambda: (
            submission.locality.parent_id is not None and can_approve(user, submission.locality.parent)
        ),
    }[action]()
    if not permitted:
        raise Http404("Không tìm thấy báo cáo số liệu.")
    return submission


def target_history_for(user: User, pk: int, locality_pk: int | None = None) -> tuple[Target, Locality]:
    """A target and the unit whose figures for it the user reads: its own unit by default, or one below it."""
    target = Target.objects.select_related("resolution__locality", "indicator").filter(pk=pk).first()
    if target is None:
        raise Http404("Không tìm thấy chỉ tiêu.")
    if locality_pk is None:
        locality_pk = target.resolution.locality_id
    locality = locality_for(user, locality_pk)
    if target.resolution.locality_id not in ancestor_ids(locality):
        raise Http404("Không tìm thấy chỉ tiêu.")
    return target, locality


def evidence_for(user: User, pk: int):
    """An evidence file, readable by whoever may see its locality; 404 otherwise."""
    evidence = Evidence.objects.select_related("locality").filter(pk=pk).first()
    if evidence is None or not can_view(user, evidence.locality):
        raise Http404("Không tìm thấy tệp.")
    if not evidence.file.storage.exists(evidence.file.name):  # lost with a disk, or left out of a restore
        raise Http404(
            "Tệp minh chứng không còn trên máy chủ: hãy báo quản trị viên khôi phục từ bản sao lưu."
        )
    return evidence


def item_for(items: list, indicator_pk: int):
    """The entry page's item for an indicator, among those the page offers the user; 404 otherwise."""
    found = next((item for item in items if item.indicator.pk == indicator_pk), None)
    if found is None:
        raise Http404("Không tìm thấy chỉ tiêu.")
    return found


def import_job_for(user: User, pk: int):
    """A background import of an entry workbook, for the person who asked for it while they may still report for
    its unit; 404 otherwise."""
    job = ImportJob.objects.select_related("period", "locality").filter(pk=pk).first()
    if job is None or job.requested_by_id != user.pk or not can_report(user, job.locality):
        raise Http404("Không tìm thấy lượt nhập tệp.")
    return job


def kept_units(user: User) -> QuerySet[Locality]:
    """The units whose reporting rounds the user keeps (locks, exceptions, approval levels): an office's subtree,
    and the units below an approver; none for a reporter or a viewer."""
    localities = Locality.objects.select_related("level", "parent").order_by("level__rank", by_name())
    ids = lock_keeper_ids(user)
    return localities if ids is None else localities.filter(pk__in=ids)


def keeps_rounds(user: User) -> bool:
    """Whether the page of reporting rounds is the user's: they keep the rounds of some unit."""
    ids = lock_keeper_ids(user)
    return ids is None or bool(ids)


def kept_locality_for(user: User, pk: int) -> Locality:
    """A unit whose period locks and lock exceptions the user keeps; 404 otherwise."""
    ids = lock_keeper_ids(user)
    locality = Locality.objects.select_related("level", "parent").filter(pk=pk).first()
    if locality is None or (ids is not None and locality.pk not in ids):
        raise Http404("Không tìm thấy đơn vị.")
    return locality


def period_lock_for(user: User, pk: int) -> PeriodLock:
    """An office's lock of a period, to lift, for whoever keeps its unit; 404 otherwise (and for the lock that
    freezes a signed report: only a reopen with a reason lifts that)."""
    lock = PeriodLock.objects.select_related("period", "locality").filter(pk=pk, frozen_by="").first()
    if lock is None:
        raise Http404("Không tìm thấy lệnh khóa.")
    kept_locality_for(user, lock.locality_id)
    return lock


def lock_exception_for(user: User, pk: int) -> LockException:
    """A lock exception, to withdraw, for whoever keeps its unit; 404 otherwise."""
    exception = LockException.objects.select_related("period", "locality").filter(pk=pk).first()
    if exception is None:
        raise Http404("Không tìm thấy ngoại lệ khóa sổ.")
    kept_locality_for(user, exception.locality_id)
    return exception


def managed_units(user: User) -> QuerySet[Locality]:
    """The units whose setup the user runs (an office's subtree), whose approval levels they set."""
    localities = Locality.objects.select_related("level", "parent").order_by("level__rank", by_name())
    ids = visible_locality_ids(user, MANAGE_ROLES)
    return localities if ids is None else localities.filter(pk__in=ids)


def submissions_seen(user: User, pks) -> list[Submission]:
    """The submissions among `pks` whose unit the user may see (the list an approve-all form sent back); the write
    door then refuses, one by one, those the user may not decide now."""
    found = Submission.objects.filter(pk__in=list(pks)).select_related("period", "locality__parent")
    return [s for s in found.order_by("submitted_at", "pk") if can_view(user, s.locality)]
