"""DuckDB, with its scanners for SQLite, PostgreSQL, MariaDB/MySQL and Excel ready offline.

DuckDB normally downloads extensions on first use; government networks (and this build
machine) cannot. The ``duckdb-extension-*`` wheels ship the binaries, so we install them from
the wheel's folder instead: no network, same version as the engine (both pinned).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import duckdb

from lienthong.errors import ConfigError

#: extension name → the wheel that ships it
_EXTENSION_PACKAGES = {
    "sqlite": "duckdb_extension_sqlite",
    "postgres": "duckdb_extension_postgres",
    "mysql": "duckdb_extension_mysql",
    "excel": "duckdb_extension_excel",
}


@cache
def _extension_file(name: str) -> Path:
    package = _EXTENSION_PACKAGES[name]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            f"The DuckDB {name} extension is not installed.",
            hint=f"Install it with: pip install {package.replace('_', '-')}=={duckdb.__version__}",
        )
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(root.glob(f"extensions/v{duckdb.__version__}/*.duckdb_extension"))
    if not found:
        raise ConfigError(
            f"The DuckDB {name} extension does not match DuckDB {duckdb.__version__}.",
            hint=f"pip install {package.replace('_', '-')}=={duckdb.__version__}",
        )
    return found[0]


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Install (from the local wheel) and load one scanner extension into ``con``."""
    try:
        con.load_extension(name)
    except duckdb.Error:
        con.install_extension(str(_extension_file(name)))
        con.load_extension(name)


def duckdb_connect(
    database: str = ":memory:", *, threads: int | None = None, extensions: tuple[str, ...] = ()
) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the requested scanner extensions loaded.

    DuckDB's progress bar is off: it writes to stdout once a query runs past two seconds, which
    on a loaded machine put a bar inside the JSON of ``lienthong demo --json``.
    """
    config: dict[str, str | bool | int | float | list[str]] = {
        "autoinstall_known_extensions": False
    }
    if threads:
        config["threads"] = threads
    con = duckdb.connect(database, config=config)
    con.execute("SET enable_progress_bar = false")  # a session option, not a config one
    for name in extensions:
        load_extension(con, name)
    return con
