"""PostgreSQL: the quality history becomes range partitions of the run id.

``quality_runs``, ``quality_results`` and ``quality_scores`` grow by a row per check per dataset
on every run, without bound; partitioned (``lienthong.quality._tables``), retention drops whole
partitions of old runs instead of deleting rows one by one. A store made before this revision
is converted in place by the store's one conversion (``lienthong.store._partitions.convert``):
rows, indexes, the id sequences and the foreign keys from results and scores to their run are
kept; ``quality_results``' primary key becomes ``(id, run_id)`` (a partitioned table's unique
keys must hold its partition key; ``id`` stays unique, being drawn from its sequence). All in
the upgrade's one transaction, so a failure leaves the store as it was. SQLite stores are
unchanged.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: The width a converted store's partitions get, in runs (fixed here: a later change to the
#: model's ``RUNS_PER_PARTITION`` must not change what this revision did).
WIDTH = 100


def upgrade() -> None:
    from lienthong.store._partitions import convert

    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, key in (
        ("quality_runs", "id"),
        ("quality_results", "run_id"),
        ("quality_scores", "run_id"),
    ):
        convert(bind, table, key, width=WIDTH)


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
