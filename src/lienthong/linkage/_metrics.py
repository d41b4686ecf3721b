"""Linkage figures for Prometheus, read from the stored runs when ``/metrics`` is scraped.

Per dataset: when it was last linked, how many of its records that run indexed, and the share
of them linked to a record of another dataset (the run's coverage, kept in its summary by
:func:`~lienthong.linkage._index.coverage`). Reading the last runs' summaries is one small
query; the master index itself is never scanned at scrape time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import select

from lienthong.linkage._tables import link_runs
from lienthong.store import Store

#: How many recent runs are read to find each dataset's last one.
RECENT_RUNS = 50


class LinkageCollector:
    """A Prometheus collector over the linkage runs of ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def describe(self) -> list[Any]:
        return []

    def collect(self) -> Iterator[Any]:
        with self.store.connect() as conn:
            runs = conn.execute(
                select(link_runs.c.finished_at, link_runs.c.datasets, link_runs.c.summary)
                .order_by(link_runs.c.id.desc())
                .limit(RECENT_RUNS)
            ).all()
        last_run = GaugeMetricFamily(
            "lienthong_linkage_last_run_timestamp_seconds",
            "When the last linkage run that linked the dataset finished (Unix seconds).",
            labels=["dataset"],
        )
        records = GaugeMetricFamily(
            "lienthong_linkage_records",
            "The dataset's records indexed by its last linkage run.",
            labels=["dataset"],
        )
        linked = GaugeMetricFamily(
            "lienthong_linkage_coverage_ratio",
            "Share of the dataset's records linked to a record of another dataset (last run).",
            labels=["dataset"],
        )
        seen: set[str] = set()
        for finished_at, datasets_json, summary_json in runs:  # newest first
            coverage = json.loads(summary_json).get("coverage", {})
            for dataset in json.loads(datasets_json):
                if dataset in seen:
                    continue
                seen.add(dataset)
                last_run.add_metric([dataset], _epoch(finished_at))
                counts = coverage.get(dataset)
                if counts:  # runs before coverage was kept have none
                    records.add_metric([dataset], float(counts["records"]))
                    share = counts["linked"] / counts["records"] if counts["records"] else 0.0
                    linked.add_metric([dataset], share)
        yield from (last_run, records, linked)


def _epoch(moment: datetime) -> float:
    """A stored ``DateTime(timezone=True)`` as Unix seconds (SQLite hands it back naive, UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()
