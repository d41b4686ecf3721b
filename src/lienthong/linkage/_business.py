"""Businesses registered twice under two tax codes (MST), found by a Splink model of their own.

The deterministic pass joins business records that share an MST; a business re-registered under
a new MST (or whose MST is missing) is only found by what else the two records say: the
business name with its legal form (``Công ty TNHH``, ``CP``, ``DNTN``, ``Hộ kinh doanh``…)
folded away, the head office (old addresses converted to the new ward by the same lookup as for
people, and the house number and street), the representative's name and CCCD/CMND, and the
founding date.

Registers hold a few hundred to a few thousand businesses and most have no duplicate, too few
pairs for EM to learn the weights from, so the m and u probabilities are fixed here (chosen
from how registrations go wrong, see :func:`business_settings`). Two different valid MSTs count
against a match, and two codes of one parent (a company and its branch, or two branches) are
never one business, whatever else agrees (two branches may share an office). A pair is linked
only when Splink is sure *and* the names agree and the head office agrees (ward or street): a
representative with two businesses founded the same day is not enough. Links join
``det_edges`` under the rule ``business``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

import duckdb

from lienthong.linkage._backends import get_backend
from lienthong.linkage._dialect import Dialect, dialect
from lienthong.linkage._inputs import LinkInput, quote
from lienthong.linkage._prepare import record_key_sql
from lienthong.linkage._roles import _words
from lienthong.linkage._settings import _else, _ident, _null, _ward
from lienthong.normalize import sql as nsql

#: the rule name business links carry in ``det_edges`` (and a record's evidence)
RULE = "business"
#: folded column-name hints of a business's registered name and of its founding date
NAME_HINTS = ("ten doanh nghiep", "ten cong ty", "ten co so", "ten ho kinh doanh", "ten dn",
              "business name", "company name", "ten to chuc")  # fmt: skip
FOUNDED_HINTS = ("ngay thanh lap", "ngay dang ky", "founded", "founding date",
                 "registration date", "date of incorporation")  # fmt: skip
#: folded legal-form words, longest first, removed from a business name wherever they stand
LEGAL_FORMS = (
    "cong ty trach nhiem huu han", "trach nhiem huu han", "mot thanh vien", "hai thanh vien",
    "tro len", "cong ty co phan", "doanh nghiep tu nhan", "ho kinh doanh", "ho kd",
    "cong ty", "co phan", "doanh nghiep", "tnhh", "mtv", "ctcp", "cty", "cp", "dntn", "hkd",
)  # fmt: skip
_FORMS_RE = r"\b(" + "|".join(re.escape(f) for f in LEGAL_FORMS) + r")\b"
#: share of records with a duplicate under another MST (the generator's default is 2%)
DUPLICATE_SHARE = 0.02
#: how sure Splink must be before two business records are linked
THRESHOLD = 0.99


def _find(columns: Sequence[str], hints: Sequence[str]) -> str | None:
    for column in columns:
        words = _words(column)
        if any(f" {hint} " in words for hint in hints):
            return column
    return None


def business_name_sql(expr: str) -> str:
    """The folded name without its legal form (``Công ty TNHH A`` = ``A TNHH`` = ``a``)."""
    stripped = f"regexp_replace({nsql.fold_sql(expr)}, '{_FORMS_RE}', ' ', 'g')"
    return f"nullif(trim(regexp_replace({stripped}, ' +', ' ', 'g')), '')"


def _lower(expr: str) -> str:
    return f"nullif(lower(trim(CAST({expr} AS VARCHAR))), '')"


def _select(con: duckdb.DuckDBPyConnection, inp: LinkInput) -> str | None:
    columns = [row[0] for row in con.execute(f"DESCRIBE {inp.from_sql}").fetchall()]
    name = _find(columns, NAME_HINTS)
    if name is None:
        return None
    founded = _find(columns, FOUNDED_HINTS)
    address = inp.roles.get("address") or inp.roles.get("address_old")
    # raw inputs (the plain baseline of bench/linkage.py): text only lower-cased, no folding
    fold = _lower if inp.raw else nsql.fold_sql
    street = (
        fold(f"split_part(CAST({quote(address)} AS VARCHAR), ',', 1)")
        if address
        else "NULL::VARCHAR"
    )
    dataset = "'" + inp.dataset.replace("'", "''") + "'"
    biz_name = fold(quote(name)) if inp.raw else business_name_sql(quote(name))
    return (
        f"SELECT {dataset} || '/' || ({record_key_sql(inp)}) AS unique_id, "
        f"{biz_name} AS biz_name, "
        f"{nsql.date_sql(quote(founded)) if founded else 'NULL::DATE'} AS founded, "
        f"{street} AS street, "
        f"{f'CAST({quote(address)} AS VARCHAR)' if address else 'NULL::VARCHAR'} AS address "
        f"FROM {inp.from_sql}"
    )


def business_records(
    con: duckdb.DuckDBPyConnection, inputs: Sequence[LinkInput], records: str, target: str
) -> int:
    """Create ``target``: the business records with their name, founding date and street
    beside the people-style features of ``records``; returns how many have a name."""
    parts = [s for i in inputs if i.entity_type == "business" and (s := _select(con, i))]
    if not parts:
        return 0
    con.execute(f"CREATE OR REPLACE TEMP TABLE {target}_src AS {' UNION ALL '.join(parts)}")
    ward_code, ward_codes, join = "r.ward_code", "r.ward_codes", ""
    if any(i.vietnamese and not i.raw for i in inputs if i.entity_type == "business"):
        # a register with a ward column leaves it empty on old addresses, and ``records`` then
        # has no ward for them: the old address gives it (people's lookup, per distinct text)
        nsql.address_wards(con, f"{target}_src", "address", f"{target}_wards")
        ward_code = "coalesce(r.ward_code, w.ward_code)"
        ward_codes = "CASE WHEN r.ward_code IS NULL THEN w.ward_codes ELSE r.ward_codes END"
        join = f"LEFT JOIN {target}_wards w ON w.address = b.address"
    con.execute(
        f"CREATE OR REPLACE TABLE {target} AS SELECT r.unique_id, r.mst, r.name_key, r.ident, "
        f"{ward_code} AS ward_code, {ward_codes} AS ward_codes, b.biz_name, b.founded, b.street "
        f"FROM {records} r JOIN {target}_src b USING (unique_id) {join} "
        f"WHERE r.entity_type = 'business' AND b.biz_name IS NOT NULL"
    )
    row = con.execute(f"SELECT count(*) FROM {target}").fetchone()
    return int(row[0]) if row else 0


def _levels(comparison: dict[str, Any], m: Sequence[float], u: Sequence[float]) -> dict[str, Any]:
    """Give the non-null levels of ``comparison`` fixed m and u probabilities, in order."""
    levels = [lvl for lvl in comparison["comparison_levels"] if not lvl.get("is_null_level")]
    assert len(levels) == len(m) == len(u), comparison["output_column_name"]
    for level, mp, up in zip(levels, m, u, strict=True):
        level["m_probability"], level["u_probability"] = mp, up
    return comparison


def _text(column: str, description: str, d: Dialect) -> dict[str, Any]:
    return {
        "output_column_name": column,
        "comparison_description": description,
        "comparison_levels": [
            _null(column),
            {"sql_condition": f"{column}_l = {column}_r", "label_for_charts": "exact"},
            {
                "sql_condition": f"{d.jw(f'{column}_l', f'{column}_r')} >= 0.9",
                "label_for_charts": "Jaro-Winkler >= 0.9",
            },
            _else(),
        ],
    }


def _mst() -> dict[str, Any]:
    return {
        "output_column_name": "mst",
        "comparison_description": "tax codes (equal ones were linked before)",
        "comparison_levels": [
            _null("mst"),
            {
                "sql_condition": "substr(mst_l, 1, 10) = substr(mst_r, 1, 10)",
                "label_for_charts": "one parent's codes (company and branch, or two branches)",
            },
            {"sql_condition": "ELSE", "label_for_charts": "two different valid codes"},
        ],
    }


def business_settings(records: int, sql_dialect: str = "duckdb") -> dict[str, Any]:
    """Splink settings with fixed weights for ``records`` business records (see the module)."""
    d = dialect(sql_dialect)
    pairs = max(records * (records - 1) / 2, 1.0)
    comparisons = [
        # names: a household name of a shop type and two brand words is shared by ~1/4000
        _levels(_text("biz_name", "business name, legal form removed", d),
                (0.92, 0.06, 0.02), (0.002, 0.01, 0.988)),
        _levels(_text("name_key", "representative's name", d),
                (0.85, 0.12, 0.03), (0.002, 0.02, 0.978)),
        _levels(_ident(d), (0.7, 0.1, 0.2), (0.0005, 0.001, 0.9985)),
        _levels(_ward(d), (0.85, 0.1, 0.05), (0.01, 0.01, 0.98)),
        _levels(_text("street", "house number and street", d),
                (0.85, 0.1, 0.05), (0.002, 0.01, 0.988)),
        _levels(
            {
                "output_column_name": "founded",
                "comparison_description": "founding date",
                "comparison_levels": [
                    _null("founded"),
                    {"sql_condition": "founded_l = founded_r", "label_for_charts": "same date"},
                    _else(),
                ],
            },
            (0.95, 0.05), (0.0005, 0.9995),
        ),
        # a re-registration is rarer than a mistyped code: two valid codes count against
        _levels(_mst(), (1e-9, 0.1), (0.01, 0.99)),
    ]  # fmt: skip
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": min(DUPLICATE_SHARE * records / pairs, 0.5),
        "comparisons": comparisons,
        "blocking_rules_to_generate_predictions": [
            "l.biz_name = r.biz_name",
            "l.name_key = r.name_key AND l.founded = r.founded",
            "l.ident = r.ident",
            "l.street = r.street AND l.ward_code = r.ward_code",
        ],
        "retain_intermediate_calculation_columns": True,
        "retain_matching_columns": True,
    }


def business_links(
    con: duckdb.DuckDBPyConnection,
    inputs: Sequence[LinkInput],
    records: str,
    det_edges: str,
    *,
    threshold: float = THRESHOLD,
) -> int:
    """Add the business pairs found under different (or missing) MSTs to ``det_edges``."""
    table = f"{records}_business"
    count = business_records(con, inputs, records, table)
    if count < 2:
        return 0
    from splink import Linker

    backend = get_backend("duckdb", con)
    db_api = backend.db_api()
    frame = backend.register_records(db_api, table)
    linker = Linker(frame, business_settings(count), log_level=logging.ERROR)
    predicted = linker.inference.predict(threshold_match_probability=threshold)
    backend.bring_home(
        predicted,
        ("unique_id_l", "unique_id_r", "match_probability", "gamma_biz_name", "gamma_ward",
         "gamma_street", "gamma_mst"),
        "business_predictions",
    )  # fmt: skip
    # name and head office must agree: Splink's sum alone could link a representative's two
    # businesses founded on one day
    # (gamma: -1 missing, 0 the last level "all other", above 0 some agreement); two codes of
    # one parent are two units even when everything else agrees (two branches in one office)
    agree = "gamma_biz_name > 0 AND (gamma_ward > 0 OR gamma_street > 0) AND gamma_mst <> 1"
    con.execute(
        f"INSERT INTO {det_edges} SELECT unique_id_l, unique_id_r, '{RULE}' "
        f"FROM business_predictions WHERE {agree}"
    )
    row = con.execute(f"SELECT count(*) FROM business_predictions WHERE {agree}").fetchone()
    return int(row[0]) if row else 0
