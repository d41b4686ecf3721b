"""Who is calling: a client certificate from mutual TLS, or a signed bearer token.

Mutual TLS: uvicorn (with ``ssl_cert_reqs=CERT_REQUIRED`` and the platform CA) has already
checked the chain; :mod:`lienthong.web._tls` puts the peer certificate into the ASGI scope under
the ``tls`` extension. We take the system id from its Common Name and additionally require its
key to be registered and not revoked, so revocation works without CRLs.

Behind a TLS-terminating proxy, the client sends ``Authorization: Bearer <JWT>`` signed with
its registered key (see :mod:`lienthong.exchange._tokens`).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

from lienthong.errors import AuthenticationError
from lienthong.exchange._clients import ClientDirectory, key_fingerprint
from lienthong.exchange._tokens import TokenVerifier


@dataclass(frozen=True)
class Identity:
    client: str
    method: str  # "mtls" or "token"
    fingerprint: str


@lru_cache(maxsize=4096)
def _read_cert(pem: str) -> tuple[str, str]:
    """(Common Name, key fingerprint) of a PEM certificate; cached, certs repeat per client."""
    cert = x509.load_pem_x509_certificate(pem.encode())
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not names:
        raise AuthenticationError("The client certificate has no Common Name.")
    key = cert.public_key()
    from lienthong.exchange._clients import key_algorithm

    key_algorithm(key)
    return str(names[0].value), key_fingerprint(key)  # type: ignore[arg-type]


def peer_certificate(scope: Mapping[str, Any]) -> str | None:
    """The client's leaf certificate (PEM) from the ASGI ``tls`` extension, if any."""
    tls = (scope.get("extensions") or {}).get("tls") or {}
    chain = tls.get("client_cert_chain") or []
    return str(chain[0]) if chain else None


def authorization_header(scope: Mapping[str, Any]) -> str | None:
    """The request's one ``Authorization`` header, or None; :class:`AuthenticationError` when
    it carries several (servers and proxies disagree on which one counts, so none does)."""
    found: str | None = None
    for name, value in scope["headers"]:
        if name == b"authorization":
            if found is not None:
                raise repeated_authorization()
            found = value.decode("latin-1")
    return found


def _repeated_authorization(scope: Mapping[str, Any]) -> bool:
    seen = False
    for name, _ in scope.get("headers", ()):
        if name == b"authorization":
            if seen:
                return True
            seen = True
    return False


def repeated_authorization() -> AuthenticationError:
    return AuthenticationError(
        "The request carries more than one Authorization header.",
        hint="Send exactly one: 'Authorization: Bearer <token>'.",
    )


class Authenticator:
    """Turn a request's certificate or token into a registered client :class:`Identity`."""

    def __init__(
        self, directory: ClientDirectory, verifier: TokenVerifier, *, cache_s: float = 10.0
    ) -> None:
        self._directory = directory
        self._verifier = verifier
        self._cache_s = cache_s
        #: certificate PEM → (identity, when its registration was checked); a revoked key stops
        #: working within ``cache_s`` seconds, as for tokens.
        self._certs: dict[str, tuple[Identity, float]] = {}

    def cached(self, scope: Mapping[str, Any], authorization: str | None) -> Identity | None:
        """The identity without any I/O when the same certificate or token was checked moments
        ago; None when it must be checked (in a worker thread: that reads the store)."""
        if _repeated_authorization(scope):
            return None  # identify() refuses it
        pem = peer_certificate(scope)
        if pem is not None:
            known = self._certs.get(pem)
            if known is not None and time.monotonic() - known[1] < self._cache_s:
                return known[0]
            return None
        if authorization is None:
            return None
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer":
            return None
        hit = self._verifier.cached(token.strip())
        return Identity(hit[0], "token", hit[1]) if hit is not None else None

    def identify(self, scope: Mapping[str, Any], authorization: str | None) -> Identity:
        """Who is calling; :class:`AuthenticationError` for no, bad or ambiguous identity (two
        ``Authorization`` headers are refused even beside a client certificate)."""
        if _repeated_authorization(scope):
            raise repeated_authorization()
        pem = peer_certificate(scope)
        if pem is not None:
            return self._from_certificate(pem)
        if authorization:
            scheme, _, token = authorization.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                raise AuthenticationError(
                    "The Authorization header must be 'Bearer <token>'.",
                )
            client, fingerprint = self._verifier.verify(token.strip())
            return Identity(client, "token", fingerprint)
        raise AuthenticationError(
            "This call carries no client identity.",
            hint="Connect with the system's client certificate (mutual TLS) or send "
            "'Authorization: Bearer <token>' signed with its registered key.",
        )

    def _from_certificate(self, pem: str) -> Identity:
        try:
            common_name, fingerprint = _read_cert(pem)
        except ValueError as exc:
            raise AuthenticationError("The client certificate cannot be read.") from exc
        credential = self._directory.credential(fingerprint)
        if credential is None or credential.revoked or credential.client != common_name:
            raise AuthenticationError(
                f"The certificate for {common_name} is not registered with the platform or has"
                " been revoked.",
                hint="Issue one with `lienthong ca issue SYSTEM`.",
            )
        identity = Identity(common_name, "mtls", fingerprint)
        if len(self._certs) > 10_000:
            self._certs.clear()
        self._certs[pem] = (identity, time.monotonic())
        return identity
