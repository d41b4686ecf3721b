"""The gateway's vocabulary: client systems, credentials, purposes, rights and consents.

Plain frozen dataclasses, so decisions are easy to test and to log without touching the store.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from lienthong.bounds import MAX_NAME, clip
from lienthong.errors import InputError

# Every format is ASCII and matched whole (``fullmatch``): Python's ``$`` also matches before a
# trailing newline and ``\d`` takes any Unicode digit. The ``*_SCHEMA_PATTERN`` strings go into
# pydantic fields and the OpenAPI document, whose regex engines (Rust, ECMAScript) anchor ``$``
# at the very end; they are written with ``[0-9]`` for the same reason.

#: System and agency codes: ``BHXH-HCM``, ``CA-HCM``, ``portal.hcm``.
CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
#: Purpose codes are legal-basis codes: ``ND47-2020-DIEU9``, ``BHYT-CAP-THE``.
PURPOSE_SCHEMA_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$"
PURPOSE_PATTERN = re.compile(PURPOSE_SCHEMA_PATTERN[1:-1])
#: A CCCD: exactly twelve ASCII digits.
CCCD_SCHEMA_PATTERN = r"^[0-9]{12}$"


def check_code(value: str, what: str) -> str:
    """``value`` if it is a valid system/agency code; an :class:`InputError` otherwise."""
    if not CODE_PATTERN.fullmatch(value):
        raise InputError(
            f"{what} {clip(value, MAX_NAME)!r} is not a valid code.",
            hint="Use 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
        )
    return value


def check_purpose(value: str) -> str:
    if not PURPOSE_PATTERN.fullmatch(value):
        raise InputError(
            f"The purpose {clip(value, MAX_NAME)!r} is not a valid legal-basis code.",
            hint="Use 1–64 letters, digits or . _ : / -, e.g. BHYT-CAP-THE.",
        )
    return value


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; we always store UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class ServiceRef:
    """``provider/service/version``: how rights, consents and calls name a data service."""

    provider: str
    service: str
    version: str

    @classmethod
    def parse(cls, text: str) -> ServiceRef:
        parts = text.strip("/").split("/")
        if len(parts) != 3 or not all(parts):
            raise InputError(
                f"{text!r} does not name a data service.",
                hint="Write PROVIDER/SERVICE/VERSION, e.g. CA-HCM/cong-dan/v1.",
            )
        return cls(parts[0], parts[1], parts[2])

    def __str__(self) -> str:
        return f"{self.provider}/{self.service}/{self.version}"


@dataclass(frozen=True)
class Deprecation:
    """A retired version still answering: when it was deprecated, its sunset, its successor."""

    since: datetime
    sunset: datetime
    successor: str


@dataclass(frozen=True)
class ClientSystem:
    code: str
    name: str
    agency: str | None
    active: bool


@dataclass(frozen=True)
class Credential:
    """A public key a client signs tokens with (and, for mTLS, its certificate)."""

    fingerprint: str
    client: str
    algorithm: str
    public_key_pem: str
    certificate_pem: str | None
    revoked: bool


@dataclass(frozen=True)
class Purpose:
    code: str
    title: str
    legal_basis: str | None


@dataclass(frozen=True)
class Right:
    client: str
    service: ServiceRef
    purpose: str
    fields: tuple[str, ...]


class ConsentStatus(enum.StrEnum):
    """DEPA consent artefact states; only ACTIVE (and inside its validity) releases data."""

    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    REJECTED = "REJECTED"
    REVOKED = "REVOKED"
    PAUSED = "PAUSED"
    EXPIRED = "EXPIRED"


@dataclass(frozen=True)
class Consent:
    """One consent as stored: the citizen is known by ``subject_key`` (the keyed hash of the
    CCCD); ``subject`` is the CCCD itself only when the caller gave it (the store never has it)."""

    id: str
    subject_key: str
    consumer: str
    service: ServiceRef
    purpose: str
    fields: tuple[str, ...]
    valid_from: datetime
    valid_until: datetime
    status: ConsentStatus
    agreement_sha256: str
    created_at: datetime
    updated_at: datetime
    subject: str | None = None

    def effective_status(self, now: datetime) -> ConsentStatus:
        """The status at ``now``: an ACTIVE consent past its end reads as EXPIRED."""
        if self.status is ConsentStatus.ACTIVE and now >= self.valid_until:
            return ConsentStatus.EXPIRED
        return self.status

    def releases_at(self, now: datetime) -> bool:
        return self.effective_status(now) is ConsentStatus.ACTIVE and self.valid_from <= now
