"""Exchange figures from the audit log's hourly rollups, read incrementally.

The audit log is the one place every call, refusal and delivery is recorded, so the dashboard's
exchange figures come from it rather than from a second counter that could drift. The append
itself keeps hourly counts per event, outcome, agencies, service and refusal reason in
``audit_rollup`` (``lienthong.audit._rollup``), so no view scans the raw log: a
:class:`AuditRollup` reads the rollup rows once, then on each view only the rows whose ``seq``
moved past the highest one it has seen, and adds the difference of their counts. The rows carry
no CCCD (only bounded labels), so neither do the figures.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from lienthong.audit._rollup import KEYS, audit_rollup
from lienthong.store import Store

#: Events that release (or refuse to release) data to another agency.
_CALLS = {"SERVICE_CALL", "SERVICE_CALL_REFUSED", "SERVICE_CALL_FAILED"}
_DELIVERIES = {"SYNC_DELIVERY", "SYNC_DELIVERY_REFUSED", "SYNC_DELIVERY_FAILED"}


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
    """Fold the audit log's hourly rollup rows into :class:`ExchangeFigures`, only changed ones.

    Each row's ``seq`` is the last audit entry added to it, and appends commit in seq order (the
    chain's lock), so the rows with ``seq`` above the highest seen are exactly those that moved;
    their counts replace the ones remembered, and the figures take the difference.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._seq = 0
        self._counts: dict[tuple[str, ...], int] = {}
        self._figures = ExchangeFigures()
        self._lock = threading.Lock()

    def figures(self) -> ExchangeFigures:
        with self._lock:
            self._fold()
            return self._figures

    @property
    def seq(self) -> int:
        """The highest audit seq folded in so far."""
        return self._seq

    def _fold(self) -> None:
        # Plain SQL on the driver: the first view reads every row (12,000 for 200,000 calls over
        # a month), and SQLAlchemy's per-row objects cost more than the folding itself.
        mark = "?" if self._store.dialect == "sqlite" else "%s"
        sql = (
            f"SELECT {', '.join(KEYS)}, count, first_time, last_time, seq"
            f" FROM {audit_rollup.name} WHERE seq > {mark}"
        )
        with self._store.connect() as conn:
            rows = conn.exec_driver_sql(sql, (self._seq,)).all()
        if not rows:
            return
        counts, size = self._counts, len(KEYS)
        for row in rows:
            key = tuple(row[:size])
            count = int(row[size])
            self._add(key, count - counts.get(key, 0))
            counts[key] = count
        figures = self._figures
        first = _when(min(row[size + 1] for row in rows))
        last = _when(max(row[size + 2] for row in rows))
        figures.first = min(figures.first, first) if figures.first else first
        figures.last = max(figures.last, last) if figures.last else last
        self._seq = max(self._seq, max(int(row[-1]) for row in rows))

    def _add(self, key: tuple[str, ...], count: int) -> None:
        hour, event, outcome, agency, provider, service, version, reason = key
        figures = self._figures
        figures.entries += count
        if event in _CALLS:
            counter = figures.calls
            target = provider or "?"
            label = f"{provider}/{service}/{version}"
        elif event in _DELIVERIES:
            counter = figures.deliveries
            target = service or "?"  # the dataset; its agency is read later
            label = f"sync {target}"
        else:
            return
        counter[outcome] += count
        if outcome == "allowed":
            figures.hours[hour] += count
            figures.sharing[(agency, target)] += count
            figures.allowed_by_service[label] += count
        elif outcome == "denied":
            figures.refusals[reason or "unknown"] += count
            figures.refused_by_service[label] += count


def _when(value: object) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
