"""Read-only queries with named parameters, rewritten once for each engine's placeholder style.

Queries are written the way the manifest writes them (``WHERE so_dinh_danh = :cccd``). Each
engine wants its own placeholders (sqlite ``:name``, psycopg/pymysql ``%(name)s``, DuckDB
``$name``), so a small lexer finds the parameters outside strings, identifiers and comments,
refuses anything but one SELECT statement, and caches the rewritten text: the gateway calls
the same few queries hundreds of times a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from lienthong.errors import InputError

Style = Literal["named", "pyformat", "dollar"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FIRST_WORD = re.compile(r"\s*\(*\s*([A-Za-z]+)")


@dataclass(frozen=True)
class Query:
    """A checked query: its parameter names and its text in each placeholder style."""

    source: str
    parameters: tuple[str, ...]
    named: str
    pyformat: str
    dollar: str

    def text(self, style: Style) -> str:
        text: str = getattr(self, style)
        return text


def _skip_quoted(sql: str, i: int, quote: str) -> int:
    """Index just past the quoted run starting at ``sql[i]`` (doubled quotes escape)."""
    j = i + 1
    while j < len(sql):
        if sql[j] == quote:
            if j + 1 < len(sql) and sql[j + 1] == quote:
                j += 2
                continue
            return j + 1
        if sql[j] == "\\" and quote == "'":
            j += 2
            continue
        j += 1
    raise InputError("The query has an unterminated quoted string or identifier.")


@lru_cache(maxsize=1024)
def parse_query(sql: str) -> Query:
    """Check that ``sql`` is one SELECT statement and find its ``:name`` parameters."""
    names: list[str] = []
    named: list[str] = []
    pyformat: list[str] = []
    dollar: list[str] = []
    code: list[str] = []  # the statement without strings/comments, to check its shape

    def emit(chunk: str, *, literal: bool = False) -> None:
        named.append(chunk)
        dollar.append(chunk)
        pyformat.append(chunk.replace("%", "%%"))
        if not literal:
            code.append(chunk)

    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"`":
            j = _skip_quoted(sql, i, ch)
            emit(sql[i:j], literal=True)
            code.append(" x ")
            i = j
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            emit(sql[i:j], literal=True)
            i = j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            if j < 0:
                raise InputError("The query has an unterminated /* comment.")
            emit(sql[i : j + 2], literal=True)
            i = j + 2
        elif sql.startswith("::", i):
            emit("::")
            i += 2
        elif ch == ":" and (match := _NAME.match(sql, i + 1)):
            name = match.group(0)
            if name not in names:
                names.append(name)
            named.append(f":{name}")
            pyformat.append(f"%({name})s")
            dollar.append(f"${name}")
            code.append(" ? ")
            i = match.end()
        elif ch in "?$" or (ch == "%" and sql.startswith("%(", i)):
            raise InputError(
                "The query uses positional or engine-specific placeholders.",
                hint="Write parameters as :name (for example WHERE so_dinh_danh = :cccd).",
            )
        else:
            emit(ch)
            i += 1
    statement = "".join(code).strip().rstrip(";").strip()
    if ";" in statement:
        raise InputError("The query must be a single statement; it contains several.")
    first = _FIRST_WORD.match(statement)
    if first is None or first.group(1).upper() not in ("SELECT", "WITH"):
        raise InputError(
            "Only read-only SELECT queries are allowed.",
            hint="Start the query with SELECT (or WITH … SELECT).",
        )

    def finish(parts: list[str]) -> str:
        return "".join(parts).strip().rstrip(";").rstrip()

    return Query(sql, tuple(names), finish(named), finish(pyformat), finish(dollar))
