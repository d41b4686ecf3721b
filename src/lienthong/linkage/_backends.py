"""Where Splink runs: DuckDB by default, Spark when a city outgrows one machine.

One base class, one subclass per engine, optional engines imported lazily with an install hint
(the Splink ``DatabaseAPI`` pattern). Normalisation, blocking counts and clustering always run
in DuckDB; a backend receives the normalised ``records`` table, gives Splink its database API
(training and prediction run there, with comparison SQL in the backend's ``dialect``) and brings
the scored pairs home.
"""

from __future__ import annotations

import shutil
import uuid
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar

import duckdb

from lienthong.errors import ConfigError


class Backend(ABC):
    """A Splink execution engine holding the normalised records."""

    name: ClassVar[str]
    #: the SQL dialect the model's comparisons are written in (see ``_settings.DIALECTS``)
    dialect: ClassVar[str]

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    @abstractmethod
    def db_api(self) -> Any:
        """The Splink database API for this engine."""

    @abstractmethod
    def register_records(self, db_api: Any, table: str) -> Any:
        """The SplinkDataFrame of the DuckDB table ``table`` on this engine."""

    @abstractmethod
    def bring_home(self, frame: Any, columns: Sequence[str], table: str) -> None:
        """Store ``columns`` of the SplinkDataFrame ``frame`` as the DuckDB table ``table``."""


class DuckDBBackend(Backend):
    """Splink on the same DuckDB connection that normalised the data (no copy)."""

    name = "duckdb"
    dialect = "duckdb"

    def db_api(self) -> Any:
        from splink import DuckDBAPI

        return DuckDBAPI(connection=self.con)

    def register_records(self, db_api: Any, table: str) -> Any:
        return db_api.register(table, table_name=f"{table}_input")

    def bring_home(self, frame: Any, columns: Sequence[str], table: str) -> None:
        self.con.execute(
            f"CREATE OR REPLACE TABLE {table} AS SELECT {', '.join(columns)} "
            f"FROM {frame.physical_name}"
        )


class SparkBackend(Backend):
    """Splink on a Spark session (``pip install pyspark`` and a Java runtime).

    Records go to Spark and scored pairs come back as Parquet files in a private work
    directory: typed (dates stay dates, ward lists stay arrays) and never through the driver's
    Python heap, so the hand-over costs one write and one read at any size.
    """

    name = "spark"
    dialect = "spark"

    def db_api(self) -> Any:
        from lienthong.linkage._spark import session

        spark = session()  # first: a missing PySpark or Java is a ConfigError with a hint
        from splink.backends.spark import SparkAPI

        return SparkAPI(spark_session=spark)  # type: ignore[no-untyped-call]

    def register_records(self, db_api: Any, table: str) -> Any:
        from lienthong.linkage._spark import work_dir

        view = f"{table}_{uuid.uuid4().hex}"  # one per run: a session can serve many runs
        path = work_dir() / f"{view}.parquet"
        self.con.execute(f"COPY {table} TO '{path}' (FORMAT parquet)")
        db_api.spark.read.parquet(str(path)).createOrReplaceTempView(view)
        return db_api.register(view, table_name=f"{table}_input")

    def bring_home(self, frame: Any, columns: Sequence[str], table: str) -> None:
        from lienthong.linkage._spark import work_dir

        path = work_dir() / f"{table}-{uuid.uuid4().hex}"
        frame.as_spark_dataframe().select(*columns).write.parquet(str(path))
        self.con.execute(
            f"CREATE OR REPLACE TABLE {table} AS SELECT {', '.join(columns)} "
            f"FROM read_parquet('{path}/*.parquet')"
        )
        shutil.rmtree(path, ignore_errors=True)


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
