"""chitieu make-demo-certificate: a demo CA and a PKCS#12 signing key under var/signing/, marked as a demo."""

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from django.conf import settings
from django.core.management.base import BaseCommand

from chitieu.documents.signed.certificates import DEMO_MARK, issue, make_authority, new_key


class Command(BaseCommand):
    help = "Tạo chứng thư số thử nghiệm (không có giá trị pháp lý) để ký báo cáo trong bản demo."

    def add_arguments(self, parser):
        parser.add_argument("--name", default="Văn phòng chitieu (demo)", help="Tên trong chứng thư")
        parser.add_argument("--force", action="store_true", help="Tạo lại dù đã có")

    def handle(self, *args, name: str, force: bool, **options):
        target = Path(settings.CHITIEU_SIGNING_PKCS12)
        if target.exists() and not force:
            self.stdout.write(f"Đã có {target} (dùng --force để tạo lại).")
            return
        authority = make_authority("CA thử nghiệm chitieu")
        key = new_key()
        certificate = issue(authority, key.public_key(), name, "chitieu")
        passphrase = settings.CHITIEU_SIGNING_PKCS12_PASSPHRASE.encode()
        encryption = (
            serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(
            pkcs12.serialize_key_and_certificates(
                b"chitieu-demo", key, certificate, [authority.certificate], encryption
            )
        )
        target.chmod(0o600)
        trust = Path(settings.CHITIEU_TRUST_DIR)
        trust.mkdir(parents=True, exist_ok=True)
        (trust / "chitieu-demo-ca.pem").write_bytes(
            authority.certificate.public_bytes(serialization.Encoding.PEM)
        )
        self.stdout.write(f"Đã tạo {target} và {trust / 'chitieu-demo-ca.pem'}: {DEMO_MARK}.")
