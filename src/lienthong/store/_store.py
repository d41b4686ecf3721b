from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from lienthong.errors import ConfigError, SourceUnavailableError

metadata = MetaData()
#: The largest value a ``BigInteger`` column (sequence numbers, cursors) holds: what an API may
#: accept for one before it reaches the database (a larger one overflows the driver).
MAX_BIGINT = 2**63 - 1


def least_greatest(dialect: str) -> tuple[str, str]:
    """The SQL names of the smaller and the larger of two values in ``dialect``.

    PostgreSQL (and MariaDB) spell them ``LEAST``/``GREATEST``; SQLite has none, but its
    scalar ``min()``/``max()`` with several arguments do the same. Upserts that keep the
    earliest or latest of two values (rollups, subscription positions) take the names here.
    """
    return ("min", "max") if dialect == "sqlite" else ("LEAST", "GREATEST")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _create_private(path: Path) -> None:
    """A new SQLite store is created 0600 in a folder created 0700: it holds consents, rights
    and the audit log. SQLite gives its -wal and -shm files the database file's mode."""
    from lienthong.secure_files import PRIVATE_FILE, private_dir

    if path.exists():
        return
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:  # another process created it meanwhile
        return
    os.fchmod(fd, PRIVATE_FILE)
    os.close(fd)


def _prepare(engine: Engine, *, upgrade: bool, subject_hash: Callable[[str], str] | None) -> None:
    from lienthong.store import _migrate

    found = _migrate.state(engine)
    if found.fresh:
        _migrate.create_fresh(engine)
    elif not found.current:
        if not upgrade:
            engine.dispose()
            since = found.revision or "before schema migrations"
            raise ConfigError(
                f"This platform store has an older schema ({since}; this lienthong needs"
                f" {found.head}).",
                hint="Back it up, then run `lienthong store upgrade` (nothing is lost).",
            )
        _migrate.upgrade(engine, subject_hash)


class Store:
    """A connection pool to the platform store, with every table created."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(
        cls,
        url: str,
        *,
        upgrade: bool = False,
        subject_hash: Callable[[str], str] | None = None,
    ) -> Store:
        """Connect (creating the SQLite file's folder if needed); a new store gets every table.

        A store at an older schema revision is refused with what to run (``lienthong store
        upgrade``), unless ``upgrade`` is true: then the missing migrations are applied first,
        with ``subject_hash`` (the audit's keyed hash) to convert rows keyed by a plain CCCD.
        """
        try:
            parsed = make_url(url)
        except Exception as exc:
            raise ConfigError(f"The store URL {url!r} is not a valid database URL.") from exc
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            _create_private(Path(parsed.database))
        if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(parsed, pool_pre_ping=True)
        if parsed.get_backend_name() == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            _prepare(engine, upgrade=upgrade, subject_hash=subject_hash)
        except OperationalError as exc:
            raise SourceUnavailableError(
                f"The platform store at {parsed.render_as_string(hide_password=True)} cannot be"
                " reached.",
                hint="Check that the database is running and the URL is right.",
            ) from exc
        except SQLAlchemyError as exc:
            raise ConfigError(f"The platform store could not be prepared: {exc}") from exc
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A transaction: committed on success, rolled back on any error (no partial writes)."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
