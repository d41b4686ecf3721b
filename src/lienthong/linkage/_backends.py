"""Where Splink runs: DuckDB by default, Spark when a city outgrows one machine.

One base class, one subclass per engine, optional engines imported lazily with an install hint
(the Splink ``DatabaseAPI`` pattern). Normalisation always runs in DuckDB; a backend receives
the normalised ``records`` table and gives Splink its database API.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from typing import Any, ClassVar

import duckdb

from lienthong.errors import ConfigError


class Backend(ABC):
    """A Splink execution engine holding the normalised records."""

    name: ClassVar[str]

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    @abstractmethod
    def db_api(self) -> Any:
        """The Splink database API for this engine."""

    @abstractmethod
    def register_records(self, db_api: Any, table: str) -> Any:
        """The SplinkDataFrame of the DuckDB table ``table`` on this engine."""


class DuckDBBackend(Backend):
    """Splink on the same DuckDB connection that normalised the data (no copy)."""

    name = "duckdb"

    def db_api(self) -> Any:
        from splink import DuckDBAPI

        return DuckDBAPI(connection=self.con)

    def register_records(self, db_api: Any, table: str) -> Any:
        return db_api.register(table, table_name=f"{table}_input")


class SparkBackend(Backend):
    """Splink on a local or cluster Spark session (``pip install pyspark``)."""

    name = "spark"

    def _spark(self) -> Any:
        try:
            sql = importlib.import_module("pyspark.sql")
        except ImportError as exc:
            raise ConfigError(
                "The Spark linkage backend needs PySpark, which is not installed.",
                hint="Install it with: pip install 'pyspark>=3.5' (and a Java runtime), or use "
                "the default DuckDB backend.",
            ) from exc
        return sql.SparkSession.builder.appName("lienthong-link").getOrCreate()

    def db_api(self) -> Any:
        spark = self._spark()
        api: Any = importlib.import_module("splink").SparkAPI
        return api(spark_session=spark)

    def register_records(self, db_api: Any, table: str) -> Any:
        frame = self._spark().createDataFrame(self.con.table(table).df())
        return db_api.register(frame, table_name=f"{table}_input")


BACKENDS: dict[str, type[Backend]] = {"duckdb": DuckDBBackend, "spark": SparkBackend}


def get_backend(name: str, con: duckdb.DuckDBPyConnection) -> Backend:
    """The backend called ``name``; :class:`ConfigError` naming the choices otherwise."""
    try:
        return BACKENDS[name](con)
    except KeyError:
        choices = ", ".join(sorted(BACKENDS))
        raise ConfigError(
            f"There is no linkage backend {name!r}; choose one of {choices}."
        ) from None
