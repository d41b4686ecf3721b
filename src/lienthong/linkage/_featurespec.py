"""Each comparison feature described once; its Python and SQL forms are generated from it.

A record's comparison keys are computed twice: in DuckDB SQL for a whole dataset (``_prepare``,
a million rows in seconds) and in Python for one record (``_features``, the resolver, in
microseconds). They must agree, or a record resolved alone is scored on other keys than the
ones the run linked. So neither form is written by hand: :data:`FEATURES` says, per feature,
which roles (or earlier features, ``@name``) it reads, how they combine, and which
normalisation steps follow; each step (:data:`STEPS`) is a pair of twins, a Python function and
a SQL expression builder, from :mod:`lienthong.normalize` where one exists.

Roles count as present by column (the dataset has the column; the caller gave the key), as in a
batch, where a column is chosen once for all rows. Steps marked ``vn:`` run only on Vietnamese
data; raw inputs (the plain baseline of ``bench/linkage.py``) use a step's ``raw`` SQL.

The address → ward lookup is the one step that is not per row in SQL (it parses each distinct
address tail once, :func:`lienthong.normalize.sql.address_wards`): both forms keep it apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from lienthong.identifiers import CCCD_PROVINCES, compact_id, parse_cccd
from lienthong.normalize import family_name_keys, fold, normalize_sex, parse_date, tidy
from lienthong.normalize import sql as nsql


@dataclass(frozen=True)
class Step:
    """One normalisation: ``py`` on a non-empty value (``None`` in gives ``None`` out), ``sql``
    on an expression (NULL in gives NULL out); ``raw``: the SQL for raw inputs, if different."""

    py: Callable[[Any], Any]
    sql: Callable[[str], str]
    raw: Callable[[str], str] | None = None


def _vietnamese_order(folded: str) -> str:
    """A trailing family name moves to the front (``nsql.name_key_sql``)."""
    words = folded.split(" ")
    families = family_name_keys()
    if len(words) > 1 and words[0] not in families and words[-1] in families:
        return " ".join([words[-1], *words[:-1]])
    return folded


def _date(text: str) -> date | None:
    found = parse_date(text)
    return found.value if found else None


def _year(text: str) -> int | None:
    found = parse_date(text)
    return found.year if found else None


_CCCD = "0(" + "|".join(sorted(code[1:] for code in CCCD_PROVINCES)) + r")\d{9}"


def _digits(text: str) -> str | None:
    # identifiers.compact_id: the separators (and Excel's apostrophe) digits_sql drops too
    return compact_id(text) or None


def _last_word(key: str) -> str | None:
    words = key.split(" ")
    return words[-1] if len(words) > 1 else None


def _raw_date(e: str) -> str:
    text = f"CAST({e} AS VARCHAR)"
    return f"coalesce(try_cast({text} AS DATE), CAST(try_strptime({text}, '%d/%m/%Y') AS DATE))"


def _raw_year(e: str) -> str:
    text = f"CAST({e} AS VARCHAR)"
    return f"coalesce(year({_raw_date(e)}), try_cast({text} AS INTEGER))"


STEPS: dict[str, Step] = {
    "tidy": Step(tidy, nsql.tidy_sql),
    "fold": Step(lambda v: fold(v) or None, nsql.fold_sql, lambda e: f"lower(trim({e}))"),
    "vietnamese_order": Step(_vietnamese_order, nsql.name_key_sql),
    "sorted_words": Step(lambda v: " ".join(sorted(v.split(" "))), nsql.sorted_key_sql),
    "first_word": Step(lambda v: v.split(" ")[0], lambda e: f"string_split({e}, ' ')[1]"),
    "last_word": Step(
        _last_word,
        lambda e: f"CASE WHEN len(string_split({e}, ' ')) > 1 THEN string_split({e}, ' ')[-1] END",
    ),
    "date": Step(_date, nsql.date_sql, _raw_date),
    "year": Step(_year, nsql.year_sql, _raw_year),
    # a column of years (or dates) given apart: read as such even for raw inputs
    "year_column": Step(_year, nsql.year_sql),
    "sex": Step(normalize_sex, nsql.sex_sql),
    "digits": Step(_digits, nsql.digits_sql),
    "cccd": Step(
        lambda v: v if re.fullmatch(_CCCD, v) else None,
        lambda e: f"CASE WHEN regexp_full_match({e}, '{_CCCD}') THEN {e} END",
        lambda e: f"CASE WHEN length({e}) = 12 THEN {e} END",
    ),
    "cmnd": Step(
        lambda v: v if re.fullmatch(r"\d{9}", v) else None,
        lambda e: f"CASE WHEN regexp_full_match({e}, '\\d{{9}}') THEN {e} END",
    ),
    "mst": Step(
        lambda v: v if len(v) in (10, 13) else None,
        lambda e: f"CASE WHEN length({e}) IN (10, 13) THEN {e} END",
    ),
    "lower": Step(lambda v: v.lower(), lambda e: f"lower({e})"),
    "code": Step(
        lambda v: re.sub(r"[^0-9A-Za-z]", "", v).upper() or None,
        lambda e: f"nullif(upper(regexp_replace({e}, '[^0-9A-Za-z]', '', 'g')), '')",
    ),
    "last_nine": Step(
        lambda v: v[-9:] if len(v) >= 8 else None,
        lambda e: f"CASE WHEN length({e}) >= 8 THEN right({e}, 9) END",
    ),
}


@dataclass(frozen=True)
class Combine:
    """How a feature's inputs make one value: ``py`` on the values (``None`` when absent),
    ``sql`` on their expressions (``NULL`` when absent)."""

    py: Callable[..., Any]
    sql: Callable[..., str]


def _cccd_consistent_sql(cccd: str, year: str, sex: str) -> str:
    digit = f"CAST(substr({cccd}, 4, 1) AS INTEGER)"
    born = f"(CASE {digit} // 2 WHEN 0 THEN 1900 WHEN 1 THEN 2000 WHEN 2 THEN 2100 "
    born += f"WHEN 3 THEN 2200 ELSE 1800 END + CAST(substr({cccd}, 5, 2) AS INTEGER))"
    return (
        f"({cccd} IS NOT NULL AND ({year} IS NULL OR {year} = {born}) AND "
        f"({sex} IS NULL OR {sex} = CASE WHEN {digit} % 2 = 0 THEN 'M' ELSE 'F' END))"
    )


def _cccd_consistent(cccd: str | None, year: int | None, sex: str | None) -> bool:
    """The CCCD's century/sex digit and birth-year digits agree with the record."""
    if not cccd:
        return False
    info = parse_cccd(cccd)
    if year is not None and info.birth_year != year:
        return False
    return sex is None or (info.sex == "male") == (sex == "M")


#: the first input present (by column), trimmed to text; empty text is no value
FIRST = Combine(
    lambda *values: values[0],
    lambda *exprs: exprs[0],
)
#: the inputs present, joined by a space (a name given in parts)
JOIN = Combine(
    lambda *values: " ".join(v for v in values if v) or None,
    lambda *exprs: "nullif(concat_ws(' ', " + ", ".join(exprs) + "), '')",
)
CCCD_OK = Combine(_cccd_consistent, _cccd_consistent_sql)
#: the first non-empty value (a CMND from the ID column, else from a CMND column of its own)
COALESCE = Combine(
    lambda *values: next((v for v in values if v is not None), None),
    lambda *exprs: "coalesce(" + ", ".join(exprs) + ")",
)


def name_parts(roles: Collection[str]) -> bool:
    """Family and given names come in columns of their own (and no full name)."""
    return "full_name" not in roles and {"family_name", "given_name"} <= set(roles)


@dataclass(frozen=True)
class Feature:
    """A comparison key: ``inputs`` (roles, or ``@feature``) → ``combine`` → ``steps``.

    ``when``: the feature is defined this way only for inputs whose roles pass it (the first
    definition of a name that applies wins); ``output``: False for an intermediate value.
    """

    name: str
    inputs: tuple[str, ...]
    steps: tuple[str, ...] = ()
    combine: Combine = FIRST
    when: Callable[[Collection[str]], bool] | None = None
    output: bool = True
    #: the SQL type (of the NULL a missing input gives)
    type: str = "VARCHAR"


_ID_ROLES = ("cccd", "cccd_or_cmnd", "cmnd", "id_number")


def _legacy_cmnd(roles: Collection[str]) -> bool:
    """A register keyed by CCCD also keeps the old CMND in a column of its own."""
    first = next((r for r in _ID_ROLES if r in roles), None)
    return "cmnd" in roles and first != "cmnd"


FEATURES: tuple[Feature, ...] = (
    Feature("name", ("full_name",), output=False, when=lambda r: "full_name" in r),
    Feature("name", ("family_name", "given_name"), combine=JOIN, output=False),
    Feature("full_name", ("@name",), ("tidy",)),
    Feature("folded", ("@name",), ("fold",), output=False),
    Feature("name_key", ("@folded",), ("vn:vietnamese_order",)),
    Feature("name_sorted", ("@name_key",), ("sorted_words",)),
    Feature("family_name", ("family_name",), ("fold",), when=name_parts),
    Feature("family_name", ("@name_key",), ("first_word",)),
    Feature("given_name", ("given_name",), ("fold",), when=name_parts),
    Feature("given_name", ("@name_key",), ("last_word",)),
    Feature("birth_date", ("birth_date",), ("date",), type="DATE"),
    Feature(
        "birth_year", ("birth_date",), ("year",), when=lambda r: "birth_date" in r, type="INTEGER"
    ),
    Feature("birth_year", ("birth_year",), ("year_column",), type="INTEGER"),
    Feature("sex", ("sex",), ("sex",)),
    Feature("ident", _ID_ROLES, ("digits",)),
    Feature("cccd", ("@ident",), ("cccd",)),
    Feature("cccd_ok", ("@cccd", "@birth_year", "@sex"), combine=CCCD_OK, type="BOOLEAN"),
    Feature("legacy_cmnd", ("cmnd",), ("digits", "cmnd"), when=_legacy_cmnd, output=False),
    Feature("legacy_cmnd", (), output=False),
    Feature("id_cmnd", ("@ident",), ("cmnd",), output=False),
    Feature("cmnd", ("@id_cmnd", "@legacy_cmnd"), combine=COALESCE),
    Feature("mst", ("mst",), ("digits", "mst")),
    Feature("email", ("email",), ("lower",)),
    Feature("postcode", ("postcode",), ("code",)),
    Feature("other_id", ("other_id",), ("code",)),
    Feature("phone", ("phone",), ("digits", "last_nine")),
)

#: every role a feature reads
ROLES: tuple[str, ...] = tuple(
    dict.fromkeys(i for f in FEATURES for i in f.inputs if not i.startswith("@"))
)


def _chosen(roles: Collection[str]) -> list[Feature]:
    """The definition of each feature that applies to inputs with ``roles``."""
    chosen: dict[str, Feature] = {}
    for feature in FEATURES:
        if feature.name not in chosen and (feature.when is None or feature.when(roles)):
            chosen[feature.name] = feature
    return list(chosen.values())


def _steps(feature: Feature, vietnamese: bool) -> list[Step]:
    return [
        STEPS[s.removeprefix("vn:")] for s in feature.steps if vietnamese or not s.startswith("vn:")
    ]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    return text or None


def python_features(values: Mapping[str, Any], *, vietnamese: bool = True) -> dict[str, Any]:
    """The features of one record given by role (a role is present when it is a key)."""
    roles = [r for r in ROLES if r in values]
    found: dict[str, Any] = {}
    for feature in _chosen(roles):
        args: list[Any] = []
        for name in feature.inputs:
            if name.startswith("@"):
                args.append(found.get(name[1:]))
            elif name in values:
                args.append(_text(values[name]))
            elif feature.combine is not FIRST:
                args.append(None)
        value = feature.combine.py(*args) if args else None
        for step in _steps(feature, vietnamese):
            if value is None:
                break
            value = step.py(value)
        found[feature.name] = value
    return {f.name: found[f.name] for f in _chosen(roles) if f.output}


def sql_layers(
    roles: Mapping[str, str], *, vietnamese: bool = True, raw: bool = False
) -> list[dict[str, str]]:
    """SQL expressions of every feature, in layers: layer 0 reads the source's columns
    (``roles``: role → quoted column), layer n reads the columns of layer n − 1 by name.

    Layering (instead of inlining a feature where another uses it) computes each feature once
    per row: the folded name feeds five others.
    """
    depth: dict[str, int] = {}
    layers: list[dict[str, str]] = []
    for feature in _chosen(roles):
        refs = [i[1:] for i in feature.inputs if i.startswith("@")]
        level = max((depth[r] + 1 for r in refs), default=0)
        args: list[str] = []
        for name in feature.inputs:
            if name.startswith("@"):
                args.append(name[1:])
            elif name in roles:
                args.append(f"nullif(trim(CAST({roles[name]} AS VARCHAR)), '')")
            elif feature.combine is not FIRST:
                args.append("NULL")
        if not args:
            expr = f"NULL::{feature.type}"
        else:
            expr = feature.combine.sql(*args)
            for step in _steps(feature, vietnamese):
                expr = (step.raw or step.sql)(expr) if raw else step.sql(expr)
        depth[feature.name] = level
        while len(layers) <= level:
            layers.append({})
        layers[level][feature.name] = expr
    return layers


def output_features(roles: Collection[str]) -> Sequence[str]:
    """The names :func:`python_features` returns (and the SQL keeps) for these roles."""
    return [f.name for f in _chosen(roles) if f.output]
