"""Operator actions (rights, consents, client credentials) go into the same audit log as calls.

Governance changes are what an auditor asks about first ("who gave BHXH-HCM access to the
population register, and when?"), so the CLI records them synchronously: the command does not
report success before the entry is committed.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome
from lienthong.exchange._model import utcnow
from lienthong.store import Store


def operator() -> str:
    """The actor for CLI actions: ``operator:<login name>``."""
    try:
        return f"operator:{getpass.getuser()}"
    except (KeyError, OSError):
        return "operator"


def record_admin(
    store: Store,
    home: Path,
    event: EventType,
    *,
    subjects: tuple[str, ...] = (),
    **fields: object,
) -> None:
    """Append one operator event (``fields`` are AuditEvent fields: provider, purpose, data…)."""
    entry = AuditEvent(
        event=event,
        outcome=Outcome.ALLOWED,
        client=operator(),
        subjects=subjects,
        time=utcnow(),
        **fields,
    )
    AuditLog.open(store, home).append(entry)
