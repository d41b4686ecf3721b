"""The release decision, as pure logic: right × purpose × consent state → fields, or a refusal.

Given what the store says (the caller's rights on the service, the consents of each data
subject), decide which fields may leave. No I/O here, so every cell of the decision matrix is
a plain unit test.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from lienthong.errors import GoneError, PermissionDeniedError
from lienthong.exchange._model import Consent, ConsentStatus


class AccessDenied(PermissionDeniedError):
    """403 with a machine-readable ``reason`` next to the sentence."""

    def __init__(self, reason: str, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.reason = reason


_CONSENT_REASONS = {
    ConsentStatus.PENDING: ("consent-pending", "is still waiting for the citizen's approval"),
    ConsentStatus.REJECTED: ("consent-rejected", "was rejected by the citizen"),
    ConsentStatus.REVOKED: ("consent-revoked", "was revoked by the citizen"),
    ConsentStatus.PAUSED: ("consent-paused", "is paused by the citizen"),
    ConsentStatus.EXPIRED: ("consent-expired", "has expired"),
}


def still_served(
    *, service: str, sunset: datetime | None, successor: str | None, now: datetime
) -> bool:
    """Whether a service version answers at ``now``: True when it is deprecated (retired but
    before its sunset; the reply then carries Deprecation and Sunset headers), False when it
    is current; :class:`GoneError` (410, naming the successor) from the sunset on."""
    if sunset is None:
        return False
    if now >= sunset:
        raise GoneError(
            f"{service} was retired on {sunset:%Y-%m-%d}: call {successor} instead.",
            hint=f"Ask for a right to {successor} if you do not hold one yet.",
            successor=successor,
        )
    return True


def offered_for(*, service: str, purpose: str, purposes: Sequence[str]) -> None:
    """Refuse a purpose the provider did not publish the service for (empty: any purpose)."""
    if purposes and purpose not in purposes:
        raise AccessDenied(
            "purpose-not-offered",
            f"{service} is not offered for the purpose {purpose}.",
            hint=f"Its provider offers it for: {', '.join(purposes)}.",
        )


def granted_fields(
    *,
    client: str,
    service: str,
    purpose: str,
    rights: Mapping[str, Sequence[str]],
    service_fields: Sequence[str],
) -> tuple[str, ...]:
    """The fields ``client``'s right for ``purpose`` grants, in the service's field order."""
    if not rights:
        raise AccessDenied(
            "no-right",
            f"{client} has no right to call {service}.",
            hint="Ask the provider to grant one (`lienthong rights grant`).",
        )
    fields = rights.get(purpose)
    if fields is None:
        raise AccessDenied(
            "purpose-not-granted",
            f"{client} may not call {service} for the purpose {purpose}.",
            hint=f"Its rights cover the purpose(s): {', '.join(sorted(rights))}.",
        )
    allowed = set(fields)
    return tuple(f for f in service_fields if f in allowed)


def consented_fields(
    *,
    fields: Sequence[str],
    consents: Mapping[str, Sequence[Consent]],
    now: datetime,
) -> tuple[str, ...]:
    """Narrow ``fields`` to what every data subject's valid consent covers; refuse otherwise.

    ``consents`` maps each subject to their consents for this consumer, service and purpose.
    A subject with no releasing consent refuses the call with the reason taken from their most
    recently changed consent (none, pending, rejected, revoked, paused, expired).
    """
    remaining = list(fields)
    for subject, found in consents.items():
        live = [c for c in found if c.releases_at(now)]
        if not live:
            raise _refusal(found, now)
        covered = set().union(*(c.fields for c in live))
        remaining = [f for f in remaining if f in covered]
        del subject
    if not remaining:
        raise AccessDenied(
            "consent-fields",
            "The citizen's consent covers none of the fields this right grants.",
            hint="Ask the citizen for a consent that names these fields.",
        )
    return tuple(remaining)


def _refusal(found: Sequence[Consent], now: datetime) -> AccessDenied:
    if not found:
        return AccessDenied(
            "no-consent",
            "The citizen has not consented to this use of their data.",
            hint="Request a consent; the citizen approves it before data is released.",
        )
    latest = max(found, key=lambda c: c.updated_at)
    state = latest.effective_status(now)
    if state is ConsentStatus.ACTIVE:  # active but not yet started
        return AccessDenied(
            "consent-not-yet-valid",
            f"The citizen's consent only starts on {latest.valid_from:%Y-%m-%d %H:%M} UTC.",
        )
    reason, words = _CONSENT_REASONS[state]
    return AccessDenied(reason, f"The citizen's consent {words}.")


def minimise(
    rows: Sequence[Mapping[str, object]], fields: Sequence[str]
) -> list[dict[str, object]]:
    """Each row reduced to ``fields`` only (missing columns come back as null)."""
    return [{f: row.get(f) for f in fields} for row in rows]
