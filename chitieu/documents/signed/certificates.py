"""Certificates made here: a throwaway CA and a signer's certificate, for the demo key and for the tests."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# Printed in the demo certificate's subject and on every page it signs: a demo signature proves nothing.
DEMO_MARK = "CHỨNG THƯ THỬ NGHIỆM — không có giá trị pháp lý"
CRL_URL = "http://ca.chitieu.invalid/crl"


@dataclass
class Authority:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate


def _name(common_name: str, organisation: str, unit: str = "") -> x509.Name:
    parts = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
    ]
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(parts)


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_authority(common_name: str, organisation: str = "chitieu", *, unit: str = DEMO_MARK) -> Authority:
    key = new_key()
    name = _name(common_name, organisation, unit)
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Authority(key, certificate)


def issue(
    authority: Authority,
    public_key: CertificateIssuerPublicKeyTypes,
    common_name: str,
    organisation: str,
    *,
    unit: str = DEMO_MARK,
    days: int = 1095,
    timestamping: bool = False,
) -> x509.Certificate:
    """A certificate for a document signer (or, with `timestamping`, a time-stamp authority)."""
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, organisation, unit))
        .issuer_name(authority.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=not timestamping,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(authority.key.public_key()), critical=False
        )
    )
    # Declared so that a validator checks a CRL it is given (it checks only what a certificate declares); the
    # address is never fetched: chitieu reads CRLs from its trust folder.
    builder = builder.add_extension(
        x509.CRLDistributionPoints(
            [x509.DistributionPoint([x509.UniformResourceIdentifier(CRL_URL)], None, None, None)]
        ),
        critical=False,
    )
    if timestamping:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    return builder.sign(authority.key, hashes.SHA256())


def revocation_list(authority: Authority, revoked: list[x509.Certificate]) -> x509.CertificateRevocationList:
    """A CRL of `authority` naming the revoked certificates (the tests revoke one to see it refused)."""
    now = datetime.now(UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(authority.certificate.subject)
        .last_update(now - timedelta(minutes=5))
        .next_update(now + timedelta(days=30))
    )
    for certificate in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(certificate.serial_number)
            .revocation_date(now - timedelta(minutes=1))
            .build()
        )
    return builder.sign(authority.key, hashes.SHA256())
