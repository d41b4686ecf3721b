"""Sync figures for Prometheus, read from the platform store when ``/metrics`` is scraped.

What an operator pages on: a subscription falling behind (changes and seconds), changes that
went to dead letters, a capture that stopped. Labels are registered names only (subscription,
dataset), never a record key or a CCCD. The queries are the ones ``lienthong sync status``
runs: index lookups per subscription plus one read of the capture table. Change logs are
opened once and kept (a NATS connection is not rebuilt on every scrape).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from sqlalchemy import select

from lienthong.store import Store
from lienthong.sync._lag import subscription_lag
from lienthong.sync._log import ChangeLog, open_log
from lienthong.sync._tables import sync_capture

#: The capture states ``sync_capture.status`` takes (a bounded label set).
CAPTURE_STATES = ("idle", "running", "paused", "error")


class SyncCollector:
    """A Prometheus collector over the sync tables of ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._logs: dict[str, ChangeLog] = {}
        self._lock = threading.Lock()  # a NATS log runs its own loop: one scrape at a time

    def describe(self) -> list[Any]:
        return []  # families depend on the store's contents: not registered up front

    def collect(self) -> Iterator[Any]:
        with self._lock:
            try:
                yield from self._collect()
            except Exception:
                self.close()  # a broken NATS connection is rebuilt on the next scrape
                raise

    def close(self) -> None:
        for log in self._logs.values():
            log.close()
        self._logs.clear()

    def _collect(self) -> Iterator[Any]:
        with self.store.connect() as conn:
            captures = conn.execute(
                select(
                    sync_capture.c.dataset,
                    sync_capture.c.log_url,
                    sync_capture.c.status,
                    sync_capture.c.captured,
                    sync_capture.c.last_commit_ts,
                )
            ).all()
        for capture in captures:
            url = capture.log_url or "store"
            if url not in self._logs:
                self._logs[url] = open_log(self.store, url)
        lag = subscription_lag(self.store, self._logs)

        head = GaugeMetricFamily(
            "lienthong_sync_log_head",
            "Sequence number of the last change logged for the dataset (the capture position).",
            labels=["dataset"],
        )
        captured = CounterMetricFamily(
            "lienthong_sync_captured_changes",
            "Changes captured from the dataset's source since it was first watched.",
            labels=["dataset"],
        )
        committed = GaugeMetricFamily(
            "lienthong_sync_capture_last_commit_timestamp_seconds",
            "Source commit time of the last change captured (Unix seconds).",
            labels=["dataset"],
        )
        state = GaugeMetricFamily(
            "lienthong_sync_capture_state",
            "1 for the capture's current state; error: its source or change log cannot be read.",
            labels=["dataset", "state"],
        )
        for capture in captures:
            dataset = str(capture.dataset)
            log = self._logs[capture.log_url or "store"]
            head.add_metric([dataset], float(log.head(dataset)))
            captured.add_metric([dataset], float(capture.captured or 0))
            if capture.last_commit_ts is not None:
                committed.add_metric([dataset], float(capture.last_commit_ts))
            status = str(capture.status)
            for known in CAPTURE_STATES:
                state.add_metric([dataset, known], 1.0 if known == status else 0.0)
        yield from (head, captured, committed, state)

        labels = ["subscription", "dataset"]
        families = {
            "lag_changes": GaugeMetricFamily(
                "lienthong_sync_lag_changes",
                "Changes logged for the dataset and not yet delivered to the subscription.",
                labels=labels,
            ),
            "lag_seconds": GaugeMetricFamily(
                "lienthong_sync_lag_seconds",
                "Age of the oldest undelivered change (0 when the subscription is caught up).",
                labels=labels,
            ),
            "position": GaugeMetricFamily(
                "lienthong_sync_subscription_position",
                "Sequence number of the last change delivered to the subscription.",
                labels=labels,
            ),
            "dead_letters": GaugeMetricFamily(
                "lienthong_sync_dead_letters",
                "Changes the subscriber could not apply, waiting in dead letters.",
                labels=labels,
            ),
            "active": GaugeMetricFamily(
                "lienthong_sync_subscription_active",
                "1 while the subscription is delivered to, 0 when delivery paused it.",
                labels=labels,
            ),
            "failing": GaugeMetricFamily(
                "lienthong_sync_subscription_failing",
                "1 when the last delivery attempt failed (sync status shows the error).",
                labels=labels,
            ),
            "delivered": GaugeMetricFamily(
                "lienthong_sync_last_delivery_timestamp_seconds",
                "When the subscription last received changes (Unix seconds).",
                labels=labels,
            ),
        }
        for record in lag:
            values = [record.subscription, record.dataset]
            families["lag_changes"].add_metric(values, float(record.lag_changes))
            families["lag_seconds"].add_metric(values, record.lag_seconds)
            families["position"].add_metric(values, float(record.position))
            families["dead_letters"].add_metric(values, float(record.dead_letters))
            families["active"].add_metric(values, 1.0 if record.active else 0.0)
            families["failing"].add_metric(values, 1.0 if record.last_error else 0.0)
            if record.last_delivered_at is not None:
                families["delivered"].add_metric(values, record.last_delivered_at.timestamp())
        yield from families.values()
