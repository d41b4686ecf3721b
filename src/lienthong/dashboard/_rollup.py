"""Exchange figures from the audit log, kept incrementally: each view reads only new entries.

The audit log is the one place every call, refusal and delivery is recorded, so the dashboard's
exchange figures come from it rather than from a second counter that could drift. Parsing every
entry for every page view would grow with the log; instead a :class:`AuditRollup` remembers the
last ``seq`` it folded in and, on each view, folds in only the entries after it into hourly
buckets (the granularity a leader's trend needs). Entries carry no CCCD in clear (only keyed
hashes), and the rollup keeps none of those either.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal_column, select

from lienthong.audit._tables import audit_entry
from lienthong.store import Store

#: Events that release (or refuse to release) data to another agency.
_CALLS = {"SERVICE_CALL", "SERVICE_CALL_REFUSED", "SERVICE_CALL_FAILED"}
_DELIVERIES = {"SYNC_DELIVERY", "SYNC_DELIVERY_REFUSED", "SYNC_DELIVERY_FAILED"}


def reason_code(reason: str | None) -> str:
    """A short, bounded label for a refusal reason (``no-right: …`` → ``no-right``)."""
    if not reason:
        return "unknown"
    head = reason.split(":", 1)[0].strip() if ":" in reason[:40] else reason
    return head[:40]


@dataclass
class ExchangeFigures:
    """What the overview shows about exchange: totals, refusals, trend and who uses whose data."""

    first: datetime | None = None
    last: datetime | None = None
    entries: int = 0
    calls: Counter[str] = field(default_factory=Counter)  # allowed / denied / error
    deliveries: Counter[str] = field(default_factory=Counter)
    refusals: Counter[str] = field(default_factory=Counter)  # reason code -> count
    hours: Counter[str] = field(default_factory=Counter)  # "YYYY-MM-DDTHH" -> released calls
    #: (client agency, provider agency or dataset) -> released calls and deliveries
    sharing: Counter[tuple[str, str]] = field(default_factory=Counter)
    refused_by_service: Counter[str] = field(default_factory=Counter)
    allowed_by_service: Counter[str] = field(default_factory=Counter)

    def days(self) -> list[tuple[str, int]]:
        """Released calls per day, oldest first (from the hourly buckets)."""
        per_day: Counter[str] = Counter()
        for hour, count in self.hours.items():
            per_day[hour[:10]] += count
        return sorted(per_day.items())


_KEYS = (
    "time",
    "event",
    "outcome",
    "client",
    "client_agency",
    "provider",
    "service",
    "version",
    "reason",
)


def _field(dialect: str, key: str) -> Any:
    """``entry.key`` as text, read by the database's own JSON functions."""
    if dialect == "postgresql":
        return literal_column(f"(entry::jsonb ->> '{key}')")
    return func.json_extract(audit_entry.c.entry, f"$.{key}")


class AuditRollup:
    """Fold audit entries into :class:`ExchangeFigures`, only the ones not yet seen.

    The database groups each range of new entries by hour, event, outcome, agencies, service and
    reason with its own JSON functions (SQLite ``json_extract``, PostgreSQL ``->>``), so Python
    sees one row per group rather than one per entry. ``seq`` has no gaps (the chain's rule),
    so a range of ``batch`` seqs is at most ``batch`` entries.
    """

    def __init__(self, store: Store, *, batch: int = 500_000) -> None:
        self._store = store
        self._batch = batch
        self._seq = 0
        self._figures = ExchangeFigures()
        self._lock = threading.Lock()

    def figures(self) -> ExchangeFigures:
        with self._lock:
            while self._fold():
                pass
            return self._figures

    def _fold(self) -> bool:
        """Fold the next range of entries in; ``False`` when there was none."""
        with self._store.connect() as conn:
            dialect = conn.dialect.name
            values = {key: _field(dialect, key) for key in _KEYS}
            hour = func.substr(values["time"], 1, 13)
            groups = [hour, *(values[key] for key in _KEYS[1:])]
            upper = self._seq + self._batch
            rows = conn.execute(
                select(
                    *groups,
                    func.count(),
                    func.max(audit_entry.c.seq),
                    func.min(values["time"]),
                    func.max(values["time"]),
                )
                .where(audit_entry.c.seq > self._seq, audit_entry.c.seq <= upper)
                .group_by(*groups)
            ).all()
        if not rows:
            return False
        for row in rows:
            self._add(row)
        self._seq = max(int(row[-3]) for row in rows)
        return True

    def _add(self, row: Any) -> None:
        hour, event, outcome, client, agency, provider, service, version, reason = row[:9]
        count, first, last = int(row[9]), _when(row[11]), _when(row[12])
        figures = self._figures
        figures.entries += count
        figures.first = min(figures.first, first) if figures.first else first
        figures.last = max(figures.last, last) if figures.last else last
        if event in _CALLS:
            counter = figures.calls
            target = str(provider or "?")
            label = "/".join(str(v or "") for v in (provider, service, version))
        elif event in _DELIVERIES:
            counter = figures.deliveries
            target = str(service or "?")  # the dataset; its agency is read later
            label = f"sync {target}"
        else:
            return
        counter[str(outcome)] += count
        if outcome == "allowed":
            figures.hours[str(hour)] += count
            figures.sharing[(str(agency or client), target)] += count
            figures.allowed_by_service[label] += count
        elif outcome == "denied":
            figures.refusals[reason_code(reason)] += count
            figures.refused_by_service[label] += count


def _when(value: object) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
