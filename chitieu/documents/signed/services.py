"""Named actions on signed reports, each atomic and recorded: sign, send up, receive, return, reopen, take in a
file signed elsewhere; and the check of a signed file against chitieu's figures."""

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from chitieu.accounts.models import Membership
from chitieu.documents.issuers import draft_issuer
from chitieu.documents.models import GeneratedFile, ReportDraft
from chitieu.documents.report import annex_for, file_name, number_text
from chitieu.documents.signed import fingerprint, keys
from chitieu.documents.signed.access import signer_allowed
from chitieu.documents.signed.models import SignedReport, SignerCertificate
from chitieu.documents.signed.signing import Block, sign_pdf
from chitieu.documents.signed.verification import FINGERPRINT_KEY, REPORT_KEY, Verdict, verify_pdf
from chitieu.localities.models import Locality
from chitieu.localities.queries import subtree_ids
from chitieu.plans.models import Target
from chitieu.results.door.freezes import freeze_figures, frozen_locks, reopen_frozen
from chitieu.results.models import Observation, ReportingPeriod

State = SignedReport.State


class SigningRefused(ValueError):
    """The report cannot be signed now; the message says why, for the office."""


def file_bytes(signed: SignedReport) -> bytes:
    with signed.file.open("rb") as handle:
        return handle.read()


def latest_pdf(draft: ReportDraft) -> GeneratedFile | None:
    return (
        draft.files.filter(format=GeneratedFile.Format.PDF, status="done")
        .exclude(file="")
        .order_by("-requested_at")
        .first()
    )


def _refusal(draft: ReportDraft, pdf: GeneratedFile | None) -> str:
    if draft.number is None:
        return "Báo cáo chưa có số văn bản: cấp số trước khi ký."
    if draft.awaiting_choice:
        return "Báo cáo đang chờ chọn bản nội dung: chọn xong rồi xuất PDF lại trước khi ký."
    if pdf is None:
        return "Chưa có bản PDF của báo cáo: xuất PDF trước khi ký."
    changed = max(filter(None, [draft.generated_at, draft.edited_at]))
    if pdf.requested_at < changed:
        return "Bản PDF cũ hơn nội dung báo cáo: xuất PDF lại trước khi ký."
    if figures_written_since(draft, pdf.requested_at):
        return "Số liệu đã thay đổi sau khi soạn báo cáo: soạn lại và xuất PDF lại trước khi ký."
    return ""


def figures_written_since(draft: ReportDraft, moment) -> bool:
    """Whether a figure the report may quote (its targets' indicators, at its unit or below, for periods ended
    by the date of the figures) was written after `moment`: the day a report knows its figures on is too coarse
    to tell a change made an hour after the PDF."""
    targets = Target.objects.filter(resolution=draft.resolution).exclude(indicator=None)
    indicators = set()
    for indicator, numerator, denominator in targets.values_list(
        "indicator_id", "indicator__numerator_id", "indicator__denominator_id"
    ):
        indicators.update(pk for pk in (indicator, numerator, denominator) if pk)
    unit = draft.resolution.locality
    return Observation.objects.filter(
        indicator_id__in=indicators,
        locality_id__in=[unit.pk, *subtree_ids(unit)],
        period_end__lte=draft.as_of,
        updated_at__gt=moment,
    ).exists()


def quoted_periods(draft: ReportDraft) -> list[ReportingPeriod]:
    """The reporting periods whose figures the report may quote: from the year before the term (the base of its
    growth rates) up to the date of the figures."""
    term = draft.resolution.term
    first = date(term.start_year - 1, 1, 1)
    return list(ReportingPeriod.objects.filter(start__gte=first, end__lte=draft.as_of))


def _title(user: AbstractBaseUser, fallback: str) -> str:
    """The title the signer's role carries ('Bí thư'), for a draft that names none."""
    membership = Membership.objects.filter(user=user, role=Membership.Role.SIGNER).exclude(title="").first()
    return membership.title if membership is not None else fallback


def sign_report(draft: ReportDraft, user: AbstractBaseUser) -> SignedReport:
    """Sign the latest PDF of the report, record its fingerprint and freeze the figures it quotes.

    Refused unless the report is numbered, its PDF is newer than its text, and today's figures are still those
    the PDF prints: sign nothing until the numbers are right."""
    with transaction.atomic():
        draft = (
            ReportDraft.objects.select_for_update()
            .select_related("resolution__locality", "resolution__term")
            .get(pk=draft.pk)
        )
        pdf = latest_pdf(draft)
        if reason := _refusal(draft, pdf):
            raise SigningRefused(reason)
        data = fingerprint.report_data(draft, annex_for(draft))
        now = fingerprint.report_data(draft, fingerprint.current_annex(draft))
        if changes := fingerprint.differences(data, now):
            raise SigningRefused(
                "Số liệu đã thay đổi sau khi soạn báo cáo: soạn lại và xuất PDF lại trước khi ký ("
                + "; ".join(changes[:3])
                + ")."
            )
        issuer = draft_issuer(draft)
        signed = SignedReport(draft=draft, locality=draft.resolution.locality, signed_by=user)
        digest = fingerprint.digest(data)
        moment = timezone.localtime()
        title = (draft.signer_title or _title(user, issuer.signer_title)).upper()
        name = draft.signer or user.get_full_name() or user.get_username()
        with keys.open_signer() as signer:
            block = Block(issuer.on_behalf, title, name, moment, keys.is_demo(signer))
            with pdf.file.open("rb") as handle:
                original = handle.read()
            content = sign_pdf(
                original,
                signer,
                block,
                reason=f"Ký Báo cáo số {number_text(draft, issuer)} của {issuer.title}",
                location=draft.place,
                keywords=(f"{REPORT_KEY}{signed.key}", f"{FINGERPRINT_KEY}{digest}"),
                tsa_url=settings.CHITIEU_TSA_URL,
            )
            certificate = signer.signing_cert
        signed.signer_name, signed.signer_title = name, title
        signed.certificate_subject = certificate.subject.human_friendly[:500]
        signed.certificate_sha256 = certificate.sha256.hex()
        signed.timestamped = bool(settings.CHITIEU_TSA_URL)
        signed.fingerprint, signed.snapshot = digest, data
        signed.signed_at = moment
        signed.file_sha256 = hashlib.sha256(content).hexdigest()
        signed.file.save(file_name(draft, "pdf").removesuffix(".pdf") + "-da-ky.pdf", ContentFile(content))
        SignerCertificate.objects.get_or_create(
            user=user, sha256=signed.certificate_sha256, defaults={"subject": signed.certificate_subject}
        )
        freeze_figures(
            str(signed.key),
            quoted_periods(draft),
            signed.locality,
            user,
            f"Số liệu được trích trong báo cáo đã ký số {number_text(draft, issuer)}",
        )
    return signed


def changes_since_signing(signed: SignedReport) -> list[str]:
    """The figures that differ today from those signed (empty when they still match, or for an uploaded file
    chitieu has no snapshot of)."""
    if signed.draft is None or not signed.snapshot:
        return []
    now = fingerprint.report_data(signed.draft, fingerprint.current_annex(signed.draft))
    return fingerprint.differences(signed.snapshot, now)


def is_frozen(signed: SignedReport) -> bool:
    return frozen_locks(str(signed.key)).exists()


def reopen(signed: SignedReport, user: AbstractBaseUser, reason: str) -> int:
    """Lift the freeze of the signed report's figures, with the reason (kept on the report and in the history)."""
    with transaction.atomic():
        lifted = reopen_frozen(str(signed.key), user, reason)
        signed.reopened_by, signed.reopened_at = user, timezone.now()
        signed.reopen_reason = " ".join(reason.split())
        signed.save(update_fields=["reopened_by", "reopened_at", "reopen_reason"])
    return lifted


@dataclass
class Check:
    """A signed file checked against chitieu: the signature's verdict, the report it names, and the figures."""

    verdict: Verdict
    report: SignedReport | None = None
    problems: list[str] = field(default_factory=list)  # the file's own problems and the unit's
    changes: list[str] = field(default_factory=list)  # figures changed since signing

    @property
    def valid(self) -> bool:
        return self.verdict.valid and not self.problems

    def summary(self, *, details: bool = True) -> str:
        """In plain Vietnamese; without `details`, changed figures are counted, not shown (today's figures may
        not be published yet: the public page shows them only to those who may see the unit)."""
        text = self.verdict.summary()
        if self.problems:
            text += " " + " ".join(f"{problem[:1].upper()}{problem[1:]}." for problem in self.problems)
        if self.report is not None and self.report.snapshot:
            if self.changes and details:
                text += " Số liệu đã thay đổi sau khi ký: " + "; ".join(self.changes) + "."
            elif self.changes:
                text += f" Số liệu đã thay đổi sau khi ký ({len(self.changes)} ô của phụ lục)."
            else:
                text += " Số liệu trong báo cáo vẫn khớp với số liệu của chitieu."
        return text


def check_file(content: bytes, unit: Locality | None = None) -> Check:
    """The verdict on a signed PDF, whether chitieu knows the report it names (its fingerprint unchanged), and
    whether its figures still match; with `unit`, also whether the signer may sign for that unit."""
    verdict = verify_pdf(content)
    check = Check(verdict)
    if verdict.report_key:
        check.report = (
            SignedReport.objects.select_related("draft__resolution__locality", "draft__resolution__term")
            .filter(key=_uuid_or_none(verdict.report_key), source=SignedReport.Source.SIGNED_HERE)
            .first()
        )
        if check.report is not None and check.report.fingerprint != verdict.fingerprint:
            check.problems.append("dấu số liệu trong tệp khác với dấu đã lưu khi ký")
        elif check.report is not None:
            check.changes = changes_since_signing(check.report)
    if (
        unit is not None
        and verdict.certificate_sha256
        and not signer_allowed(verdict.certificate_sha256, unit)
    ):
        check.problems.append(f"người ký không có quyền ký báo cáo của {unit}")
    return check


def _uuid_or_none(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def send_up(signed: SignedReport, user: AbstractBaseUser) -> SignedReport:
    """Send the signed report to the office of the unit above, checked on the way in."""
    with transaction.atomic():
        signed = SignedReport.objects.select_for_update().get(pk=signed.pk)
        if signed.state not in (State.UNSENT, State.RETURNED):
            raise SigningRefused("Báo cáo đã gửi rồi.")
        above = signed.locality.parent
        if above is None:
            raise SigningRefused("Đơn vị không có cấp trên để gửi báo cáo.")
        check = check_file(file_bytes(signed), signed.locality)
        signed.recipient = above
        signed.state, signed.sent_by, signed.sent_at = State.SENT, user, timezone.now()
        signed.verified_ok, signed.verification = check.valid, check.summary()
        signed.handled_by, signed.handled_at, signed.return_reason = None, None, ""
        signed.save()
    return signed


def receive(signed: SignedReport, user: AbstractBaseUser) -> SignedReport:
    with transaction.atomic():
        signed = SignedReport.objects.select_for_update().get(pk=signed.pk)
        if signed.state != State.SENT:
            raise SigningRefused("Chỉ nhận được báo cáo đã gửi đến.")
        if not signed.verified_ok:
            raise SigningRefused("Báo cáo không qua được kiểm tra chữ ký: trả lại, không nhận.")
        signed.state, signed.handled_by, signed.handled_at = State.RECEIVED, user, timezone.now()
        signed.save(update_fields=["state", "handled_by", "handled_at"])
    return signed


def return_report(signed: SignedReport, user: AbstractBaseUser, reason: str) -> SignedReport:
    reason = " ".join(reason.split())
    if not reason:
        raise SigningRefused("Cần ghi lý do trả lại.")
    with transaction.atomic():
        signed = SignedReport.objects.select_for_update().get(pk=signed.pk)
        if signed.state not in (State.SENT, State.RECEIVED):
            raise SigningRefused("Chỉ trả lại được báo cáo đã gửi đến.")
        signed.state, signed.handled_by, signed.handled_at = State.RETURNED, user, timezone.now()
        signed.return_reason = reason
        signed.save(update_fields=["state", "handled_by", "handled_at", "return_reason"])
    return signed


def take_in_upload(content: bytes, name: str, unit: Locality, user: AbstractBaseUser) -> SignedReport:
    """A signed PDF from a unit below, sent outside chitieu: verified and placed in the inbox as sent."""
    check = check_file(content, unit)
    verdict = check.verdict
    signed = SignedReport(
        locality=unit,
        recipient=unit.parent,
        source=SignedReport.Source.UPLOADED,
        file_sha256=hashlib.sha256(content).hexdigest(),
        fingerprint=verdict.fingerprint[:64],
        signer_name=verdict.signer[:200],
        certificate_sha256=verdict.certificate_sha256,
        signed_at=verdict.signed_at,
        timestamped=verdict.timestamped,
        state=State.SENT,
        sent_by=user,
        sent_at=timezone.now(),
        verified_ok=check.valid,
        verification=check.summary(),
    )
    with transaction.atomic():
        signed.file.save(name[-80:] or "bao-cao-da-ky.pdf", ContentFile(content))
    return signed
