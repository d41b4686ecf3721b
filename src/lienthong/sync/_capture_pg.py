"""PostgreSQL capture by logical decoding (``pgoutput``) over psycopg2's replication protocol.

psycopg 3 has no streaming-replication API, psycopg2 does. Each watched table gets its own
publication and replication slot (``lt_<hash>``); the table is set to ``REPLICA IDENTITY FULL``
so updates and deletes carry the whole old row. Only complete transactions are returned; the
capture position is the end LSN of the last one, confirmed to the server (``send_feedback``)
once logged, so the slot keeps the WAL until then and a restarted capture resumes exactly there.
"""

from __future__ import annotations

import contextlib
import hashlib
import select
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import psycopg2
import psycopg2.extras
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from lienthong.errors import ConfigError, SourceUnavailableError
from lienthong.sync._capture import Capture, CaptureSpec, plain_row, row_changes
from lienthong.sync._model import Change, Row
from lienthong.sync._pgoutput import Begin, Commit, Decoder, RowEvent, lsn_int, lsn_str
from lienthong.sync._snapshot import sql_snapshot

#: How long :meth:`PostgresCapture.drop` waits for its closed replication connection's server
#: process to let go of the slot before ending that process.
_SLOT_RELEASE_S = 2.0


def libpq_url(url: str) -> str:
    """A libpq URI from a SQLAlchemy one (``postgresql+psycopg://`` → ``postgresql://``)."""
    scheme, rest = url.split("://", 1)
    return "postgresql://" + rest if scheme.startswith("postgresql") else url


def sqlalchemy_url(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1]


def slot_name(dataset: str, url: str) -> str:
    """Replication slots are server-wide: the name must differ per database, not only per table."""
    database = make_url(sqlalchemy_url(url)).database or ""
    key = f"{database}\x00{dataset}"
    return "lt_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _unavailable(url: str, exc: Exception) -> SourceUnavailableError:
    return SourceUnavailableError(
        f"The PostgreSQL source cannot be reached for change capture: {str(exc).strip()}",
        hint="Capture is paused and resumes from its saved position when the server is back.",
    )


class PostgresCapture(Capture):
    """Logical-decoding capture of one PostgreSQL table."""

    def __init__(self, spec: CaptureSpec) -> None:
        super().__init__(spec)
        self.dsn = libpq_url(spec.url)
        self.slot = slot_name(spec.dataset, spec.url)
        self._repl: Any = None
        self._cursor: Any = None
        self._decoder = Decoder()
        self._started_at: str | None = None

    def _admin(self) -> Any:
        try:
            conn = psycopg2.connect(self.dsn)
        except psycopg2.OperationalError as exc:
            raise _unavailable(self.dsn, exc) from exc
        conn.autocommit = True
        return conn

    def prepare(self) -> str | None:
        conn = self._admin()
        try:
            with conn.cursor() as cur:
                cur.execute("SHOW wal_level")
                if cur.fetchone()[0] != "logical":
                    raise ConfigError(
                        "PostgreSQL is not set up for logical decoding (wal_level is not"
                        " 'logical').",
                        hint="Run scripts/setup-cdc.sh (or ALTER SYSTEM SET wal_level = logical"
                        " and restart the server).",
                    )
                table = psycopg2.extensions.quote_ident(self.spec.table, cur)
                cur.execute(f"ALTER TABLE {table} REPLICA IDENTITY FULL")
                cur.execute("SELECT 1 FROM pg_publication WHERE pubname = %s", (self.slot,))
                if cur.fetchone() is None:
                    cur.execute(f"CREATE PUBLICATION {self.slot} FOR TABLE {table}")
                cur.execute(
                    "SELECT confirmed_flush_lsn FROM pg_replication_slots WHERE slot_name = %s",
                    (self.slot,),
                )
                found = cur.fetchone()
                if found is None:
                    cur.execute(
                        "SELECT lsn FROM pg_create_logical_replication_slot(%s, 'pgoutput')",
                        (self.slot,),
                    )
                    found = cur.fetchone()
                return str(found[0])
        finally:
            conn.close()

    def drop(self) -> None:
        """Remove the slot and publication (so the server stops keeping WAL for us).

        Closing our replication connection does not end its server process at once: for a
        moment the slot is still "active for PID …" and cannot be dropped. The slot is ours
        (this capture made it and has just let go of it), so wait for that process to end,
        and end it after :data:`_SLOT_RELEASE_S` if it lingers."""
        self.close()
        conn = self._admin()
        try:
            with conn.cursor() as cur:
                deadline = time.monotonic() + _SLOT_RELEASE_S
                while True:
                    cur.execute(
                        "SELECT active_pid FROM pg_replication_slots WHERE slot_name = %s",
                        (self.slot,),
                    )
                    found = cur.fetchone()
                    if found is None:
                        break
                    if found[0] is None:
                        cur.execute("SELECT pg_drop_replication_slot(%s)", (self.slot,))
                        break
                    if time.monotonic() > deadline:
                        cur.execute("SELECT pg_terminate_backend(%s)", (found[0],))
                    time.sleep(0.05)
                cur.execute(f"DROP PUBLICATION IF EXISTS {self.slot}")
        finally:
            conn.close()

    def snapshot(self, after_key: list[Any] | None, batch_size: int) -> Iterator[list[Row]]:
        engine = create_engine(sqlalchemy_url(self.spec.url))
        try:
            yield from sql_snapshot(
                engine, self.spec.table, self.spec.key, after_key, batch_size, plain_row
            )
        finally:
            engine.dispose()

    def _start(self, position: str | None) -> Any:
        if self._cursor is not None and self._started_at == position:
            return self._cursor
        self.close()
        try:
            self._repl = psycopg2.connect(
                self.dsn, connection_factory=psycopg2.extras.LogicalReplicationConnection
            )
            cursor = self._repl.cursor()
            cursor.start_replication(
                slot_name=self.slot,
                decode=False,
                start_lsn=position or 0,
                options={"proto_version": "1", "publication_names": self.slot},
                status_interval=5,
            )
        except psycopg2.Error as exc:
            self.close()
            raise _unavailable(self.dsn, exc) from exc
        self._cursor, self._started_at = cursor, position
        return cursor

    def poll(self, position: str | None, limit: int) -> tuple[list[Change], str | None]:
        cursor = self._start(position)
        saved = lsn_int(position) if position else 0
        changes: list[Change] = []
        pending: list[RowEvent] = []
        begin: Begin | None = None
        last_end = position
        waited = False
        try:
            while len(changes) < limit:
                message = cursor.read_message()
                if message is None:
                    if pending or begin is not None:  # inside a transaction: wait for the rest
                        select.select([cursor], [], [], 0.5)
                        continue
                    if waited:
                        break
                    select.select([cursor], [], [], 0.05)
                    waited = True
                    continue
                event = self._decoder.decode(bytes(message.payload))
                if isinstance(event, Begin):
                    begin, pending = event, []
                elif isinstance(event, RowEvent):
                    pending.append(event)
                elif isinstance(event, Commit):
                    if event.end_lsn > saved:
                        changes += self._changes(pending, event, begin)
                        last_end = lsn_str(event.end_lsn)
                    begin, pending = None, []
        except psycopg2.Error as exc:
            self.close()
            raise _unavailable(self.dsn, exc) from exc
        self._started_at = last_end
        return changes, last_end

    def _changes(self, events: list[RowEvent], commit: Commit, begin: Begin | None) -> list[Change]:
        when: datetime = begin.commit_time if begin is not None else commit.commit_time
        at = f"pg:{lsn_str(commit.commit_lsn)}:"  # once per transaction, not per row
        out: list[Change] = []
        for index, event in enumerate(events):
            relation = self._decoder.relations[event.relid]
            if relation.name != self.spec.table:
                continue
            out += row_changes(
                self.spec.dataset,
                self.spec.key,
                event.op,  # type: ignore[arg-type]
                event.before,
                event.after,
                f"{at}{index}",
                when,
            )
        return out

    def acknowledge(self, position: str | None) -> None:
        if position and self._cursor is not None:
            try:
                self._cursor.send_feedback(flush_lsn=lsn_int(position), reply=False)
            except psycopg2.Error:
                self.close()

    def close(self) -> None:
        if self._repl is not None:
            with contextlib.suppress(psycopg2.Error):
                self._repl.close()
        self._repl = self._cursor = None
        self._started_at = None
