"""The local CA: a certificate authority made once in the secrets folder, and the broker's certificate.

Clients verify the broker against `ca.pem` (LOGWARDEN_KAFKA_CA_FILE); the broker presents
`broker.pem` with its key `broker-key.pem` (PEM, which Kafka reads directly). The CA is made
once and kept, since its `ca.pem` is what analysts were handed; the broker certificate is
issued again from it whenever it is missing, near its end, or does not name the broker's
host. It always names the loopback address and `localhost`, so the tests' TCP proxy on
127.0.0.1 verifies too. Keys are written readable by their owner only.
"""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from pipeline.settings import write_secret_file

VALID_DAYS = 825
RENEW_BEFORE = datetime.timedelta(days=30)
_PEM = serialization.Encoding.PEM


@dataclass(frozen=True)
class LocalCA:
    ca: Path
    broker_chain: Path
    broker_key: Path


def ensure_local_ca(folder: Path, host: str) -> LocalCA:
    """The CA (made once) and a broker certificate for `host` that is valid now; idempotent."""
    found = LocalCA(folder / "ca.pem", folder / "broker.pem", folder / "broker-key.pem")
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    ca_cert, ca_key = _load_or_make_ca(folder)
    if not _broker_cert_fits(found.broker_chain, found.broker_key, host):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = _sign(_builder(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "logwarden local broker")]),
                              ca_cert.subject, key)
                     .add_extension(x509.SubjectAlternativeName(_names(host)), critical=False)
                     .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False),
                     ca_key)
        write_secret_file(found.broker_key, key.private_bytes(_PEM, serialization.PrivateFormat.PKCS8,
                                                              serialization.NoEncryption()))
        found.broker_chain.write_bytes(cert.public_bytes(_PEM) + ca_cert.public_bytes(_PEM))
    return found


def _load_or_make_ca(folder: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    cert_path, key_path = folder / "ca.pem", folder / "ca-key.pem"
    if cert_path.exists() and key_path.exists():
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return x509.load_pem_x509_certificate(cert_path.read_bytes()), key
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "logwarden local CA")])
    usage = x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          encipher_only=False, decipher_only=False)
    cert = _sign(_builder(name, name, key).add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                 .add_extension(usage, critical=True), key)
    write_secret_file(
        key_path, key.private_bytes(_PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    cert_path.write_bytes(cert.public_bytes(_PEM))
    return cert, key


def _builder(subject: x509.Name, issuer: x509.Name, key: ec.EllipticCurvePrivateKey) -> x509.CertificateBuilder:
    now = datetime.datetime.now(datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=VALID_DAYS))
    )


def _sign(builder: x509.CertificateBuilder, ca_key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    return builder.sign(ca_key, hashes.SHA256())


def _names(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    try:
        names.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        names.append(x509.DNSName(host))
    return list(dict.fromkeys(names))


def _broker_cert_fits(chain: Path, key: Path, host: str) -> bool:
    if not (chain.exists() and key.exists()):
        return False
    cert = x509.load_pem_x509_certificate(chain.read_bytes())  # the first certificate: the broker's own
    if cert.not_valid_after_utc - datetime.datetime.now(datetime.UTC) < RENEW_BEFORE:
        return False
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return all(name in names for name in _names(host))
