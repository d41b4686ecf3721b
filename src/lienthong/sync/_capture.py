"""Change capture: one base class, one backend per source kind.

Every capture does the same three things, whatever the source:

1. ``prepare()`` (run by ``Sync.watch``) starts recording changes at the source (triggers, a
   replication slot, the current binlog position) and returns the position to stream from;
2. an initial snapshot of the existing rows, read in key order in batches; the last key read is
   saved after each batch, so a restarted snapshot carries on where it stopped;
3. ``poll(position)`` returns the changes committed after ``position`` and the new position.

Recording starts *before* the snapshot, so a change made while the snapshot runs is streamed
afterwards: subscribers may see a row's newer state before an older change, but every change
carries the full row, so the last one always wins and the target converges on the source.

:func:`capture_step` is the unit of work the runner repeats; positions are saved in the same
store transaction as the changes when the log is the store, so a crash never loses or repeats
a change; with NATS the re-sent tail is dropped by ``Nats-Msg-Id`` de-duplication.
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import update

from lienthong.errors import ConfigError, SourceUnavailableError
from lienthong.store import Store
from lienthong.sync._log import ChangeLog, StoreChangeLog
from lienthong.sync._model import Change, Op, Row, record_key
from lienthong.sync._tables import sync_capture


@dataclass(frozen=True)
class CaptureSpec:
    """What to capture: a dataset (``source.table``) at a URL, with its key columns."""

    dataset: str
    kind: str
    url: str
    table: str
    key: tuple[str, ...]
    log_url: str = "store"


def plain(value: Any) -> Any:
    """A JSON-able value with the same meaning (dates as ISO text, decimals as exact text)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def plain_row(row: dict[str, Any]) -> Row:
    return {str(column): plain(value) for column, value in row.items()}


def row_changes(
    dataset: str,
    key: Sequence[str],
    op: Op,
    before: Row | None,
    after: Row | None,
    position: str,
    commit_time: datetime,
) -> list[Change]:
    """The change(s) for one row event; a key update becomes a delete plus an insert."""
    if op == "update" and before is not None and after is not None:
        old_key, new_key = record_key(before, key), record_key(after, key)
        if old_key != new_key:
            return [
                Change(dataset, "delete", old_key, position + ":d", commit_time, before, None),
                Change(dataset, "insert", new_key, position + ":i", commit_time, None, after),
            ]
    row = after if after is not None else before
    assert row is not None
    return [Change(dataset, op, record_key(row, key), position, commit_time, before, after)]


class Capture(ABC):
    """A change capture for one dataset; subclasses know one kind of source."""

    def __init__(self, spec: CaptureSpec) -> None:
        self.spec = spec

    @abstractmethod
    def prepare(self) -> str | None:
        """Start recording changes at the source; return the position to stream from."""

    @abstractmethod
    def snapshot(self, after_key: list[Any] | None, batch_size: int) -> Iterator[list[Row]]:
        """Existing rows in key order, after ``after_key``, in batches."""

    @abstractmethod
    def poll(self, position: str | None, limit: int) -> tuple[list[Change], str | None]:
        """Changes committed after ``position`` (at most about ``limit``) and the new position."""

    def acknowledge(self, position: str | None) -> None:  # noqa: B027 - optional hook
        """Tell the source everything up to ``position`` is safely logged (frees its storage)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the connection to the source."""


def open_capture(spec: CaptureSpec, store: Store | None = None) -> Capture:
    """The capture backend for the spec's source kind (imported lazily)."""
    if spec.kind == "sqlite":
        from lienthong.sync._capture_sqlite import SqliteCapture

        return SqliteCapture(spec)
    if spec.kind == "postgresql":
        from lienthong.sync._capture_pg import PostgresCapture

        return PostgresCapture(spec)
    if spec.kind == "mariadb":
        from lienthong.sync._capture_mariadb import MariadbCapture

        return MariadbCapture(spec)
    if spec.kind in ("csv", "excel"):
        from lienthong.sync._capture_file import FileCapture

        if store is None:
            raise ConfigError("File capture keeps the previous load in the platform store.")
        return FileCapture(spec, store)
    raise ConfigError(
        f"Cannot capture changes from a {spec.kind!r} source.",
        hint="Supported: sqlite, postgresql, mariadb, csv, excel.",
    )


def _save(store: Store, dataset: str, conn: Any = None, **values: Any) -> None:
    statement = update(sync_capture).where(sync_capture.c.dataset == dataset).values(**values)
    if conn is not None:
        conn.execute(statement)
        return
    with store.begin() as own:
        own.execute(statement)


def _append_and_save(
    store: Store, log: ChangeLog, dataset: str, changes: list[Change], **values: Any
) -> int:
    """Log changes and save the capture state: atomically with the store log, else log first."""
    last_commit = max((c.commit_time.timestamp() for c in changes), default=None)
    if last_commit is not None:
        values["last_commit_ts"] = last_commit
    if isinstance(log, StoreChangeLog) and log.store is store:
        with store.begin() as conn:
            new = log.append_in(conn, changes)
            values["captured"] = sync_capture.c.captured + new
            _save(store, dataset, conn, **values)
        return new
    new = log.append(changes)
    values["captured"] = sync_capture.c.captured + new
    _save(store, dataset, **values)
    return new


def capture_step(
    store: Store,
    state: dict[str, Any],
    capture: Capture,
    log: ChangeLog,
    *,
    batch_size: int = 2000,
) -> int:
    """Do one bounded piece of capture work (a snapshot batch or one poll); return changes logged.

    A source that cannot be reached pauses the capture with the reason in its status and raises
    nothing: the next step retries from the saved position, so nothing is skipped.
    """
    spec = capture.spec
    dataset = spec.dataset
    try:
        if state["snapshot_state"] in ("pending", "running"):
            return _snapshot_step(store, state, capture, log, batch_size)
        changes, position = capture.poll(state["position"], batch_size)
        if changes or position != state["position"]:
            new = _append_and_save(
                store,
                log,
                dataset,
                changes,
                position=position,
                status="running",
                status_detail=None,
                status_ts=time.time(),
            )
            state["position"] = position
            capture.acknowledge(position)
        else:
            new = 0
            if state.get("status") != "running":
                _save(store, dataset, status="running", status_detail=None, status_ts=time.time())
        state["status"] = "running"
        return new
    except SourceUnavailableError as exc:
        state["status"] = "paused"
        _save(store, dataset, status="paused", status_detail=str(exc), status_ts=time.time())
        return 0


def _snapshot_step(
    store: Store, state: dict[str, Any], capture: Capture, log: ChangeLog, batch_size: int
) -> int:
    spec = capture.spec
    if state["snapshot_state"] == "pending":
        epoch = uuid.uuid4().hex[:12]
        _save(
            store,
            spec.dataset,
            snapshot_state="running",
            snapshot_epoch=epoch,
            snapshot_cursor=None,
            status="running",
            status_detail="initial snapshot",
            status_ts=time.time(),
        )
        state.update(snapshot_state="running", snapshot_epoch=epoch, snapshot_cursor=None)
    cursor = json.loads(state["snapshot_cursor"]) if state["snapshot_cursor"] else None
    batch = next(capture.snapshot(cursor, batch_size), [])
    now = datetime.now(UTC)
    position = f"snapshot:{state['snapshot_epoch']}"
    changes = [
        Change(spec.dataset, "snapshot", record_key(row, spec.key), position, now, None, row)
        for row in batch
    ]
    if not batch:
        _save(
            store,
            spec.dataset,
            snapshot_state="done",
            status="running",
            status_detail=None,
            status_ts=time.time(),
        )
        state["snapshot_state"] = "done"
        return 0
    last = json.dumps([batch[-1][k] for k in spec.key], default=str)
    new = _append_and_save(
        store, log, spec.dataset, changes, snapshot_cursor=last, status_ts=time.time()
    )
    state["snapshot_cursor"] = last
    return new


def load_state(store: Store, dataset: str) -> dict[str, Any]:
    from sqlalchemy import select

    with store.connect() as conn:
        row = (
            conn.execute(select(sync_capture).where(sync_capture.c.dataset == dataset))
            .mappings()
            .first()
        )
    if row is None:
        from lienthong.errors import NotFoundError

        raise NotFoundError(
            f"Dataset {dataset!r} is not watched by sync.",
            hint="Start capturing it with `lienthong sync watch DATASET`.",
        )
    return dict(row)


def spec_of(state: dict[str, Any]) -> CaptureSpec:
    return CaptureSpec(
        dataset=state["dataset"],
        kind=state["kind"],
        url=state["url"],
        table=state["table_name"],
        key=tuple(state["key_columns"]),
        log_url=state["log_url"],
    )
