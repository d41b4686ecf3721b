"""Connectors to sector databases and files.

One base class (:class:`Connector`), one subclass per engine: SQLite, PostgreSQL, MariaDB, CSV
and Excel. Every connector introspects its tables, runs read-only SELECTs with bound ``:name``
parameters under a timeout, streams whole tables, and tells DuckDB how to scan a table.
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.sources._base import DEFAULT_TIMEOUT_S as DEFAULT_TIMEOUT_S
    from lienthong.sources._base import Connector, Row
    from lienthong.sources._csv import CsvConnector, sniff_delimiter
    from lienthong.sources._duckdb import duckdb_connect, load_extension
    from lienthong.sources._encoding import SUPPORTED_ENCODINGS as SUPPORTED_ENCODINGS
    from lienthong.sources._encoding import DecodedText, decode_bytes, decode_file
    from lienthong.sources._excel import ExcelConnector
    from lienthong.sources._mariadb import MariaDbConnector
    from lienthong.sources._open import (
        SourceLike,
        mask_url,
        open_connector,
        open_connector_url,
        resolve_url,
        source_kind,
    )
    from lienthong.sources._postgres import PostgresConnector
    from lienthong.sources._query import Query, parse_query
    from lienthong.sources._schema import ColumnSchema, TableSchema
    from lienthong.sources._sqlite import SqliteConnector

__all__ = [
    "ColumnSchema",
    "Connector",
    "CsvConnector",
    "DecodedText",
    "ExcelConnector",
    "MariaDbConnector",
    "PostgresConnector",
    "Query",
    "Row",
    "SourceLike",
    "SqliteConnector",
    "TableSchema",
    "decode_bytes",
    "decode_file",
    "duckdb_connect",
    "load_extension",
    "mask_url",
    "open_connector",
    "open_connector_url",
    "parse_query",
    "resolve_url",
    "sniff_delimiter",
    "source_kind",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
