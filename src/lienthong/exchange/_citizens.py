"""DEVELOPMENT-ONLY citizen login, until citizen e-ID login arrives.

``POST /v1/dev/citizen-login`` hands out a token for any CCCD, with no proof at all: it exists so
the demo can show ``GET /v1/me/access-log``. It works only when ``LIENTHONG_DEV_MODE=true``; the
tokens say ``"dev": true`` and are signed with a random per-process key, so they die with the
server and can never be confused with client-system tokens.
"""

from __future__ import annotations

import secrets
import time

import jwt

from lienthong.errors import AuthenticationError, NotFoundError
from lienthong.exchange._consents import check_cccd

DEV_AUDIENCE = "lienthong-citizen-dev"


class CitizenTokens:
    def __init__(self, *, enabled: bool, lifetime_s: int = 900) -> None:
        self.enabled = enabled
        self.lifetime_s = lifetime_s
        self._secret = secrets.token_bytes(32)

    def login(self, cccd: str) -> str:
        if not self.enabled:
            raise NotFoundError(
                "The development citizen login is disabled.",
                hint="It exists only for demos: start the server with LIENTHONG_DEV_MODE=true.",
            )
        check_cccd(cccd)
        now = int(time.time())
        claims = {"sub": cccd, "aud": DEV_AUDIENCE, "iat": now, "exp": now + self.lifetime_s}
        return jwt.encode({**claims, "dev": True}, self._secret, algorithm="HS256")

    def verify(self, authorization: str | None) -> str:
        """The CCCD of the logged-in citizen; :class:`AuthenticationError` otherwise."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthenticationError(
                "Log in as a citizen first.",
                hint="Log in with e-ID at /toi (in a sandbox: POST /v1/dev/citizen-login).",
            )
        try:
            claims = jwt.decode(
                token.strip(), self._secret, algorithms=["HS256"], audience=DEV_AUDIENCE
            )
        except jwt.PyJWTError as exc:
            raise AuthenticationError(
                "The citizen token is not valid or has expired.", hint="Log in again."
            ) from exc
        return str(claims["sub"])
