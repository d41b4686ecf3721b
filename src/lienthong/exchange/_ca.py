"""The platform's own certificate authority for mutual TLS between agency systems.

``lienthong ca init`` makes a CA key and self-signed certificate; ``lienthong ca issue SYSTEM``
signs a client certificate whose Common Name is the system code (the identity the gateway
reads from the TLS connection) and registers its key, so the same key can also sign tokens.
Ed25519 by default (small, fast, deterministic); ECDSA P-256 for older TLS stacks.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from lienthong.errors import ConfigError, ConflictError
from lienthong.exchange._clients import key_fingerprint
from lienthong.exchange._model import check_code, utcnow
from lienthong.exchange._tokens import PrivateKey
from lienthong.secure_files import private_dir, write_private

KeyType = Literal["ed25519", "p256"]


def new_key(key_type: KeyType) -> PrivateKey:
    if key_type == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    return ec.generate_private_key(ec.SECP256R1())


def private_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_key(path: Path) -> PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"Cannot read the private key {path}: {exc}.") from exc
    if not isinstance(key, ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey):
        raise ConfigError(f"{path} is neither an Ed25519 nor an ECDSA key.")
    return key


def _hash_for(key: PrivateKey) -> hashes.SHA256 | None:
    return None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()


def _write_secret(path: Path, data: bytes) -> None:
    """0600 even when the file existed with a looser mode; missing folders 0700."""
    write_private(path, data)


@dataclass(frozen=True)
class Issued:
    """A certificate and its private key, as PEM, plus the key's fingerprint."""

    subject: str
    certificate_pem: str
    key_pem: str
    fingerprint: str

    def write(self, directory: Path) -> tuple[Path, Path]:
        """Write ``SUBJECT.crt`` and ``SUBJECT.key`` (mode 0600) into ``directory``."""
        private_dir(directory)
        cert_path = directory / f"{self.subject}.crt"
        key_path = directory / f"{self.subject}.key"
        cert_path.write_text(self.certificate_pem)
        _write_secret(key_path, self.key_pem.encode())
        return cert_path, key_path


class PlatformCA:
    """A CA key and certificate kept in one folder (``ca.key`` mode 0600, ``ca.crt``)."""

    def __init__(self, directory: Path, key: PrivateKey, certificate: x509.Certificate) -> None:
        self.directory = directory
        self._key = key
        self.certificate = certificate

    @property
    def cert_path(self) -> Path:
        return self.directory / "ca.crt"

    @classmethod
    def init(
        cls,
        directory: Path,
        *,
        name: str = "lienthong platform CA",
        key_type: KeyType = "ed25519",
        days: int = 3650,
    ) -> PlatformCA:
        """Create a new CA in ``directory``; refuses to overwrite an existing one."""
        if (directory / "ca.key").exists():
            raise ConflictError(
                f"A CA already exists in {directory}.",
                hint="Reuse it, or move it away first: re-creating it invalidates every cert.",
            )
        key = new_key(key_type)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = utcnow()
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=days))
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
            .sign(key, _hash_for(key))
        )
        _write_secret(directory / "ca.key", private_pem(key))
        (directory / "ca.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return cls(directory, key, cert)

    @classmethod
    def load(cls, directory: Path) -> PlatformCA:
        if not (directory / "ca.key").exists():
            raise ConfigError(
                f"No platform CA in {directory}.", hint="Create one with `lienthong ca init`."
            )
        key = load_private_key(directory / "ca.key")
        cert = x509.load_pem_x509_certificate((directory / "ca.crt").read_bytes())
        return cls(directory, key, cert)

    def issue_client(
        self, system: str, *, key_type: KeyType = "ed25519", days: int = 365
    ) -> Issued:
        """A client certificate with CN = ``system`` (what the gateway reads as identity)."""
        check_code(system, "The system code")
        return self._issue(system, [ExtendedKeyUsageOID.CLIENT_AUTH], [], key_type, days)

    def issue_server(
        self, hostnames: list[str], *, key_type: KeyType = "ed25519", days: int = 365
    ) -> Issued:
        """A server certificate for the gateway itself, valid for ``hostnames`` (names or IPs)."""
        names: list[x509.GeneralName] = []
        for host in hostnames:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        return self._issue(hostnames[0], [ExtendedKeyUsageOID.SERVER_AUTH], names, key_type, days)

    def _issue(
        self,
        subject: str,
        usages: list[x509.ObjectIdentifier],
        alt_names: list[x509.GeneralName],
        key_type: KeyType,
        days: int,
    ) -> Issued:
        key = new_key(key_type)
        now = utcnow()
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage(usages), critical=False)
        )
        if alt_names:
            builder = builder.add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        cert = builder.sign(self._key, _hash_for(self._key))
        return Issued(
            subject=subject,
            certificate_pem=cert.public_bytes(serialization.Encoding.PEM).decode(),
            key_pem=private_pem(key).decode(),
            fingerprint=key_fingerprint(key.public_key()),
        )
