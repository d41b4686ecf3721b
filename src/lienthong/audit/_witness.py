"""The external witness: every signed checkpoint is also published outside the platform store.

Signed checkpoints stop anyone without the signing key from rewriting sealed entries — as long
as the checkpoints themselves survive. Someone with write access to the store can delete the
later checkpoint rows, truncate the entries and rewind the head to an earlier, still consistent
state: nothing inside the store can tell that state from an honest earlier one. So each
checkpoint is also appended to a *witness* the store's writer cannot reach back into, and
``lienthong audit verify`` requires the store to hold every checkpoint the witness holds, with
the same hash. Two witnesses are built in:

* a file (default ``HOME/audit-witness.jsonl``): JSON Lines opened ``O_APPEND``, mode 0600,
  each line a checkpoint as in the archive format, fsynced on every publish. Copy or ship it
  (``tail -F`` to another host, a WORM bucket) to put it out of an intruder's reach;
* another database (any SQLAlchemy URL): one append-only ``audit_witness`` table, guarded by the
  same triggers as the store's audit tables; give the platform an account that may only INSERT.

Publishing happens after the checkpoint's transaction commits, so the witness never holds a
checkpoint the store rolled back; a witness that cannot be written is logged and retried at the
next seal (it may lag the store, never lead it). Checkpoints are signed, so the witness needs no
secret and a forged line is found out at verification.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import BigInteger, Column, MetaData, String, Table, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from lienthong.audit._records import Checkpoint
from lienthong.audit._tables import append_only_guard
from lienthong.errors import ConfigError, SourceUnavailableError
from lienthong.secure_files import private_dir

#: The witness file's name under the platform home when none is configured.
DEFAULT_WITNESS_FILE = "audit-witness.jsonl"
#: A witness line longer than this is not a checkpoint (bounds what verification reads).
MAX_LINE = 1024

#: At most this many unpublished checkpoints are kept for a retry (the newest ones).
MAX_PENDING = 10_000

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Witnessed:
    """What a witness holds: the checkpoints it could read and the lines it could not."""

    checkpoints: tuple[Checkpoint, ...]
    unreadable: tuple[str, ...] = ()  # "line 7" — a damaged witness must not pass silently


class Witness(Protocol):
    """Somewhere outside the store that keeps every published checkpoint."""

    @property
    def location(self) -> str: ...

    def publish(self, checkpoints: Sequence[Checkpoint]) -> None: ...

    def read(self) -> Witnessed: ...


def _checkpoint(obj: object) -> Checkpoint | None:
    if not isinstance(obj, dict):
        return None
    try:
        seq, hash_ = obj["seq"], obj["hash"]
        time, key_id, signature = obj["time"], obj["key_id"], obj["signature"]
    except KeyError:
        return None
    if not isinstance(seq, int) or not all(isinstance(v, str) for v in (hash_, time, key_id)):
        return None
    if not isinstance(signature, str):
        return None
    return Checkpoint(seq, hash_, time, key_id, signature)


class FileWitness:
    """An append-only JSON Lines file of checkpoints (0600, in a 0700 folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def location(self) -> str:
        return str(self.path)

    def publish(self, checkpoints: Sequence[Checkpoint]) -> None:
        if not checkpoints:
            return
        lines = "".join(
            json.dumps(cp.to_json(), sort_keys=True, separators=(",", ":")) + "\n"
            for cp in checkpoints
        )
        try:
            private_dir(self.path.parent)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, lines.encode("ascii"))  # one write: lines from processes never mix
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise SourceUnavailableError(
                f"Cannot append to the audit witness {self.path}: {exc.strerror}."
            ) from exc

    def read(self) -> Witnessed:
        found: list[Checkpoint] = []
        unreadable: list[str] = []
        try:
            with self.path.open("rb") as handle:
                for number, raw in enumerate(handle, start=1):
                    if len(raw) > MAX_LINE:
                        unreadable.append(f"line {number}")
                        continue
                    try:
                        cp = _checkpoint(json.loads(raw))
                    except ValueError:
                        cp = None
                    if cp is None:
                        unreadable.append(f"line {number}")
                    else:
                        found.append(cp)
        except FileNotFoundError:
            pass  # nothing published yet: verification then says the witness holds nothing
        except OSError as exc:
            raise ConfigError(
                f"Cannot read the audit witness {self.path}: {exc.strerror}.",
                hint="Check LIENTHONG_AUDIT_WITNESS and the file's permissions.",
            ) from exc
        return Witnessed(tuple(found), tuple(unreadable))


_witness_metadata = MetaData()
audit_witness = Table(
    "audit_witness",
    _witness_metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", String(64), primary_key=True),
    Column("time", String(32), nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False),
)
event.listen(audit_witness, "after_create", append_only_guard)


class DatabaseWitness:
    """An append-only ``audit_witness`` table in a database other than the platform store."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise ConfigError(f"The audit witness URL {url!r} is not a database URL.") from exc
        if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        self._display = parsed.render_as_string(hide_password=True)
        self._engine = create_engine(parsed, pool_pre_ping=True)
        self._created = False

    @property
    def location(self) -> str:
        return self._display

    def _ensure(self) -> None:
        if not self._created:
            _witness_metadata.create_all(self._engine)
            self._created = True

    def publish(self, checkpoints: Sequence[Checkpoint]) -> None:
        if not checkpoints:
            return
        try:
            self._ensure()
            with self._engine.begin() as conn:
                for cp in checkpoints:
                    exists = conn.execute(
                        select(audit_witness.c.seq).where(
                            audit_witness.c.seq == cp.seq, audit_witness.c.hash == cp.hash
                        )
                    ).first()
                    if exists is None:  # a retried publish must not fail on its own rows
                        conn.execute(audit_witness.insert().values(**cp.to_json()))
        except SQLAlchemyError as exc:
            raise SourceUnavailableError(
                f"Cannot write to the audit witness database {self._display}."
            ) from exc

    def read(self) -> Witnessed:
        try:
            self._ensure()
            with self._engine.connect() as conn:
                rows = conn.execute(select(audit_witness).order_by(audit_witness.c.seq)).all()
        except SQLAlchemyError as exc:
            raise ConfigError(
                f"Cannot read the audit witness database {self._display}.",
                hint="Check LIENTHONG_AUDIT_WITNESS and that the database is running.",
            ) from exc
        return Witnessed(
            tuple(Checkpoint(r.seq, r.hash, r.time, r.key_id, r.signature) for r in rows)
        )

    def close(self) -> None:
        self._engine.dispose()


def open_witness(spec: str | Path) -> Witness:
    """The witness named by ``spec``: a database URL (``scheme://…``) or a file path."""
    text = str(spec)
    if "://" in text and not text.startswith("file://"):
        return DatabaseWitness(text)
    return FileWitness(Path(text.removeprefix("file://")))


class Publisher:
    """Publishes checkpoints to a witness after they commit; keeps what failed for a retry."""

    def __init__(self, witness: Witness) -> None:
        self.witness = witness
        self._pending: list[Checkpoint] = []
        self._lock = threading.Lock()

    def publish(self, checkpoints: Sequence[Checkpoint]) -> None:
        with self._lock:
            self._pending = [*self._pending, *checkpoints][-MAX_PENDING:]
            if not self._pending:
                return
            try:
                self.witness.publish(self._pending)
            except (SourceUnavailableError, ConfigError) as exc:
                logger.warning("audit witness not written (%s); retried at the next seal", exc)
                return
            self._pending = []
