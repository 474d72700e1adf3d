"""Setting up a resolution on the web (groups, targets, plan values) and its targets workbook: office staff only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from chitieu.plans.services import override_baseline as do_override_baseline
from chitieu.results import access
from chitieu.results.forms import WorkbookForm
from chitieu.results.workbook import WorkbookRefused
from chitieu.setup import services as setup
from chitieu.setup.forms import BaselineForm, SetupForms


@login_required
def setup_page(request: HttpRequest, pk: int) -> HttpResponse:
    resolution = access.resolution_for(request.user, pk, action="manage")
    forms = SetupForms(resolution, request.POST or None)
    if request.method == "POST" and _save(request, forms):
        return redirect("setup:page", resolution.pk)
    return render(request, "setup/page.html", _context(resolution, forms))


def _save(request: HttpRequest, forms: SetupForms) -> bool:
    """Run the service on valid formsets; False (with the reason on the page) when anything is refused."""
    if not forms.is_valid():
        messages.error(
            request, "Chưa lưu: có dòng chưa hợp lệ, xem thông báo ở từng dòng. Chưa có gì được ghi."
        )
        return False
    try:
        setup.save_setup(user=request.user, forms=forms)
    except setup.SetupRefused as refused:
        forms.errors.append(str(refused))
        return False
    messages.success(request, "Đã lưu thiết lập nghị quyết.")
    return True


def _context(resolution, forms: SetupForms) -> dict:
    statuses = setup.statuses(resolution)
    return {
        "resolution": resolution,
        "forms": forms,
        "target_rows": [(form, statuses.get(form.instance.pk)) for form in forms.targets],
        "upload": WorkbookForm(),
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
