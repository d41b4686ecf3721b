"""Every delivery is audited like a gateway call: who received which dataset's changes, why.

One ``SYNC_DELIVERY`` event per delivered batch (client, dataset, purpose, fields, seq range,
count) goes to the platform's hash-chained audit log (``lienthong.audit``).
"""

from __future__ import annotations

import importlib
from typing import Any

from lienthong.store import Store

EVENT = "SYNC_DELIVERY"


def audit_delivery(
    store: Store,
    subscription: dict[str, Any],
    *,
    first_seq: int,
    last_seq: int,
    count: int,
    applied: int,
    failed: int,
    outcome: str = "ok",
) -> None:
    """Append one audit event for a delivered batch."""
    try:
        audit = importlib.import_module("lienthong.audit")
    except ImportError:  # the audit package is not installed in this build
        return
    AuditEvent, AuditLog = audit.AuditEvent, audit.AuditLog

    data = {
        "subscription": subscription["name"],
        "mode": subscription["mode"],
        "fields": list(subscription["fields"]),
        "first_seq": first_seq,
        "last_seq": last_seq,
        "changes": count,
        "applied": applied,
        "dead_lettered": failed,
        "outcome": outcome,
    }
    AuditLog(store).append(
        AuditEvent(
            event=EVENT,
            actor=subscription["client"],
            subject=subscription["dataset"],
            purpose=subscription["purpose"],
            data=data,
        )
    )
