"""Exchange figures from the audit log, kept incrementally: each view reads only new entries.

The audit log is the one place every call, refusal and delivery is recorded, so the dashboard's
exchange figures come from it rather than from a second counter that could drift. Parsing every
entry for every page view would grow with the log; instead a :class:`AuditRollup` remembers the
last ``seq`` it folded in and, on each view, folds in only the entries after it into hourly
buckets (the granularity a leader's trend needs). Entries carry no CCCD in clear (only keyed
hashes), and the rollup keeps none of those either.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

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


class AuditRollup:
    """Fold audit entries into :class:`ExchangeFigures`, only the ones not yet seen."""

    def __init__(self, store: Store, *, batch: int = 20_000) -> None:
        self._store = store
        self._batch = batch
        self._seq = 0
        self._figures = ExchangeFigures()
        self._lock = threading.Lock()

    def figures(self) -> ExchangeFigures:
        with self._lock:
            while self._fold() == self._batch:
                pass
            return self._figures

    def _fold(self) -> int:
        query = (
            select(audit_entry.c.seq, audit_entry.c.entry)
            .where(audit_entry.c.seq > self._seq)
            .order_by(audit_entry.c.seq)
            .limit(self._batch)
        )
        with self._store.connect() as conn:
            rows = conn.execute(query).all()
        for seq, text in rows:
            self._add(json.loads(text))
            self._seq = int(seq)
        return len(rows)

    def _add(self, entry: dict[str, object]) -> None:
        figures = self._figures
        figures.entries += 1
        when = datetime.fromisoformat(str(entry["time"]).replace("Z", "+00:00"))
        figures.first = figures.first or when
        figures.last = when
        event, outcome = str(entry["event"]), str(entry["outcome"])
        if event in _CALLS:
            counter = figures.calls
            target = str(entry.get("provider") or "?")
            label = "/".join(str(entry.get(k) or "") for k in ("provider", "service", "version"))
        elif event in _DELIVERIES:
            counter = figures.deliveries
            target = str(entry.get("service") or "?")  # the dataset; its agency is read later
            label = f"sync {target}"
        else:
            return
        counter[outcome] += 1
        if outcome == "allowed":
            figures.hours[str(entry["time"])[:13]] += 1
            figures.sharing[(str(entry.get("client_agency") or entry["client"]), target)] += 1
            figures.allowed_by_service[label] += 1
        elif outcome == "denied":
            figures.refusals[reason_code(entry.get("reason"))] += 1  # type: ignore[arg-type]
            figures.refused_by_service[label] += 1
