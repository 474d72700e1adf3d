"""A real PKCS#11 token (SoftHSM2) holding a key and certificate made here under a throwaway CA, and a local
RFC 3161 time-stamp authority on the loopback: what the signing tests sign and stamp with."""

import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from chitieu.documents.signed.certificates import Authority, issue, make_authority, new_key

SOFTHSM_MODULE = Path("/usr/lib/softhsm/libsofthsm2.so")
TOKEN_LABEL = "chitieu-test"
KEY_LABEL = "ky-bao-cao"
PIN = "123456"


@dataclass
class Token:
    module: str
    label: str
    key_label: str
    pin: str
    authority: Authority
    certificate_pem: bytes


def softhsm_available() -> bool:
    return SOFTHSM_MODULE.exists() and shutil.which("softhsm2-util") is not None


_made: dict[str, Token] = {}


def make_token(folder: Path, signer_name: str = "Nguyễn Văn Hùng") -> Token:
    """A SoftHSM2 token in `folder`: the key pair is generated inside the token, its certificate issued by a
    throwaway CA and stored beside it. Skips when SoftHSM2 is missing.

    One per test process: SoftHSM reads SOFTHSM2_CONF once, when the library is first initialised."""
    if not softhsm_available():
        pytest.skip("SoftHSM2 is not installed (apt-get install softhsm2); .ci/run installs it.")
    if signer_name in _made:
        return _made[signer_name]
    if _made:
        raise RuntimeError("one SoftHSM token per test process")
    import pkcs11
    from pkcs11 import Attribute, KeyType, ObjectClass
    from pkcs11.util.rsa import encode_rsa_public_key

    tokens = folder / "tokens"
    tokens.mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            TOKEN_LABEL,
            "--so-pin",
            "654321",
            "--pin",
            PIN,
        ],
        check=True,
        capture_output=True,
    )
    authority = make_authority("CA thử nghiệm của bộ kiểm thử", "chitieu kiểm thử")
    lib = pkcs11.lib(str(SOFTHSM_MODULE))
    token = lib.get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=PIN) as session:
        public, _private = session.generate_keypair(
            KeyType.RSA, 2048, label=KEY_LABEL, id=b"\x01", store=True
        )
        public_key = serialization.load_der_public_key(encode_rsa_public_key(public))
        assert isinstance(public_key, rsa.RSAPublicKey)
        certificate = issue(authority, public_key, signer_name, "Huyện ủy Phú Lương")
        der = certificate.public_bytes(serialization.Encoding.DER)
        parsed = asn1_x509.Certificate.load(der)
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.LABEL: KEY_LABEL,
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: parsed.subject.dump(),
                Attribute.VALUE: der,
            }
        )
    _made[signer_name] = Token(
        str(SOFTHSM_MODULE),
        TOKEN_LABEL,
        KEY_LABEL,
        PIN,
        authority,
        certificate.public_bytes(serialization.Encoding.PEM),
    )
    return _made[signer_name]


def use_token(settings, token: Token) -> None:
    settings.CHITIEU_SIGNING_PKCS11_MODULE = token.module
    settings.CHITIEU_SIGNING_TOKEN_LABEL = token.label
    settings.CHITIEU_SIGNING_KEY_LABEL = token.key_label
    settings.CHITIEU_SIGNING_PIN = token.pin


def write_trust(folder: Path, *authorities: Authority) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index, authority in enumerate(authorities):
        pem = authority.certificate.public_bytes(serialization.Encoding.PEM)
        (folder / f"ca-{index}.pem").write_bytes(pem)
    return folder


class _Handler(BaseHTTPRequestHandler):
    stamper = None

    def do_POST(self) -> None:  # noqa: N802 (the name http.server calls)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        request = tsp.TimeStampReq.load(body)
        response = self.stamper.request_tsa_response(request)
        data = response.dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def time_stamp_authority():
    """An RFC 3161 responder on 127.0.0.1 (pyHanko's DummyTimeStamper behind http.server); yields (url, CA)."""
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    authority = make_authority("CA dấu thời gian thử nghiệm", "chitieu kiểm thử")
    key = new_key()
    certificate = issue(authority, key.public_key(), "TSA thử nghiệm", "chitieu kiểm thử", timestamping=True)
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
    )
    handler = type("Handler", (_Handler,), {"stamper": stamper})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/", authority
    server.shutdown()
    server.server_close()


def text_pdf(pages: list[list[str]]) -> bytes:
    """A plain A4 PDF with Helvetica lines (ASCII), one list of lines per page: what the tests sign."""
    from io import BytesIO

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.writer import PdfFileWriter

    writer = PdfFileWriter()
    font = writer.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Font"),
                generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
            }
        )
    )
    for lines in pages:
        ops = ["BT", "/F1 12 Tf", "14 TL", "72 770 Td"]
        ops += [f"({line.replace('(', '').replace(')', '')}) Tj T*" for line in lines]
        ops.append("ET")
        stream = writer.add_object(generic.StreamObject(stream_data="\n".join(ops).encode("latin-1")))
        writer.insert_page(
            generic.DictionaryObject(
                {
                    generic.NameObject("/Type"): generic.NameObject("/Page"),
                    generic.NameObject("/MediaBox"): generic.ArrayObject(
                        [generic.NumberObject(n) for n in (0, 0, 595, 842)]
                    ),
                    generic.NameObject("/Contents"): stream,
                    generic.NameObject("/Resources"): generic.DictionaryObject(
                        {
                            generic.NameObject("/Font"): generic.DictionaryObject(
                                {generic.NameObject("/F1"): font}
                            )
                        }
                    ),
                }
            )
        )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
