"""Report pages: a resolution's reports, a draft to edit and export, the progress and download of a file."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chitieu.documents import report, services
from chitieu.documents.access import generated_file_for, report_draft_for
from chitieu.documents.forms import EditDraftForm, NewReportForm
from chitieu.documents.models import GeneratedFile
from chitieu.plans.access import resolution_allowed
from chitieu.results.access import resolution_for

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def resolution_reports(request: HttpRequest, pk: int) -> HttpResponse:
    action = "manage" if request.method == "POST" else "view"
    resolution = resolution_for(request.user, pk, action=action)
    managed = resolution_allowed(request.user, resolution, "manage")
    form = NewReportForm(request.POST or None) if managed else None
    if request.method == "POST" and form is not None and form.is_valid():
        draft = services.create_draft(resolution, user=request.user, **form.cleaned_data)
        messages.success(request, _("The draft is ready: read it, edit it, then export it."))
        return redirect("documents:draft", draft.pk)
    drafts = resolution.report_drafts.all()
    return render(
        request, "documents/resolution.html", {"resolution": resolution, "drafts": drafts, "form": form}
    )


@login_required
def draft_detail(request: HttpRequest, pk: int) -> HttpResponse:
    draft = report_draft_for(request.user, pk, action="manage" if request.method == "POST" else "view")
    may_manage = resolution_allowed(request.user, draft.resolution, "manage")
    form = EditDraftForm(request.POST or None, instance=draft) if may_manage else None
    if request.method == "POST" and form is not None and form.is_valid():
        header = {name: form.cleaned_data[name] for name in EditDraftForm.Meta.fields}
        services.save_edit(draft, text=form.cleaned_data["text"], user=request.user, **header)
        messages.success(
            request, _("The edited text is saved; generating the draft again will not replace it.")
        )
        return redirect("documents:draft", draft.pk)
    context = {"draft": draft, "form": form, "may_manage": may_manage, "files": draft.files.all()[:10]}
    context["number_text"] = report.number_text(draft)
    return render(request, "documents/draft.html", context)


@login_required
@require_POST
def regenerate(request: HttpRequest, pk: int) -> HttpResponse:
    draft = services.regenerate(report_draft_for(request.user, pk, action="manage"))
    if draft.awaiting_choice:
        messages.warning(
            request,
            _(
                "A new draft was generated from today's figures. Your edited text is kept: compare the two "
                "below and choose which one the report uses."
            ),
        )
    else:
        messages.success(request, _("The draft was generated again from today's figures."))
    return redirect("documents:draft", draft.pk)


@login_required
@require_POST
def choose_text(request: HttpRequest, pk: int) -> HttpResponse:
    draft = report_draft_for(request.user, pk, action="manage")
    services.keep_text(draft, keep_edited=request.POST.get("keep") != "generated", user=request.user)
    return redirect("documents:draft", draft.pk)


@login_required
@require_POST
def give_number(request: HttpRequest, pk: int) -> HttpResponse:
    draft = services.assign_number(report_draft_for(request.user, pk, action="manage"))
    messages.success(
        request, _("Document number %(number)s is given.") % {"number": report.number_text(draft)}
    )
    return redirect("documents:draft", draft.pk)


@login_required
def download_docx(request: HttpRequest, pk: int) -> HttpResponse:
    draft = report_draft_for(request.user, pk)
    return _attachment(report.docx_bytes(draft), DOCX, report.file_name(draft, "docx"))


@login_required
def download_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    draft = report_draft_for(request.user, pk)
    return _attachment(report.xlsx_bytes(draft), XLSX, report.file_name(draft, "xlsx"))


@login_required
@require_POST
def request_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    draft = report_draft_for(request.user, pk, action="manage")
    services.request_file(draft, GeneratedFile.Format.PDF, request.user)
    messages.info(request, _("The PDF is being made; this page shows its progress."))
    return redirect("documents:draft", draft.pk)


@login_required
def file_progress(request: HttpRequest, pk: int) -> HttpResponse:
    generated = generated_file_for(request.user, pk)
    return render(request, "documents/draft.html#file", {"file": generated})


@login_required
def download_file(request: HttpRequest, pk: int) -> FileResponse:
    generated = generated_file_for(request.user, pk)
    if generated.status != GeneratedFile.Status.DONE or not generated.file:
        raise Http404(_("The file is not ready."))
    name = report.file_name(generated.draft, generated.format)
    return FileResponse(generated.file.open("rb"), as_attachment=True, filename=name)


def _attachment(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
