"""Who may see and change which locality's data: the only place that decides it.

A role held at a locality covers that unit and everything below it; a role held at an agency covers the targets
that agency leads or cooperates on, at its locality. Views never fetch a protected object by id themselves: they
call the `*_for` functions here, which answer 404 for anything outside the user's scope so that its existence
does not leak.
"""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet
from django.http import Http404

from chitieu.accounts.models import Membership
from chitieu.core.collation import by_name
from chitieu.criteria.models import CriteriaSet
from chitieu.localities.models import Locality
from chitieu.localities.queries import subtree_ids
from chitieu.plans.models import Indicator, Resolution, Target

Role = Membership.Role
User = AbstractBaseUser | AnonymousUser

READ_ROLES = frozenset(Role)
REPORT_ROLES = frozenset({Role.ADMIN, Role.OFFICE, Role.REPORTER})
APPROVE_ROLES = frozenset({Role.ADMIN, Role.APPROVER})
MANAGE_ROLES = frozenset({Role.ADMIN, Role.OFFICE})


def _memberships(user: User) -> list[Membership]:
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_chitieu_memberships", None)
    if cached is None:
        cached = list(Membership.objects.filter(user=user).select_related("agency"))
        user._chitieu_memberships = cached  # type: ignore[union-attr]
    return cached


def ancestor_ids(locality: Locality) -> list[int]:
    """The unit and every unit above it, nearest first."""
    ids = [locality.pk]
    parent_id = locality.parent_id
    while parent_id is not None and parent_id not in ids:
        ids.append(parent_id)
        parent_id = Locality.objects.filter(pk=parent_id).values_list("parent_id", flat=True).first()
    return ids


def has_role(user: User, locality: Locality, roles: Iterable[str] = READ_ROLES) -> bool:
    """Whether the user holds one of `roles` at this locality or above it (agency roles at its own locality)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    wanted = set(roles)
    memberships = [m for m in _memberships(user) if m.role in wanted]
    if not memberships:
        return False
    above = set(ancestor_ids(locality))
    return any(
        (m.locality_id is not None and m.locality_id in above)
        or (m.agency is not None and m.agency.locality_id == locality.pk)
        for m in memberships
    )


def can_view(user: User, locality: Locality) -> bool:
    return has_role(user, locality, READ_ROLES)


def can_report(user: User, locality: Locality) -> bool:
    return has_role(user, locality, REPORT_ROLES)


def can_approve(user: User, locality: Locality) -> bool:
    return has_role(user, locality, APPROVE_ROLES)


def can_manage(user: User, locality: Locality) -> bool:
    return has_role(user, locality, MANAGE_ROLES)


def visible_locality_ids(user: User, roles: Iterable[str] = READ_ROLES) -> set[int] | None:
    """Ids of every unit the user may see with these roles; None means all (a superuser)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return None
    wanted = set(roles)
    ids: set[int] = set()
    for membership in _memberships(user):
        if membership.role not in wanted:
            continue
        root_id = (
            membership.locality_id if membership.locality_id is not None else membership.agency.locality_id
        )
        if root_id in ids:
            continue
        ids.add(root_id)
        if membership.locality_id is not None:
            ids.update(subtree_ids(Locality(pk=root_id)))
    return ids


def visible_resolutions(user: User) -> QuerySet[Resolution]:
    resolutions = Resolution.objects.select_related("locality", "term")
    ids = visible_locality_ids(user)
    return resolutions if ids is None else resolutions.filter(locality_id__in=ids)


def resolution_for(user: User, pk: int, *, action: str = "view") -> Resolution:
    """The resolution if the user may `view` or `manage` it; 404 otherwise, whether or not it exists."""
    resolution = Resolution.objects.select_related("locality", "term").filter(pk=pk).first()
    if resolution is None or not _allowed(user, resolution.locality, action):
        raise Http404("Không tìm thấy nghị quyết.")
    return resolution


def target_for(user: User, pk: int, *, action: str = "view") -> Target:
    target = (
        Target.objects.select_related("resolution__locality", "resolution__term", "indicator")
        .filter(pk=pk)
        .first()
    )
    if target is None or not _allowed(user, target.resolution.locality, action):
        raise Http404("Không tìm thấy chỉ tiêu.")
    return target


def locality_for(user: User, pk: int, *, action: str = "view") -> Locality:
    locality = Locality.objects.select_related("level", "parent").filter(pk=pk).first()
    if locality is None or not _allowed(user, locality, action):
        raise Http404("Không tìm thấy đơn vị.")
    return locality


def public_resolution_for(pk: int) -> Resolution:
    """A resolution its committee chose to publish, for anyone, signed in or not; 404 otherwise."""
    resolution = Resolution.objects.select_related("locality", "term").filter(pk=pk, is_public=True).first()
    if resolution is None:
        raise Http404("Không tìm thấy nghị quyết.")
    return resolution


def indicator_for(user: User, pk: int) -> Indicator:
    """An indicator of the shared catalogue: any signed-in user may read its definition (its values are scoped)."""
    indicator = Indicator.objects.filter(pk=pk).first()
    if indicator is None or not user.is_authenticated or not user.is_active:
        raise Http404("Không tìm thấy chỉ số.")
    return indicator


def criteria_set_for(user: User, pk: int) -> CriteriaSet:
    """A criteria set of the shared catalogue (the assessments under it are scoped by locality)."""
    criteria_set = CriteriaSet.objects.select_related("level").filter(pk=pk).first()
    if criteria_set is None or not user.is_authenticated or not user.is_active:
        raise Http404("Không tìm thấy bộ tiêu chí.")
    return criteria_set


_CHECKS = {"view": can_view, "report": can_report, "approve": can_approve, "manage": can_manage}


def _allowed(user: User, locality: Locality, action: str) -> bool:
    return _CHECKS[action](user, locality)


def visible_localities(user: User) -> QuerySet[Locality]:
    """Every unit the user may see."""
    localities = Locality.objects.select_related("level", "parent")
    ids = visible_locality_ids(user)
    return localities if ids is None else localities.filter(pk__in=ids)


def visible(queryset: QuerySet, user: User, *, via: str = "locality") -> QuerySet:
    """The rows of `queryset` whose locality (reached through the lookup `via`) the user may see."""
    ids = visible_locality_ids(user)
    return queryset if ids is None else queryset.filter(**{f"{via}_id__in": ids})


def visible_subtree_ids(user: User, root_pk: int) -> set[int]:
    """Ids of `root_pk` and every unit below it that the user may see; 404 if the root itself is not visible."""
    root = locality_for(user, root_pk)
    ids = {root.pk, *subtree_ids(root)}
    visible_ids = visible_locality_ids(user)
    return ids if visible_ids is None else ids & visible_ids


def home_locality_for(user: User) -> Locality:
    """The highest unit the user holds a role at: where a page without a chosen unit starts; 404 if none."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        top = (
            Locality.objects.select_related("level", "parent")
            .filter(parent__isnull=True)
            .order_by("level__rank", by_name())
        )
        found = top.first()
    else:
        roots = [m.locality_id or m.agency.locality_id for m in _memberships(user)]
        found = (
            Locality.objects.select_related("level", "parent")
            .filter(pk__in=roots)
            .order_by("level__rank", by_name())
            .first()
        )
    if found is None:
        raise Http404("Không tìm thấy đơn vị.")
    return found


def report_draft_for(user: User, pk: int, *, action: str = "view"):
    """A review report's draft if the user may `view` or `manage` its resolution's locality; 404 otherwise."""
    # Imported here: documents sits to the right of accounts, which must load without it.
    from chitieu.documents.models import ReportDraft

    draft = (
        ReportDraft.objects.select_related("resolution__locality__parent", "resolution__term")
        .filter(pk=pk)
        .first()
    )
    if draft is None or not _allowed(user, draft.resolution.locality, action):
        raise Http404("Không tìm thấy báo cáo.")
    return draft


def generated_file_for(user: User, pk: int, *, action: str = "view"):
    """A file exported from a report draft, on the same terms as the draft; 404 otherwise."""
    from chitieu.documents.models import GeneratedFile

    generated = (
        GeneratedFile.objects.select_related("draft__resolution__locality", "draft__resolution__term")
        .filter(pk=pk)
        .first()
    )
    if generated is None or not _allowed(user, generated.draft.resolution.locality, action):
        raise Http404("Không tìm thấy tệp.")
    return generated


# Entry and approval of results. `chitieu.results` sits to the right of accounts: its models are imported inside.


def reporting_localities(user: User) -> QuerySet[Locality]:
    """Every unit the user may enter figures for."""
    localities = Locality.objects.select_related("level", "parent").order_by("level__rank", by_name())
    ids = visible_locality_ids(user, REPORT_ROLES)
    return localities if ids is None else localities.filter(pk__in=ids)


def entry_for(user: User, period_pk: int, locality_pk: int):
    """(reporting period, locality) for the entry page if the user may report for the locality; 404 otherwise."""
    from chitieu.results.models import ReportingPeriod

    period = ReportingPeriod.objects.filter(pk=period_pk).first()
    if period is None or not user.is_authenticated:
        raise Http404("Không tìm thấy kỳ báo cáo.")
    return period, locality_for(user, locality_pk, action="report")


def reportable_targets(user: User, locality: Locality) -> QuerySet[Target]:
    """Targets whose indicators the locality reports: those of resolutions of the unit itself and of its parent."""
    if not can_report(user, locality):
        raise Http404("Không tìm thấy đơn vị.")
    ids = [locality.pk] if locality.parent_id is None else [locality.pk, locality.parent_id]
    return (
        Target.objects.filter(resolution__locality_id__in=ids, indicator__isnull=False)
        .select_related("indicator__numerator", "indicator__denominator", "resolution__locality", "group")
        .order_by("-resolution__locality__level__rank", "resolution__pk", "group__order", "order", "pk")
    )


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
    from chitieu.results.models import Submission

    ids = visible_locality_ids(user, APPROVE_ROLES)
    pending = Submission.objects.filter(status=Submission.Status.SUBMITTED).select_related(
        "period", "locality__parent", "submitted_by"
    )
    if ids is not None:
        pending = pending.filter(locality_id__in=ids)
    return [s for s in pending.order_by("submitted_at", "pk") if can_decide(user, s)]


def submission_for(user: User, pk: int, *, action: str = "view"):
    """A submission to `view` (anyone who may see its locality), `approve` (its next approver) or `reopen`."""
    from chitieu.results.models import Submission

    submission = Submission.objects.select_related("period", "locality__parent").filter(pk=pk).first()
    if submission is None:
        raise Http404("Không tìm thấy báo cáo số liệu.")
    allowed = {
        "view": lambda: can_view(user, submission.locality),
        "approve": lambda: can_decide(user, submission),
        "reopen": lambda: (
            submission.locality.parent_id is not None and can_approve(user, submission.locality.parent)
        ),
    }[action]()
    if not allowed:
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
    from chitieu.results.models import Evidence

    evidence = Evidence.objects.select_related("locality").filter(pk=pk).first()
    if evidence is None or not can_view(user, evidence.locality):
        raise Http404("Không tìm thấy tệp.")
    if not evidence.file.storage.exists(evidence.file.name):  # lost with a disk, or left out of a restore
        raise Http404("Tệp minh chứng không còn trên máy chủ: hãy báo quản trị viên khôi phục từ bản sao lưu.")
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
    from chitieu.results.models import ImportJob

    job = ImportJob.objects.select_related("period", "locality").filter(pk=pk).first()
    if job is None or job.requested_by_id != user.pk or not can_report(user, job.locality):
        raise Http404("Không tìm thấy lượt nhập tệp.")
    return job
