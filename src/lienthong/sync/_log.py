"""The change log: durable, ordered, de-duplicating; one base class, two backends.

Capture appends changes in the source's commit order; subscribers read them back after a
cursor (``seq``). Because one capture writes a dataset's changes in order, the order per record
key is the source's commit order. A change whose ``change_id`` is already logged (capture
re-sending after a crash) is dropped, so re-sending is always safe.

Backends: :class:`StoreChangeLog` (the platform store, the embedded default) and
``NatsChangeLog`` (NATS JetStream, with ``Nats-Msg-Id`` de-duplication), chosen per dataset by
``log_url`` ("store" or "nats://…") through :func:`open_log`.
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite

from lienthong.errors import ConfigError
from lienthong.store import Store
from lienthong.sync._model import Change, LoggedChange, Row
from lienthong.sync._tables import sync_change


class ChangeLog(ABC):
    """Append changes; read them back in order after a cursor."""

    @abstractmethod
    def append(self, changes: Sequence[Change]) -> int:
        """Durably log ``changes`` in order, skipping logged ids; return how many were new."""

    @abstractmethod
    def read(self, dataset: str, after: int, limit: int) -> list[LoggedChange]:
        """Up to ``limit`` changes of ``dataset`` with ``seq > after``, in log order."""

    @abstractmethod
    def head(self, dataset: str) -> int:
        """The seq of the last logged change of ``dataset`` (0 when empty)."""

    @abstractmethod
    def count_after(self, dataset: str, after: int) -> int:
        """How many changes of ``dataset`` are logged after ``after`` (the lag in changes)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""


def _ts(moment: datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


_ROW_ENCODER = json.JSONEncoder()  # what SQLAlchemy's JSON type writes (None → 'null')
_SQLITE_APPEND = (
    "INSERT INTO sync_change (change_id, dataset, op, record_key, position, commit_ts,"
    " logged_ts, before_row, after_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (change_id) DO NOTHING"
)


_READ = (  # built once: delivery runs it every round, also when there is nothing new
    select(
        sync_change.c.seq,
        sync_change.c.dataset,
        sync_change.c.op,
        sync_change.c.record_key,
        sync_change.c.position,
        sync_change.c.commit_ts,
        sync_change.c.logged_ts,
        sync_change.c.before_row,
        sync_change.c.after_row,
    )
    .where(sync_change.c.dataset == bindparam("dataset"), sync_change.c.seq > bindparam("after"))
    .order_by(sync_change.c.seq)
    .limit(bindparam("limit"))
)


def _image(text: str | None) -> Row | None:
    """A row image stored as JSON text (``'null'`` when the change has none)."""
    if text is None or text == "null":
        return None
    image: Row = json.loads(text)
    return image


def _logged(row: Sequence[Any], before: Row | None, after: Row | None) -> LoggedChange:
    """A ``sync_change`` row (seq, dataset, op, key, position, commit_ts, logged_ts, …)."""
    seq, dataset, op, key, position, commit_ts, logged_ts = row[:7]
    return LoggedChange(
        seq=int(seq),
        change=Change(
            dataset, op, key, position, datetime.fromtimestamp(commit_ts, UTC), before, after
        ),
        logged_at=datetime.fromtimestamp(logged_ts, UTC),
    )


_SQLITE_READ = (
    "SELECT seq, dataset, op, record_key, position, commit_ts, logged_ts, before_row, after_row"
    " FROM sync_change WHERE dataset = ? AND seq > ? ORDER BY seq LIMIT ?"
)


class StoreChangeLog(ChangeLog):
    """The change log as a table of the platform store (SQLite or PostgreSQL)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _insert(self) -> Any:
        if self.store.dialect == "postgresql":
            return postgresql.insert(sync_change).on_conflict_do_nothing(
                index_elements=["change_id"]
            )
        return sqlite.insert(sync_change).on_conflict_do_nothing(index_elements=["change_id"])

    def append(self, changes: Sequence[Change]) -> int:
        if not changes:
            return 0
        with self.store.begin() as conn:
            return self.append_in(conn, changes)

    def append_in(self, conn: Any, changes: Sequence[Change]) -> int:
        """Append inside the caller's transaction (capture saves its position in the same one)."""
        if not changes:
            return 0
        now = time.time()
        if self.store.dialect == "sqlite":
            return self._append_sqlite(conn, changes, now)
        rows = [
            {
                "change_id": change.change_id,
                "dataset": change.dataset,
                "op": change.op,
                "record_key": change.key,
                "position": change.position,
                "commit_ts": _ts(change.commit_time),
                "logged_ts": now,
                "before_row": change.before,
                "after_row": change.after,
            }
            for change in changes
        ]
        # the driver reports no row count for a batched insert on PostgreSQL: count what the
        # insert returns (a re-sent change returns nothing, ON CONFLICT DO NOTHING)
        result = conn.execute(self._insert().returning(sync_change.c.seq), rows)
        return len(result.all())

    @staticmethod
    def _append_sqlite(conn: Any, changes: Sequence[Change], now: float) -> int:
        """The same rows as the SQLAlchemy insert (row images as the same JSON text), handed to
        the driver as plain tuples: SQLAlchemy's per-row parameter processing cost about as much
        CPU as SQLite's own insert, once per captured change."""
        encode = _ROW_ENCODER.encode
        rows = [
            (
                change.change_id,
                change.dataset,
                change.op,
                change.key,
                change.position,
                _ts(change.commit_time),
                now,
                "null" if change.before is None else encode(change.before),
                "null" if change.after is None else encode(change.after),
            )
            for change in changes
        ]
        count: int = conn.exec_driver_sql(_SQLITE_APPEND, rows).rowcount
        return max(count, 0)

    def read(self, dataset: str, after: int, limit: int) -> list[LoggedChange]:
        with self.store.connect() as conn:
            if self.store.dialect == "sqlite":  # row images decoded here, 'null' without a parse
                raw = conn.exec_driver_sql(_SQLITE_READ, (dataset, after, limit)).fetchall()
                return [_logged(row, _image(row[7]), _image(row[8])) for row in raw]
            params = {"dataset": dataset, "after": after, "limit": limit}
            rows = conn.execute(_READ, params).all()
        return [_logged(row, row[7], row[8]) for row in rows]

    def head(self, dataset: str) -> int:
        query = select(func.max(sync_change.c.seq)).where(sync_change.c.dataset == dataset)
        with self.store.connect() as conn:
            return int(conn.execute(query).scalar_one() or 0)

    def count_after(self, dataset: str, after: int) -> int:
        query = (
            select(func.count())
            .select_from(sync_change)
            .where(sync_change.c.dataset == dataset, sync_change.c.seq > after)
        )
        with self.store.connect() as conn:
            return int(conn.execute(query).scalar_one())


def open_log(store: Store, log_url: str) -> ChangeLog:
    """The change log named by ``log_url``: ``"store"`` (embedded) or ``nats://host:port``."""
    if log_url in ("", "store"):
        return StoreChangeLog(store)
    if log_url.startswith(("nats://", "tls://")):
        from lienthong.sync._nats import NatsChangeLog

        return NatsChangeLog(log_url)
    raise ConfigError(
        f"Unknown change log {log_url!r}.",
        hint='Use "store" (the platform store) or a NATS URL such as nats://127.0.0.1:4222.',
    )
