"""Audit figures for Prometheus: the writer's queue and commits, the chain's last checkpoint.

Every release of personal data waits for its audit entry to commit, so a growing queue, slow
or failing commits, or a tail left unsealed are what an operator pages on. The writer's figures
are its own counters (no metrics library on the hot path); the chain's come from the one-row
``audit_head`` at scrape time. No label at all: there is one chain.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
)

from lienthong.audit._canonical import parse_time
from lienthong.audit._log import AuditLog
from lienthong.audit._writer import COMMIT_BUCKETS, CommitStats


class AuditCollector:
    """A Prometheus collector over ``writer`` (an :class:`AuditWriter`) and ``log``.

    ``writer`` may be any object (benchmarks pass their own): figures it lacks are left out.
    """

    def __init__(self, log: AuditLog, writer: Any = None) -> None:
        self.log = log
        self.writer = writer

    def describe(self) -> list[Any]:
        return []

    def collect(self) -> Iterator[Any]:
        yield from self._writer_figures()
        head = self.log.head()
        yield GaugeMetricFamily(
            "lienthong_audit_head_seq", "Sequence number of the last audit entry.", head.seq
        )
        yield GaugeMetricFamily(
            "lienthong_audit_entries_since_checkpoint",
            "Audit entries written after the last signed checkpoint (not yet sealed).",
            head.seq - head.checkpoint_seq,
        )
        if head.checkpoint_seq:
            yield GaugeMetricFamily(
                "lienthong_audit_last_checkpoint_timestamp_seconds",
                "When the last signed checkpoint was made (Unix seconds).",
                parse_time(head.checkpoint_time).timestamp(),
            )
        yield GaugeMetricFamily(
            "lienthong_audit_checkpoint_interval_seconds",
            "Configured cadence: the tail is sealed at least this often while entries arrive.",
            self.log.checkpoint_interval_s,
        )
        yield GaugeMetricFamily(
            "lienthong_audit_checkpoint_every_entries",
            "Configured cadence: a checkpoint at least every this many entries.",
            self.log.checkpoint_every,
        )

    def _writer_figures(self) -> Iterator[Any]:
        depth = getattr(self.writer, "queue_depth", None)
        if isinstance(depth, int):
            yield GaugeMetricFamily(
                "lienthong_audit_queue_depth",
                "Audit entries waiting for their commit (their callers wait too).",
                depth,
            )
        stats = getattr(self.writer, "commits", None)
        if not isinstance(stats, CommitStats):
            return
        commits = CounterMetricFamily(
            "lienthong_audit_commits",
            "Audit batch commits by outcome (a failed commit fails every call in its batch).",
            labels=["outcome"],
        )
        commits.add_metric(["committed"], stats.committed)
        commits.add_metric(["failed"], stats.failed)
        yield commits
        written = getattr(self.writer, "written", None)
        if isinstance(written, int):
            yield CounterMetricFamily(
                "lienthong_audit_entries_written", "Audit entries committed.", written
            )
        bounds = [str(bound) for bound in COMMIT_BUCKETS] + ["+Inf"]
        buckets = [(bound, float(n)) for bound, n in zip(bounds, stats.cumulative(), strict=True)]
        yield HistogramMetricFamily(
            "lienthong_audit_commit_seconds",
            "Time to commit one audit batch (hash, insert, checkpoint, fsync).",
            buckets=buckets,
            sum_value=stats.sum_s,
        )
        if stats.last_failure_ts is not None:
            yield GaugeMetricFamily(
                "lienthong_audit_last_commit_failure_timestamp_seconds",
                "When an audit commit last failed (Unix seconds).",
                stats.last_failure_ts,
            )
