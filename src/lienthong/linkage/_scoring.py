"""Score record pairs with a saved Splink model, outside a full linkage run.

Used by the resolver (one new record against its blocking candidates) and by explanations
(the waterfall chart of one pair). Splink's ``compare_records`` caches its generated SQL under a
key, so after the first call a comparison is a single DuckDB query.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]

from lienthong.sources import duckdb_connect

#: Arrow types of the columns a model may compare (explicit, so all-NULL columns still bind)
SCHEMA = pa.schema(
    [
        ("unique_id", pa.string()),
        ("source_dataset", pa.string()),
        ("full_name", pa.string()),
        ("name_key", pa.string()),
        ("name_sorted", pa.string()),
        ("family_name", pa.string()),
        ("given_name", pa.string()),
        ("birth_date", pa.date32()),
        ("birth_year", pa.int32()),
        ("sex", pa.string()),
        ("cccd", pa.string()),
        ("cmnd", pa.string()),
        ("ident", pa.string()),
        ("ward_code", pa.string()),
        ("ward_codes", pa.list_(pa.string())),
        ("address_key", pa.string()),
        ("email", pa.string()),
        ("tf_name_key", pa.float64()),
    ]
)


def _value(name: str, value: Any) -> Any:
    if name == "birth_date" and isinstance(value, str):
        return date.fromisoformat(value)
    if name == "ward_codes" and isinstance(value, str):
        return value.split(" ") if value else None
    return value


def to_table(records: Sequence[dict[str, Any]]) -> Any:
    """A pyarrow table of ``records`` with the scoring schema."""
    columns = {
        field.name: [_value(field.name, r.get(field.name)) for r in records] for field in SCHEMA
    }
    return pa.table(columns, schema=SCHEMA)


class Scorer:
    """Scores pairs with one trained model on a private in-memory DuckDB."""

    def __init__(self, model: dict[str, Any]) -> None:
        from splink import DuckDBAPI
        from splink.internals.settings_creator import SettingsCreator

        self.model = model
        self.con = duckdb_connect()  # no progress bar on stdout
        self.db_api = DuckDBAPI(connection=self.con)
        self.settings = SettingsCreator.from_path_or_dict(model)
        digest = hashlib.sha1(json.dumps(model, sort_keys=True).encode()).hexdigest()[:12]
        self._cache_key = f"lienthong-{digest}"
        self._calls = 0

    def score(self, left: dict[str, Any], rights: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """Every ``left``–``right`` comparison, with match weight, probability and the details."""
        from splink.internals.realtime import compare_records

        if not rights:
            return []
        frame = compare_records(
            to_table([left]),
            to_table(rights),
            self.settings,
            self.db_api,
            sql_cache_key=self._cache_key,
        )
        records: list[dict[str, Any]] = frame.as_record_list()
        self._calls += 1
        if self._calls % 64 == 0:  # Splink leaves its per-call tables behind: sweep them
            self._sweep()
        return records

    def _sweep(self) -> None:
        names = self.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '__splink__%'"
        ).fetchall()
        for (name,) in names:
            self.con.execute(f'DROP TABLE IF EXISTS "{name}"')
