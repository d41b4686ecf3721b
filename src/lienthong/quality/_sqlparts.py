"""SQL expressions several check kinds share, written once over the dialect vocabulary."""

from __future__ import annotations

from collections.abc import Iterable

from lienthong.identifiers import LABELS
from lienthong.quality._dialect import Dialect
from lienthong.quality._vn import FEMALE_SPELLINGS, MALE_SPELLINGS

#: DuckDB integer types: their text is the canonical decimal, so comparing them as integers
#: gives exactly what comparing their trimmed text gives
INTEGER_TYPES = frozenset({"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT",
                           "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT"})  # fmt: skip
#: integer types any two of which DuckDB compares exactly (128-bit ones may widen to DOUBLE)
JOINABLE_INTEGER_TYPES = INTEGER_TYPES - {"HUGEINT", "UHUGEINT"}
#: DuckDB day and time types without a time zone (their day does not depend on the session)
DAY_TYPES = frozenset({"DATE", "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS"})
#: types whose text is never empty nor starts or ends with a space: present = NOT NULL
_NEVER_BLANK = INTEGER_TYPES | DAY_TYPES | {"DOUBLE", "FLOAT", "BOOLEAN"}


def in_list(d: Dialect, expr: str, values: Iterable[str]) -> str:
    return f"{expr} IN ({', '.join(d.literal(v) for v in values)})"


def trimmed_in(d: Dialect, expr: str, values: Iterable[str]) -> str:
    """``TRIM(expr) IN values``, trimming only the rare values that have an outer space.

    Equivalent because the listed values carry no outer spaces: a value without one is
    compared as it is. A CASE rather than ``raw IN … OR trimmed IN …``, because an engine
    evaluating a projection (DuckDB) computes both sides of an OR for every row, and TRIM
    costs ~0.3 s per million rows there.
    """
    clean = [str(v).strip() for v in values]
    text = d.text(expr)
    return (
        f"CASE WHEN {_outer_space(text)} THEN {in_list(d, f'TRIM({text})', clean)} "
        f"ELSE {in_list(d, text, clean)} END"
    )


def _never_blank(sql_type: str | None) -> bool:
    return sql_type in _NEVER_BLANK or (sql_type or "").startswith("DECIMAL")


def _outer_space(text: str) -> str:
    return f"{text} LIKE ' %' OR {text} LIKE '% '"


def compact(d: Dialect, expr: str) -> str:
    """The identifier without the spaces, dots, dashes, underscores and slashes it is typed
    with (``079 090 000 001``), Excel's leading apostrophe (``'079…``) and a label before it
    (``ID: 079…``):
    :func:`lienthong.identifiers.compact_id` in SQL, spelled with REPLACE, which every engine
    has and which costs far less than a regex on every row."""
    trimmed_ = f"TRIM({d.text(expr)})"
    # the label typed before the id in the same cell ("ID: 079…", "No. 123"), as compact_id
    labels = " ".join(
        f"WHEN UPPER({trimmed_}) LIKE {d.literal(label + '%')} "
        f"THEN SUBSTR({trimmed_}, {len(label) + 1})"
        for label in LABELS
    )
    out = f"CASE {labels} ELSE {trimmed_} END"
    for separator in " .-_/'":
        out = f"REPLACE({out}, {d.literal(separator)}, '')"
    return out


def trimmed(d: Dialect, expr: str) -> str:
    """``TRIM(expr)`` as text, without copying the (usual) values that have no outer space."""
    text = d.text(expr)
    return f"CASE WHEN {_outer_space(text)} THEN TRIM({text}) ELSE {text} END"


def nonblank(d: Dialect, expr: str, sql_type: str | None = None) -> str:
    """The value is present: not NULL and not only spaces.

    A value that does not start with a space is non-blank unless empty, so only the (rare)
    values starting with one are trimmed; a CASE, so the trim and the comparison run on those
    rows only (an OR would compute both sides for every row in DuckDB, and SUBSTR costs
    about as much as TRIM).
    """
    if _never_blank(sql_type):
        return f"({expr} IS NOT NULL)"
    text = d.text(expr)
    return (
        f"({expr} IS NOT NULL AND "
        f"CASE WHEN {text} LIKE ' %' THEN TRIM({text}) <> '' ELSE {text} <> '' END)"
    )


def blank(d: Dialect, expr: str, sql_type: str | None = None) -> str:
    """NULL or only spaces: exactly ``NOT nonblank``."""
    if _never_blank(sql_type):
        return f"({expr} IS NULL)"
    text = d.text(expr)
    return (
        f"({expr} IS NULL OR "
        f"CASE WHEN {text} LIKE ' %' THEN TRIM({text}) = '' ELSE {text} = '' END)"
    )


def sex_code(d: Dialect, expr: str) -> str:
    """0 for male, 1 for female (the CCCD's parity), NULL when the spelling is unknown."""
    value = trimmed(d, expr)
    return (
        f"CASE WHEN {in_list(d, value, MALE_SPELLINGS)} THEN 0 "
        f"WHEN {in_list(d, value, FEMALE_SPELLINGS)} THEN 1 ELSE NULL END"
    )


def birth_year(d: Dialect, expr: str, *, year_only: bool) -> str:
    """The birth year as an integer from a date column (or a year-only column), else NULL."""
    if year_only:
        value = trimmed(d, expr)
        return f"CASE WHEN {d.regex(value, '^[0-9]{4}$')} THEN {d.to_int(value)} ELSE NULL END"
    iso = d.iso_date(expr)
    return f"{d.to_int(d.substr(iso, 1, 4))}"


def id_text(d: Dialect, expr: str) -> str:
    """An identifier compared as trimmed text, so TEXT and numeric columns join alike."""
    return trimmed(d, expr)
