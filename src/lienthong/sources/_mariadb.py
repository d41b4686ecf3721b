"""MariaDB / MySQL through PyMySQL: utf8mb4, read-only session, ``max_statement_time``."""

from __future__ import annotations

import math
from typing import Any

import duckdb
import pymysql
import pymysql.cursors
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

#: MySQL/MariaDB error numbers that mean "the statement ran out of time".
_TIMEOUT_ERRORS = {1969, 3024, 1317}
#: … those that mean the query itself is wrong (unknown column/table, syntax, …).
_QUERY_ERRORS = {1052, 1054, 1060, 1064, 1222, 1241, 1247, 1248, 1305, 1582, 1583, 1630}
#: … and those that mean "cannot reach / log in to the server".
_UNREACHABLE_ERRORS = {1044, 1045, 1049, 2002, 2003, 2005, 2006, 2013}


class MariaDbConnector(SqlConnector):
    kind = "mariadb"
    paramstyle = "pyformat"
    ident_quote = "`"
    inspect_url = "mysql+pymysql://"

    def __init__(self, url: URL, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(timeout_s=timeout_s)
        self.url = url
        self._args: dict[str, Any] = dict(
            url.translate_connect_args(username="user", database="database")
        )
        self._args.setdefault("host", "127.0.0.1")
        self._args.setdefault("user", "root")
        if "port" in self._args:
            self._args["port"] = int(self._args["port"])

    def describe_source(self) -> str:
        return (
            f"the MariaDB database {self.url.database or ''} on "
            f"{self.url.host or 'localhost'}:{self.url.port or 3306}"
        )

    def _connect(self) -> Any:
        seconds = _seconds(self.timeout_s)
        connect_timeout = max(1, math.ceil(self.timeout_s))
        conn = pymysql.connect(
            **self._args,
            charset="utf8mb4",
            autocommit=True,
            connect_timeout=connect_timeout,
            # bounds the handshake too: a host that accepts TCP but never greets cannot hang us
            read_timeout=connect_timeout,
            init_command=f"SET SESSION max_statement_time = {seconds}, SESSION tx_read_only = 1",
        )
        conn._read_timeout = _client_backstop(self.timeout_s)
        return conn

    def _arm(self, handle: Handle, timeout_s: float) -> None:
        with handle.raw.cursor() as cursor:
            cursor.execute("SET SESSION max_statement_time = %s", (_seconds(timeout_s),))
        # PyMySQL re-reads this before every socket read: the network backstop follows the
        # server-side limit, which normally fires first.
        handle.raw._read_timeout = _client_backstop(timeout_s)

    def _is_disconnect(self, exc: Exception) -> bool:
        code = exc.args[0] if exc.args and isinstance(exc.args[0], int) else None
        return code in (2006, 2013) or isinstance(exc, pymysql.err.InterfaceError)

    def _stream_cursor(self, handle: Handle) -> Any:
        return handle.raw.cursor(pymysql.cursors.SSCursor)

    def _duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: TableSchema) -> str:
        load_extension(con, "mysql")
        parts = {
            "host": self._args["host"],
            "port": self._args.get("port", 3306),
            "user": self._args["user"],
            "password": self._args.get("password"),
            "database": self._args.get("database"),
        }
        dsn = " ".join(f"{k}={v}" for k, v in parts.items() if v not in (None, ""))
        alias = attach_read_only(con, dsn, "mysql")
        return f"{alias}.{quote_ident(table.name)}"

    def _translate(self, exc: Exception, timeout_s: float) -> LienthongError:
        code = exc.args[0] if exc.args and isinstance(exc.args[0], int) else None
        reason = str(exc.args[1]) if len(exc.args) > 1 else str(exc)
        if code in _TIMEOUT_ERRORS or (isinstance(exc, TimeoutError)):
            return SourceTimeoutError(f"{self.subject} did not answer within {timeout_s:g} s.")
        if code == 1792:
            return InputError(f"{self.subject} is read-only; the query tried to write.")
        if code in _UNREACHABLE_ERRORS or isinstance(exc, OSError):
            return SourceUnavailableError(
                f"{self.subject} cannot be reached ({reason}).",
                hint="Check that the server is running, the URL and the credentials.",
            )
        if code == 1146:
            # The table went away at the source: the provider's database changed, not the caller.
            return SourceError(f"{self.subject} no longer has the table the query reads: {reason}.")
        if code in _QUERY_ERRORS or isinstance(
            exc, pymysql.err.ProgrammingError | pymysql.err.DataError
        ):
            return InputError(f"The query failed on {self.describe_source()}: {reason}.")
        if isinstance(exc, pymysql.err.OperationalError | pymysql.err.InternalError):
            return SourceError(f"{self.subject} answered with an error: {reason}.")
        return SourceError(f"{self.subject} answered with an error: {exc}".strip())


def _client_backstop(timeout_s: float) -> float | None:
    return None if math.isinf(timeout_s) else timeout_s + 2


def _seconds(timeout_s: float) -> float:
    return 0 if math.isinf(timeout_s) else max(0.001, timeout_s)
