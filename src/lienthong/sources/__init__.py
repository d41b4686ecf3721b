"""Connectors to sector databases and files."""

from lienthong.sources._duckdb import duckdb_connect, load_extension

__all__ = ["duckdb_connect", "load_extension"]
