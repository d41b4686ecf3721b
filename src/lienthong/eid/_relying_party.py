"""lienthong as an OpenID Connect relying party, on Authlib and joserfc.

Authlib drives the protocol: the authorization URL with ``state``, ``nonce`` and PKCE S256, and
the code exchange authenticated with ``private_key_jwt`` (RFC 7523, our EC P-256 key; the
provider holds only its public half). joserfc checks the id_token: its signature against the
provider's JWKS (from the discovery document), then ``iss``, ``aud``, ``exp``, ``iat`` and
``nonce``. Nothing here parses a JWT by hand.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from authlib.common.errors import AuthlibBaseError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet

from lienthong._signed import write_private
from lienthong.eid._claims import Citizen, citizen_from
from lienthong.errors import AuthenticationError, SourceUnavailableError

SCOPE = "openid profile eid"
#: How long discovery and the provider's keys are kept before being read again.
METADATA_TTL_S = 300.0
CLOCK_SKEW_S = 60


@dataclass(frozen=True)
class Pending:
    """What the login remembers between the redirect and the callback (in a signed cookie)."""

    state: str
    nonce: str
    verifier: str


def client_key(home: Path) -> ECKey:
    """The relying party's signing key (EC P-256, ``eid-client-key.pem``, 0600), made once."""
    path = home / "eid-client-key.pem"
    if not path.exists():
        private = ec.generate_private_key(ec.SECP256R1())
        write_private(
            path,
            private.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
    key = ECKey.import_key(path.read_bytes())
    key.ensure_kid()
    return key


def public_jwks(home: Path) -> dict[str, Any]:
    """The public JWKS to register at the provider (``lienthong eid jwks``)."""
    key = client_key(home)
    return {"keys": [{**key.as_dict(private=False), "use": "sig", "alg": "ES256"}]}


class RelyingParty:
    """One configured provider: issuer URL, our client id, our key, the claim names."""

    def __init__(
        self,
        issuer: str,
        client_id: str,
        key: ECKey,
        claims: dict[str, str],
        *,
        timeout_s: float = 5.0,
    ) -> None:
        self.issuer = issuer.rstrip("/")
        self.client_id = client_id
        self._key = key
        self._claims = claims
        self._timeout_s = timeout_s
        self._metadata: tuple[float, dict[str, Any], KeySet] | None = None

    async def _discover(self) -> tuple[dict[str, Any], KeySet]:
        now = time.monotonic()
        if self._metadata is not None and now - self._metadata[0] < METADATA_TTL_S:
            return self._metadata[1], self._metadata[2]
        try:
            async with httpx.AsyncClient(timeout=self._timeout_s) as http:
                found = await http.get(f"{self.issuer}/.well-known/openid-configuration")
                found.raise_for_status()
                metadata: dict[str, Any] = found.json()
                keys = await http.get(str(metadata["jwks_uri"]))
                keys.raise_for_status()
        except (httpx.HTTPError, ValueError, KeyError) as exc:
            raise SourceUnavailableError(
                "The e-ID provider cannot be reached, so no one can log in right now.",
                hint=f"Try again shortly ({type(exc).__name__}).",
            ) from exc
        if metadata.get("issuer") != self.issuer:
            raise AuthenticationError("The e-ID provider's discovery names another issuer.")
        key_set = KeySet.import_key_set(keys.json())
        self._metadata = (now, metadata, key_set)
        return metadata, key_set

    def _client(self, metadata: dict[str, Any], redirect_uri: str) -> Any:
        from authlib.integrations.httpx_client import AsyncOAuth2Client
        from authlib.oauth2.rfc7523 import PrivateKeyJWT

        client = AsyncOAuth2Client(
            client_id=self.client_id,
            client_secret=self._key,  # joserfc ECKey: signs the RFC 7523 client assertion
            token_endpoint_auth_method="private_key_jwt",
            scope=SCOPE,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=self._timeout_s,
        )
        client.register_client_auth_method(
            PrivateKeyJWT(str(metadata["token_endpoint"]), alg="ES256")
        )
        return client

    async def begin(self, redirect_uri: str) -> tuple[str, Pending]:
        """The provider's authorization URL and what the callback must find again."""
        metadata, _ = await self._discover()
        pending = Pending(
            secrets.token_urlsafe(24), secrets.token_urlsafe(24), secrets.token_urlsafe(48)
        )
        async with self._client(metadata, redirect_uri) as client:
            url, _state = client.create_authorization_url(
                str(metadata["authorization_endpoint"]),
                state=pending.state,
                nonce=pending.nonce,
                code_verifier=pending.verifier,
            )
        return str(url), pending

    async def finish(
        self, redirect_uri: str, pending: Pending, *, state: str, code: str
    ) -> tuple[Citizen, str]:
        """Exchange ``code`` and verify the id_token (:class:`AuthenticationError` if not right);
        the citizen, and the id_token itself (the ``id_token_hint`` of a later logout)."""
        if not secrets.compare_digest(state.encode(), pending.state.encode()):
            raise AuthenticationError(
                "The login came back with another state (a forged or stale link)."
            )
        metadata, key_set = await self._discover()
        try:
            async with self._client(metadata, redirect_uri) as client:
                token = await client.fetch_token(
                    str(metadata["token_endpoint"]),
                    code=code,
                    code_verifier=pending.verifier,
                    redirect_uri=redirect_uri,
                )
        except httpx.HTTPError as exc:
            raise SourceUnavailableError(
                "The e-ID provider did not answer the login.", hint=type(exc).__name__
            ) from exc
        except AuthlibBaseError as exc:  # the provider's OAuth error (invalid_grant, …)
            raise AuthenticationError(f"The e-ID provider refused the login: {exc}"[:300]) from exc
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise AuthenticationError("The e-ID provider returned no id_token.")
        return self.verify(id_token, key_set, nonce=pending.nonce), id_token

    async def end_session_url(self, id_token_hint: str | None, post_logout_uri: str) -> str | None:
        """Where to send the browser so the provider ends its own session too (OpenID Connect
        RP-Initiated Logout 1.0), or ``None`` when the provider offers no
        ``end_session_endpoint``; it comes back to ``post_logout_uri``."""
        from urllib.parse import urlencode

        metadata, _ = await self._discover()
        endpoint = metadata.get("end_session_endpoint")
        if not isinstance(endpoint, str) or not endpoint.startswith(("https://", "http://")):
            return None
        query = {"client_id": self.client_id, "post_logout_redirect_uri": post_logout_uri}
        if id_token_hint:
            query["id_token_hint"] = id_token_hint
        return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode(query)}"

    def verify(self, id_token: str, key_set: KeySet, *, nonce: str) -> Citizen:
        """Check the id_token's signature and claims; the citizen it names."""
        try:
            decoded = jwt.decode(id_token, key_set, algorithms=["RS256", "ES256", "PS256", "EdDSA"])
            jwt.JWTClaimsRegistry(
                leeway=CLOCK_SKEW_S,
                iss={"essential": True, "value": self.issuer},
                aud={"essential": True, "value": self.client_id},
                exp={"essential": True},
                iat={"essential": True},
                nonce={"essential": True, "value": nonce},
                sub={"essential": True},
            ).validate(decoded.claims)
        except (JoseError, ValueError) as exc:
            raise AuthenticationError(f"The e-ID id_token is not valid: {exc}"[:300]) from exc
        return citizen_from(decoded.claims, self._claims)
