"""The local CA: a certificate authority made once in the state folder, and the broker's certificate.

Clients verify the broker against `ca.pem` (LOGWARDEN_KAFKA_CA_FILE); the broker presents
`broker.pem` with its key `broker-key.pem` (PEM keystores, which Kafka reads directly). The
broker certificate names the loopback address and `localhost`, so the tests' TCP proxy on
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
from cryptography.x509.oid import NameOID

from pipeline.settings import write_secret_file


@dataclass(frozen=True)
class LocalCA:
    ca: Path
    broker_chain: Path
    broker_key: Path


def ensure_local_ca(folder: Path, host: str) -> LocalCA:
    """Make the CA and the broker certificate for `host` once; later calls return the same files."""
    found = LocalCA(folder / "ca.pem", folder / "broker.pem", folder / "broker-key.pem")
    if all(p.exists() for p in (found.ca, found.broker_chain, found.broker_key)):
        return found
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "logwarden local CA")])
    ca_cert = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
               .not_valid_after(now + datetime.timedelta(days=825))
               .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                            content_commitment=False, key_encipherment=False, data_encipherment=False,
                                            key_agreement=False, encipher_only=False, decipher_only=False),
                              critical=True)
               .sign(ca_key, hashes.SHA256()))
    broker_key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    try:
        names.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        names.append(x509.DNSName(host))
    broker_cert = (x509.CertificateBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "logwarden local broker")]))
                   .issuer_name(ca_name).public_key(broker_key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(minutes=5))
                   .not_valid_after(now + datetime.timedelta(days=825))
                   .add_extension(x509.SubjectAlternativeName(list(dict.fromkeys(names))), critical=False)
                   .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
                   .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    found.ca.write_bytes(ca_cert.public_bytes(pem))
    found.broker_chain.write_bytes(broker_cert.public_bytes(pem) + ca_cert.public_bytes(pem))
    write_secret_file(found.broker_key, broker_key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                              serialization.NoEncryption()))
    write_secret_file(folder / "ca-key.pem", ca_key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                                serialization.NoEncryption()))
    return found
