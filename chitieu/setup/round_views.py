"""The office's pages beside the setup of one resolution: a new resolution, and the reporting rounds (open a round,
lock and unlock a period for its subtree, grant lock exceptions, set approval levels); every unit and row reached
through the access layer."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from chitieu.plans.services import create_resolution
from chitieu.results import access, rounds
from chitieu.results.models import ApprovalRule, LockException, PeriodLock, ReportingPeriod
from chitieu.setup.new_forms import NewResolutionForm
from chitieu.setup.round_forms import ApprovalLevelsForm, ExceptionForm, LockForm, OpenRoundForm, UnlockForm

SHOWN_PERIODS = 12


@login_required
def rounds_page(request: HttpRequest) -> HttpResponse:
    return _render(request)


@login_required
@require_POST
def open_round(request: HttpRequest) -> HttpResponse:
    if not access.managed_units(request.user).exists():
        raise Http404("Không tìm thấy trang.")

    def write(data: dict) -> None:
        period, opened = rounds.open_round(request.user, **data)
        if opened:
            messages.success(request, f"Đã mở kỳ báo cáo {period}, hạn nộp {period.deadline:%d/%m/%Y}.")
        else:
            messages.info(
                request,
                f"Kỳ {period} đã mở từ trước, hạn nộp {period.deadline:%d/%m/%Y} (hạn chung cho mọi đơn vị). "
                "Để khóa sớm cho đơn vị mình, dùng “Khóa kỳ”; để một đơn vị nộp muộn, cấp ngoại lệ.",
            )

    return _write(request, "open_form", OpenRoundForm(request.POST), write)


@login_required
@require_POST
def lock_period(request: HttpRequest) -> HttpResponse:
    def write(data: dict) -> None:
        rounds.lock_period(request.user, data["period"], data["locality"], data["reason"])
        messages.success(
            request, f"Đã khóa kỳ {data['period']} cho {data['locality']} và các đơn vị trực thuộc."
        )

    return _write(request, "lock_form", LockForm(request.POST, **_units(request)), write)


def _write(request: HttpRequest, name: str, form, write) -> HttpResponse:
    """Run `write` on the form's data and go back to the page; a form refused (by itself or by the service) is
    shown again as typed, with the reason, and nothing is written."""
    if form.is_valid():
        try:
            write(form.cleaned_data)
        except rounds.RoundRefused as refused:
            form.add_error(None, str(refused))
        else:
            return redirect("setup:rounds")
    return _render(request, **{name: form})


@login_required
@require_POST
def unlock_period(request: HttpRequest, pk: int) -> HttpResponse:
    lock = access.period_lock_for(request.user, pk)
    form = UnlockForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Chưa mở khóa: cần ghi lý do mở khóa.")
        return redirect("setup:rounds")
    rounds.unlock_period(request.user, lock, form.cleaned_data["reason"])
    messages.success(request, f"Đã mở khóa kỳ {lock.period} cho {lock.locality}.")
    return redirect("setup:rounds")


@login_required
@require_POST
def grant_exception(request: HttpRequest) -> HttpResponse:
    def write(data: dict) -> None:
        rounds.grant_exception(request.user, data["period"], data["locality"], data["until"], data["reason"])
        messages.success(
            request, f"{data['locality']} được nhập kỳ {data['period']} đến {data['until']:%d/%m/%Y}."
        )

    return _write(request, "exception_form", ExceptionForm(request.POST, **_units(request)), write)


@login_required
@require_POST
def withdraw_exception(request: HttpRequest, pk: int) -> HttpResponse:
    exception = access.lock_exception_for(request.user, pk)
    rounds.withdraw_exception(request.user, exception)
    messages.success(request, f"Đã thu hồi ngoại lệ của {exception.locality} (kỳ {exception.period}).")
    return redirect("setup:rounds")


@login_required
@require_POST
def approval_levels(request: HttpRequest) -> HttpResponse:
    def write(data: dict) -> None:
        rule = rounds.set_approval_levels(request.user, data["locality"], data["levels"])
        messages.success(request, f"Số liệu của {rule.locality} được duyệt qua {rule.levels} cấp.")

    return _write(request, "approval_form", ApprovalLevelsForm(request.POST, **_managed(request)), write)


def _units(request: HttpRequest) -> dict:
    """The units whose locks and exceptions the user keeps: 404 for someone who keeps none (a reporter)."""
    if not access.keeps_rounds(request.user):
        raise Http404("Không tìm thấy trang.")
    return {
        "units": access.kept_units(request.user),
        "everyone": access.lock_keeper_ids(request.user) is None,
    }


def _managed(request: HttpRequest) -> dict:
    units = access.managed_units(request.user)
    if not units.exists():
        raise Http404("Không tìm thấy trang.")
    return {"units": units, "everyone": request.user.is_superuser}


def _render(request: HttpRequest, **bound) -> HttpResponse:
    """The page, with a refused form shown again as it was typed (status 200, nothing written)."""
    units = _units(request)
    managed = access.managed_units(request.user)
    kept = units["units"]
    today = timezone.localdate()
    context = {
        "periods": ReportingPeriod.objects.order_by("-end", "kind")[:SHOWN_PERIODS],
        "today": today,
        "locks": PeriodLock.objects.filter(locality__in=kept, frozen_by="")
        .select_related("period", "locality", "locked_by")
        .order_by("-period__end", "locality__name"),
        "exceptions": LockException.objects.filter(locality__in=kept, until__gte=today)
        .select_related("period", "locality", "granted_by")
        .order_by("-period__end", "locality__name"),
        "rules": ApprovalRule.objects.filter(locality__in=managed).select_related("locality"),
        "can_open": managed.exists(),
        "open_form": bound.get("open_form") or OpenRoundForm(),
        "lock_form": bound.get("lock_form") or LockForm(**units),
        "exception_form": bound.get("exception_form") or ExceptionForm(**units),
        "approval_form": bound.get("approval_form")
        or ApprovalLevelsForm(units=managed, everyone=request.user.is_superuser),
        "unlock_form": UnlockForm(),
    }
    return render(request, "setup/rounds.html", context)


@login_required
def new_resolution(request: HttpRequest) -> HttpResponse:
    """A resolution of a unit the office manages; then its targets, typed, from a workbook or from its text."""
    units = _managed(request)
    form = NewResolutionForm(request.POST or None, **units)
    if request.method == "POST" and form.is_valid():
        resolution = create_resolution(request.user, form.save(commit=False))
        messages.success(
            request, f"Đã tạo nghị quyết “{resolution}”. Bây giờ nhập các chỉ tiêu của nghị quyết."
        )
        return _next_step(request.POST.get("next"), resolution.pk)
    return render(request, "setup/new.html", {"form": form})


def _next_step(step: str | None, pk: int) -> HttpResponse:
    if step == "text":
        return redirect("reading:resolution_targets", pk)
    if step == "workbook":
        return redirect(reverse("setup:page", args=[pk]) + "#import")
    return redirect("setup:page", pk)
