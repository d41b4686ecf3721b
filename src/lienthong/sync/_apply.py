"""Direct apply: write a subscription's changes into the subscriber's own database.

Idempotent by construction: every applied change id is written to ``_lienthong_applied`` in
the target database *in the same transaction* as the row it changes. A change delivered again
(at-least-once delivery after a crash) finds its id there and is skipped, so each change takes
effect exactly once; counting that table proves it.

A batch is applied in one transaction; inside it, the changes to one key collapse to the last
one (every change carries the full row, so the last state is the state). If the batch fails on
the data (a type mismatch, a constraint), it is re-applied change by change so that only the
bad changes are refused and go to the dead-letter list; connection errors propagate instead,
so nothing is advanced and the batch is retried.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Enum,
    Float,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    select,
)
from sqlalchemy.exc import DBAPIError, NoSuchTableError, OperationalError

from lienthong.errors import ConfigError, SourceUnavailableError
from lienthong.sync._model import LoggedChange, Row

APPLIED_TABLE = "_lienthong_applied"


@dataclass(frozen=True)
class ApplyTarget:
    """Where and how to apply: table, source→target column mapping, target key, policies."""

    url: str
    table: str
    mapping: dict[str, str]
    key: tuple[str, ...]  # target columns, in source key order
    on_missing: str = "insert"  # "insert" (upsert) or "ignore" (update rows that exist only)
    apply_deletes: bool = True


@dataclass
class ApplyResult:
    applied: int
    skipped: int
    failed: list[tuple[LoggedChange, str]]


def _engine_url(url: str) -> str:
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def _is_connection_error(exc: DBAPIError) -> bool:
    return isinstance(exc, OperationalError) or bool(exc.connection_invalidated)


class Applier:
    """Applies logged changes to one target table, remembering applied ids in the target."""

    def __init__(self, subscription: str, target: ApplyTarget) -> None:
        self.subscription = subscription
        self.target = target
        url = _engine_url(target.url)
        self.engine: Engine = create_engine(url, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":
            from sqlalchemy import event

            def _pragmas(dbapi: Any, _record: Any) -> None:
                dbapi.execute("PRAGMA busy_timeout=10000")
                dbapi.execute("PRAGMA journal_mode=WAL")

            event.listen(self.engine, "connect", _pragmas)
        self._table: Table | None = None
        self._applied: Table | None = None

    # setup ----------------------------------------------------------------------------------

    def _prepare(self) -> tuple[Table, Table]:
        if self._table is not None and self._applied is not None:
            return self._table, self._applied
        meta = MetaData()
        applied = Table(
            APPLIED_TABLE,
            meta,
            Column("subscription", String(100), primary_key=True),
            Column("change_id", String(32), primary_key=True),
            Column("seq", String(40), nullable=False),
            Column("applied_ts", Float, nullable=False),
        )
        try:
            meta.create_all(self.engine, tables=[applied])
            table = Table(self.target.table, MetaData(), autoload_with=self.engine)
        except NoSuchTableError as exc:
            raise ConfigError(
                f"The target table {self.target.table!r} does not exist in the subscriber's"
                " database.",
                hint="Create it (or fix --target-table) and restart delivery.",
            ) from exc
        except OperationalError as exc:
            raise SourceUnavailableError(
                f"The subscriber's database cannot be reached: {exc.orig}",
                hint="Delivery retries from the same position when it is back.",
            ) from exc
        missing = [c for c in [*self.target.mapping.values(), *self.target.key] if c not in table.c]
        if missing:
            raise ConfigError(
                f"The target table {self.target.table!r} has no column(s) {', '.join(missing)}.",
                hint="Fix the subscription's column mapping.",
            )
        self._table, self._applied = table, applied
        return table, applied

    # applying -------------------------------------------------------------------------------

    def apply(self, batch: Sequence[LoggedChange]) -> ApplyResult:
        """Apply ``batch`` exactly once each; return what was applied, skipped and refused."""
        table, _ = self._prepare()  # the applied-ids table exists from here on
        try:
            with self.engine.begin() as conn:
                fresh = self._claim(conn, batch)
                self._write(conn, table, self._collapse(fresh))
            return ApplyResult(len(fresh), len(batch) - len(fresh), [])
        except DBAPIError as exc:
            if _is_connection_error(exc):
                self._unavailable(exc)
        return self._one_by_one(table, batch)

    def _unavailable(self, exc: DBAPIError) -> None:
        raise SourceUnavailableError(
            f"The subscriber's database connection failed: {str(exc.orig).strip()}",
            hint="Delivery retries from the same position.",
        ) from exc

    def _one_by_one(self, table: Table, batch: Sequence[LoggedChange]) -> ApplyResult:
        result = ApplyResult(0, 0, [])
        for item in batch:
            try:
                with self.engine.begin() as conn:
                    if not self._claim(conn, [item]):
                        result.skipped += 1
                        continue
                    self._write(conn, table, [item])
                result.applied += 1
            except DBAPIError as exc:
                if _is_connection_error(exc):
                    self._unavailable(exc)
                result.failed.append((item, f"{type(exc.orig).__name__}: {str(exc.orig).strip()}"))
        return result

    def _claim(self, conn: Connection, batch: Sequence[LoggedChange]) -> list[LoggedChange]:
        """Record the batch's ids as applied; return the changes not applied before.

        On PostgreSQL one ``INSERT … SELECT unnest(…) ON CONFLICT DO NOTHING RETURNING`` gives
        exactly the fresh ids in one round trip; elsewhere the known ids are looked up first.
        Runs inside the apply transaction, so a failed apply un-claims them too. The ids (hex)
        and seqs (digits) travel as one comma-joined text each: binding them as arrays costs
        the driver more CPU per change than the rest of the claim.
        """
        if conn.dialect.name != "postgresql":
            fresh = self._fresh(conn, batch)
            self._record(conn, fresh)
            return fresh
        result = conn.exec_driver_sql(
            f"INSERT INTO {APPLIED_TABLE} (subscription, change_id, seq, applied_ts)"
            " SELECT %s, unnest(string_to_array(%s, ',')), unnest(string_to_array(%s, ',')), %s"
            " ON CONFLICT DO NOTHING RETURNING change_id",
            (
                self.subscription,
                ",".join([i.change_id for i in batch]),
                ",".join([str(i.seq) for i in batch]),
                time.time(),
            ),
        )
        claimed = {row[0] for row in result}
        return [item for item in batch if item.change_id in claimed]

    def _fresh(self, conn: Connection, batch: Sequence[LoggedChange]) -> list[LoggedChange]:
        """The changes whose ids the target has not recorded, looked up 500 at a time.

        Plain driver statements: building and compiling an expanding ``IN`` per chunk cost
        more CPU than the look-up itself.
        """
        ids = [item.change_id for item in batch]
        seen: set[str] = set()
        mark = _marker(conn)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = (
                f"SELECT change_id FROM {APPLIED_TABLE} WHERE subscription = {mark}"
                f" AND change_id IN ({', '.join([mark] * len(chunk))})"
            )
            seen.update(row[0] for row in conn.exec_driver_sql(sql, (self.subscription, *chunk)))
        return [item for item in batch if item.change_id not in seen]

    @staticmethod
    def _collapse(batch: Sequence[LoggedChange]) -> list[LoggedChange]:
        last: dict[str, LoggedChange] = {}
        for item in batch:
            last.pop(item.change.key, None)
            last[item.change.key] = item
        return list(last.values())

    def _record(self, conn: Connection, batch: Sequence[LoggedChange]) -> None:
        if batch:
            now, name, mark = time.time(), self.subscription, _marker(conn)
            conn.exec_driver_sql(
                f"INSERT INTO {APPLIED_TABLE} (subscription, change_id, seq, applied_ts)"
                f" VALUES ({mark}, {mark}, {mark}, {mark})",
                [(name, i.change_id, str(i.seq), now) for i in batch],
            )

    def _key_values(self, item: LoggedChange) -> Row:
        return {f"k_{i}": v for i, v in enumerate(item.change.key_values)}

    def _write(self, conn: Connection, table: Table, batch: Sequence[LoggedChange]) -> None:
        upserts = [i for i in batch if i.change.op != "delete"]
        deletes = [i for i in batch if i.change.op == "delete"]
        key_match = [table.c[col] == bindparam(f"k_{i}") for i, col in enumerate(self.target.key)]
        if deletes and self.target.apply_deletes:
            conn.execute(table.delete().where(*key_match), [self._key_values(i) for i in deletes])
        if not upserts:
            return
        set_cols = [c for c in self.target.mapping.values() if c not in self.target.key]
        source_of = {dst: src for src, dst in self.target.mapping.items()}
        set_sources = [source_of[c] for c in set_cols]
        # one tuple per row: the key (from the change's key) then the mapped set columns
        rows: list[tuple[Any, ...]] = []
        for item in upserts:
            after = item.change.after or {}
            rows.append((*item.change.key_values, *[after.get(src) for src in set_sources]))
        if self.target.on_missing == "ignore":
            width = len(self.target.key)
            update = (
                table.update().where(*key_match).values({c: bindparam(_param(c)) for c in set_cols})
            )
            params = [
                {
                    **{f"k_{i}": row[i] for i in range(width)},
                    **{_param(c): row[width + j] for j, c in enumerate(set_cols)},
                }
                for row in rows
            ]
            conn.execute(update, params)
            return
        self._upsert(conn, table, rows, set_cols)

    def _upsert(
        self, conn: Connection, table: Table, rows: list[tuple[Any, ...]], set_cols: list[str]
    ) -> None:
        """Insert or update ``rows`` (key values then ``set_cols`` values) in one statement."""
        dialect = conn.dialect.name
        cols = [*self.target.key, *set_cols]
        if dialect == "postgresql":
            self._upsert_json(conn, table, cols, set_cols, rows)
            return
        mark = _marker(conn)
        if dialect == "sqlite":
            quote = conn.dialect.identifier_preparer.quote
            names = ", ".join(quote(c) for c in cols)
            marks = ", ".join(mark for _ in cols)
            keys = ", ".join(quote(c) for c in self.target.key)
            sets = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in set_cols)
            action = f"DO UPDATE SET {sets}" if sets else "DO NOTHING"
            sql = (
                f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks}) "
                f"ON CONFLICT ({keys}) {action}"
            )
        elif dialect in ("mysql", "mariadb"):
            quote = conn.dialect.identifier_preparer.quote
            names = ", ".join(quote(c) for c in cols)
            marks = ", ".join(mark for _ in cols)
            sets = ", ".join(f"{quote(c)} = VALUES({quote(c)})" for c in set_cols or cols[:1])
            sql = (
                f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks}) "
                f"ON DUPLICATE KEY UPDATE {sets}"
            )
        else:
            raise ConfigError(f"Direct apply into {dialect} databases is not supported.")
        conn.exec_driver_sql(sql, rows)

    def _upsert_json(
        self,
        conn: Connection,
        table: Table,
        cols: list[str],
        set_cols: list[str],
        rows: list[tuple[Any, ...]],
    ) -> None:
        """PostgreSQL: the whole batch as one JSON array of rows, one statement, one round trip.

        Each value travels as its text (``str``, as the server would cast a text parameter)
        and is cast to the column's type on the server. One JSON text is encoded in C; the
        per-column arrays this replaces were escaped value by value in the driver's Python.
        Character columns are cast to ``text`` only, so that a value too long for a
        ``varchar(n)`` is refused by the insert (and dead-lettered) rather than cut to fit,
        which an explicit cast to ``varchar(n)`` would silently do.
        """
        quote = conn.dialect.identifier_preparer.quote
        types = [_cast_type(table.c[c].type, conn) for c in cols]
        picks = ", ".join(f"(r->>{i})::{t}" for i, t in enumerate(types))
        sets = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in set_cols)
        action = f"DO UPDATE SET {sets}" if sets else "DO NOTHING"
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in cols)})"
            f" SELECT {picks} FROM json_array_elements(%s::json) AS r"
            f" ON CONFLICT ({', '.join(quote(k) for k in self.target.key)}) {action}"
        )
        texts = [[None if v is None else str(v) for v in row] for row in rows]
        conn.exec_driver_sql(sql, (_ROWS_ENCODER.encode(texts),))

    def count_applied(self) -> int:
        """How many changes this subscription has applied to the target (the proof counter)."""
        _table, applied = self._prepare()
        from sqlalchemy import func

        query = (
            select(func.count())
            .select_from(applied)
            .where(applied.c.subscription == self.subscription)
        )
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def close(self) -> None:
        self.engine.dispose()


_ROWS_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _param(column: str) -> str:
    """A bind-parameter name safe for any column name (Vietnamese letters, spaces)."""
    return "p_" + column.encode("utf-8").hex()


def _cast_type(column_type: Any, conn: Connection) -> str:
    """The SQL type a text value is cast to before the insert assigns it to the column."""
    if isinstance(column_type, String) and not isinstance(column_type, Enum):
        return "text"
    return str(column_type.compile(dialect=conn.dialect))


def _marker(conn: Connection) -> str:
    """The driver's positional placeholder, for plain ``executemany`` with tuples."""
    style = conn.dialect.paramstyle
    if style == "qmark":
        return "?"
    if style in ("format", "pyformat"):
        return "%s"
    raise ConfigError(f"Direct apply does not support the {style!r} parameter style.")
