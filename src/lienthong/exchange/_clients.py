"""Client systems and the public keys they prove themselves with.

A gateway trusts a calling system because its key (or its certificate's key) is registered here,
never because of what the request says about itself.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509 import load_pem_x509_certificate
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError as SAIntegrityError

from lienthong.errors import ConflictError, InputError, NotFoundError
from lienthong.exchange._model import ClientSystem, Credential, check_code, utcnow
from lienthong.exchange._tables import clients, credentials
from lienthong.store import Store

PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey


def key_fingerprint(key: PublicKey) -> str:
    """SHA-256 of the DER SubjectPublicKeyInfo: stable across certificate re-issues."""
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def key_algorithm(key: object) -> str:
    """The JWS algorithm a key signs with; only Ed25519 and ECDSA P-256 are accepted."""
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "EdDSA"
    if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
        return "ES256"
    raise InputError(
        "Only Ed25519 and ECDSA P-256 keys are accepted.",
        hint="Issue a key with `lienthong ca issue SYSTEM`.",
    )


def load_public_key(pem: str) -> PublicKey:
    try:
        key = serialization.load_pem_public_key(pem.encode())
    except ValueError as exc:
        raise InputError("The public key is not a PEM SubjectPublicKeyInfo.") from exc
    key_algorithm(key)
    assert isinstance(key, ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey)
    return key


class ClientDirectory:
    """Register client systems and their keys; look a key up by fingerprint."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def register(self, code: str, name: str, *, agency: str | None = None) -> ClientSystem:
        check_code(code, "The client system code")
        try:
            with self._store.begin() as conn:
                conn.execute(
                    clients.insert().values(
                        code=code, name=name, agency=agency, created_at=utcnow(), active=True
                    )
                )
        except SAIntegrityError as exc:
            raise ConflictError(f"The client system {code} is already registered.") from exc
        return ClientSystem(code, name, agency, True)

    def ensure(self, code: str, name: str, *, agency: str | None = None) -> ClientSystem:
        """The client system ``code``, registering it first if it is new (idempotent setup)."""
        found = self.find(code)
        return found if found is not None else self.register(code, name, agency=agency)

    def find(self, code: str) -> ClientSystem | None:
        with self._store.connect() as conn:
            row = conn.execute(select(clients).where(clients.c.code == code)).first()
        if row is None:
            return None
        return ClientSystem(row.code, row.name, row.agency, bool(row.active))

    def get(self, code: str) -> ClientSystem:
        found = self.find(code)
        if found is None:
            raise NotFoundError(
                f"No client system {code} is registered.",
                hint="Register it with `lienthong ca issue SYSTEM` or `lienthong clients add`.",
            )
        return found

    def list(self) -> list[ClientSystem]:
        with self._store.connect() as conn:
            rows = conn.execute(select(clients).order_by(clients.c.code)).all()
        return [ClientSystem(r.code, r.name, r.agency, bool(r.active)) for r in rows]

    def add_key(
        self,
        client: str,
        public_key_pem: str | None = None,
        *,
        certificate_pem: str | None = None,
    ) -> Credential:
        """Register a public key, or a certificate (its key is taken from it), for ``client``."""
        self.get(client)
        if certificate_pem is not None:
            cert = load_pem_x509_certificate(certificate_pem.encode())
            key = cert.public_key()
            public_key_pem = key.public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ).decode()
        if public_key_pem is None:
            raise InputError("Give a public key or a certificate to register.")
        parsed = load_public_key(public_key_pem)
        credential = Credential(
            fingerprint=key_fingerprint(parsed),
            client=client,
            algorithm=key_algorithm(parsed),
            public_key_pem=public_key_pem,
            certificate_pem=certificate_pem,
            revoked=False,
        )
        try:
            with self._store.begin() as conn:
                conn.execute(
                    credentials.insert().values(
                        fingerprint=credential.fingerprint,
                        client=client,
                        algorithm=credential.algorithm,
                        public_key_pem=public_key_pem,
                        certificate_pem=certificate_pem,
                        created_at=utcnow(),
                        revoked_at=None,
                    )
                )
        except SAIntegrityError as exc:
            raise ConflictError("This key is already registered.") from exc
        return credential

    def credential(self, fingerprint: str) -> Credential | None:
        with self._store.connect() as conn:
            row = conn.execute(
                select(credentials).where(credentials.c.fingerprint == fingerprint)
            ).first()
        if row is None:
            return None
        return Credential(
            row.fingerprint,
            row.client,
            row.algorithm,
            row.public_key_pem,
            row.certificate_pem,
            row.revoked_at is not None,
        )

    def revoke_key(self, fingerprint: str) -> None:
        with self._store.begin() as conn:
            done = conn.execute(
                update(credentials)
                .where(credentials.c.fingerprint == fingerprint)
                .values(revoked_at=utcnow())
            )
        if done.rowcount == 0:
            raise NotFoundError(f"No key with fingerprint {fingerprint} is registered.")
