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
    return "full_name" not in inp.roles and {"family_name", "given_name"} <= set(inp.roles)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _stage_one(inp: LinkInput) -> str:
    """Raw values per role, typed and folded (one pass over the source)."""
    r = {role: quote(col) for role, col in inp.roles.items()}
    key = " || '|' || ".join(f"coalesce(CAST({quote(k)} AS VARCHAR), '')" for k in inp.key)
    # separate name columns: each part compared on its own (``_settings._name_part``)
    split_name = name_parts(inp)
    fold = (lambda e: f"lower(trim(CAST({e} AS VARCHAR)))") if inp.raw else nsql.fold_sql
    if "full_name" in r:
        name = r["full_name"]
    elif "family_name" in r or "given_name" in r:
        parts = [r[p] for p in ("family_name", "given_name") if p in r]
        name = "concat_ws(' ', " + ", ".join(parts) + ")"
    else:
        name = "NULL::VARCHAR"
    ident = r.get("cccd") or r.get("cccd_or_cmnd") or r.get("cmnd") or r.get("id_number")
    # a register keyed by CCCD may also keep the person's old CMND in a column of its own
    legacy = r.get("cmnd") if r.get("cmnd") != ident else None
    address = r.get("address") or r.get("address_old")
    parts = [r[role] for role in place_columns(r)]
    place = [p for p in (r.get("street_number"), address, *parts) if p]
    if inp.vietnamese and not inp.raw and not inp.guessed:
        place = []  # flagged Vietnamese addresses are compared by ward, not as text
    if "birth_year" in r and "birth_date" not in r:
        year = nsql.year_sql(r["birth_year"])
    elif "birth_date" in r:
        year = nsql.year_sql(r["birth_date"])
    else:
        year = "NULL::INTEGER"
    text_null, date_null = "NULL::VARCHAR", "NULL::DATE"
    folded = f"lower(trim(CAST({name} AS VARCHAR)))" if inp.raw else nsql.fold_sql(name)
    if "birth_date" in r and inp.raw:
        text = f"CAST({r['birth_date']} AS VARCHAR)"
        birth = (
            f"coalesce(try_cast({text} AS DATE), CAST(try_strptime({text}, '%d/%m/%Y') AS DATE))"
        )
        year = f"coalesce(year({birth}), try_cast({text} AS INTEGER))"
    elif "birth_date" in r:
        birth = nsql.date_sql(r["birth_date"])
    else:
        birth = date_null
    cols = {
        "record_key": key,
        "full_name": nsql.tidy_sql(name),
        "folded": folded,
        "part_family": fold(r["family_name"]) if split_name else text_null,
        "part_given": fold(r["given_name"]) if split_name else text_null,
        "birth_date": birth,
        "birth_year": year,
        "sex": nsql.sex_sql(r["sex"]) if "sex" in r else text_null,
        "ident": nsql.digits_sql(ident) if ident else text_null,
        "legacy_cmnd": nsql.digits_sql(legacy) if legacy else text_null,
        "mst": nsql.digits_sql(r["mst"]) if "mst" in r else text_null,
        "raw_ward": f"CAST({r['ward_code']} AS VARCHAR)" if "ward_code" in r else text_null,
        "address": f"CAST({address} AS VARCHAR)" if address else text_null,
        "place": (
            f"lower(concat_ws(' ', {', '.join(place)}))"
            if inp.raw
            else nsql.fold_sql("concat_ws(' ', " + ", ".join(place) + ")")
        )
        if place
        else text_null,
        "email": f"lower(trim(CAST({r['email']} AS VARCHAR)))" if "email" in r else text_null,
        "postcode": (
            f"nullif(upper(regexp_replace(CAST({r['postcode']} AS VARCHAR), '[^0-9A-Za-z]', '', "
            "'g')), '')"
            if "postcode" in r
            else text_null
        ),
        "other_id": (
            f"nullif(upper(regexp_replace(CAST({r['other_id']} AS VARCHAR), '[^0-9A-Za-z]', '', "
            "'g')), '')"
            if "other_id" in r
            else text_null
        ),
        "phone": nsql.digits_sql(r["phone"]) if "phone" in r else text_null,
    }
    select = ",\n  ".join(f"{expr} AS {name}" for name, expr in cols.items())
    return f"SELECT {select}\nFROM {inp.from_sql}"


def _cccd_consistent(cccd: str) -> str:
    """The CCCD's sex/century digit and birth-year digits agree with the record (or are unknown)."""
    digit = f"CAST(substr({cccd}, 4, 1) AS INTEGER)"
    year = f"(CASE {digit} // 2 WHEN 0 THEN 1900 WHEN 1 THEN 2000 WHEN 2 THEN 2100 "
    year += f"WHEN 3 THEN 2200 ELSE 1800 END + CAST(substr({cccd}, 5, 2) AS INTEGER))"
    return (
        f"(birth_year IS NULL OR birth_year = {year}) AND "
        f"(sex IS NULL OR sex = CASE WHEN {digit} % 2 = 0 THEN 'M' ELSE 'F' END)"
    )


def _stage_two(inp: LinkInput, raw: str, wards: str | None) -> str:
    """Derived keys from stage one; Vietnamese-only steps switch on with ``inp.vietnamese``."""
    vietnamese = inp.vietnamese and not inp.raw
    name_key = nsql.name_key_sql("folded") if vietnamese else "folded"
    cccd = "CASE WHEN length(ident) = 12 THEN ident END" if inp.raw else nsql.cccd_sql("ident")
    ward = "w.ward_code" if wards else "NULL::VARCHAR"
    ward_codes = "w.ward_codes" if wards else "NULL::VARCHAR[]"
    if inp.roles.get("ward_code"):
        ward, ward_codes = "raw.raw_ward", "[raw.raw_ward]"
    join = f"LEFT JOIN {wards} w ON w.address = raw.address" if wards else ""
    address_key = "NULL::VARCHAR" if vietnamese and not inp.guessed else "place"
    cccd_column = inp.roles.get("cccd") or inp.roles.get("cccd_or_cmnd")
    key_is_cccd = cccd_column is not None and tuple(inp.key) == (cccd_column,)
    dataset = _literal(inp.dataset)
    parts = "TRUE" if name_parts(inp) else "FALSE"
    return f"""
    SELECT {dataset} || '/' || record_key AS unique_id, {dataset} AS source_dataset,
        record_key, {_literal(inp.entity_type)} AS entity_type, full_name, name_key,
        {nsql.sorted_key_sql("name_key")} AS name_sorted,
        CASE WHEN {parts} THEN part_family ELSE string_split(name_key, ' ')[1] END
            AS family_name,
        CASE WHEN {parts} THEN part_given
             WHEN len(string_split(name_key, ' ')) > 1 THEN string_split(name_key, ' ')[-1] END
            AS given_name,
        birth_date, birth_year, sex, cccd,
        cccd IS NOT NULL AND {_cccd_consistent("cccd")} AS cccd_ok,
        {"TRUE" if key_is_cccd else "FALSE"} AS cccd_is_key,
        coalesce({nsql.cmnd_sql("ident")}, {nsql.cmnd_sql("legacy_cmnd")}) AS cmnd, ident,
        CASE WHEN length(mst) IN (10, 13) THEN mst END AS mst,
        ward_code, ward_codes, address_key, email, postcode, other_id,
        CASE WHEN length(phone) >= 8 THEN right(phone, 9) END AS phone
    FROM (
        SELECT raw.*, {name_key} AS name_key, {cccd} AS cccd, {ward} AS ward_code,
            {ward_codes} AS ward_codes, {address_key} AS address_key
        FROM {raw} raw {join}
    )
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
