"""The citizen's session after an e-ID login: a signed cookie with the CCCD, level and CSRF token.

HttpOnly and SameSite=Lax (the provider's redirect back is a top-level navigation), Secure on
TLS, lasting ``LIENTHONG_EID_SESSION_S``. Every form a citizen posts carries the session's CSRF
token, checked in constant time. Nothing is kept server-side: logout deletes the cookies and
sends the browser to the provider's ``end_session_endpoint`` to end its session there too.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from fastapi import Request
from fastapi.responses import Response

from lienthong._signed import Signer

COOKIE = "lt_citizen"
PENDING_COOKIE = "lt_eid_pending"
#: The provider's id_token, kept (path /eid only) as the ``id_token_hint`` of RP-initiated logout.
HINT_COOKIE = "lt_eid_hint"


@dataclass(frozen=True)
class CitizenSession:
    cccd: str
    level: int
    csrf: str

    def csrf_ok(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf.encode(), str(token).encode())


def signer(home: Path) -> Signer:
    return Signer(home / "eid-session.key")


def start(response: Response, request: Request, cccd: str, level: int, ttl_s: int) -> None:
    token = signer(request.app.state.settings.home).sign(
        [cccd, str(level), secrets.token_urlsafe(24)], ttl_s
    )
    response.set_cookie(
        COOKIE,
        token,
        max_age=ttl_s,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


def current(request: Request) -> CitizenSession | None:
    """The logged-in citizen, or ``None`` (no cookie, tampered, expired)."""
    fields = signer(request.app.state.settings.home).check(request.cookies.get(COOKIE), 3)
    if fields is None or not (fields[1].isascii() and fields[1].isdigit()):
        return None
    return CitizenSession(fields[0], int(fields[1]), fields[2])
