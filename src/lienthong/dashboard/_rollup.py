"""Exchange figures from the audit log's hourly rollups, cached by closed hour.

The audit log is the one place every call, refusal and delivery is recorded, so the dashboard's
exchange figures come from it rather than from a second counter that could drift. The append
itself keeps hourly counts per event, outcome, agencies, service and refusal reason in
``audit_rollup`` and latency histograms per service in ``audit_latency``
(``lienthong.audit._rollup``), so no view scans the raw log.

A view should not even grow with the rollups (a year is 8,760 hours of rows), so an
:class:`AuditRollup` splits time at a *cut*, the start of the hour before the current one:

* hours before the cut are *closed*: summed once by the database (one ``GROUP BY`` per day and
  label, not per hour) and kept in memory as figures, then extended hour by hour as the cut
  moves, reading only the hours that closed;
* hours from the cut on are *open*: read on every view (an index range of the primary key, a
  few rows per service) and added to a copy of the closed figures.

An entry written late into a closed hour is caught by ``seq``: every rollup row carries the last
audit seq folded into it and appends commit in seq order, so a row below the cut with a seq
past the one remembered means the closed figures are stale, and they are summed again. Memory
holds figures per day and per label, never per rollup row. The rows carry no CCCD (only bounded
labels), so neither do the figures.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from lienthong.audit._rollup import audit_latency, audit_rollup, p95_ms
from lienthong.store import Store

#: Events that release (or refuse to release) data to another agency.
_CALLS = {"SERVICE_CALL", "SERVICE_CALL_REFUSED", "SERVICE_CALL_FAILED"}
_DELIVERIES = {"SYNC_DELIVERY", "SYNC_DELIVERY_REFUSED", "SYNC_DELIVERY_FAILED"}
_LABELS = "event, outcome, client_agency, provider, service, version, reason"
_END = "9999"  # sorts after every "YYYY-MM-DDTHH"


@dataclass
class ExchangeFigures:
    """What the overview shows about exchange: totals, refusals, trend and who uses whose data."""

    first: datetime | None = None
    last: datetime | None = None
    entries: int = 0
    calls: Counter[str] = field(default_factory=Counter)  # allowed / denied / error
    deliveries: Counter[str] = field(default_factory=Counter)
    refusals: Counter[str] = field(default_factory=Counter)  # reason code -> count
    per_day: Counter[str] = field(default_factory=Counter)  # "YYYY-MM-DD" (UTC) -> released calls
    #: (client agency, provider agency or dataset) -> released calls and deliveries
    sharing: Counter[tuple[str, str]] = field(default_factory=Counter)
    refused_by_service: Counter[str] = field(default_factory=Counter)
    allowed_by_service: Counter[str] = field(default_factory=Counter)
    #: "provider/service/version" -> latency bucket -> calls (``audit._rollup.LATENCY_BOUNDS_MS``)
    latency: dict[str, Counter[int]] = field(default_factory=dict)

    def days(self) -> list[tuple[str, int]]:
        """Released calls per day, oldest first."""
        return sorted(self.per_day.items())

    def p95_ms(self, label: str) -> float | None:
        """The service's p95 latency (its bucket's upper bound), ``None`` without timed calls."""
        return p95_ms(self.latency.get(label, {}))

    def copy(self) -> ExchangeFigures:
        counters = ("calls", "deliveries", "refusals", "per_day", "sharing")
        found = ExchangeFigures(self.first, self.last, self.entries)
        for name in (*counters, "refused_by_service", "allowed_by_service"):
            getattr(found, name).update(getattr(self, name))
        found.latency = {label: Counter(buckets) for label, buckets in self.latency.items()}
        return found


def _hour(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H")


class AuditRollup:
    """The exchange figures of the whole log: closed hours cached, open hours read per view."""

    def __init__(self, store: Store, now: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self._now = now or (lambda: datetime.now(UTC))
        self._seq = 0
        self._cut: str | None = None
        self._closed = ExchangeFigures()
        self._lock = threading.Lock()
        self._mark = "?" if store.dialect == "sqlite" else "%s"

    def figures(self) -> ExchangeFigures:
        with self._lock, self._store.connect() as conn:
            run = conn.exec_driver_sql
            top = max(
                int(run(f"SELECT coalesce(max(seq), 0) FROM {table.name}").scalar_one())
                for table in (audit_rollup, audit_latency)
            )
            cut = _hour(self._now() - timedelta(hours=1))
            if self._cut is None or self._late(run):
                self._closed = ExchangeFigures()
                self._add_hours(run, self._closed, "", cut)
            elif cut > self._cut:
                self._add_hours(run, self._closed, self._cut, cut)
            self._cut, self._seq = max(cut, self._cut or cut), top
            found = self._closed.copy()
            self._add_hours(run, found, self._cut, _END)
            return found

    @property
    def seq(self) -> int:
        """The highest audit seq the figures include."""
        return self._seq

    def _late(self, run: Callable[..., Any]) -> bool:
        """Whether a closed hour's row moved since the closed figures were summed."""
        return any(
            run(
                f"SELECT 1 FROM {table.name} WHERE seq > {self._mark} AND hour < {self._mark}"
                " LIMIT 1",
                (self._seq, self._cut),
            ).first()
            for table in (audit_rollup, audit_latency)
        )

    def _add_hours(
        self, run: Callable[..., Any], figures: ExchangeFigures, low: str, high: str
    ) -> None:
        """Add the hours ``low`` ≤ hour < ``high`` to ``figures``, summed by the database."""
        mark, bounds = self._mark, (low, high)
        counts = run(
            f"SELECT substr(hour, 1, 10), {_LABELS}, sum(count), min(first_time),"
            f" max(last_time) FROM {audit_rollup.name}"
            f" WHERE hour >= {mark} AND hour < {mark} GROUP BY substr(hour, 1, 10), {_LABELS}",
            bounds,
        ).all()
        for row in counts:
            _add(figures, row)
        buckets = run(
            f"SELECT provider, service, version, bucket, sum(count) FROM {audit_latency.name}"
            f" WHERE hour >= {mark} AND hour < {mark} GROUP BY provider, service, version, bucket",
            bounds,
        ).all()
        for provider, service, version, bucket, count in buckets:
            label = f"{provider}/{service}/{version}"
            figures.latency.setdefault(label, Counter())[int(bucket)] += int(count)


def _add(figures: ExchangeFigures, row: Sequence[Any]) -> None:
    day, event, outcome, agency, provider, service, version, reason, total, first, last = row
    count = int(total)
    figures.entries += count
    first, last = _when(first), _when(last)
    figures.first = min(figures.first, first) if figures.first else first
    figures.last = max(figures.last, last) if figures.last else last
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
        figures.per_day[day] += count
        figures.sharing[(agency, target)] += count
        figures.allowed_by_service[label] += count
    elif outcome == "denied":
        figures.refusals[reason or "unknown"] += count
        figures.refused_by_service[label] += count


def _when(value: object) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
