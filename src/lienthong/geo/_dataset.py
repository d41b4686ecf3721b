"""Read the official administrative units shipped inside ``vietnamadminunits`` (MIT).

We read its data files directly (``data/dataset.db`` and ``data/converter_2025.json``) rather
than calling its converter: the converter geocodes through the internet, and lienthong must run
offline. Everything here is read once per process (``functools.cache``).
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from lienthong.errors import ConfigError

_PACKAGE = "vietnamadminunits"


@cache
def data_dir() -> Path:
    """The ``data`` folder of the installed ``vietnamadminunits`` package.

    Found with ``find_spec`` so the package is *not imported*: its ``__init__`` loads its parsers
    (shapely, geopy…), which costs seconds we do not need.
    """
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - pinned dep
        raise ConfigError(
            "The administrative-unit dataset is missing: install vietnamadminunits==1.0.4."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def query(sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    """Run a read-only query on ``dataset.db``."""
    path = data_dir() / "dataset.db"
    if not path.exists():  # pragma: no cover - dependency is pinned
        raise ConfigError(f"{path} is missing: reinstall vietnamadminunits==1.0.4.")
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@cache
def converter() -> dict[str, Any]:
    """The parsed ``converter_2025.json`` (old→new ward tables)."""
    path = data_dir() / "converter_2025.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
