"""Quality runs in the platform store: every run, every check result, every score.

Kept long (narrow rows, one per check per run) so trends are one ``GROUP BY`` away:
``SELECT started_at, score FROM quality_scores JOIN quality_runs … WHERE subject = 'CA-HCM'``.

The history grows without bound (a run a day writes a row per check per dataset), so on
PostgreSQL the three tables are range partitions of the run id (``quality_runs`` by ``id``, the
others by ``run_id``; :mod:`lienthong.store._partitions`), ``RUNS_PER_PARTITION`` runs each: ids
rise with time, so a partition is a span of time that retention (``lienthong quality archive``)
drops whole, and the reads, which all name run ids, are pruned to the partitions they need
without being rewritten. A run's results and scores share its id, so its rows always sit in
the same-numbered partition of each table. SQLite stores are not partitioned.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    event,
)

from lienthong.store import _partitions, metadata

quality_runs = Table(
    "quality_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
    Column("as_of", String(10), nullable=False),  # the day freshness is judged against
    Column("rule_version", String(12), nullable=False),
    Column("rules_path", Text),
    Column("datasets", Integer, nullable=False),
    Column("checks", Integer, nullable=False),
    Column("errors", Integer, nullable=False),
    Column("elapsed_s", Float, nullable=False),
)

quality_results = Table(
    "quality_results",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("quality_runs.id", ondelete="CASCADE"), nullable=False),
    Column("dataset", String(200), nullable=False),
    Column("agency", String(50), nullable=False),
    Column("check_name", String(300), nullable=False),
    Column("kind", String(60), nullable=False),
    Column("criterion", String(10)),
    Column("columns", Text, nullable=False),  # comma-joined
    Column("engine", String(20), nullable=False),
    Column("rule_version", String(12), nullable=False),
    Column("total", Integer, nullable=False),
    Column("failed", Integer, nullable=False),
    Column("score", Float),
    Column("observed", Float),
    Column("note", Text),
    Column("error", Text),
    Column("elapsed_ms", Float, nullable=False),
    Index("ix_quality_results_run_dataset", "run_id", "dataset"),
)

quality_scores = Table(
    "quality_scores",
    metadata,
    Column("run_id", Integer, ForeignKey("quality_runs.id", ondelete="CASCADE"), primary_key=True),
    Column("scope", String(10), primary_key=True),  # dataset | agency | city
    Column("subject", String(200), primary_key=True),
    Column("criterion", String(10), primary_key=True),  # đúng | đủ | sạch | sống | overall
    Column("score", Float),
    Column("checks", Integer, nullable=False),
    Index("ix_quality_scores_subject", "scope", "subject", "criterion"),
)

#: Runs per partition in a new PostgreSQL store (and in one converted by migration 0011).
RUNS_PER_PARTITION = 100

#: Each partitioned table and the column its ranges are of.
PARTITION_KEYS = {
    quality_runs.name: "id",
    quality_results.name: "run_id",
    quality_scores.name: "run_id",
}


def _partition(target: Table, connection: Connection, **_: Any) -> None:
    """A new PostgreSQL store: the empty table becomes partitioned the way migration 0011
    converts an existing one (one conversion for both, so they cannot differ)."""
    if connection.dialect.name == "postgresql":
        _partitions.convert(
            connection, target.name, PARTITION_KEYS[target.name], width=RUNS_PER_PARTITION
        )


for _table in (quality_runs, quality_results, quality_scores):
    event.listen(_table, "after_create", _partition)
