"""Normalise every input into one DuckDB table of comparable records, in SQL.

The ``records`` table has the same columns whatever the source: folded name keys, a DATE of
birth and a birth year, sex as M/F, a well-formed CCCD (and whether it agrees with the person's
sex and birth year), a legacy CMND (from the ID column, or from a register's own CMND column
next to the CCCD), the current ward(s) the address points to. A million rows take seconds
because everything but the distinct address tails runs as vectorised SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import duckdb

from lienthong.linkage._featurespec import name_parts as spec_name_parts
from lienthong.linkage._featurespec import sql_layers
from lienthong.linkage._inputs import LinkInput, quote
from lienthong.linkage._roles import place_columns
from lienthong.normalize import sql as nsql

RECORDS = "records"

_SCHEMA = """
CREATE OR REPLACE TABLE records (
    unique_id VARCHAR, source_dataset VARCHAR, record_key VARCHAR, entity_type VARCHAR,
    full_name VARCHAR, name_key VARCHAR, name_sorted VARCHAR, family_name VARCHAR,
    given_name VARCHAR, birth_date DATE, birth_year INTEGER, sex VARCHAR, cccd VARCHAR,
    cccd_ok BOOLEAN, cccd_is_key BOOLEAN, cmnd VARCHAR, ident VARCHAR, mst VARCHAR,
    ward_code VARCHAR, ward_codes VARCHAR[], address_key VARCHAR, email VARCHAR,
    postcode VARCHAR, other_id VARCHAR, phone VARCHAR
)
"""


def name_parts(inp: LinkInput) -> bool:
    """The input names its people in separate family and given name columns (no full name)."""
    return spec_name_parts(inp.roles)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _layers(inp: LinkInput) -> list[dict[str, str]]:
    """The features' SQL (``_featurespec``), in layers over the source's columns."""
    roles = {role: quote(col) for role, col in inp.roles.items()}
    return sql_layers(roles, vietnamese=inp.vietnamese and not inp.raw, raw=inp.raw)


def record_key_sql(inp: LinkInput) -> str:
    """The SQL of a source row's record key (its key columns joined by ``|``)."""
    return " || '|' || ".join(f"coalesce(CAST({quote(k)} AS VARCHAR), '')" for k in inp.key)


def _stage_one(inp: LinkInput) -> str:
    """The features read straight from the source's columns, and what the batch alone needs:
    the record key and the address text (its wards are looked up per distinct address)."""
    r = {role: quote(col) for role, col in inp.roles.items()}
    key = record_key_sql(inp)
    address = r.get("address") or r.get("address_old")
    parts = [r[role] for role in place_columns(r)]
    place = [p for p in (r.get("street_number"), address, *parts) if p]
    if inp.vietnamese and not inp.raw and not inp.guessed:
        place = []  # flagged Vietnamese addresses are compared by ward, not as text
    text_null = "NULL::VARCHAR"
    cols = {
        "record_key": key,
        "raw_ward": f"CAST({r['ward_code']} AS VARCHAR)" if "ward_code" in r else text_null,
        "address": f"CAST({address} AS VARCHAR)" if address else text_null,
        "place": (
            f"lower(concat_ws(' ', {', '.join(place)}))"
            if inp.raw
            else nsql.fold_sql("concat_ws(' ', " + ", ".join(place) + ")")
        )
        if place
        else text_null,
        **_layers(inp)[0],
    }
    select = ",\n  ".join(f"{expr} AS {name}" for name, expr in cols.items())
    return f"SELECT {select}\nFROM {inp.from_sql}"


def _stage_two(inp: LinkInput, raw: str, wards: str | None) -> str:
    """The features read from other features, layer on layer, and the ward lookup."""
    vietnamese = inp.vietnamese and not inp.raw
    ward = "w.ward_code" if wards else "NULL::VARCHAR"
    ward_codes = "w.ward_codes" if wards else "NULL::VARCHAR[]"
    if inp.roles.get("ward_code"):
        ward, ward_codes = "raw.raw_ward", "[raw.raw_ward]"
    join = f"LEFT JOIN {wards} w ON w.address = raw.address" if wards else ""
    address_key = "NULL::VARCHAR" if vietnamese and not inp.guessed else "place"
    cccd_column = inp.roles.get("cccd") or inp.roles.get("cccd_or_cmnd")
    key_is_cccd = cccd_column is not None and tuple(inp.key) == (cccd_column,)
    dataset = _literal(inp.dataset)
    layers = _layers(inp)[1:]
    first = ", ".join(f"{e} AS {n}" for n, e in (layers[0] if layers else {}).items())
    query = (
        f"SELECT raw.*, {ward} AS ward_code, {ward_codes} AS ward_codes, "
        f"{address_key} AS address_key{', ' + first if first else ''} FROM {raw} raw {join}"
    )
    for n, layer in enumerate(layers[1:]):
        exprs = ", ".join(f"{e} AS {name}" for name, e in layer.items())
        query = f"SELECT l{n}.*, {exprs} FROM ({query}) l{n}"
    return f"""
    SELECT {dataset} || '/' || record_key AS unique_id, {dataset} AS source_dataset,
        record_key, {_literal(inp.entity_type)} AS entity_type, full_name, name_key,
        name_sorted, family_name, given_name, birth_date, birth_year, sex, cccd, cccd_ok,
        {"TRUE" if key_is_cccd else "FALSE"} AS cccd_is_key, cmnd, ident, mst,
        ward_code, ward_codes, address_key, email, postcode, other_id, phone
    FROM ({query})
    """


def load_sources(con: duckdb.DuckDBPyConnection, inputs: Sequence[LinkInput]) -> list[LinkInput]:
    """Copy each source into a DuckDB table once (connector cost, timed apart from normalising)."""
    loaded = []
    for i, inp in enumerate(inputs):
        table = f"source_{i}"
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {inp.from_sql}")
        loaded.append(replace(inp, from_sql=table))
    return loaded


def prepare(
    con: duckdb.DuckDBPyConnection,
    inputs: Sequence[LinkInput],
    *,
    on_step: Callable[[str], None] | None = None,
) -> int:
    """(Re)build ``records`` from ``inputs``; returns the number of records."""
    con.execute(_SCHEMA)
    for i, inp in enumerate(inputs):
        if on_step:
            on_step(f"normalising {inp.dataset}")
        raw = f"raw_{i}"
        con.execute(f"CREATE OR REPLACE TEMP TABLE {raw} AS {_stage_one(inp)}")
        wards = None
        if (
            inp.vietnamese
            and not inp.roles.get("ward_code")
            and (inp.roles.get("address") or inp.roles.get("address_old"))
        ):
            wards = f"wards_{i}"
            nsql.address_wards(con, raw, "address", wards)
        con.execute(f"INSERT INTO records {_stage_two(inp, raw, wards)}")
        con.execute(f"DROP TABLE {raw}")
        if wards:
            con.execute(f"DROP TABLE {wards}")
    row = con.execute("SELECT count(*) FROM records").fetchone()
    return int(row[0]) if row else 0
