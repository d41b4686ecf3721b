"""Sync tables in the platform store.

Times are stored as Unix epoch seconds (float): lag arithmetic is then the same on SQLite and
PostgreSQL, and sub-millisecond latencies survive the round trip.

- ``sync_capture``: one row per watched dataset: where to read it, which change log it feeds,
  the saved capture position (resumed after a restart), snapshot progress and status.
- ``sync_change``: the embedded change log; ``seq`` orders it, ``change_id`` is unique so a
  re-sent change is recognised and dropped.
- ``sync_file_row``: the previous load of a CSV/Excel dataset (one hash per key) to diff against.
- ``sync_subscription``: who receives a dataset's changes, for what purpose, which fields, how,
  and their delivery cursor and last error.
- ``sync_dead_letter``: changes a subscriber could not apply, with the reason.
- ``sync_partition``: the cursor of each delivery worker when one subscription is delivered by
  several (``sync start --role deliver --partition K/N``); the subscription's own cursor is then
  the lowest of them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from lienthong.store import metadata

sync_capture = Table(
    "sync_capture",
    metadata,
    Column("dataset", String(200), primary_key=True),
    Column("kind", String(20), nullable=False),  # sqlite, postgresql, mariadb, csv, excel
    Column("url", Text, nullable=False),
    Column("table_name", String(200), nullable=False),
    Column("key_columns", JSON, nullable=False),
    Column("log_url", Text, nullable=False, default="store"),  # "store" or nats://host:port
    Column("position", Text, nullable=True),  # source-specific resume position
    Column(
        "snapshot_state", String(20), nullable=False, default="pending"
    ),  # pending/running/done/skipped
    Column("snapshot_cursor", Text, nullable=True),  # last key read by the initial snapshot
    Column("snapshot_epoch", String(40), nullable=True),
    Column("status", String(20), nullable=False, default="idle"),  # idle/running/paused/error
    Column("status_detail", Text, nullable=True),
    Column("status_ts", Float, nullable=True),
    Column("captured", BigInteger, nullable=False, default=0),
    Column("last_commit_ts", Float, nullable=True),
)

sync_change = Table(
    "sync_change",
    metadata,
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("change_id", String(32), nullable=False),
    Column("dataset", String(200), nullable=False),
    Column("op", String(10), nullable=False),
    Column("record_key", Text, nullable=False),
    Column("position", Text, nullable=False),
    Column("commit_ts", Float, nullable=False),
    Column("logged_ts", Float, nullable=False),
    Column("before_row", JSON, nullable=True),
    Column("after_row", JSON, nullable=True),
    UniqueConstraint("change_id", name="uq_sync_change_id"),
    Index("ix_sync_change_dataset_seq", "dataset", "seq"),
)

sync_file_row = Table(
    "sync_file_row",
    metadata,
    Column("dataset", String(200), primary_key=True),
    Column("record_key", Text, primary_key=True),
    Column("row_hash", String(64), nullable=False),
    Column("row_data", JSON, nullable=False),
)

sync_subscription = Table(
    "sync_subscription",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("dataset", String(200), nullable=False),
    Column("client", String(100), nullable=False),  # subscribing client system (gateway id)
    Column("client_agency", String(100), nullable=False),
    Column("purpose", Text, nullable=False),
    Column("fields", JSON, nullable=False),  # minimised: only these columns leave
    Column("mode", String(10), nullable=False),  # apply / webhook / pull
    Column("target", Text, nullable=True),  # apply: database URL; webhook: https URL
    Column("target_table", String(200), nullable=True),
    Column("mapping", JSON, nullable=True),  # apply: source column -> target column
    Column("target_key", JSON, nullable=True),  # apply: target columns matching the source key
    Column("on_missing", String(10), nullable=False, default="insert"),  # insert / ignore
    Column("apply_deletes", Boolean, nullable=False, default=True),
    Column("secret", Text, nullable=True),  # webhook HMAC key / pull token hash
    Column("active", Boolean, nullable=False, default=True),
    Column("created_ts", Float, nullable=False),
    Column("position", BigInteger, nullable=False, default=0),  # last seq delivered
    Column("delivered", BigInteger, nullable=False, default=0),
    Column("last_delivered_ts", Float, nullable=True),
    Column("last_commit_ts", Float, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("last_error_ts", Float, nullable=True),
)

sync_partition = Table(
    "sync_partition",
    metadata,
    Column("subscription", String(100), primary_key=True),
    Column("partitions", Integer, primary_key=True),  # N: how many workers share it
    Column("partition", Integer, primary_key=True),  # K: 0 … N-1
    Column("position", BigInteger, nullable=False),  # last seq this worker has moved past
)

sync_dead_letter = Table(
    "sync_dead_letter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subscription", String(100), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("change_id", String(32), nullable=False),
    Column("record_key", Text, nullable=False),
    Column("op", String(10), nullable=False),
    Column("reason", Text, nullable=False),
    Column("ts", Float, nullable=False),
    UniqueConstraint("subscription", "change_id", name="uq_sync_dead_letter"),
)
