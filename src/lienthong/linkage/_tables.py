"""Master index tables in the platform store.

``link_master_index`` has one row per source record: its master id, the evidence that put it
there (a deterministic rule or Splink's match weight and probability) and when. It also keeps
the record's normalised comparison keys, so one new record can be resolved against the index
(indexed blocking lookups, then Splink scoring) without relinking everything.
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

link_runs = Table(
    "link_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
    Column("datasets", Text, nullable=False),  # JSON list of dataset ids
    Column("summary", Text, nullable=False),  # JSON: counts and timings
    Column("model", Text, nullable=True),  # Splink model JSON (None: deterministic only)
)

link_master_index = Table(
    "link_master_index",
    metadata,
    Column("source_dataset", String(200), primary_key=True),
    Column("record_key", String(200), primary_key=True),
    Column("master_id", String(16), nullable=False, index=True),
    Column("entity_type", String(10), nullable=False),
    Column("evidence", String(20), nullable=False),
    Column("match_weight", Float, nullable=True),
    Column("match_probability", Float, nullable=True),
    Column("run_id", Integer, ForeignKey("link_runs.id"), nullable=True),
    Column("linked_at", DateTime(timezone=True), nullable=False),
    # normalised keys (what the linker compared), for incremental resolution
    Column("full_name", String(200), nullable=True),
    Column("name_key", String(200), nullable=True),
    Column("name_sorted", String(200), nullable=True),
    Column("family_name", String(50), nullable=True),
    Column("given_name", String(50), nullable=True),
    Column("birth_date", String(10), nullable=True),
    Column("birth_year", Integer, nullable=True),
    Column("sex", String(1), nullable=True),
    Column("cccd", String(12), nullable=True, index=True),
    Column("cccd_ok", Integer, nullable=True),
    Column("cmnd", String(12), nullable=True, index=True),
    Column("ident", String(40), nullable=True),
    Column("mst", String(13), nullable=True),
    Column("ward_code", String(5), nullable=True),
    Column("ward_codes", String(100), nullable=True),  # space-separated candidates
    Column("address_key", String(300), nullable=True),
    Column("email", String(200), nullable=True),
    Column("tf_name_key", Float, nullable=True),
    # the record's group after the run's identifier links (its smallest record, DATASET/KEY)
    # and the trusted CCCD that group holds: with ``link_pairs`` they let ``link evaluate``
    # cluster the run again at any threshold (``_curve``)
    Column("group_root", String(401), nullable=True),
    Column("group_anchor", String(12), nullable=True),
    Index("ix_link_name_year", "name_key", "birth_year"),
    Index("ix_link_sorted_year", "name_sorted", "birth_year"),
    Index("ix_link_name_ward", "name_key", "ward_code"),
    Index("ix_link_birth_ward", "birth_date", "ward_code"),
)

#: pairs in the uncertain band of a run, for a clerk: pending until accepted or rejected; the
#: decisions outlive runs and the next run obeys them (``_review``)
link_review = Table(
    "link_review",
    metadata,
    Column("record_l", String(401), primary_key=True),  # DATASET/KEY, the smaller of the two
    Column("record_r", String(401), primary_key=True),
    Column("match_weight", Float, nullable=True),
    Column("match_probability", Float, nullable=True),
    Column("run_id", Integer, ForeignKey("link_runs.id"), nullable=True),
    Column("decision", String(10), nullable=False, index=True),  # pending, accepted, rejected
    Column("decided_by", String(128), nullable=True),
    Column("decided_at", DateTime(timezone=True), nullable=True),
    Column("reason", Text, nullable=True),
)

#: the last run's scored pairs down to ``LinkSettings.pair_floor`` (at most ``max_stored_pairs``,
#: the most probable kept): ``link evaluate`` draws its precision/recall curve from them
link_pairs = Table(
    "link_pairs",
    metadata,
    Column("record_l", String(401), primary_key=True),  # DATASET/KEY as Splink paired them
    Column("record_r", String(401), primary_key=True),
    Column("match_weight", Float, nullable=False),
    Column("match_probability", Float, nullable=False),
    Column("run_id", Integer, ForeignKey("link_runs.id"), nullable=False),
)
