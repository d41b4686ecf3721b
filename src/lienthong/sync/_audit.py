"""Every delivery is audited like a gateway call: who received which dataset's changes, why.

One ``SYNC_DELIVERY`` event per delivered batch goes to the platform's hash-chained audit log:
the subscribing agency, the dataset, the purpose, the fields that left (after minimisation),
the seq range and counts, and, when the records are keyed by a CCCD, the citizens concerned,
so each person sees in their access log that their change was passed on. A batch the target
refused entirely is recorded as ``SYNC_DELIVERY_FAILED``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome
from lienthong.sync._model import LoggedChange


def _is_cccd(value: object) -> bool:
    return isinstance(value, str) and len(value) == 12 and value.isascii() and value.isdigit()


def subjects_of(item: LoggedChange, columns: Sequence[str] = ()) -> tuple[str, ...]:
    """The CCCDs a change is about: its ``columns`` in the full rows, and a CCCD record key."""
    found: list[str] = []
    key = item.change.key_values
    if len(key) == 1 and _is_cccd(key[0]):
        found.append(str(key[0]))
    for row in (item.change.before, item.change.after):
        if row is not None:
            found.extend(str(row[c]) for c in columns if _is_cccd(row.get(c)))
    return tuple(dict.fromkeys(found))


def _subjects(batch: Sequence[LoggedChange]) -> tuple[str, ...]:
    """The CCCDs of the records in ``batch`` when the dataset is keyed by one (12 digits)."""
    return tuple(dict.fromkeys(s for item in batch for s in subjects_of(item)))


def delivery_event(
    subscription: dict[str, Any],
    batch: Sequence[LoggedChange],
    *,
    applied: int,
    failed: int,
    latency_ms: float,
) -> AuditEvent:
    """The audit event for one delivered (or pulled) batch."""
    ok = applied > 0 or failed == 0
    return AuditEvent(
        event=EventType.SYNC_DELIVERY if ok else EventType.SYNC_DELIVERY_FAILED,
        outcome=Outcome.ALLOWED if ok else Outcome.ERROR,
        client=subscription["client"],
        client_agency=subscription["client_agency"],
        service=subscription["dataset"],
        purpose=subscription["purpose"],
        subjects=_subjects(batch),
        fields=tuple(subscription["fields"]),
        latency_ms=round(latency_ms, 3),
        reason=None if ok else f"{failed} change(s) refused by the target",
        data={
            "subscription": subscription["name"],
            "mode": subscription["mode"],
            "first_seq": batch[0].seq,
            "last_seq": batch[-1].seq,
            "changes": len(batch),
            "applied": applied,
            "dead_lettered": failed,
        },
    )


def audit_delivery(
    log: AuditLog,
    subscription: dict[str, Any],
    batch: Sequence[LoggedChange],
    *,
    applied: int,
    failed: int,
    latency_ms: float,
) -> None:
    """Append one audit event for a delivered batch (raises if the audit log is unavailable)."""
    log.append(
        delivery_event(subscription, batch, applied=applied, failed=failed, latency_ms=latency_ms)
    )
