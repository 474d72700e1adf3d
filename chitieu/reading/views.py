"""Pages that read Vietnamese text: a resolution's target list to review and save, a report's claims to accept."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from chitieu.core.numbers import whole_number
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator
from chitieu.reading.forms import (
    AcceptClaimForm,
    GroupFormSet,
    SourceForm,
    TargetFormSet,
    TargetListForm,
    claim_initial,
)
from chitieu.reading.queries import link_rows, read_report
from chitieu.reading.review import review_rows
from chitieu.reading.services import TargetListRefused, accept_claim, create_target_list
from chitieu.reading.targets import parse_targets
from chitieu.results.access import locality_for, resolution_for
from chitieu.results.door import Refused

CLAIMS_PER_PAGE = 50


@login_required
@require_http_methods(["GET", "POST"])
def resolution_targets(request: HttpRequest, pk: int) -> HttpResponse:
    """Paste or upload the target list, review what was read, correct it and save it."""
    resolution = resolution_for(request.user, pk, action="manage")
    if request.method == "POST" and request.POST.get("step") == "confirm":
        return _confirm(request, resolution)
    source = SourceForm(request.POST or None, request.FILES or None)
    context = {"resolution": resolution, "source": source, "existing": resolution.targets.count()}
    if request.method == "POST" and source.is_valid():
        parsed = parse_targets(source.cleaned_data["text"])
        groups, rows = review_rows(parsed)
        options = link_rows(rows)
        context |= {
            "warnings": parsed["warnings"],
            "groups": GroupFormSet(initial=groups, prefix="groups"),
            "rows": _with_options(TargetFormSet(initial=rows, prefix="targets"), options),
            "listing": TargetListForm(initial={"declared_count": parsed["declared_total"]}, prefix="list"),
        }
    return render(request, "reading/targets.html", context)


def _with_options(rows, options: list[list[tuple[str, str]]]):
    """Each row's form with the indicators the page offers for it."""
    for form, offered in zip(rows.forms, options, strict=True):
        form.options = offered
    return rows


def _row_number(value) -> int | None:
    return whole_number(value, 4)


def _confirm(request: HttpRequest, resolution) -> HttpResponse:
    groups = GroupFormSet(request.POST, prefix="groups")
    rows = TargetFormSet(request.POST, prefix="targets")
    listing = TargetListForm(request.POST, prefix="list")
    list_errors: list[str] = []
    if groups.is_valid() and rows.is_valid() and listing.is_valid():
        try:
            created = create_target_list(
                resolution, groups.cleaned_data, rows.cleaned_data, listing.cleaned_data["declared_count"]
            )
        except TargetListRefused as refused:
            list_errors = refused.errors.pop(0, [])
            for number, problems in refused.errors.items():
                for problem in problems:
                    rows.forms[number - 1].add_error(None, problem)
        else:
            messages.success(request, f"Đã lưu {len(created)} chỉ tiêu vào nghị quyết.")
            return redirect("reports:dashboard", pk=resolution.pk)
    posted = [
        {name: form[name].value() for name in ("name", "unit", "kind", "indicator")}
        | {"parent": _row_number(form["parent"].value())}
        for form in rows.forms
    ]
    context = {
        "resolution": resolution,
        "source": SourceForm(),
        "existing": resolution.targets.count(),
        "groups": groups,
        "rows": _with_options(rows, link_rows(posted)),
        "listing": listing,
        "list_errors": list_errors or ["Chưa lưu: hãy sửa các dòng được đánh dấu rồi xác nhận lại."],
    }
    return render(request, "reading/targets.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def locality_report(request: HttpRequest, pk: int) -> HttpResponse:
    """Paste or upload a report for a locality; accept or reject each figure read from it."""
    locality = locality_for(request.user, pk, action="report")
    if request.POST.get("action"):
        return _handle_claim(request, locality)
    source = SourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and source.is_valid():
        return _report_page(request, locality, source.cleaned_data["text"], set())
    return render(request, "reading/report.html", {"locality": locality, "source": source})


def _handle_claim(request: HttpRequest, locality: Locality) -> HttpResponse:
    """ "accept-3" records claim 3 as an observation, "reject-3" drops it; the page is shown again without it."""
    step, _, number = request.POST["action"].partition("-")
    text, handled = request.POST.get("text", ""), _handled(request.POST.get("handled", ""))
    source = SourceForm({"text": text})
    if not source.is_valid():  # the text comes back with every click: it is held to the paste limit again
        return render(request, "reading/report.html", {"locality": locality, "source": source})
    if step == "page":
        return _report_page(request, locality, text, handled, page=number)
    reading = read_report(locality, text, handled)
    row = next((r for r in reading.rows if str(r.index) == number), None)
    if row is None or step == "reject" or row.goal:
        return _report_page(request, locality, text, handled | _handled(number))
    form = AcceptClaimForm(request.POST, prefix=f"c{row.index}", indicators=reading.indicators)
    if not form.is_valid():
        return _report_page(request, locality, text, handled, {row.index: form})
    data = form.cleaned_data
    try:
        accept_claim(
            locality=locality,
            indicator=Indicator.objects.get(pk=data["indicator"]),
            sentence=row.sentence,
            user=request.user,
            today=timezone.localdate(),
            **{k: data[k] for k in ("value", "kind", "period_kind", "period_start", "period_end")},
        )
    except (Refused, ValidationError) as refused:
        form.add_error(None, " ".join(getattr(refused, "messages", [str(refused)])))
        return _report_page(request, locality, text, handled, {row.index: form})
    messages.success(request, f"Đã ghi số liệu “{row.claim['text']}” vào chitieu.")
    return _report_page(request, locality, text, handled | {row.index})


def _report_page(
    request: HttpRequest,
    locality: Locality,
    text: str,
    handled: set[int],
    errors: dict | None = None,
    page: str | None = None,
) -> HttpResponse:
    reading = read_report(locality, text, handled)
    # A long report holds thousands of figures: forms for one page of them keep the answer small and quick.
    shown = Paginator(reading.rows, CLAIMS_PER_PAGE).get_page(page or request.POST.get("page"))
    forms = {
        row.index: (errors or {}).get(row.index)
        or AcceptClaimForm(
            initial=claim_initial(row, reading.frame), indicators=reading.indicators, prefix=f"c{row.index}"
        )
        for row in shown
    }
    context = {
        "locality": locality,
        "reading": reading,
        "items": [(row, forms[row.index]) for row in shown],
        "page": shown,
        "text": text,
        "handled": ",".join(map(str, sorted(handled))),
    }
    return render(request, "reading/report.html", context)


def _handled(written: str) -> set[int]:
    """The claim numbers already handled, as the page wrote them; anything else (a 5.000-digit part) is ignored."""
    return {
        int(part)
        for part in written.split(",")
        if part.isascii() and part.strip().isdigit() and len(part) <= 9
    }
