"""Short signed tokens for cookies: ``fields|expiry|HMAC-SHA256``, keyed by a file in the home.

Used for the dashboard's and the citizen portal's sessions and for the e-ID login's
state/nonce/PKCE cookie: nothing is kept server-side, so every worker process can check them.
The key is 32 random bytes in a file created mode 0600 on first use.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path

#: Cookies are small; anything longer is refused before it is decoded.
MAX_TOKEN = 2048


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by the owner only (created 0600, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


class Signer:
    """Sign and check ``|``-separated ASCII-safe fields with an expiry."""

    def __init__(self, key_path: Path) -> None:
        self._key_path = key_path

    def _key(self) -> bytes:
        if not self._key_path.exists():
            write_private(self._key_path, secrets.token_bytes(32))
        return self._key_path.read_bytes()

    def sign(self, fields: list[str], ttl_s: float, *, now: float | None = None) -> str:
        if any("|" in f for f in fields):
            raise ValueError("a signed field may not contain '|'")
        expiry = int((now or time.time()) + ttl_s)
        body = "|".join([*fields, str(expiry)])
        mac = hmac.new(self._key(), body.encode(), hashlib.sha256).hexdigest()
        return base64.urlsafe_b64encode(f"{body}|{mac}".encode()).decode()

    def check(self, token: str | None, count: int, *, now: float | None = None) -> list[str] | None:
        """The ``count`` fields of a valid, unexpired ``token``; ``None`` for anything else."""
        if not token or len(token) > MAX_TOKEN or not token.isascii():
            return None
        try:
            text = base64.urlsafe_b64decode(token.encode()).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return None
        parts = text.split("|")
        if len(parts) != count + 2:
            return None
        body, mac = "|".join(parts[:-1]), parts[-1]
        good = hmac.new(self._key(), body.encode(), hashlib.sha256).hexdigest()
        expiry = parts[-2]
        if not hmac.compare_digest(mac.encode(), good.encode()):
            return None
        if not (expiry.isascii() and expiry.isdigit()):
            return None
        if int(expiry) < (now or time.time()):
            return None
        return parts[:count]
