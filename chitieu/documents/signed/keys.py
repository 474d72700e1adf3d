"""The office's signing key: in a PKCS#11 token when one is configured, else the demo PKCS#12 file under var/."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.sign import pkcs11, signers

from chitieu.documents.signed.certificates import DEMO_MARK


class KeyUnavailable(RuntimeError):
    """No key to sign with, or the token refused it; the message is for the office."""


def uses_token() -> bool:
    return bool(settings.CHITIEU_SIGNING_PKCS11_MODULE)


@contextmanager
def open_signer() -> Iterator[signers.Signer]:
    """The configured signer, its token session closed afterwards."""
    if uses_token():
        try:
            session = pkcs11.open_pkcs11_session(
                settings.CHITIEU_SIGNING_PKCS11_MODULE,
                token_criteria=TokenCriteria(label=settings.CHITIEU_SIGNING_TOKEN_LABEL),
                user_pin=settings.CHITIEU_SIGNING_PIN,
            )
        except (
            Exception
        ) as exc:  # python-pkcs11 raises a dozen kinds: the token is absent, locked, or the PIN wrong
            raise KeyUnavailable(f"Không mở được thiết bị ký số (PKCS#11): {exc!r}") from exc
        try:
            yield pkcs11.PKCS11Signer(
                session,
                key_label=settings.CHITIEU_SIGNING_KEY_LABEL,
                cert_label=settings.CHITIEU_SIGNING_KEY_LABEL,
            )
        finally:
            session.close()
        return
    path = Path(settings.CHITIEU_SIGNING_PKCS12)
    if not path.exists():
        raise KeyUnavailable(
            "Chưa có khóa ký số: cấu hình thiết bị ký số (CHITIEU_SIGNING_PKCS11_MODULE) "
            "hoặc chạy 'chitieu make-demo-certificate' để tạo chứng thư thử nghiệm."
        )
    passphrase = settings.CHITIEU_SIGNING_PKCS12_PASSPHRASE.encode() or None
    signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=passphrase)
    if signer is None:
        raise KeyUnavailable("Không đọc được tệp khóa PKCS#12 (sai mật khẩu hoặc tệp hỏng).")
    yield signer


def is_demo(signer: signers.Signer) -> bool:
    """Whether the signer's certificate is a demo one (its subject carries the demo mark)."""
    certificate = signer.signing_cert
    return certificate is not None and DEMO_MARK in certificate.subject.human_friendly
