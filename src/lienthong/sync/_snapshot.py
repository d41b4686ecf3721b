"""Reading a table's existing rows in key order, resumable after the last key read.

Shared by the database captures: keyset pagination (``WHERE (k1, k2) > (…) ORDER BY k1, k2``)
so a restarted snapshot neither re-reads nor skips rows, whatever the table size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from lienthong.errors import SourceUnavailableError
from lienthong.sync._model import Row


def quote(engine: Engine, name: str) -> str:
    return str(engine.dialect.identifier_preparer.quote(name))


def sql_snapshot(
    engine: Engine,
    table: str,
    key: Sequence[str],
    after_key: list[Any] | None,
    batch_size: int,
    convert: Any,
) -> Iterator[list[Row]]:
    """Batches of rows of ``table`` with key greater than ``after_key``, in key order."""
    columns = ", ".join(quote(engine, k) for k in key)
    where = ""
    params: dict[str, Any] = {"limit": batch_size}
    while True:
        if after_key is not None:
            marks = ", ".join(f":k{i}" for i in range(len(key)))
            where = f"WHERE ({columns}) > ({marks})" if len(key) > 1 else f"WHERE {columns} > :k0"
            params.update({f"k{i}": value for i, value in enumerate(after_key)})
        sql = f"SELECT * FROM {quote(engine, table)} {where} ORDER BY {columns} LIMIT :limit"
        try:
            with engine.connect() as conn:
                rows = [convert(dict(r)) for r in conn.execute(text(sql), params).mappings()]
        except OperationalError as exc:
            raise SourceUnavailableError(
                f"The source table {table!r} cannot be read for the initial snapshot: {exc.orig}",
                hint="Check that the source database is up; the snapshot resumes from its"
                " last key.",
            ) from exc
        if not rows:
            return
        yield rows
        after_key = [rows[-1][k] for k in key]
