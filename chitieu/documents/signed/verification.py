"""A signed PDF checked: the signature, the chain to the trust list, revocation where a CRL is given, whether the
document changed after signing; each problem said in plain Vietnamese."""

import logging
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from pathlib import Path

from asn1crypto import crl as asn1_crl
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from django.conf import settings
from django.utils import timezone
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from chitieu.documents.signed.certificates import DEMO_MARK

logger = logging.getLogger(__name__)
REPORT_KEY = "chitieu-report:"
FINGERPRINT_KEY = "chitieu-fingerprint:"


@dataclass
class Verdict:
    """What a verifier learns from a signed PDF: valid or not, and why, with who signed it and when."""

    problems: list[str] = field(default_factory=list)
    signer: str = ""
    organisation: str = ""
    certificate_sha256: str = ""
    signed_at: datetime | None = None
    timestamped: bool = False
    demo: bool = False
    report_key: str = ""
    fingerprint: str = ""

    @property
    def valid(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One paragraph in plain Vietnamese, as the inbox and the command show it."""
        if not self.signer and self.problems:
            return "Không hợp lệ: " + "; ".join(self.problems) + "."
        who = self.signer + (f" ({self.organisation})" if self.organisation else "")
        when = f" lúc {self.signed_at:%H:%M %d/%m/%Y}" if self.signed_at else ""
        stamp = ", có dấu thời gian" if self.timestamped else ""
        head = f"Ký bởi {who}{when}{stamp}."
        if self.demo:
            head += f" {DEMO_MARK}."
        if self.valid:
            return f"Chữ ký hợp lệ. {head} Tài liệu không bị sửa sau khi ký."
        return f"Không hợp lệ: {'; '.join(self.problems)}. {head}"


def _certificates(folder: Path) -> list[asn1_x509.Certificate]:
    found = []
    for path in sorted(folder.glob("*")):
        if path.suffix.lower() not in {".pem", ".crt", ".cer", ".der"}:
            continue
        data = path.read_bytes()
        if pem.detect(data):
            found += [asn1_x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
        else:
            found.append(asn1_x509.Certificate.load(data))
    return found


def _revocation_lists(folder: Path) -> list[asn1_crl.CertificateList]:
    lists = []
    for path in sorted(folder.glob("*.crl")):
        data = path.read_bytes()
        if pem.detect(data):
            data = pem.unarmor(data)[2]
        lists.append(asn1_crl.CertificateList.load(data))
    return lists


def validation_context() -> ValidationContext:
    """The trust list (the CA certificates in CHITIEU_TRUST_DIR) and the CRLs beside them (*.crl): a CA that has
    a CRL there is checked against it, one without is taken as not revoked; nothing is fetched."""
    folder = Path(settings.CHITIEU_TRUST_DIR)
    roots = _certificates(folder) if folder.is_dir() else []
    crls = _revocation_lists(folder) if folder.is_dir() else []
    return ValidationContext(trust_roots=roots, crls=crls, allow_fetching=False, revocation_mode="soft-fail")


def _keywords(reader: PdfFileReader) -> list[str]:
    info = reader.trailer_view.get("/Info")
    if info is None:
        return []
    raw = info.get_object().get("/Keywords")
    return [word.strip() for word in str(raw or "").replace(";", ",").split(",") if word.strip()]


def verify_pdf(data: bytes) -> Verdict:
    """The verdict on the last signature of a PDF (the one that covers the most)."""
    verdict = Verdict()
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        logger.info("unreadable PDF: %r", exc)
        verdict.problems.append("tệp không phải PDF đọc được")
        return verdict
    if not signatures:
        verdict.problems.append("tệp không có chữ ký số")
        return verdict
    signature = signatures[-1]
    for word in _keywords(reader):
        if word.startswith(REPORT_KEY):
            verdict.report_key = word.removeprefix(REPORT_KEY)
        elif word.startswith(FINGERPRINT_KEY):
            verdict.fingerprint = word.removeprefix(FINGERPRINT_KEY)
    try:
        status = validate_pdf_signature(signature, signer_validation_context=validation_context())
    except Exception as exc:  # a damaged signature can fail anywhere in asn1crypto or pyHanko
        logger.info("signature not validated: %r", exc)
        verdict.problems.append("chữ ký số hỏng, không kiểm tra được")
        return verdict
    certificate = status.signing_cert
    subject = certificate.subject.native
    verdict.signer = subject.get("common_name", "")
    verdict.organisation = subject.get("organization_name", "")
    verdict.demo = DEMO_MARK in certificate.subject.human_friendly
    verdict.certificate_sha256 = certificate.sha256.hex()
    if status.timestamp_validity is not None:
        verdict.timestamped = True
        verdict.signed_at = status.timestamp_validity.timestamp
    else:
        verdict.signed_at = status.signer_reported_dt
    if verdict.signed_at is not None:
        verdict.signed_at = timezone.localtime(verdict.signed_at)
    if not status.intact or not status.valid:
        # A broken signature says nothing of its certificate: pyHanko stops before judging the chain.
        verdict.problems.append("nội dung tệp đã bị sửa sau khi ký (chữ ký không khớp với nội dung)")
        return verdict
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        verdict.problems.append("tệp đã bị thêm hoặc sửa phần sau khi ký")
    if status.revoked:
        verdict.problems.append("chứng thư số của người ký đã bị thu hồi")
    elif not status.trusted:
        verdict.problems.append("chứng thư số không thuộc danh sách tổ chức cấp chứng thư được tin cậy")
    if status.timestamp_validity is not None and not status.timestamp_validity.intact:
        verdict.problems.append("dấu thời gian không hợp lệ")
    return verdict
