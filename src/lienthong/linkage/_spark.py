"""The Spark session Splink runs on, set up once per process.

A new user's ``getOrCreate()`` fails Splink in several quiet ways, each fixed here:

* Splink's string similarities (Jaro-Winkler, Damerau-Levenshtein) live in a Scala jar that
  must be on the session's classpath (``spark.jars``) before the JVM starts;
* Splink breaks lineage by writing Parquet under the checkpoint directory, which Spark leaves
  unset;
* the default 200 shuffle partitions make every step of a local run wait on 200 tiny tasks;
* in local mode Spark binds to the machine's outside interface unless told otherwise, and it
  prints INFO logs by the screenful.

PySpark is imported only here and only when the Spark backend is chosen (it starts a JVM).
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from lienthong.errors import ConfigError

_INSTALL = (
    "Install it with: pip install 'lienthong[spark]' (and a Java runtime: apt-get install "
    "default-jre-headless), or use the default DuckDB backend."
)

#: log4j 2 configuration for the driver: warnings and errors only, to stderr
_LOG4J = """\
rootLogger.level = error
# as in Spark's template: PySpark is a shell, whose REPL logger sets the level it starts at
logger.repl.name = org.apache.spark.repl.Main
logger.repl.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = spark %p %c{1}: %m%n
"""

_work: Path | None = None


def work_dir() -> Path:
    """A private directory for this process's hand-over files and checkpoints (removed at exit).

    On a cluster every executor must read it: point ``TMPDIR`` at a shared filesystem.
    """
    global _work
    if _work is None:
        _work = Path(tempfile.mkdtemp(prefix="lienthong-spark-"))
        atexit.register(shutil.rmtree, _work, True)
    return _work


def _pyspark_sql() -> Any:
    try:
        return importlib.import_module("pyspark.sql")
    except ImportError as exc:
        raise ConfigError(
            "The Spark linkage backend needs PySpark, which is not installed.", hint=_INSTALL
        ) from exc


def _check_java() -> None:
    home = os.environ.get("JAVA_HOME")
    if (home and Path(home, "bin", "java").exists()) or shutil.which("java"):
        return
    raise ConfigError(
        "The Spark linkage backend needs a Java runtime, and none was found.",
        hint="Install one (apt-get install default-jre-headless) or set JAVA_HOME.",
    )


def shuffle_partitions(master: str, cores: int | None = None) -> int:
    """Partitions per shuffle: a few per local core (Spark's 200 are for clusters)."""
    if not master.startswith("local"):
        return 200
    inside = master[master.find("[") + 1 : master.find("]")] if "[" in master else "1"
    count = cores or os.cpu_count() or 2
    if inside.split(",")[0].isdigit():
        count = int(inside.split(",")[0])
    return max(2, 2 * count)


def session() -> Any:
    """The process's Spark session, started on first use with the settings above."""
    from lienthong.config import load_settings

    sql = _pyspark_sql()
    active = sql.SparkSession.getActiveSession()
    if active is not None:  # the caller's own session (it must carry Splink's jar)
        if active.sparkContext.getCheckpointDir() is None:
            active.sparkContext.setCheckpointDir(str(work_dir() / "checkpoints"))
        return active
    _check_java()
    from splink.backends.spark import similarity_jar_location

    settings = load_settings()
    master = settings.spark_master
    work = work_dir()
    log4j = work / "log4j2.properties"
    log4j.write_text(_LOG4J, encoding="utf-8")
    partitions = str(shuffle_partitions(master))
    builder = (
        sql.SparkSession.builder.appName("lienthong-link")
        .master(master)
        .config("spark.jars", similarity_jar_location())
        .config("spark.driver.memory", settings.spark_driver_memory)
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log4j}")
        .config("spark.sql.shuffle.partitions", partitions)
        .config("spark.default.parallelism", partitions)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.local.dir", str(work / "scratch"))
    )
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1").config(
            "spark.driver.host", "127.0.0.1"
        )
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.setCheckpointDir(str(work / "checkpoints"))
    return spark
