"""PostgreSQL through psycopg 3: autocommit read-only transactions, ``statement_timeout``."""

from __future__ import annotations

import math
from typing import Any

import duckdb
import psycopg
import psycopg.conninfo
from sqlalchemy.engine import URL

from lienthong.errors import (
    InputError,
    LienthongError,
    SourceError,
    SourceTimeoutError,
    SourceUnavailableError,
)
from lienthong.sources._base import DEFAULT_TIMEOUT_S, attach_read_only, quote_ident
from lienthong.sources._duckdb import load_extension
from lienthong.sources._schema import TableSchema
from lienthong.sources._sqlbase import Handle, SqlConnector


class PostgresConnector(SqlConnector):
    kind = "postgresql"
    paramstyle = "pyformat"
    inspect_url = "postgresql+psycopg://"

    def __init__(self, url: URL, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(timeout_s=timeout_s)
        self.url = url
        params: dict[str, Any] = {
            k: v for k, v in url.query.items() if isinstance(v, str) and k != "options"
        }
        params.update(url.translate_connect_args(username="user", database="dbname"))
        params.setdefault("connect_timeout", str(max(2, math.ceil(timeout_s))))
        # statement_timeout needs a server that answers; against a host that vanishes
        # mid-query, TCP keepalives and tcp_user_timeout end the wait instead of hanging
        params.setdefault("keepalives", "1")
        params.setdefault("keepalives_idle", str(max(1, math.ceil(timeout_s))))
        params.setdefault("keepalives_interval", "1")
        params.setdefault("keepalives_count", "3")
        params.setdefault("tcp_user_timeout", str(_milliseconds(timeout_s) + 2000))
        self._conninfo = psycopg.conninfo.make_conninfo(**params)

    def describe_source(self) -> str:
        return (
            f"the PostgreSQL database {self.url.database or ''} on "
            f"{self.url.host or 'localhost'}:{self.url.port or 5432}"
        )

    def _connect(self) -> Any:
        ms = _milliseconds(self.timeout_s)
        return psycopg.connect(
            self._conninfo,
            autocommit=True,
            options=f"-c default_transaction_read_only=on -c statement_timeout={ms}",
        )

    def _arm(self, handle: Handle, timeout_s: float) -> None:
        with handle.raw.cursor() as cursor:
            milliseconds = str(_milliseconds(timeout_s))
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", (milliseconds,))

    def _is_disconnect(self, exc: Exception) -> bool:
        return isinstance(exc, psycopg.OperationalError) and not isinstance(
            exc, psycopg.errors.QueryCanceled
        )

    def _stream_cursor(self, handle: Handle) -> Any:
        # Server-side (named) cursors live inside a transaction, read-only by default here.
        handle.raw.autocommit = False
        return handle.raw.cursor(name="lienthong_stream")

    def _end_stream(self, handle: Handle) -> None:
        handle.raw.rollback()
        handle.raw.autocommit = True

    def _duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: TableSchema) -> str:
        load_extension(con, "postgres")
        alias = attach_read_only(con, self._conninfo, "postgres")
        return f"{alias}.{quote_ident(table.name)}"

    def _translate(self, exc: Exception, timeout_s: float) -> LienthongError:
        if isinstance(exc, psycopg.errors.QueryCanceled):
            return SourceTimeoutError(f"{self.subject} did not answer within {timeout_s:g} s.")
        if isinstance(exc, psycopg.errors.ReadOnlySqlTransaction):
            return InputError(f"{self.subject} is read-only; the query tried to write.")
        if isinstance(exc, psycopg.OperationalError):
            reason = _first_line(exc).removeprefix("connection failed: ")
            return SourceUnavailableError(
                f"{self.subject} cannot be reached ({reason}).",
                hint="Check that the server is running, the URL and the credentials.",
            )
        if isinstance(exc, psycopg.ProgrammingError | psycopg.DataError):
            return InputError(f"The query failed on {self.describe_source()}: {_first_line(exc)}.")
        return SourceError(f"{self.subject} answered with an error: {exc}".strip())


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else type(exc).__name__


def _milliseconds(timeout_s: float) -> int:
    return 0 if math.isinf(timeout_s) else max(1, round(timeout_s * 1000))
