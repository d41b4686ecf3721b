from __future__ import annotations

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

#: Modules that declare tables on :data:`metadata`; imported before ``create_all``.
TABLE_MODULES: list[str] = [
    "lienthong.registry._tables",
    "lienthong.quality._tables",
    "lienthong.audit._tables",
    "lienthong.audit._rollup",
    "lienthong.exchange._tables",
    "lienthong.sync._tables",
    "lienthong.linkage._tables",
    "lienthong.procedures._tables",
]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


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
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
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
