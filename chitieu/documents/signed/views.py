"""Pages of signed reports: sign a draft, a signed report's page, send it up, the inbox of the level above, and
the public verification page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chitieu.documents.access import report_draft_for
from chitieu.documents.signed import services
from chitieu.documents.signed.access import (
    RECEIVE,
    inbox_for,
    may,
    may_reopen,
    signed_report_for,
    units_below_for,
)
from chitieu.documents.signed.forms import PdfForm, ReasonForm, UploadForm
from chitieu.documents.signed.keys import KeyUnavailable


@login_required
@require_POST
def sign(request: HttpRequest, pk: int) -> HttpResponse:
    draft = report_draft_for(request.user, pk, action="sign")
    try:
        signed = services.sign_report(draft, request.user)
    except (services.SigningRefused, KeyUnavailable) as exc:
        messages.error(request, str(exc))
        return redirect("documents:draft", draft.pk)
    messages.success(request, _("The report is signed and the figures it quotes are frozen."))
    return redirect("signed:report", signed.pk)


@login_required
def report(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_report_for(request.user, pk)
    context = {
        "signed": signed,
        "changes": services.changes_since_signing(signed),
        "frozen": services.is_frozen(signed),
        "may_send": may(request.user, signed, "manage"),
        "may_receive": may(request.user, signed, RECEIVE),
        "may_reopen": may_reopen(request.user, signed),
        "reason_form": ReasonForm(),
    }
    return render(request, "signed/report.html", context)


@login_required
def download(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_report_for(request.user, pk)
    name = signed.file.name.rsplit("/", 1)[-1]
    return FileResponse(
        signed.file.open("rb"), as_attachment=True, filename=name, content_type="application/pdf"
    )


@login_required
@require_POST
def send(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_report_for(request.user, pk, action="manage")
    try:
        signed = services.send_up(signed, request.user)
    except services.SigningRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Sent to %(unit)s.") % {"unit": signed.recipient})
    return redirect("signed:report", signed.pk)


@login_required
@require_POST
def receive(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_report_for(request.user, pk, action=RECEIVE)
    try:
        services.receive(signed, request.user)
    except services.SigningRefused as exc:
        messages.error(request, str(exc))
    return redirect("signed:report", signed.pk)


@login_required
@require_POST
def give_back(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_report_for(request.user, pk, action=RECEIVE)
    form = ReasonForm(request.POST)
    try:
        services.return_report(signed, request.user, form.data.get("reason", ""))
    except services.SigningRefused as exc:
        messages.error(request, str(exc))
    return redirect("signed:report", signed.pk)


@login_required
@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_report_for(request.user, pk)
    if not may_reopen(request.user, signed):
        raise Http404("Không tìm thấy báo cáo đã ký.")
    try:
        lifted = services.reopen(signed, request.user, request.POST.get("reason", ""))
    except ValueError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Reopened: %(count)s frozen periods lifted.") % {"count": lifted})
    return redirect("signed:report", signed.pk)


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    units = units_below_for(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, units=units)
    if request.method == "POST" and form.is_valid():
        upload = request.FILES["file"]
        signed = services.take_in_upload(
            form.cleaned_data["file"], upload.name, form.cleaned_data["unit"], request.user
        )
        messages.info(request, signed.verification)
        return redirect("signed:report", signed.pk)
    rows = inbox_for(request.user)[:200]
    return render(request, "signed/inbox.html", {"rows": rows, "form": form if units.exists() else None})


def verify(request: HttpRequest) -> HttpResponse:
    """Anyone, signed in or not, checks a signed PDF: who signed it, when, and whether its figures still match."""
    form = PdfForm(request.POST or None, request.FILES or None)
    check = (
        services.check_file(form.cleaned_data["file"])
        if request.method == "POST" and form.is_valid()
        else None
    )
    details = check is not None and check.report is not None and may(request.user, check.report, "view")
    summary = check.summary(details=details) if check is not None else ""
    context = {"form": form, "check": check, "summary": summary, "details": details}
    return render(request, "signed/verify.html", context)
