"""Consent artefacts, after India's DEPA and GovStack's Consent building block.

A consent names one citizen (by the keyed hash of the CCCD, as the audit log does: the store
never holds a plain CCCD), one consuming system, one data service, one purpose and the
fields it covers, for a validity window, and is tied to the SHA-256 of the agreement text the
citizen accepted. The gateway re-reads it before every release, so a revocation takes effect on
the very next call.

    PENDING ──approve──▶ ACTIVE ──pause──▶ PAUSED ──resume──▶ ACTIVE
       │                   │                  │
       └──reject──▶ REJECTED   └──revoke──▶ REVOKED ◀──revoke──┘
    ACTIVE past valid_until reads as EXPIRED.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import namedtuple
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, or_, select, update

from lienthong.bounds import MAX_NAME, clip
from lienthong.errors import ConflictError, InputError, NotFoundError, SourceUnavailableError
from lienthong.exchange._model import (
    Consent,
    ConsentStatus,
    ServiceRef,
    as_utc,
    check_code,
    check_purpose,
    utcnow,
)
from lienthong.exchange._tables import agreements, consents
from lienthong.store import DRIVER_ERRORS, Store

CCCD_PATTERN = re.compile(r"[0-9]{12}")  # fullmatch: ASCII digits, no trailing newline

#: Allowed status changes: (from, action) → to.
_TRANSITIONS: dict[tuple[ConsentStatus, str], ConsentStatus] = {
    (ConsentStatus.PENDING, "approve"): ConsentStatus.ACTIVE,
    (ConsentStatus.PENDING, "reject"): ConsentStatus.REJECTED,
    (ConsentStatus.PENDING, "revoke"): ConsentStatus.REVOKED,
    (ConsentStatus.ACTIVE, "pause"): ConsentStatus.PAUSED,
    (ConsentStatus.ACTIVE, "revoke"): ConsentStatus.REVOKED,
    (ConsentStatus.PAUSED, "resume"): ConsentStatus.ACTIVE,
    (ConsentStatus.PAUSED, "revoke"): ConsentStatus.REVOKED,
}
ACTIONS = ("approve", "reject", "pause", "resume", "revoke")


def check_cccd(value: str) -> str:
    if not CCCD_PATTERN.fullmatch(value):
        raise InputError(
            f"{clip(value, MAX_NAME)!r} is not a CCCD.",
            hint="A citizen identity number has exactly 12 digits.",
        )
    return value


def agreement_hash(text: str) -> str:
    """SHA-256 (hex) of the agreement text as UTF-8: what the consent is bound to."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _timestamp(value: datetime | str) -> datetime:
    """A stored timestamp in UTC; raw SQLite rows carry SQLAlchemy's ISO text form."""
    return as_utc(value if isinstance(value, datetime) else datetime.fromisoformat(value))


#: CCCD → hex HMAC-SHA256 under the audit subject key (``AuditKeys.subject_hash``).
SubjectHash = Callable[[str], str]


def _row_to_consent(row: Any, subject: str | None = None) -> Consent:
    return Consent(
        id=row.id,
        subject_key=row.subject_key,
        subject=subject,
        consumer=row.consumer,
        service=ServiceRef(row.provider, row.service, row.version),
        purpose=row.purpose,
        fields=tuple(json.loads(row.fields)),
        valid_from=_timestamp(row.valid_from),
        valid_until=_timestamp(row.valid_until),
        status=ConsentStatus(row.status),
        agreement_sha256=row.agreement_sha256,
        created_at=_timestamp(row.created_at),
        updated_at=_timestamp(row.updated_at),
    )


#: Built once: the per-call look-up is on the gateway's hot path (compiled form cached).
_FOR_CALL = (
    select(consents)
    .where(
        consents.c.subject_key == bindparam("subject_key"),
        consents.c.consumer == bindparam("consumer"),
        consents.c.provider == bindparam("provider"),
        consents.c.service == bindparam("service"),
        consents.c.purpose == bindparam("purpose"),
        consents.c.version == bindparam("version"),
    )
    .order_by(consents.c.updated_at.desc())
)


class ConsentRegistry:
    """Create, change and look up consents in the platform store.

    Every CCCD a caller gives is hashed with ``subject_hash`` (the audit's keyed hash) before it
    reaches the store; consents read back carry the CCCD only when the caller named it."""

    def __init__(self, store: Store, subject_hash: SubjectHash) -> None:
        self._store = store
        self._hash = subject_hash

    def key(self, subject: str) -> str:
        """The stored form of a subject identifier: the audit's keyed hash, so one citizen has
        one key in the consents and in the access log."""
        return self._hash(subject)

    def request(
        self,
        subject: str,
        consumer: str,
        service: ServiceRef,
        purpose: str,
        fields: Sequence[str],
        agreement_text: str,
        *,
        valid_from: datetime | None = None,
        valid_until: datetime | None = None,
        days: int = 365,
        status: ConsentStatus = ConsentStatus.PENDING,
    ) -> Consent:
        """Record a consent (PENDING until the citizen approves, or ACTIVE when given in person)."""
        check_cccd(subject)
        check_code(consumer, "The consumer system code")
        check_purpose(purpose)
        cleaned = tuple(dict.fromkeys(f.strip() for f in fields if f.strip()))
        if not cleaned:
            raise InputError("A consent must name at least one field.")
        if not agreement_text.strip():
            raise InputError("A consent needs the agreement text the citizen accepts.")
        if status not in (ConsentStatus.PENDING, ConsentStatus.ACTIVE):
            raise InputError("A new consent is PENDING or ACTIVE.")
        now = utcnow()
        start = as_utc(valid_from) if valid_from else now
        end = as_utc(valid_until) if valid_until else start + timedelta(days=days)
        if end <= start:
            raise InputError("A consent must end after it starts.")
        digest = agreement_hash(agreement_text)
        consent = Consent(
            id=str(uuid.uuid4()),
            subject_key=self.key(subject),
            subject=subject,
            consumer=consumer,
            service=service,
            purpose=purpose,
            fields=cleaned,
            valid_from=start,
            valid_until=end,
            status=status,
            agreement_sha256=digest,
            created_at=now,
            updated_at=now,
        )
        with self._store.begin() as conn:
            known = select(agreements.c.sha256).where(agreements.c.sha256 == digest)
            if conn.execute(known).first() is None:
                conn.execute(agreements.insert().values(sha256=digest, text=agreement_text))
            conn.execute(
                consents.insert().values(
                    id=consent.id,
                    subject_key=consent.subject_key,
                    consumer=consumer,
                    provider=service.provider,
                    service=service.service,
                    version=service.version,
                    purpose=purpose,
                    fields=json.dumps(list(cleaned)),
                    valid_from=start,
                    valid_until=end,
                    status=status.value,
                    agreement_sha256=digest,
                    created_at=now,
                    updated_at=now,
                )
            )
        return consent

    def get(self, consent_id: str, *, subject: str | None = None) -> Consent:
        """One consent; with ``subject``, only if it is that citizen's (else not found)."""
        with self._store.connect() as conn:
            row = conn.execute(select(consents).where(consents.c.id == consent_id)).first()
        if row is None or (subject is not None and row.subject_key != self.key(subject)):
            raise NotFoundError(f"No consent {consent_id} exists.")
        return _row_to_consent(row, subject)

    def agreement(self, digest: str) -> str:
        with self._store.connect() as conn:
            text = conn.execute(
                select(agreements.c.text).where(agreements.c.sha256 == digest)
            ).scalar()
        if text is None:
            raise NotFoundError(f"No agreement text with SHA-256 {digest} is stored.")
        return str(text)

    def change(self, consent_id: str, action: str, *, subject: str | None = None) -> Consent:
        """Apply ``action`` (approve, reject, pause, resume, revoke) if the state allows it."""
        if action not in ACTIONS:
            raise InputError(
                f"Unknown consent action {action!r}.", hint=f"Use {', '.join(ACTIONS)}."
            )
        current = self.get(consent_id, subject=subject)
        now = utcnow()
        state = current.effective_status(now)
        target = _TRANSITIONS.get((state, action))
        if target is None:
            raise ConflictError(
                f"A {state.value} consent cannot be {action}d.",
                hint="Expired, revoked and rejected consents are final; ask for a new one.",
            )
        with self._store.begin() as conn:
            done = conn.execute(
                update(consents)
                .where(consents.c.id == consent_id, consents.c.status == current.status.value)
                .values(status=target.value, updated_at=now)
            )
        if done.rowcount != 1:
            raise ConflictError(f"The consent {consent_id} changed meanwhile; try again.")
        return self.get(consent_id, subject=subject)

    def expire_due(self, *, subject: str | None = None) -> list[Consent]:
        """Mark every ACTIVE consent past its end EXPIRED (of ``subject`` only, when given) and
        return them: each is returned once, by the call that changed it, so its
        ``CONSENT_EXPIRED`` entry is written once however many processes sweep."""
        now = utcnow()
        query = select(consents).where(
            consents.c.status == ConsentStatus.ACTIVE.value, consents.c.valid_until <= now
        )
        if subject is not None:
            query = query.where(consents.c.subject_key == self.key(subject))
        expired: list[Consent] = []
        with self._store.begin() as conn:
            for row in conn.execute(query).fetchall():
                done = conn.execute(
                    update(consents)
                    .where(
                        consents.c.id == row.id,
                        consents.c.status == ConsentStatus.ACTIVE.value,
                    )
                    .values(status=ConsentStatus.EXPIRED.value, updated_at=now)
                )
                if done.rowcount == 1:
                    expired.append(_row_to_consent(row, subject))
        return expired

    def all(
        self,
        *,
        subject: str | None = None,
        consumer: str | None = None,
        status: ConsentStatus | None = None,
    ) -> list[Consent]:
        query = select(consents).order_by(consents.c.created_at, consents.c.id)
        if subject is not None:
            query = query.where(consents.c.subject_key == self.key(subject))
        if consumer is not None:
            query = query.where(consents.c.consumer == consumer)
        with self._store.connect() as conn:
            found = [_row_to_consent(r, subject) for r in conn.execute(query)]
        if status is not None:
            now = utcnow()
            found = [c for c in found if c.effective_status(now) is status]
        return found

    def for_subjects(
        self,
        subjects: Sequence[str],
        consumer: str,
        services: Sequence[ServiceRef],
        purpose: str,
        *,
        chunk: int = 500,
    ) -> dict[str, list[Consent]]:
        """:meth:`for_call` for many subjects at once (a sync batch): one query per ``chunk``
        subjects instead of one per subject and service; every subject is a key, newest first."""
        found: dict[str, list[Consent]] = {subject: [] for subject in subjects}
        if not subjects or not services:
            return found
        which = or_(
            *(
                and_(
                    consents.c.provider == ref.provider,
                    consents.c.service == ref.service,
                    consents.c.version == ref.version,
                )
                for ref in services
            )
        )
        keys = {self.key(subject): subject for subject in found}
        unique = list(keys)
        with self._store.connect() as conn:
            for start in range(0, len(unique), chunk):
                query = (
                    select(consents)
                    .where(
                        consents.c.consumer == consumer,
                        consents.c.purpose == purpose,
                        consents.c.subject_key.in_(unique[start : start + chunk]),
                        which,
                    )
                    .order_by(consents.c.updated_at.desc())
                )
                for row in conn.execute(query):
                    subject = keys[row.subject_key]
                    found[subject].append(_row_to_consent(row, subject))
        return found

    def for_call(
        self,
        subject: str,
        consumer: str,
        service: ServiceRef,
        purpose: str,
        *,
        conn: Connection | None = None,
    ) -> list[Consent]:
        """Every consent that could cover this call, newest first (one indexed query)."""
        params = {
            "subject_key": self.key(subject),
            "consumer": consumer,
            "provider": service.provider,
            "service": service.service,
            "version": service.version,
            "purpose": purpose,
        }
        if conn is None:
            with self._store.connect() as own:
                return _for_call(own, params, subject)
        return _for_call(conn, params, subject)


#: ``_FOR_CALL`` compiled once per dialect: (SQL text, parameter order or None when named).
_FOR_CALL_SQL: dict[str, tuple[str, tuple[str, ...] | None]] = {}
#: A consent row as the driver returns it (columns in table order), readable by name.
_ConsentRow = namedtuple("_ConsentRow", [column.name for column in consents.columns])  # type: ignore[misc]


def _for_call(conn: Connection, params: dict[str, str], subject: str) -> list[Consent]:
    """Run ``_FOR_CALL`` on the driver's own cursor: on the gateway's hot path SQLAlchemy's
    per-execution bookkeeping cost more than the query. Only strings go in; timestamps come back
    through :func:`_timestamp`, so the consents read are the same. The caller ends the read
    transaction (``LookupConnections`` rolls the driver connection back after each decision)."""
    dialect = conn.dialect
    compiled = _FOR_CALL_SQL.get(dialect.name)
    if compiled is None:
        statement = _FOR_CALL.compile(dialect=dialect)
        positions = statement.positiontup
        compiled = _FOR_CALL_SQL[dialect.name] = (
            str(statement),
            tuple(positions) if positions else None,
        )
    sql, order = compiled
    bound: Any = tuple(params[name] for name in order) if order else params
    cursor: Any = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, bound)
        rows = cursor.fetchall()
    except DRIVER_ERRORS as exc:
        raise SourceUnavailableError(
            "The consent register could not be read, so no personal data is released.",
            hint=f"Check the platform store ({type(exc).__name__}).",
        ) from exc
    finally:
        cursor.close()
    return [_row_to_consent(_ConsentRow(*row), subject) for row in rows]
