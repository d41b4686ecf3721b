"""Quality figures for Prometheus, read from the stored runs when ``/metrics`` is scraped.

Per dataset: when its checks last ran, how many of them passed, failed or could not run, and
its scores by criterion (đúng, đủ, sạch, sống, overall). A run may cover only some datasets,
so each dataset's figures come from the last run that checked it. Labels: dataset, agency,
criterion, result — all bounded by the registry and the rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from typing import Any

from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import case, func, select

from lienthong.quality._tables import quality_results, quality_runs, quality_scores
from lienthong.store import Store


class QualityCollector:
    """A Prometheus collector over the quality tables of ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def describe(self) -> list[Any]:
        return []

    def collect(self) -> Iterator[Any]:
        s, r, q = quality_scores, quality_runs, quality_results
        with self.store.connect() as conn:
            # the last run per dataset: one row per dataset and run in quality_scores
            latest = dict(
                conn.execute(
                    select(s.c.subject, func.max(s.c.run_id))
                    .where(s.c.scope == "dataset")
                    .group_by(s.c.subject)
                ).all()
            )
            runs = set(latest.values())
            finished = dict(
                conn.execute(select(r.c.id, r.c.finished_at).where(r.c.id.in_(runs))).all()
            )
            checks = conn.execute(
                select(
                    q.c.run_id,
                    q.c.dataset,
                    q.c.agency,
                    func.count(),
                    func.sum(case((q.c.error.is_not(None), 1), else_=0)),
                    func.sum(case((q.c.error.is_(None) & (q.c.failed > 0), 1), else_=0)),
                )
                .where(q.c.run_id.in_(runs))
                .group_by(q.c.run_id, q.c.dataset, q.c.agency)
            ).all()
            scores = conn.execute(
                select(s.c.run_id, s.c.subject, s.c.criterion, s.c.score).where(
                    s.c.scope == "dataset", s.c.run_id.in_(runs)
                )
            ).all()

        agency: dict[str, str] = {}
        counts = GaugeMetricFamily(
            "lienthong_quality_checks",
            "Checks of the dataset in its last quality run, by result (passed, failed, error).",
            labels=["dataset", "agency", "result"],
        )
        for run_id, dataset, owner, total, errors, failed in checks:
            if latest.get(dataset) != run_id:
                continue
            agency[dataset] = owner
            errors, failed = int(errors or 0), int(failed or 0)
            for result, value in (
                ("passed", int(total) - errors - failed),
                ("failed", failed),
                ("error", errors),
            ):
                counts.add_metric([dataset, owner, result], float(value))
        last_run = GaugeMetricFamily(
            "lienthong_quality_last_run_timestamp_seconds",
            "When the last quality run that checked the dataset finished (Unix seconds).",
            labels=["dataset", "agency"],
        )
        for dataset, run_id in sorted(latest.items()):
            when = finished.get(run_id)
            if when is not None:
                last_run.add_metric([dataset, agency.get(dataset, "")], _epoch(when))
        score = GaugeMetricFamily(
            "lienthong_quality_score",
            "The dataset's score (0-100) by criterion in its last quality run.",
            labels=["dataset", "agency", "criterion"],
        )
        for run_id, dataset, criterion, value in scores:
            if latest.get(dataset) == run_id and value is not None:
                score.add_metric([dataset, agency.get(dataset, ""), criterion], float(value))
        yield from (last_run, counts, score)


def _epoch(moment: Any) -> float:
    """A stored ``DateTime(timezone=True)`` as Unix seconds (SQLite hands it back naive, UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return float(moment.timestamp())
