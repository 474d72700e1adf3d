"""Setting up a resolution on the web (groups, targets, plan values) and its targets workbook: office staff only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from chitieu.core.numbers import whole_number
from chitieu.plans.access import resolution_allowed
from chitieu.plans.queries import previous_term_resolutions
from chitieu.plans.services import ContinuityRefused, set_continuity
from chitieu.plans.services import override_baseline as do_override_baseline
from chitieu.results import access
from chitieu.results.forms import WorkbookForm
from chitieu.results.workbook import WorkbookRefused
from chitieu.setup import services as setup
from chitieu.setup.forms import PART_SIZE, BaselineForm, ContinuityForm, GroupLeaderForm, SetupForms


@login_required
def setup_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The resolution's groups, and the targets of one group at a time (`?group=`, the first by default)."""
    resolution = access.resolution_for(request.user, pk, action="manage")
    forms = SetupForms.of_groups(resolution, request.POST or None)
    if request.method == "POST" and _save(request, forms):
        messages.success(request, "Đã lưu các nhóm chỉ tiêu.")
        return redirect("setup:page", resolution.pk)
    return _page(request, resolution, forms, request.GET.get("group"))


@login_required
def setup_group(request: HttpRequest, pk: int, group: int) -> HttpResponse:
    """One group's targets and their plans (group 0: the targets in no group), loaded into the page by htmx and
    saved on their own; without htmx, the whole page with that group open."""
    resolution = access.resolution_for(request.user, pk, action="manage")
    section = setup.section_for(resolution, group)
    htmx = _is_htmx(request)
    if request.method == "GET" and not htmx:
        return redirect(_page_url(resolution, section, _part(request)))
    part = _part(request)
    forms = SetupForms.of_targets(resolution, section.group, request.POST or None, part)
    if request.method == "POST" and _save(request, forms):
        if not htmx:
            messages.success(request, f"Đã lưu nhóm “{section.name}”.")
            return redirect(_page_url(resolution, section, forms.part))
        forms = SetupForms.of_targets(resolution, section.group, part=part)
        forms.saved = True
    if not htmx:
        return _page(request, resolution, SetupForms.of_groups(resolution), section.key, forms)
    return render(request, "setup/page.html#section", _section_context(resolution, section, forms))


@login_required
@require_POST
def assign_group(request: HttpRequest, pk: int, group: int) -> HttpResponse:
    """One leader responsible (and a lead agency) for the targets of a group that have none, or for all."""
    resolution = access.resolution_for(request.user, pk, action="manage")
    section = setup.section_for(resolution, group)
    form = GroupLeaderForm(request.POST, resolution=resolution, prefix=f"assign{section.key}")
    if form.is_valid():
        count = setup.assign_group(request.user, section, resolution, **form.cleaned_data)
        messages.success(request, f"Đã giao {form.cleaned_data['leader_name']} phụ trách {count} chỉ tiêu.")
    else:
        messages.error(request, "Chưa giao: cần ghi tên lãnh đạo phụ trách.")
    return redirect(_page_url(resolution, section))


def _is_htmx(request: HttpRequest) -> bool:
    return bool(request.headers.get("HX-Request")) and not request.headers.get("HX-History-Restore-Request")


def _part(request: HttpRequest) -> int:
    return whole_number(request.GET.get("part", ""), 4) or 1


def _page_url(resolution, section: setup.Section, part: int = 1) -> str:
    page = reverse("setup:page", args=[resolution.pk])
    return f"{page}?group={section.key}&part={part}#group-{section.key}"


def _page(request: HttpRequest, resolution, groups: SetupForms, opened, targets: SetupForms | None = None):
    sections = setup.sections(resolution)
    section = next((s for s in sections if str(s.key) == str(opened)), sections[0])
    if targets is None:
        targets = SetupForms.of_targets(resolution, section.group, part=_part(request))
    context = {
        "resolution": resolution,
        "forms": groups,
        "sections": sections,
        "upload": WorkbookForm(),
    } | _section_context(resolution, section, targets)
    return render(request, "setup/page.html", context)


def _save(request: HttpRequest, forms: SetupForms) -> bool:
    """Run the service on valid formsets; False (with the reason on the page) when anything is refused."""
    if not forms.is_valid():
        forms.errors.insert(
            0, "Chưa lưu: có dòng chưa hợp lệ, xem thông báo ở từng dòng. Chưa có gì được ghi."
        )
        return False
    try:
        setup.save_setup(user=request.user, forms=forms)
    except setup.SetupRefused as refused:
        forms.errors.append(str(refused))
        return False
    return True


def _section_context(resolution, section: setup.Section, forms: SetupForms) -> dict:
    statuses = setup.statuses(resolution)
    return {
        "resolution": resolution,
        "section": section,
        "targets": forms,
        "target_rows": [(form, statuses.get(form.instance.pk)) for form in forms.targets],
        "choices": setup.section_choices(resolution),
        "part_size": PART_SIZE,
        "assign": GroupLeaderForm(resolution=resolution, prefix=f"assign{section.key}"),
    }


@login_required
def setup_template(request: HttpRequest, pk: int) -> HttpResponse:
    resolution = access.resolution_for(request.user, pk, action="manage")
    return setup.targets_template_response(resolution)


@login_required
@require_POST
def setup_import(request: HttpRequest, pk: int) -> HttpResponse:
    resolution = access.resolution_for(request.user, pk, action="manage")
    form = WorkbookForm(request.POST, request.FILES)
    try:
        if not form.is_valid():
            raise WorkbookRefused(form.errors.get("workbook", ["Chưa chọn tệp Excel để tải lên."]))
        count = setup.import_targets(
            user=request.user, resolution=resolution, data=form.cleaned_data["workbook"].read()
        )
        messages.success(request, f"Đã nhập {count} chỉ tiêu từ tệp Excel.")
    except WorkbookRefused as refused:
        for error in refused.errors:
            messages.error(request, error)
    return redirect("setup:page", resolution.pk)


@login_required
@require_POST
def override_baseline(request: HttpRequest, pk: int) -> HttpResponse:
    """The office's baseline for a merged unit's target, in place of its predecessors' roll-up, with a reason."""
    target = access.target_for(request.user, pk, action="manage")
    form = BaselineForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        do_override_baseline(request.user, target, data["value"], data["year"], data["reason"])
        messages.success(request, "Đã điều chỉnh giá trị gốc; lý do được lưu trong lịch sử.")
    else:
        messages.error(request, "Chưa điều chỉnh: cần giá trị, năm gốc và lý do.")
    return redirect("reports:target", target.pk)


@login_required
def continuity(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark the resolutions of the term before that this one carries on, and link each target to the one it
    continues (its baseline is then that target's end-of-term figure)."""
    resolution = access.resolution_for(request.user, pk, action="manage")
    candidates = [
        r for r in previous_term_resolutions(resolution) if resolution_allowed(request.user, r, "view")
    ]
    form = ContinuityForm(resolution, candidates, request.POST or None)
    if request.method == "POST" and form.is_valid() and _save_continuity(request, resolution, form):
        return redirect("setup:continuity", resolution.pk)
    return render(request, "setup/continuity.html", {"resolution": resolution, "form": form})


def _save_continuity(request: HttpRequest, resolution, form: ContinuityForm) -> bool:
    try:
        changed = set_continuity(
            request.user, resolution, form.candidates, form.cleaned_data["previous"], form.links()
        )
    except ContinuityRefused as refused:
        form.add_error(None, str(refused))
        return False
    messages.success(request, f"Đã lưu liên kết tiếp nối ({changed} thay đổi, ghi trong lịch sử).")
    return True
