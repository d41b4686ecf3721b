"""Local dashboard accounts and signed session cookies, until e-ID (OpenID Connect) lands.

Who may see what: a ``leader`` sees the whole city, an ``agency`` account sees the city's
figures with its own agency marked (its drill-down is its own), an ``operator`` sees everything
a leader does. Nobody sees a CCCD in clear: the pages only show aggregates.

Accounts live in ``dashboard-accounts.json`` under the platform home (mode 0600), passwords as
scrypt hashes (``hashlib.scrypt``, n=2**14, r=8: the standard library's memory-hard KDF). A
session is a cookie ``name|role|agency|expiry`` signed (:mod:`lienthong._signed`) under a random
key in ``dashboard-session.key`` (0600); nothing is kept server-side, so any worker can check it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from lienthong._signed import Signer, write_private
from lienthong.errors import InputError, NotFoundError

ROLES = ("leader", "agency", "operator")
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_AGENCY = re.compile(r"[A-Z0-9][A-Z0-9-]{0,63}")
SESSION_S = 8 * 3600


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    agency: str | None = None


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)


class Accounts:
    """The accounts file of one platform home."""

    def __init__(self, home: Path) -> None:
        self.path = home / "dashboard-accounts.json"
        self._signer = Signer(home / "dashboard-session.key")

    def _load(self) -> dict[str, dict[str, str | None]]:
        if not self.path.exists():
            return {}
        loaded: dict[str, dict[str, str | None]] = json.loads(self.path.read_text("utf-8"))
        return loaded

    def add(self, name: str, password: str, role: str, agency: str | None = None) -> Account:
        """Create or replace an account (the CLI reads the password, never from argv)."""
        if not _NAME.fullmatch(name):
            raise InputError(
                f"Account name {name!r} is not usable.",
                hint="Lower-case ASCII letters, digits, '.', '_' or '-', up to 64.",
            )
        if role not in ROLES:
            raise InputError(f"Unknown role {role!r}.", hint=f"Use one of {', '.join(ROLES)}.")
        if role == "agency" and not (agency and _AGENCY.fullmatch(agency)):
            raise InputError(
                "An agency account needs its agency code.", hint="Pass --agency CA-HCM."
            )
        if len(password) < 12:
            raise InputError("A password needs at least 12 characters.")
        salt = secrets.token_bytes(16)
        accounts = self._load()
        accounts[name] = {
            "role": role,
            "agency": agency if role == "agency" else None,
            "salt": base64.b64encode(salt).decode(),
            "hash": base64.b64encode(_hash(password, salt)).decode(),
        }
        write_private(self.path, json.dumps(accounts, indent=1, sort_keys=True).encode())
        return Account(name, role, agency if role == "agency" else None)

    def list(self) -> list[Account]:
        return [
            Account(name, str(row["role"]), row.get("agency"))
            for name, row in sorted(self._load().items())
        ]

    def remove(self, name: str) -> None:
        accounts = self._load()
        if accounts.pop(name, None) is None:
            raise NotFoundError(f"No dashboard account named {name!r}.")
        write_private(self.path, json.dumps(accounts, indent=1, sort_keys=True).encode())

    def check(self, name: str, password: str) -> Account | None:
        """The account when ``password`` is right (constant-time compare), else ``None``."""
        row = self._load().get(name)
        salt = base64.b64decode(str(row["salt"])) if row else b"lienthong-no-user"
        expected = base64.b64decode(str(row["hash"])) if row else b"\0" * 32
        ok = hmac.compare_digest(_hash(password[:1024], salt), expected)
        if not (ok and row):
            return None
        return Account(name, str(row["role"]), row.get("agency"))

    # sessions -----------------------------------------------------------------------------

    def session(self, account: Account, *, now: float | None = None) -> str:
        fields = [account.name, account.role, account.agency or ""]
        return self._signer.sign(fields, SESSION_S, now=now)

    def from_session(self, cookie: str | None, *, now: float | None = None) -> Account | None:
        """The account a valid, unexpired session cookie names; ``None`` otherwise."""
        fields = self._signer.check(cookie, 3, now=now)
        if fields is None:
            return None
        name, role, agency = fields
        if name not in self._load():  # a removed account's sessions end with it
            return None
        return Account(name, role, agency or None)
