"""Time signing a 10-page review report: PAdES B-B with the demo PKCS#12 key and with a key in a SoftHSM2 token.

    .venv/bin/python bench/sign.py

The report is a Word document of ten A4 pages in Times New Roman 14 turned into a PDF by LibreOffice (once, not
timed); each signing reads it, finds the signer's name with poppler, draws the block in Liberation Serif, hashes
and signs. Goal: 2 s.
"""

import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from io import BytesIO
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
REPETITIONS = 7
GOAL_SECONDS = 2.0
SIGNER = "Nguyễn Văn Hùng"
PARAGRAPH = (
    "Năm 2023, tổng giá trị sản xuất trên địa bàn huyện ước đạt 12.950 tỷ đồng, tăng 11,06% so với cùng kỳ; "
    "thu nhập bình quân đầu người đạt 52,5 triệu đồng, đạt 87,5% chỉ tiêu nghị quyết; 12/13 xã đạt chuẩn nông "
    "thôn mới, đạt 92,3%. "
)


def report_pdf() -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    from chitieu.documents.pdf import docx_to_pdf

    document = Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(14)
    for page in range(10):
        document.add_heading(f"{page + 1}. Kết quả thực hiện các chỉ tiêu", level=2)
        for _ in range(3):
            document.add_paragraph(PARAGRAPH * 2)
        if page < 9:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "", SIGNER):
        document.add_paragraph(line)
    out = BytesIO()
    document.save(out)
    return docx_to_pdf(out.getvalue())


def median_seconds(action) -> float:
    times = []
    for _ in range(REPETITIONS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    import django

    django.setup()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers

    from chitieu.documents.signed.keys import is_demo
    from chitieu.documents.signed.signing import Block, sign_pdf
    from chitieu.documents.signed.tests import support

    pdf = report_pdf()
    pages = int(PdfFileReader(BytesIO(pdf)).root["/Pages"]["/Count"])
    print(f"báo cáo: {pages} trang, {len(pdf) // 1024} KB")
    with tempfile.TemporaryDirectory(prefix="chitieu-sign-") as directory:
        from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12

        from chitieu.documents.signed.certificates import issue, make_authority, new_key

        authority = make_authority("CA thử nghiệm chitieu")
        key = new_key()
        certificate = issue(authority, key.public_key(), SIGNER, "Huyện ủy Phú Lương")
        p12 = Path(directory) / "demo.p12"
        p12.write_bytes(pkcs12.serialize_key_and_certificates(b"k", key, certificate, None, NoEncryption()))
        signer = signers.SimpleSigner.load_pkcs12(str(p12))
        results = {"PKCS#12": median_seconds(lambda: _sign(pdf, signer, Block, sign_pdf, is_demo))}
        if support.softhsm_available():
            from pyhanko.config.pkcs11 import TokenCriteria
            from pyhanko.sign import pkcs11

            token = support.make_token(Path(directory))
            session = pkcs11.open_pkcs11_session(
                token.module, token_criteria=TokenCriteria(label=token.label), user_pin=token.pin
            )
            try:
                in_token = pkcs11.PKCS11Signer(session, key_label=token.key_label, cert_label=token.key_label)
                results["SoftHSM2 (PKCS#11)"] = median_seconds(
                    lambda: _sign(pdf, in_token, Block, sign_pdf, is_demo)
                )
            finally:
                session.close()
    for name, seconds in results.items():
        print(
            f"ký {pages} trang, {name}, PAdES B-B: {seconds:.2f} s (trung vị của {REPETITIONS}; mục tiêu ≤ 2 s)"
        )
    names = {"PKCS#12": "sign_10_pages_pkcs12", "SoftHSM2 (PKCS#11)": "sign_10_pages_pkcs11"}
    print("BENCH " + "; ".join(f"{names[name]}={seconds:.2f} s" for name, seconds in results.items()))
    return 0 if all(seconds <= GOAL_SECONDS for seconds in results.values()) else 1


def _sign(pdf, signer, block_type, sign_pdf, is_demo) -> bytes:
    block = block_type("T/M BAN THƯỜNG VỤ", "BÍ THƯ", SIGNER, datetime.now(), is_demo(signer))
    return sign_pdf(pdf, signer, block, reason="Ký báo cáo", keywords=("chitieu-report:bench",))


if __name__ == "__main__":
    sys.exit(main())
