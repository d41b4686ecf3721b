"""The audit log over the platform store: append (one transaction), seal, read, citizen view.

Appending takes the chain's write lock first — ``BEGIN IMMEDIATE`` on SQLite, ``SELECT … FOR
UPDATE`` of the ``audit_head`` row on PostgreSQL — then reads the head, hashes the new entries in
order, inserts them with their subject-index rows, adds them to the hourly rollups
(``_rollup``), moves the head and, when due, signs a checkpoint, all in one transaction. So any
number of processes can append to one chain, and an entry exists (durably: SQLite runs these
commits with ``synchronous=FULL``) or not at all.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from lienthong.audit._canonical import (
    GENESIS_HASH,
    chain_hash,
    fast_canonical_json,
    format_time,
    parse_time,
)
from lienthong.audit._events import AuditEvent, utc_now
from lienthong.audit._keys import AuditKeys, PublicKey
from lienthong.audit._records import (
    AccessRecord,
    AuditRecord,
    Checkpoint,
    checkpoint_message,
    event_entry,
    load_entry,
)
from lienthong.audit._rollup import (
    group,
    group_latency,
    group_rows,
    latency_rows,
    latency_upsert_sql,
    upsert_sql,
)
from lienthong.audit._store_reader import StoreReader, store_errors
from lienthong.audit._tables import audit_checkpoint, audit_entry, audit_head, audit_subject
from lienthong.audit._witness import DEFAULT_WITNESS_FILE, Publisher, Witness, open_witness
from lienthong.errors import InputError
from lienthong.store import DRIVER_ERRORS, Store

if TYPE_CHECKING:
    from lienthong.audit._verify import VerifyReport

MAX_PAGE = 1000
#: The documented cadence: a checkpoint at least every this many entries (``docs/audit-format.md``).
CHECKPOINT_EVERY = 1000


class _ChainSQL:
    """The append path's statements, as text for the store's driver (``mark``: its placeholder).

    The head row is read ``FOR UPDATE`` on PostgreSQL (SQLite's ``BEGIN IMMEDIATE`` already
    holds the write lock), which is what serialises appends from several processes.
    """

    def __init__(self, mark: str) -> None:
        def values(count: int) -> str:
            return ", ".join([mark] * count)

        head, entry = audit_head.name, audit_entry.name
        self.read_head = (
            f"SELECT seq, hash, checkpoint_seq, checkpoint_time FROM {head} WHERE id = 1"
            + ("" if mark == "?" else " FOR UPDATE")
        )
        self.insert_entry = (
            f"INSERT INTO {entry} (seq, entry, prev_hash, hash) VALUES ({values(4)})"
        )
        self.insert_subject = (
            f"INSERT INTO {audit_subject.name} (subject_key, seq) VALUES ({values(2)})"
        )
        self.insert_checkpoint = (
            f"INSERT INTO {audit_checkpoint.name} (seq, hash, time, key_id, signature)"
            f" VALUES ({values(5)})"
        )
        self.move_head = f"UPDATE {head} SET seq = {mark}, hash = {mark} WHERE id = 1"
        self.move_head_sealed = (
            f"UPDATE {head} SET seq = {mark}, hash = {mark}, checkpoint_seq = {mark},"
            f" checkpoint_time = {mark} WHERE id = 1"
        )
        dialect = "sqlite" if mark == "?" else "postgresql"
        self.fold_rollup = upsert_sql(dialect, [mark] * 12)
        self.fold_latency = latency_upsert_sql(dialect, [mark] * 7)
        self.seal_head = (
            f"UPDATE {head} SET checkpoint_seq = {mark}, checkpoint_time = {mark} WHERE id = 1"
        )


@dataclass(frozen=True)
class ChainHead:
    """Where the chain ends and when it was last sealed."""

    seq: int
    hash: str
    checkpoint_seq: int
    checkpoint_time: str


class AuditLog:
    """The hash-chained, checkpoint-signed audit log kept in the platform store."""

    def __init__(
        self,
        store: Store,
        keys: AuditKeys,
        *,
        checkpoint_every: int = CHECKPOINT_EVERY,
        checkpoint_interval_s: float = 60.0,
        durable: bool = True,
        witness: Witness | None = None,
    ) -> None:
        if checkpoint_every < 1 or checkpoint_interval_s <= 0:
            raise InputError("Checkpoints need checkpoint_every ≥ 1 and an interval > 0 s.")
        self.store = store
        self.keys = keys
        self.checkpoint_every = checkpoint_every
        self.checkpoint_interval_s = checkpoint_interval_s
        self.durable = durable
        self.witness = witness
        self._publisher = None if witness is None else Publisher(witness)
        self.reader = StoreReader(store)
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._sql = _ChainSQL("?" if store.dialect == "sqlite" else "%s")
        self._room_due: int | None = None  # partitioned store: the seq that needs a new one
        self._ensure_head()

    @classmethod
    def open(cls, store: Store, home: Path, **options: Any) -> AuditLog:
        """The log of ``store`` with the keys in ``home/keys`` (created on first use), its
        checkpoints published to the configured witness (``LIENTHONG_AUDIT_WITNESS``, default
        ``home/audit-witness.jsonl``) at the configured cadence."""
        from lienthong.config import load_settings

        configured = load_settings()
        options.setdefault("checkpoint_every", configured.audit_checkpoint_every)
        if "witness" not in options:
            spec = configured.audit_witness
            target = home / DEFAULT_WITNESS_FILE if spec is None else spec.get_secret_value()
            options["witness"] = open_witness(target)
        keys = AuditKeys.load_or_create(home / "keys", subject_key=configured.audit_subject_key)
        return cls(store, keys, **options)

    @property
    def public_key(self) -> PublicKey:
        return self.keys.public

    # -- writing -------------------------------------------------------------------------------

    def append(self, event: AuditEvent) -> AuditRecord:
        """Write one event in its own transaction; returns once it is committed."""
        return self.append_many([event])[0]

    def append_many(self, events: Sequence[AuditEvent]) -> list[AuditRecord]:
        """Write ``events`` in order, in one transaction (the group commit's unit)."""
        if not events:
            return []
        with self._chain_transaction() as (cursor, head):
            records: list[AuditRecord] = []
            entries: list[dict[str, Any]] = []
            rows: list[tuple[Any, ...]] = []
            subjects: list[tuple[Any, ...]] = []
            prev = head.hash
            sealed_at, seals = head.checkpoint_seq, []
            for offset, event in enumerate(events, start=1):
                seq = head.seq + offset
                entry = event_entry(seq, event, self.keys.subject_hash)
                canonical = fast_canonical_json(entry)
                digest = chain_hash(prev, canonical)
                rows.append((seq, canonical.decode(), prev, digest))
                subjects.extend((key, seq) for key in entry["subject_keys"])
                entries.append(entry)
                records.append(AuditRecord.trusted(entry, prev, digest, event))
                prev = digest
                if seq - sealed_at >= self.checkpoint_every:  # the cadence verify requires
                    seals.append((seq, digest))
                    sealed_at = seq
            cursor.executemany(self._sql.insert_entry, rows)
            if subjects:
                cursor.executemany(self._sql.insert_subject, subjects)
            cursor.executemany(self._sql.fold_rollup, group_rows(group(entries)))
            buckets = latency_rows(group_latency(entries))
            if buckets:
                cursor.executemany(self._sql.fold_latency, buckets)
            last = records[-1].seq
            now = utc_now()
            elapsed = (now - parse_time(head.checkpoint_time)).total_seconds()
            if sealed_at != last and elapsed >= self.checkpoint_interval_s:
                seals.append((last, prev))
            time = format_time(now)
            published = [self._sign(cursor, seq, hash_, time) for seq, hash_ in seals]
            if published:
                cursor.execute(self._sql.move_head_sealed, (last, prev, published[-1].seq, time))
            else:
                cursor.execute(self._sql.move_head, (last, prev))
        self._publish(published)
        if self._room_due is not None and last >= self._room_due:
            self._make_room(last)
        return records

    def checkpoint(self) -> Checkpoint | None:
        """Seal the chain now (export, shutdown). None when the head is already sealed or empty."""
        with self._chain_transaction() as (cursor, head):
            if head.seq == 0 or head.checkpoint_seq == head.seq:
                return None
            time = format_time(utc_now())
            checkpoint = self._sign(cursor, head.seq, head.hash, time)
            cursor.execute(self._sql.seal_head, (head.seq, time))
        self._publish([checkpoint])
        return checkpoint

    def _sign(self, cursor: Any, seq: int, hash_: str, time: str) -> Checkpoint:
        """Sign a checkpoint at ``seq`` and store it (in the caller's transaction)."""
        signature = base64.b64encode(self.keys.sign(checkpoint_message(seq, hash_, time)))
        checkpoint = Checkpoint(seq, hash_, time, self.keys.public.key_id, signature.decode())
        cursor.execute(
            self._sql.insert_checkpoint,
            (seq, hash_, time, checkpoint.key_id, checkpoint.signature),
        )
        return checkpoint

    def _publish(self, checkpoints: Sequence[Checkpoint]) -> None:
        """Hand committed checkpoints to the witness (never before the commit: see _witness)."""
        if self._publisher is not None and checkpoints:
            self._publisher.publish(checkpoints)

    def _ensure_head(self) -> None:
        values = {
            "id": 1,
            "seq": 0,
            "hash": GENESIS_HASH,
            "checkpoint_seq": 0,
            "checkpoint_time": format_time(utc_now()),
        }
        if self.store.dialect == "postgresql":
            stmt: Any = pg_insert(audit_head).values(**values).on_conflict_do_nothing()
        else:
            stmt = sqlite_insert(audit_head).values(**values).on_conflict_do_nothing()
        with store_errors(), self.store.begin() as conn:
            conn.execute(stmt)
            if self.store.dialect == "postgresql":
                from lienthong.audit._partitions import is_partitioned

                if is_partitioned(conn):
                    self._room_due = 0
        if self._room_due is not None:
            self._make_room(self.head().seq)

    def _make_room(self, head_seq: int) -> None:
        """Keep a whole empty partition ahead of the head (see ``_partitions``), after the
        commit and outside the chain lock. A failure (another process is creating the same
        partition, or a long reader holds the table past the lock timeout) is left to the
        next commit: the partition ahead still holds a whole partition's worth of entries."""
        from lienthong.audit._partitions import ensure_room

        with suppress(SQLAlchemyError), self.store.begin() as conn:
            conn.exec_driver_sql("SET LOCAL lock_timeout = '5s'")
            self._room_due = ensure_room(conn, head_seq)

    @contextmanager
    def _chain_transaction(self) -> Iterator[tuple[Any, ChainHead]]:
        """A driver cursor in a transaction holding the chain's write lock, and the head.

        Appends are serialised by ``self._lock`` anyway, so the log keeps one store connection
        for them (set to ``synchronous=FULL`` once on SQLite) instead of checking one out of the
        pool, pinging it and switching its durability twice per batch. The statements run
        straight on the driver (prebuilt text, see :class:`_ChainSQL`): SQLAlchemy's
        per-execution bookkeeping cost more than the statements themselves, and at low load,
        when every batch holds one entry, that was most of the commit's CPU. A connection that
        fails is dropped; the next append opens a fresh one.
        """
        sqlite = self.store.dialect == "sqlite"
        with store_errors(), self._lock:
            conn = self._conn
            if conn is None or conn.closed or conn.invalidated:
                conn = self._conn = self.store.engine.connect()
                if sqlite and self.durable:
                    conn.exec_driver_sql("PRAGMA synchronous=FULL")
                    conn.commit()
            driver: Any = conn.connection.dbapi_connection
            assert driver is not None
            try:
                cursor = driver.cursor()
                if sqlite:
                    cursor.execute("BEGIN IMMEDIATE")
                cursor.execute(self._sql.read_head)
                seq, hash_, checkpoint_seq, checkpoint_time = cursor.fetchone()
                yield cursor, ChainHead(seq, hash_, checkpoint_seq, checkpoint_time)
                driver.commit()
            except BaseException:
                self._conn = None
                with suppress(*DRIVER_ERRORS):  # a broken connection is discarded anyway
                    driver.rollback()
                with suppress(*DRIVER_ERRORS):  # even when the rollback itself failed
                    conn.invalidate()  # never hand a half-used driver connection back
                    conn.close()
                raise

    def close(self) -> None:
        """Give the append connection back to the store's pool (durability as it was)."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is None or conn.closed:
                return
            with suppress(SQLAlchemyError):
                if self.store.dialect == "sqlite" and self.durable:
                    conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                    conn.commit()
                conn.close()

    # -- reading -------------------------------------------------------------------------------

    def head(self) -> ChainHead:
        with store_errors(), self.store.connect() as conn:
            row = conn.execute(select(audit_head).where(audit_head.c.id == 1)).one()
        return ChainHead(row.seq, row.hash, row.checkpoint_seq, row.checkpoint_time)

    def records(self, *, after_seq: int = 0) -> Iterator[AuditRecord]:
        """Every entry after ``after_seq`` in chain order, read page by page."""
        for _seq, text, prev_hash, hash_ in self.reader.rows(after_seq=after_seq):
            yield AuditRecord.from_entry(load_entry(text), prev_hash, hash_)

    def checkpoints(self) -> list[Checkpoint]:
        return self.reader.checkpoints()

    def latest(self, *, limit: int = 20, before_seq: int | None = None) -> list[AuditRecord]:
        """The newest ``limit`` entries (below ``before_seq``), newest first: the operator's
        tail. Entries that no longer parse are skipped here; verification names them."""
        if not 1 <= limit <= MAX_PAGE:
            raise InputError(f"limit must be between 1 and {MAX_PAGE}, not {limit}.")
        query = select(audit_entry.c.entry, audit_entry.c.prev_hash, audit_entry.c.hash)
        if before_seq is not None:
            query = query.where(audit_entry.c.seq < before_seq)
        query = query.order_by(audit_entry.c.seq.desc()).limit(limit)
        with store_errors(), self.store.connect() as conn:
            rows = conn.execute(query).all()
        result = []
        for text, prev_hash, hash_ in rows:
            try:
                result.append(AuditRecord.from_entry(load_entry(text), prev_hash, hash_))
            except (ValueError, KeyError, TypeError):
                continue
        return result

    def for_subject(
        self, cccd: str, *, limit: int = 50, before_seq: int | None = None
    ) -> list[AccessRecord]:
        """Who accessed ``cccd``'s data, newest first: ``limit`` entries below ``before_seq``.

        Page with ``before_seq=<last seq returned>``. Each record says whether its stored entry
        still matches its hash (``intact``)."""
        if not 1 <= limit <= MAX_PAGE:
            raise InputError(f"limit must be between 1 and {MAX_PAGE}, not {limit}.")
        key = self.keys.subject_hash(cccd)
        query = (
            select(audit_entry.c.entry, audit_entry.c.prev_hash, audit_entry.c.hash)
            .join(audit_subject, audit_subject.c.seq == audit_entry.c.seq)
            .where(audit_subject.c.subject_key == key)
            .order_by(audit_subject.c.seq.desc())
            .limit(limit)
        )
        if before_seq is not None:
            query = query.where(audit_subject.c.seq < before_seq)
        with store_errors(), self.store.connect() as conn:
            rows = conn.execute(query).all()
        result = []
        for text, prev_hash, hash_ in rows:
            try:
                entry = load_entry(text)
                intact = chain_hash(prev_hash, fast_canonical_json(entry)) == hash_
                record = AuditRecord.from_entry(entry, prev_hash, hash_)
            except (ValueError, KeyError, TypeError):
                continue  # unreadable: `lienthong audit verify` reports it
            result.append(record.access(intact=intact and key in record.subject_keys))
        return result

    def verify(self) -> VerifyReport:
        """Verify this store's chain against this log's own key, cadence and witness."""
        from lienthong.audit._verify import verify_log

        return verify_log(
            self.store,
            public_keys=[self.public_key],
            checkpoint_every=self.checkpoint_every,
            witness=self.witness,
        )
