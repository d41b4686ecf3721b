"""Quality runs in the platform store: every run, every check result, every score.

Kept long (narrow rows, one per check per run) so trends are one ``GROUP BY`` away:
``SELECT started_at, score FROM quality_scores JOIN quality_runs … WHERE subject = 'CA-HCM'``.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from lienthong.store import metadata

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
