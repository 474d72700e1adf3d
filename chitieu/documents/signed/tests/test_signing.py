"""Signing a review report with a key in a real PKCS#11 token (SoftHSM2): PAdES B-B, B-T with a local time-stamp
authority, checked by pyHanko's validator and by poppler's pdfsig; a byte changed in the file is refused."""

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from pypdf import PdfReader

from chitieu.documents.signed import services
from chitieu.documents.signed.models import SignedReport, SignerCertificate
from chitieu.documents.signed.verification import verify_pdf
from chitieu.results.models import PeriodLock

pytestmark = pytest.mark.django_db


def pdfsig(path: Path) -> str:
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig is not installed (apt-get install poppler-utils); .ci/run installs it.")
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def test_the_signer_signs_the_report_with_the_token_and_pyhanko_finds_it_valid(office, token):
    signed = services.sign_report(office.draft, office.signer)
    content = services.file_bytes(signed)
    verdict = verify_pdf(content)
    assert verdict.valid, verdict.problems
    assert verdict.signer == "Nguyễn Văn Hùng"
    assert verdict.organisation == "Huyện ủy Phú Lương"
    assert verdict.report_key == str(signed.key)
    assert verdict.fingerprint == signed.fingerprint and len(signed.fingerprint) == 64
    assert not verdict.timestamped
    assert SignerCertificate.objects.filter(user=office.signer, sha256=signed.certificate_sha256).exists()
    assert (signed.signer_name, signed.signer_title, signed.state) == ("Nguyễn Văn Hùng", "BÍ THƯ", "unsent")


def test_pdfsig_finds_the_signature_valid_and_the_whole_document_signed(office, token, tmp_path):
    signed = services.sign_report(office.draft, office.signer)
    path = tmp_path / "da-ky.pdf"
    path.write_bytes(services.file_bytes(signed))
    report = pdfsig(path)
    assert "Signature is Valid." in report
    assert "Total document signed" in report
    assert "Nguyễn Văn Hùng" in report
    assert "ETSI.CAdES.detached" in report  # PAdES


def test_the_signature_block_is_on_the_page_with_name_title_time_and_the_demo_mark(office, token):
    signed = services.sign_report(office.draft, office.signer)
    reader = PdfReader(signed.file.open("rb"))
    widget = next(
        annotation.get_object()
        for annotation in reader.pages[-1]["/Annots"]
        if annotation.get_object().get("/FT") == "/Sig"
    )
    rect = [float(n) for n in widget["/Rect"]]
    assert rect[2] - rect[0] > 100 and rect[3] - rect[1] > 50  # visible, not a zero-size field
    stream = widget["/AP"]["/N"].get_object()
    assert stream.get_data()  # an appearance stream is drawn
    # The text is set in an embedded subset of Liberation Serif: every line must have come through the font.
    fonts = str(stream["/Resources"])
    assert "Font" in fonts


def test_a_time_stamp_authority_makes_it_pades_b_t(office, token, settings, time_stamp_authority, tmp_path):
    url, tsa_ca = time_stamp_authority
    settings.CHITIEU_TSA_URL = url
    (Path(settings.CHITIEU_TRUST_DIR) / "tsa.pem").write_bytes(
        tsa_ca.certificate.public_bytes(serialization.Encoding.PEM)
    )
    signed = services.sign_report(office.draft, office.signer)
    content = services.file_bytes(signed)
    verdict = verify_pdf(content)
    assert verdict.valid, verdict.problems
    assert verdict.timestamped and signed.timestamped
    path = tmp_path / "b-t.pdf"
    path.write_bytes(content)
    assert "Signature is Valid." in pdfsig(path)


def test_one_byte_changed_in_the_signed_file_is_refused_with_its_reason(office, token, tmp_path):
    signed = services.sign_report(office.draft, office.signer)
    content = bytearray(services.file_bytes(signed))
    spot = content.index(b"Trang 1")
    content[spot] = ord("X")
    verdict = verify_pdf(bytes(content))
    assert not verdict.valid
    assert verdict.problems == ["nội dung tệp đã bị sửa sau khi ký (chữ ký không khớp với nội dung)"]
    path = tmp_path / "sua.pdf"
    path.write_bytes(bytes(content))
    assert "Signature is Invalid." in pdfsig(path) or "Signature is Valid." not in pdfsig(path)


def test_a_certificate_outside_the_trust_list_is_refused(office, token, settings, tmp_path):
    signed = services.sign_report(office.draft, office.signer)
    settings.CHITIEU_TRUST_DIR = str(tmp_path / "empty")
    verdict = verify_pdf(services.file_bytes(signed))
    assert verdict.problems == ["chứng thư số không thuộc danh sách tổ chức cấp chứng thư được tin cậy"]


def test_a_revoked_certificate_is_refused_where_a_crl_is_given(office, token, settings):
    from chitieu.documents.signed.certificates import revocation_list

    signed = services.sign_report(office.draft, office.signer)
    from cryptography import x509

    certificate = x509.load_pem_x509_certificate(token.certificate_pem)
    crl = revocation_list(token.authority, [certificate])
    (Path(settings.CHITIEU_TRUST_DIR) / "ca-0.crl").write_bytes(crl.public_bytes(serialization.Encoding.DER))
    verdict = verify_pdf(services.file_bytes(signed))
    assert "chứng thư số của người ký đã bị thu hồi" in verdict.problems


def test_an_unnumbered_report_or_one_without_a_fresh_pdf_is_not_signed(office, token):
    from chitieu.documents.models import ReportDraft

    ReportDraft.objects.filter(pk=office.draft.pk).update(number=None)
    with pytest.raises(services.SigningRefused, match="chưa có số văn bản"):
        services.sign_report(office.draft, office.signer)
    ReportDraft.objects.filter(pk=office.draft.pk).update(number=1)
    office.draft.files.all().delete()
    with pytest.raises(services.SigningRefused, match="Chưa có bản PDF"):
        services.sign_report(office.draft, office.signer)
    assert not SignedReport.objects.exists() and not PeriodLock.objects.exists()


def test_the_block_sits_above_the_signers_name_where_the_pdf_prints_it(token):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils); .ci/run installs it.")
    from datetime import datetime

    from chitieu.documents.signed import keys
    from chitieu.documents.signed.signing import Block, sign_pdf
    from chitieu.documents.signed.tests.support import text_pdf

    pdf = text_pdf([["BAO CAO"], ["T/M BAN THUONG VU", "BI THU", "", "", "", "", "", "", "Nguyen Van Hung"]])
    with keys.open_signer() as signer:
        block = Block("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyen Van Hung", datetime.now(), False)
        content = sign_pdf(pdf, signer, block, reason="Ký báo cáo")
    reader = PdfReader(BytesIO(content))
    assert "/Annots" not in reader.pages[0]
    widget = reader.pages[1]["/Annots"][0].get_object()
    left, bottom, right, top = (float(n) for n in widget["/Rect"])
    name_top = 770 - 8 * 14 + 12  # the ninth line of the page, Helvetica 12 on a 14-point leading
    assert abs(bottom - name_top) < 6
    assert left < 72 + 45 < right  # centred over the name
