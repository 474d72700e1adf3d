"""Entry of results, approval, history, evidence files and workbooks: access → form → service → render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from chitieu.core.number_input import read_number
from chitieu.results import access, door, history, imports, queries, review, workbook
from chitieu.results.forms import DecisionForm, EntryForm, ReopenForm, WorkbookForm, read_seen
from chitieu.results.notices import services as notices


def partial_for(request: HttpRequest, template: str, partial: str) -> str:
    """The named partial for an htmx request, the whole page otherwise."""
    if request.headers.get("HX-Request") and not request.headers.get("HX-History-Restore-Request"):
        return f"{template}#{partial}"
    return template


@login_required
def entry_home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    # A unit that no longer exists (a district, a commune merged on 1/7/2025) has nothing left to report.
    localities = [
        unit
        for unit in access.reporting_localities(request.user)
        if unit.valid_until is None or unit.valid_until >= today
    ]
    periods = list(queries.open_periods(today))
    units = queries.by_unit(queries.period_states(periods, localities, today))
    oversees = access.overseen_units(request.user).exists()
    context = {"localities": localities, "periods": periods, "units": units, "oversees": oversees}
    return render(request, "results/home.html", context)


@login_required
def not_reported(request: HttpRequest) -> HttpResponse:
    """The office's page: per open period, the units below that have not sent, with their last reminder."""
    units = list(access.overseen_units(request.user))
    today = timezone.localdate()
    rows = queries.not_reported(list(queries.open_periods(today)), units, today)
    return render(request, "results/not_reported.html", {"rows": rows, "units": units})


@login_required
def notices_page(request: HttpRequest) -> HttpResponse:
    notices = request.user.notifications.select_related("period", "locality")[:200]
    return render(request, "results/notices.html", {"notices": notices})


@login_required
@require_POST
def notice_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one notice read and follow its link (a POST: a GET never writes)."""
    notice = get_object_or_404(request.user.notifications, pk=pk)
    notices.mark_read(request.user, notice.pk)
    return redirect(notice.link or "results:notices")


@login_required
@require_POST
def notices_read(request: HttpRequest) -> HttpResponse:
    notices.mark_read(request.user)
    return redirect("results:notices")


@login_required
def entry_page(request: HttpRequest, period_pk: int, locality_pk: int) -> HttpResponse:
    period, locality = access.entry_for(request.user, period_pk, locality_pk)
    items = queries.entry_items(access.reportable_targets(request.user, locality), period, locality)
    closed = queries.closed_reason(period, locality)
    form = EntryForm(items, period, locality, request.POST or None, request.FILES or None, closed=closed)
    if request.method == "POST" and _save(request, form):
        return redirect("results:entry", period.pk, locality.pk)
    return render(request, "results/entry.html", _entry_context(form, period, locality))


def _save(request: HttpRequest, form: EntryForm) -> bool:
    """Run the service on a valid form; False (with the reason on the form) when it refuses."""
    if not form.is_valid():
        return False
    submit = "submit" in request.POST
    try:
        door.save_entries(
            user=request.user,
            period=form.period,
            locality=form.locality,
            entries=form.entries,
            notes=form.notes,
            files=form.cleaned_data["evidence"],
            submit=submit,
            reason=form.cleaned_data["reason"],
        )
    except door.EntryRefused as refused:
        form.add_error(None, str(refused))
        return False
    except door.Conflicts as conflicts:
        form.show_conflicts(conflicts.current, conflicts.notes)
        return False
    messages.success(request, "Đã gửi số liệu để phê duyệt." if submit else "Đã lưu bản nháp.")
    return True


def _entry_context(form: EntryForm, period, locality) -> dict:
    return {
        "form": form,
        "period": period,
        "locality": locality,
        "submission": queries.submission_of(period, locality),
        "is_open": door.is_open(period, locality),
        "reopeners": access.reopeners(locality) if form.closed else [],
        "evidence": period.evidence.filter(locality=locality),
        "upload": WorkbookForm(),
    }


@login_required
@require_POST
def check_value(request: HttpRequest, period_pk: int, locality_pk: int, indicator_pk: int) -> HttpResponse:
    """The engine's flags on a value being typed (htmx, on leaving the field): nothing is saved."""
    period, locality = access.entry_for(request.user, period_pk, locality_pk)
    items = queries.entry_items(access.reportable_targets(request.user, locality), period, locality)
    item = access.item_for(items, indicator_pk)
    flags, error = [], ""
    try:
        value = read_number(request.POST.get(f"{item.key}-value", ""))
        flags = queries.value_flags(item.indicator, locality, period, value, item.targets)
    except Exception as exc:  # noqa: BLE001 - a ValidationError's message is what the user needs to see
        error = " ".join(getattr(exc, "messages", [str(exc)]))
    return render(request, "results/entry.html#item-flags", {"item": item, "flags": flags, "error": error})


@login_required
def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    evidence = access.evidence_for(request.user, pk)
    return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=evidence.original_name)


@login_required
def approvals(request: HttpRequest) -> HttpResponse:
    """The approver's one screen: every submission waiting for the user, each figure with its flags, previous
    value and plan; approve them all, or return one with a reason."""
    queue = access.approval_queue(request.user)
    return render(request, "results/approvals.html", {"queue": queue, "reviews": review.review(queue)})


@login_required
@require_POST
def approve_all(request: HttpRequest) -> HttpResponse:
    """Approve every submission the screen showed, each at the level it showed: one decided meanwhile (or by a
    second click) is refused with a message and the others still go through."""
    seen = read_seen(request.POST.getlist("seen"))
    submissions = access.submissions_seen(request.user, seen)
    decided = door.approve_each(user=request.user, seen=[(s, seen[s.pk]) for s in submissions])
    if decided.approved:
        names = ", ".join(f"{s.locality.name} ({s.period.name})" for s in decided.approved)
        messages.success(request, f"Đã duyệt {len(decided.approved)} báo cáo: {names}.")
    for submission, why in decided.refused:
        messages.error(request, f"{submission.locality} · {submission.period.name}: không duyệt. {why}")
    if not decided.approved and not decided.refused:
        messages.error(request, "Không có báo cáo nào để duyệt.")
    return redirect("results:approvals")


@login_required
def approval_detail(request: HttpRequest, pk: int) -> HttpResponse:
    submission = access.submission_for(
        request.user, pk, action="decide" if request.method == "POST" else "view"
    )
    form = DecisionForm(request.POST or None)
    if form.is_valid():
        approve = form.cleaned_data["decision"] == "approve"
        try:
            door.decide_submission(
                user=request.user,
                submission=submission,
                approve=approve,
                reason=form.cleaned_data["reason"],
                seen_level=form.cleaned_data["level"],
            )
        except door.EntryRefused as refused:
            messages.error(request, str(refused))
        return redirect("results:approvals")
    return render(request, "results/approval.html", history.submission_page(request.user, submission, form))


@login_required
@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    submission = access.submission_for(request.user, pk, action="reopen")
    form = ReopenForm(request.POST)
    if form.is_valid():
        door.reopen(
            user=request.user, period=submission.period, locality=submission.locality, **form.cleaned_data
        )
        messages.success(request, "Đã mở lại để đơn vị sửa số liệu.")
    else:
        messages.error(request, "Mở lại cần ngày hết hạn và lý do.")
    return redirect("results:approval", submission.pk)


@login_required
def target_history(request: HttpRequest, target_pk: int) -> HttpResponse:
    locality_pk = request.GET.get("locality")
    target, locality = access.target_history_for(
        request.user, target_pk, int(locality_pk) if (locality_pk or "").isdigit() else None
    )
    return render(request, "results/history.html", history.target_history(target, locality))


@login_required
def workbook_download(request: HttpRequest, period_pk: int, locality_pk: int) -> HttpResponse:
    period, locality = access.entry_for(request.user, period_pk, locality_pk)
    items = queries.entry_items(access.reportable_targets(request.user, locality), period, locality)
    return workbook.entry_template_response(period, locality, items)


@login_required
@require_POST
def workbook_upload(request: HttpRequest, period_pk: int, locality_pk: int) -> HttpResponse:
    period, locality = access.entry_for(request.user, period_pk, locality_pk)
    form = WorkbookForm(request.POST, request.FILES)
    if form.is_valid() and workbook.needs_background(form.cleaned_data["workbook"]):
        job = imports.request_import(request.user, period, locality, form.cleaned_data["workbook"])
        return redirect("results:import", job.pk)
    errors = workbook.import_entry_workbook(request.user, period, locality, form)
    for error in errors:
        messages.error(request, error)
    if not errors:
        messages.success(request, "Đã nhập số liệu từ tệp Excel.")
    return redirect("results:entry", period.pk, locality.pk)


@login_required
def import_status(request: HttpRequest, pk: int) -> HttpResponse:
    """A background import's progress; the page polls its partial every 2 s until the job is finished."""
    job = access.import_job_for(request.user, pk)
    errors = job.error.splitlines()
    return render(
        request, partial_for(request, "results/import.html", "status"), {"job": job, "errors": errors}
    )
