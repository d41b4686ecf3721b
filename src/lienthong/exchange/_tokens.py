"""Signed tokens for deployments behind a TLS-terminating proxy.

A client system signs a short-lived JWT (EdDSA with Ed25519, or ES256 with P-256) with its own
private key; the gateway verifies it with the public key registered for that system. The
header's ``kid`` is the key fingerprint, ``iss``/``sub`` name the system, ``aud`` names the
gateway and ``exp`` - ``iat`` may not exceed the configured maximum lifetime.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from lienthong.errors import AuthenticationError
from lienthong.exchange._clients import ClientDirectory, key_algorithm, key_fingerprint
from lienthong.exchange._model import Credential

PrivateKey = ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey

#: Tolerated clock difference between a client system and the gateway.
LEEWAY_S = 30


def mint_token(
    client: str, private_key: PrivateKey, *, audience: str, lifetime_s: int = 300
) -> str:
    """A signed token proving ``client`` for ``lifetime_s`` seconds to the gateway ``audience``."""
    public = private_key.public_key()
    algorithm = key_algorithm(public)
    now = int(time.time())
    claims = {
        "iss": client,
        "sub": client,
        "aud": audience,
        "iat": now,
        "exp": now + lifetime_s,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(
        claims, private_key, algorithm=algorithm, headers={"kid": key_fingerprint(public)}
    )


def mint_registered_token(
    directory: ClientDirectory,
    client: str,
    private_key: PrivateKey,
    *,
    audience: str,
    lifetime_s: int = 300,
) -> str:
    """:func:`mint_token`, but only with a key the gateway would accept: registered to
    ``client``, not revoked, its system active. A token the gateway is bound to refuse would
    only send its holder looking for the fault in the wrong place."""
    fingerprint = key_fingerprint(private_key.public_key())
    credential = directory.credential(fingerprint)
    if credential is None or credential.client != client:
        raise AuthenticationError(
            f"The key {fingerprint} is not registered to {client}.",
            hint=f"Issue one with `lienthong ca issue {client}` and sign with that key.",
        )
    if credential.revoked:
        raise AuthenticationError(
            f"The key {fingerprint} of {client} has been revoked: the gateway refuses its tokens.",
            hint=f"Issue a new key with `lienthong ca issue {client}`.",
        )
    if directory_client_inactive(directory, client):
        raise AuthenticationError(f"The client system {client} is disabled.")
    return mint_token(client, private_key, audience=audience, lifetime_s=lifetime_s)


def directory_client_inactive(directory: ClientDirectory, client: str) -> bool:
    found = directory.find(client)
    return found is None or not found.active


@dataclass(frozen=True)
class _Verified:
    client: str
    fingerprint: str
    expires: float
    checked: float


class TokenVerifier:
    """Verify client tokens against registered keys, caching good ones for a few seconds.

    The cache keeps the hot path cheap (a signature check costs far more than a dict lookup)
    while a revoked key stops working within ``cache_s`` seconds.
    """

    def __init__(
        self,
        directory: ClientDirectory,
        *,
        audience: str,
        max_lifetime_s: int,
        cache_s: float = 10.0,
        cache_size: int = 10_000,
    ) -> None:
        self._directory = directory
        self._audience = audience
        self._max_lifetime_s = max_lifetime_s
        self._cache_s = cache_s
        self._cache_size = cache_size
        self._cache: OrderedDict[str, _Verified] = OrderedDict()
        self._lock = threading.Lock()  # verify() runs in worker threads

    def cached(self, token: str) -> tuple[str, str] | None:
        """``(client, fingerprint)`` if ``token`` was verified moments ago (no I/O), else None."""
        hit = self._cache.get(token)
        now = time.time()
        if hit is not None and now < hit.expires and now - hit.checked < self._cache_s:
            return hit.client, hit.fingerprint
        return None

    def verify(self, token: str) -> tuple[str, str]:
        """``(client, key fingerprint)`` for a valid token; :class:`AuthenticationError` else."""
        now = time.time()
        hit = self._cache.get(token)
        if hit is not None and now < hit.expires and now - hit.checked < self._cache_s:
            return hit.client, hit.fingerprint
        verified = self._verify(token, now)
        with self._lock:
            self._cache[token] = verified
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return verified.client, verified.fingerprint

    def _verify(self, token: str, now: float) -> _Verified:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise AuthenticationError(
                "The bearer token is not a well-formed JWT.",
                hint="Mint one with lienthong.client or `lienthong ca token SYSTEM`.",
            ) from exc
        kid = header.get("kid")
        credential = self._directory.credential(kid) if isinstance(kid, str) else None
        if credential is None or credential.revoked:
            raise AuthenticationError(
                "The token is signed with a key the platform does not know (or has revoked).",
                hint="Register the system's key with `lienthong ca issue SYSTEM`.",
            )
        claims = self._decode(token, credential)
        if claims["iss"] != credential.client or claims["sub"] != credential.client:
            raise AuthenticationError(
                "The token's issuer or subject is not the system its key is registered to.",
                hint="Both iss and sub must name the calling system.",
            )
        if int(claims["exp"]) - int(claims["iat"]) > self._max_lifetime_s:
            raise AuthenticationError(
                f"The token lives longer than the allowed {self._max_lifetime_s} seconds.",
                hint="Mint short-lived tokens and renew them.",
            )
        if directory_client_inactive(self._directory, credential.client):
            raise AuthenticationError(f"The client system {credential.client} is disabled.")
        return _Verified(credential.client, credential.fingerprint, float(claims["exp"]), now)

    def _decode(self, token: str, credential: Credential) -> dict[str, Any]:
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                credential.public_key_pem,
                algorithms=[credential.algorithm],
                audience=self._audience,
                leeway=LEEWAY_S,
                options={"require": ["exp", "iat", "iss", "sub", "aud"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise AuthenticationError("The token has expired.", hint="Mint a new one.") from exc
        except jwt.InvalidAudienceError as exc:
            raise AuthenticationError(
                f"The token is not meant for this gateway (audience must be {self._audience!r})."
            ) from exc
        except jwt.PyJWTError as exc:
            raise AuthenticationError(f"The token is not valid: {exc}.") from exc
        return claims
