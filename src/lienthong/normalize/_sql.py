"""The normalisers as DuckDB SQL, for a million records in seconds.

Each function returns a SQL expression over a column expression, the vectorised twin of the
Python normaliser of the same name (tests check that both agree). Addresses are the exception:
they need the unit gazetteer, so :func:`address_wards` parses each *distinct* administrative tail
once in Python and joins the result back (a city has thousands of distinct tails, not millions).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]

from lienthong.identifiers import CCCD_PROVINCES, LABEL_PREFIX, SEPARATORS
from lienthong.normalize._address import convert_address
from lienthong.normalize._dates import TWO_DIGIT_PIVOT
from lienthong.normalize._families import family_name_keys
from lienthong.normalize._sex import SEX_VALUES


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _list(values: Iterable[str]) -> str:
    return "[" + ", ".join(_literal(v) for v in sorted(values)) + "]"


def tidy_sql(expr: str) -> str:
    """NFC, whitespace collapsed, trimmed (``_text.tidy``)."""
    return f"trim(regexp_replace(nfc_normalize(CAST({expr} AS VARCHAR)), '\\s+', ' ', 'g'))"


def fold_sql(expr: str) -> str:
    """Folded key: no diacritics, đ→d, lower case, punctuation as space (``_text.fold``).

    ``strip_accents`` decomposes by itself (NFD input gives the same result), and one regex
    turns every run of non-alphanumerics, spaces included, into one space.
    """
    text = f"strip_accents(CAST({expr} AS VARCHAR))"
    stripped = f"lower(replace(replace({text}, 'đ', 'd'), 'Đ', 'D'))"
    return f"nullif(trim(regexp_replace({stripped}, '[^0-9a-z]+', ' ', 'g')), '')"


def name_key_sql(folded: str) -> str:
    """The folded name in Vietnamese order: a trailing family name moves to the front."""
    families = _list(family_name_keys())
    words = f"string_split({folded}, ' ')"
    swapped = (
        f"len({words}) > 1 AND NOT list_contains({families}, {words}[1]) "
        f"AND list_contains({families}, {words}[-1])"
    )
    moved = f"array_to_string(list_concat([{words}[-1]], {words}[1:-2]), ' ')"
    return f"CASE WHEN {swapped} THEN {moved} ELSE {folded} END"


def sorted_key_sql(folded: str) -> str:
    """The folded words in alphabetical order (equal for any word order)."""
    return f"array_to_string(list_sort(string_split({folded}, ' ')), ' ')"


def date_sql(expr: str) -> str:
    """A DATE from dd/mm/yyyy, d/m/yy, yyyy-mm-dd, yyyymmdd (``_dates.parse_date``, days only)."""
    t = f"regexp_replace(trim(CAST({expr} AS VARCHAR)), '[T ].*$', '')"
    sep = "[/.\\-]"
    two_digit = f"try_strptime(regexp_replace({t}, '[.\\-]', '/', 'g'), '%d/%m/%y')"
    pivot = 2000 + TWO_DIGIT_PIVOT
    return (
        "CAST(CASE "
        f"WHEN regexp_full_match({t}, '\\d{{4}}{sep}\\d{{1,2}}{sep}\\d{{1,2}}') "
        f"THEN try_strptime(regexp_replace({t}, '[/.]', '-', 'g'), '%Y-%m-%d') "
        f"WHEN regexp_full_match({t}, '\\d{{1,2}}{sep}\\d{{1,2}}{sep}\\d{{4}}') "
        f"THEN try_strptime(regexp_replace({t}, '[.\\-]', '/', 'g'), '%d/%m/%Y') "
        f"WHEN regexp_full_match({t}, '\\d{{1,2}}{sep}\\d{{1,2}}{sep}\\d{{2}}') "
        f"THEN CASE WHEN year({two_digit}) > {pivot} THEN {two_digit} - INTERVAL 100 YEAR "
        f"ELSE {two_digit} END "
        f"WHEN regexp_full_match({t}, '\\d{{8}}') THEN try_strptime({t}, '%Y%m%d') "
        "END AS DATE)"
    )


def year_sql(expr: str) -> str:
    """The year of a date in any format above, or of a bare year / mm/yyyy."""
    text = f"trim(CAST({expr} AS VARCHAR))"
    bare = f"try_cast(regexp_extract({text}, '^(?:\\d{{1,2}}[/.\\-])?(\\d{{4}})$', 1) AS INTEGER)"
    return (
        f"coalesce(year({date_sql(expr)}), CASE WHEN {bare} BETWEEN 1800 AND 2200 THEN {bare} END)"
    )


def sex_sql(expr: str) -> str:
    """'M', 'F' or NULL (``_sex.normalize_sex``)."""
    cases = " ".join(
        f"WHEN {_literal(k)} THEN {_literal(v)}" for k, v in sorted(SEX_VALUES.items())
    )
    return f"CASE {fold_sql(expr)} {cases} END"


def digits_sql(expr: str) -> str:
    """The identifier without spaces, dots, dashes, slashes, underscores, nor a label before it."""
    # identifiers.compact_id's class, so both drop the same separators
    pattern = _literal(SEPARATORS)  # the class holds Excel's apostrophe: quoted, doubled
    label = _literal(f"(?i){LABEL_PREFIX}")  # and the label typed before it ("ID: 079…")
    unlabelled = f"regexp_replace(trim(CAST({expr} AS VARCHAR)), {label}, '')"
    return f"nullif(regexp_replace({unlabelled}, {pattern}, '', 'g'), '')"


def cccd_sql(expr: str) -> str:
    """The CCCD when the value is a well-formed one (known province code), else NULL."""
    codes = "|".join(sorted(code[1:] for code in CCCD_PROVINCES))
    digits = digits_sql(expr)
    return f"CASE WHEN regexp_full_match({digits}, '0({codes})\\d{{9}}') THEN {digits} END"


def cmnd_sql(expr: str) -> str:
    """The legacy 9-digit CMND, else NULL."""
    digits = digits_sql(expr)
    return f"CASE WHEN regexp_full_match({digits}, '\\d{{9}}') THEN {digits} END"


def _tail_sql(column: str, parts: int) -> str:
    split = f"string_split(CAST({column} AS VARCHAR), ',')"
    return f"array_to_string({split}[-{parts}:], ',')"


def _convert_all(texts: Iterable[str]) -> Any:
    """Arrow table ``(text, known, ward_codes, split)`` for each distinct text."""
    rows = []
    for text in texts:
        conversion = convert_address(text)
        rows.append(
            (text, conversion.format != "unknown", sorted(conversion.codes), conversion.split)
        )
    return pa.table(
        {
            "text": [r[0] for r in rows],
            "known": [r[1] for r in rows],
            "ward_codes": [r[2] for r in rows],
            "split": [r[3] for r in rows],
        },
        schema=pa.schema(
            [
                ("text", pa.string()),
                ("known", pa.bool_()),
                ("ward_codes", pa.list_(pa.string())),
                ("split", pa.bool_()),
            ]
        ),
    )


def address_wards(con: duckdb.DuckDBPyConnection, source: str, column: str, target: str) -> None:
    """Create ``target(address, ward_codes, ward_code, split)`` for each distinct address.

    ``ward_codes`` is the sorted list of today's candidate wards; ``ward_code`` the one ward when
    there is exactly one. Only the administrative tail of an address decides its ward, so the
    distinct tails (last two comma parts; then three for those not understood; then the whole
    text) are parsed in Python, once each, and joined back in SQL.
    """
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {target}_src AS SELECT DISTINCT CAST({column} AS VARCHAR) "
        f"AS address, {_tail_sql(column, 2)} AS tail2, {_tail_sql(column, 3)} AS tail3 "
        f"FROM {source} WHERE {column} IS NOT NULL"
    )
    steps = (
        ("tail2", "TRUE"),
        ("tail3", "NOT m2.known"),
        ("address", "NOT m2.known AND NOT m3.known"),
    )
    joins = ""
    for n, (column_name, needed) in enumerate(steps, start=2):
        query = f"SELECT DISTINCT s.{column_name} FROM {target}_src s {joins} WHERE {needed}"
        texts = [row[0] for row in con.execute(query).fetchall()]
        con.register(f"{target}_m{n}_arrow", _convert_all(texts))
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {target}_m{n} AS SELECT * FROM {target}_m{n}_arrow"
        )
        con.unregister(f"{target}_m{n}_arrow")
        joins += f" LEFT JOIN {target}_m{n} m{n} ON m{n}.text = s.{column_name}"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {target} AS
        SELECT s.address,
            CASE WHEN m2.known THEN m2.ward_codes WHEN m3.known THEN m3.ward_codes
                 ELSE coalesce(m4.ward_codes, []) END AS ward_codes,
            CASE WHEN m2.known THEN m2.split WHEN m3.known THEN m3.split
                 ELSE coalesce(m4.split, false) END AS split
        FROM {target}_src s {joins}
        """
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {target} AS SELECT address, ward_codes, "
        f"CASE WHEN len(ward_codes) = 1 THEN ward_codes[1] END AS ward_code, split FROM {target}"
    )
    for table in ("src", "m2", "m3", "m4"):
        con.execute(f"DROP TABLE IF EXISTS {target}_{table}")
