"""Writes with a business meaning on review reports: draft, edit, regenerate, choose a text, number, export."""

from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from chitieu.documents.issuers import REPORT_TYPE, issuer_for, number_series
from chitieu.documents.models import DocumentNumber, GeneratedFile, ReportDraft
from chitieu.documents.narrative import Facts, Occasion, draft_text, subject
from chitieu.documents.queries import evaluate_for_report, ratio_counts, reasons_by_target
from chitieu.documents.tasks import render_file
from chitieu.plans.models import Resolution


def generate_text(
    resolution: Resolution, kind: str, as_of: date, body: str, known_on: date | None = None
) -> str:
    """The narrative as the figures of `as_of` tell it (as known on `known_on`, else the latest)."""
    result = evaluate_for_report(resolution, kind, as_of, known_on)
    issuer = issuer_for(resolution.locality, body)
    facts = Facts(reasons=reasons_by_target(resolution, as_of), counts=ratio_counts(result))
    return draft_text(result, Occasion(kind, as_of, issuer.actor, resolution.year), facts)


@transaction.atomic
def create_draft(
    resolution: Resolution,
    *,
    kind: str,
    as_of: date,
    body: str,
    known_on: date | None = None,
    place: str,
    dated: date | None,
    signer: str,
    signer_title: str,
    user: AbstractBaseUser,
) -> ReportDraft:
    issuer = issuer_for(resolution.locality, body)
    return ReportDraft.objects.create(
        resolution=resolution,
        kind=kind,
        as_of=as_of,
        known_on=known_on,
        body=body,
        place=place or resolution.locality.name,
        dated=dated or as_of,
        subject=subject(kind, resolution, as_of),
        signer=signer,
        signer_title=signer_title or issuer.signer_title,
        recipients=issuer.recipients,
        generated_text=generate_text(resolution, kind, as_of, body, known_on),
        generated_at=timezone.now(),
        created_by=user,
    )


def _clean(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


@transaction.atomic
def save_edit(draft: ReportDraft, *, text: str, user: AbstractBaseUser, **header: object) -> ReportDraft:
    """Keep the office's text (and the header fields it changed); saving also settles a pending choice."""
    draft = ReportDraft.objects.select_for_update().get(pk=draft.pk)
    for name, value in header.items():
        setattr(draft, name, value)
    text = _clean(text)
    if text != _clean(draft.generated_text) or draft.edited_text:
        draft.edited_text = "" if text == _clean(draft.generated_text) else text
        draft.edited_by, draft.edited_at = user, timezone.now()
    draft.awaiting_choice = False
    draft.save()
    return draft


@transaction.atomic
def regenerate(draft: ReportDraft) -> ReportDraft:
    """Draft the text again from today's figures. An edited text is never overwritten: the new draft is kept
    beside it and the office chooses (`awaiting_choice`)."""
    draft = (
        ReportDraft.objects.select_for_update()
        .select_related("resolution__locality", "resolution__term")
        .get(pk=draft.pk)
    )
    draft.generated_text = generate_text(
        draft.resolution, draft.kind, draft.as_of, draft.body, draft.known_on
    )
    draft.generated_at = timezone.now()
    draft.awaiting_choice = bool(draft.edited_text)
    draft.save()
    return draft


@transaction.atomic
def keep_text(draft: ReportDraft, *, keep_edited: bool, user: AbstractBaseUser) -> ReportDraft:
    """Settle a pending choice: keep the office's text, or take the new draft (the edited text is dropped)."""
    draft = ReportDraft.objects.select_for_update().get(pk=draft.pk)
    if not keep_edited and draft.edited_text:
        draft.edited_text = ""
        draft.edited_by, draft.edited_at = user, timezone.now()
    draft.awaiting_choice = False
    draft.save()
    return draft


@transaction.atomic
def assign_number(draft: ReportDraft) -> ReportDraft:
    """Give the draft the next number of its issuing body, type and numbering period (from 01); a draft that
    has one keeps it. The counter row is locked, so two clerks never get the same number."""
    draft = ReportDraft.objects.select_for_update().select_related("resolution__term").get(pk=draft.pk)
    if draft.number is not None:
        return draft
    key = {
        "locality_id": draft.resolution.locality_id,
        "body": draft.body,
        "series": number_series(draft),
        "document_type": REPORT_TYPE,
    }
    DocumentNumber.objects.get_or_create(**key)
    counter = DocumentNumber.objects.select_for_update().get(**key)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    draft.number = counter.last_number
    draft.save(update_fields=["number"])
    return draft


def request_file(draft: ReportDraft, file_format: str, user: AbstractBaseUser) -> GeneratedFile:
    """Queue the export; the background task fills the file and its progress."""
    generated = GeneratedFile.objects.create(draft=draft, format=file_format, requested_by=user)
    transaction.on_commit(lambda: render_file.enqueue(generated.pk))
    return generated
