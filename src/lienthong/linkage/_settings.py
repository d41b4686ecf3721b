"""The linkage model's shape: comparisons, blocking rules, thresholds (Splink settings).

Blocking never uses a name alone: fourteen family names cover ~90% of Vietnamese people, and
even a full folded name ("nguyen van an") is shared by thousands. Every rule pairs a name key
with a birth date or year, or a birth date with a ward, or an identifier.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from lienthong.errors import ConfigError
from lienthong.linkage._dialect import DIALECTS as DIALECTS
from lienthong.linkage._dialect import Dialect, dialect

#: Blocking rules for prediction, as SQL over the ``records`` columns (l./r.).
#: A rule is used only when the records carry all of its columns.
BLOCKING_RULES: tuple[tuple[str, ...], ...] = (
    ("name_key", "birth_year"),
    ("name_sorted", "birth_year"),
    ("name_key", "ward_code"),
    ("birth_date", "ward_code"),
    ("given_name", "birth_date"),
    ("family_name", "birth_date"),
    ("cccd",),
    ("cmnd",),
    ("name_key", "address_key"),
    ("email",),
)

#: EM training sessions, tried in order: each blocks on some columns and learns m for the
#: others. Several block on something other than the birth date so that the birth comparison
#: is trained too; a session that fails is skipped (see ``_model.train``).
TRAINING_RULES: tuple[tuple[str, ...], ...] = (
    ("name_key", "birth_year"),
    ("birth_date", "ward_code"),
    ("birth_date", "address_key"),
    ("email",),
    ("ident",),
    ("other_id",),
    ("phone",),
    ("name_key", "ward_code"),
    ("name_key", "address_key"),
    ("name_key", "postcode"),
    ("birth_date",),
)


@dataclass(frozen=True)
class LinkSettings:
    """Knobs of a linkage run. Defaults are tuned on the synthetic city."""

    #: pairs at or above this match probability become links; None: from the fitted model
    #: (posterior 0.5 at the prior estimated from the data, see ``_threshold``)
    threshold: float | None = None
    #: pairs are scored down to this probability: those between it and the threshold are the
    #: uncertain band a clerk reviews (``link review``)
    review_floor: float = 0.2
    #: … and up to this one, on the linked side of the threshold
    review_ceiling: float = 0.9
    #: pairs down to this probability are kept after a run (at most ``max_stored_pairs``, the
    #: most probable): ``link evaluate --truth`` draws precision and recall over thresholds
    pair_floor: float = 0.01
    max_stored_pairs: int = 1_000_000
    #: cap on pairs sampled for u estimation (Splink's default) and for each EM session
    max_pairs: float = 1e6
    em_max_pairs: float = 5e5
    #: term-frequency adjustment on exact name matches (common names count for less)
    name_tf: bool = True
    seed: int = 42
    blocking: tuple[tuple[str, ...], ...] = BLOCKING_RULES
    training: tuple[tuple[str, ...], ...] = TRAINING_RULES
    #: blocking chosen from the data under this many comparisons per record (20M per million)
    comparisons_per_record: float = 20.0
    #: … and never fewer than this many in all (small files can afford every useful rule)
    comparison_floor: float = 2e6
    #: False: use the fixed ``blocking`` rules instead of choosing from the data
    choose_blocking: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def _rule_sql(columns: tuple[str, ...]) -> str:
    return " AND ".join(f"l.{c} = r.{c}" for c in columns)


def usable_rules(
    rules: tuple[tuple[str, ...], ...], present: Collection[str]
) -> list[tuple[str, ...]]:
    """The rules whose columns all have data."""
    return [rule for rule in rules if all(c in present for c in rule)]


def _null(column: str) -> dict[str, Any]:
    return {
        "sql_condition": f"{column}_l IS NULL OR {column}_r IS NULL",
        "label_for_charts": f"{column} missing",
        "is_null_level": True,
    }


def guarded(cheap: str, costly: str) -> str:
    """``cheap AND costly``, with ``costly`` computed only where ``cheap`` holds.

    DuckDB evaluates both sides of an AND over the whole vector; a CASE evaluates its THEN
    only on the rows its WHEN selected. The edit distances below are ~15x the cost of the
    Jaro-Winkler that guards them, and most random pairs (u estimation) fail the guard: this
    made the name comparison 3-4x faster on 1M random pairs.
    """
    return f"CASE WHEN {cheap} THEN {costly} ELSE FALSE END"


def _else() -> dict[str, Any]:
    return {"sql_condition": "ELSE", "label_for_charts": "all other"}


#: the name level of a middle name (tên đệm) missing or different, family and given names equal
MIDDLE_NAME = "middle name missing or different"


def _name(tf: bool, d: Dialect) -> dict[str, Any]:
    exact: dict[str, Any] = {
        "sql_condition": "name_key_l = name_key_r",
        "label_for_charts": "exact",
    }
    if tf:
        exact |= {"tf_adjustment_column": "name_key", "tf_adjustment_weight": 1.0}
    return {
        "output_column_name": "name",
        "comparison_description": "folded full name (Vietnamese order restored)",
        "comparison_levels": [
            _null("name_key"),
            exact,
            {"sql_condition": "name_sorted_l = name_sorted_r", "label_for_charts": "same words"},
            {
                # Jaro-Winkler first: cheap, and it spares random pairs the quadratic edit distance
                "sql_condition": guarded(
                    # one edit changes the length by one at most (both keys have one length)
                    "abs(length(name_sorted_l) - length(name_sorted_r)) <= 1",
                    guarded(
                        f"{d.jw('name_sorted_l', 'name_sorted_r')} >= 0.8",
                        f"{d.dl('name_key_l', 'name_key_r')} <= 1 OR "
                        f"{d.dl('name_sorted_l', 'name_sorted_r')} <= 1",
                    ),
                ),
                "label_for_charts": "one edit",
            },
            {
                # family (first word) and given name (last) equal, the words between them
                # (tên đệm) missing or different: "Nguyễn Văn An" / "Nguyễn An", "Trần Thị Bích
                # Ngọc" / "Trần Bích Ngọc". Forms drop or shorten the middle name; read as a
                # mismatch by the whole-name levels, the pair lost the evidence of both names
                "sql_condition": "family_name_l = family_name_r AND given_name_l = given_name_r",
                "label_for_charts": MIDDLE_NAME,
            },
            {
                "sql_condition": f"{d.jw('name_key_l', 'name_key_r')} >= 0.92",
                "label_for_charts": "Jaro-Winkler >= 0.92",
            },
            {
                "sql_condition": guarded(
                    "abs(length(name_sorted_l) - length(name_sorted_r)) <= 2",
                    guarded(
                        f"{d.jw('name_sorted_l', 'name_sorted_r')} >= 0.8",
                        f"{d.dl('name_sorted_l', 'name_sorted_r')} <= 2",
                    ),
                ),
                "label_for_charts": "two edits",
            },
            {
                # one part of the name kept, the other replaced (a marriage, a nickname)
                "sql_condition": "family_name_l = family_name_r AND given_name_l <> given_name_r "
                "OR given_name_l = given_name_r AND family_name_l <> family_name_r",
                "label_for_charts": "one name part equal",
            },
            {
                "sql_condition": f"{d.jw('name_key_l', 'name_key_r')} >= 0.8",
                "label_for_charts": "Jaro-Winkler >= 0.8",
            },
            _else(),
        ],
    }


def _name_part(column: str, other: str, label: str, d: Dialect) -> dict[str, Any]:
    """One part of a name given in its own column (FEBRL-like files: surname, given name).

    Each part is compared on its own, so a missing part is no evidence (the whole-name
    comparison read "smith" against "john smith" as a mismatch) and a typo in one part does not
    weaken the other. No term-frequency adjustment: the master index keeps frequencies of whole
    names only, and the resolver must score as the run did.
    """
    swapped = f"{column}_l = {other}_r AND {other}_l = {column}_r"
    return {
        "output_column_name": label,
        "comparison_description": f"{label} name, folded",
        "comparison_levels": [
            _null(column),
            {"sql_condition": f"{column}_l = {column}_r", "label_for_charts": "exact"},
            {"sql_condition": swapped, "label_for_charts": "swapped with the other part"},
            {
                "sql_condition": guarded(
                    f"{d.jw(f'{column}_l', f'{column}_r')} >= 0.8",
                    f"{d.dl(f'{column}_l', f'{column}_r')} <= 1",
                ),
                "label_for_charts": "one edit",
            },
            {
                "sql_condition": f"{d.jw(f'{column}_l', f'{column}_r')} >= 0.92",
                "label_for_charts": "Jaro-Winkler >= 0.92",
            },
            {
                "sql_condition": f"{d.jw(f'{column}_l', f'{column}_r')} >= 0.8",
                "label_for_charts": "Jaro-Winkler >= 0.8",
            },
            _else(),
        ],
    }


def _birth(d: Dialect) -> dict[str, Any]:
    both = "birth_date_l IS NOT NULL AND birth_date_r IS NOT NULL"
    return {
        "output_column_name": "birth",
        "comparison_description": "date of birth, or year when only the year is known",
        "comparison_levels": [
            _null("birth_year"),
            {"sql_condition": "birth_date_l = birth_date_r", "label_for_charts": "same date"},
            {
                # two of year, month, day agree first: cheap, spares most pairs the edit distance
                "sql_condition": guarded(
                    f"{both} AND (CAST(year(birth_date_l) = year(birth_date_r) "
                    "AS INTEGER) + CAST(month(birth_date_l) = month(birth_date_r) AS INTEGER) + "
                    "CAST(day(birth_date_l) = day(birth_date_r) AS INTEGER)) >= 2",
                    d.dl(
                        d.date_digits.format(x="birth_date_l"),
                        d.date_digits.format(x="birth_date_r"),
                    )
                    + " <= 1",
                ),
                "label_for_charts": "one digit off or two swapped",
            },
            {
                "sql_condition": f"{both} AND birth_year_l = birth_year_r AND ("
                "(day(birth_date_l) = month(birth_date_r) AND month(birth_date_l) = "
                "day(birth_date_r)) OR month(birth_date_l) = month(birth_date_r) OR "
                "day(birth_date_l) = day(birth_date_r))",
                "label_for_charts": "day/month swapped or one part differs",
            },
            {
                "sql_condition": "birth_year_l = birth_year_r AND "
                "(birth_date_l IS NULL OR birth_date_r IS NULL)",
                "label_for_charts": "same year, date unknown",
            },
            {"sql_condition": "birth_year_l = birth_year_r", "label_for_charts": "same year"},
            _else(),
        ],
    }


def _exact(column: str, description: str) -> dict[str, Any]:
    return {
        "output_column_name": column,
        "comparison_description": description,
        "comparison_levels": [
            _null(column),
            {"sql_condition": f"{column}_l = {column}_r", "label_for_charts": "exact"},
            _else(),
        ],
    }


def _ident(d: Dialect) -> dict[str, Any]:
    """CCCD vs CCCD, CMND vs CMND; a CCCD against a CMND says nothing (null level)."""
    same_kind = "length(ident_l) = length(ident_r)"
    return {
        "output_column_name": "ident",
        "comparison_description": "CCCD / CMND as written",
        "comparison_levels": [
            {
                "sql_condition": f"ident_l IS NULL OR ident_r IS NULL OR NOT ({same_kind})",
                "label_for_charts": "missing or not comparable",
                "is_null_level": True,
            },
            {"sql_condition": "ident_l = ident_r", "label_for_charts": "exact"},
            {
                "sql_condition": d.hamming.format(l="ident_l", r="ident_r") + " <= 2",
                "label_for_charts": "one digit changed or two swapped",
            },
            _else(),
        ],
    }


def _ward(d: Dialect) -> dict[str, Any]:
    return {
        "output_column_name": "ward",
        "comparison_description": "current ward (old addresses converted; split wards give "
        "several candidates)",
        "comparison_levels": [
            {
                "sql_condition": "(ward_codes_l IS NULL OR "
                + d.size.format(x="ward_codes_l")
                + " = 0) OR (ward_codes_r IS NULL OR "
                + d.size.format(x="ward_codes_r")
                + " = 0)",
                "label_for_charts": "ward unknown",
                "is_null_level": True,
            },
            {"sql_condition": "ward_code_l = ward_code_r", "label_for_charts": "same ward"},
            {
                "sql_condition": d.overlap.format(l="ward_codes_l", r="ward_codes_r"),
                "label_for_charts": "candidate wards overlap",
            },
            _else(),
        ],
    }


def _code(column: str, description: str, d: Dialect) -> dict[str, Any]:
    """Postcodes and card numbers: exact, or one typed character off."""
    return {
        "output_column_name": column,
        "comparison_description": description,
        "comparison_levels": [
            _null(column),
            {"sql_condition": f"{column}_l = {column}_r", "label_for_charts": "exact"},
            {
                "sql_condition": guarded(
                    f"abs(length({column}_l) - length({column}_r)) <= 1",
                    f"{d.dl(f'{column}_l', f'{column}_r')} <= 1",
                ),
                "label_for_charts": "one edit",
            },
            _else(),
        ],
    }


def _address(d: Dialect) -> dict[str, Any]:
    return {
        "output_column_name": "address",
        "comparison_description": "folded address text (data without Vietnamese flags)",
        "comparison_levels": [
            _null("address_key"),
            {"sql_condition": "address_key_l = address_key_r", "label_for_charts": "exact"},
            {
                "sql_condition": f"{d.jw('address_key_l', 'address_key_r')} >= 0.9",
                "label_for_charts": "Jaro-Winkler >= 0.9",
            },
            {
                "sql_condition": f"{d.jw('address_key_l', 'address_key_r')} >= 0.75",
                "label_for_charts": "Jaro-Winkler >= 0.75",
            },
            _else(),
        ],
    }


def splink_settings(
    settings: LinkSettings,
    present: Collection[str],
    blocking_rules: list[str] | None = None,
    sql_dialect: str = "duckdb",
    *,
    name_parts: bool = False,
) -> dict[str, Any]:
    """The Splink settings dictionary for records that carry the ``present`` columns.

    ``blocking_rules`` are the rules chosen from the data (``_blocking``); without them the
    fixed ``settings.blocking`` rules that the data can use. The comparison SQL is written in
    ``sql_dialect``, the engine's (the same levels, in the same order, on every engine).
    ``name_parts``: a dataset gives family and given names in columns of their own, so each
    part is compared apart instead of the whole name (which stays the comparison for one-column
    names, where its levels restore the Vietnamese order and catch swapped words).
    """
    d = dialect(sql_dialect)
    comparisons: list[dict[str, Any]] = []
    if name_parts and {"family_name", "given_name"} <= set(present):
        comparisons.append(_name_part("family_name", "given_name", "family", d))
        comparisons.append(_name_part("given_name", "family_name", "given", d))
    elif "name_key" in present:
        comparisons.append(_name(settings.name_tf, d))
    if "birth_year" in present:
        comparisons.append(_birth(d))
    if "sex" in present:
        comparisons.append(_exact("sex", "sex"))
    if "ident" in present:
        comparisons.append(_ident(d))
    if "ward_code" in present or "ward_codes" in present:
        comparisons.append(_ward(d))
    if "address_key" in present:
        comparisons.append(_address(d))
    if "email" in present:
        comparisons.append(_exact("email", "e-mail"))
    if "postcode" in present:
        comparisons.append(_code("postcode", "postcode", d))
    if "other_id" in present:
        comparisons.append(_code("other_id", "insurance or other card number", d))
    if "phone" in present:
        comparisons.append(_exact("phone", "phone (last nine digits)"))
    if blocking_rules is None:
        blocking_rules = [_rule_sql(rule) for rule in usable_rules(settings.blocking, present)]
    blocking: list[Any] = list(blocking_rules)
    if "ward_codes" in present and "name_key" in present:
        # a split old ward gives several candidate wards: block on each of them
        blocking.append(
            {
                "blocking_rule": "l.name_key = r.name_key AND l.ward_codes = r.ward_codes",
                "arrays_to_explode": ["ward_codes"],
            }
        )
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "comparisons": comparisons,
        "blocking_rules_to_generate_predictions": blocking,
        "retain_intermediate_calculation_columns": True,
        "retain_matching_columns": True,
        "additional_columns_to_retain": ["source_dataset"],
    }


def portable_model(
    model: dict[str, Any],
    settings: LinkSettings,
    present: Collection[str],
    blocking_rules: list[str] | None = None,
    *,
    name_parts: bool = False,
) -> dict[str, Any]:
    """A trained model with its comparison SQL in DuckDB's dialect, whatever engine trained it.

    The saved model is read back by the resolver and the scorers, which run on DuckDB; a model
    trained on Spark keeps its parameters (m, u, prior, term frequencies) and takes the DuckDB
    spelling of each level, which :func:`splink_settings` builds in the same order.
    """
    if model.get("sql_dialect", "duckdb") == "duckdb":
        return model
    ours = splink_settings(settings, present, blocking_rules, name_parts=name_parts)["comparisons"]
    theirs = model["comparisons"]
    if [c["output_column_name"] for c in ours] != [c["output_column_name"] for c in theirs]:
        raise ConfigError("The trained model's comparisons differ from the settings' ones.")
    comparisons = []
    for mine, trained in zip(ours, theirs, strict=True):
        levels = [
            dict(level, sql_condition=spelled["sql_condition"])
            for spelled, level in zip(
                mine["comparison_levels"], trained["comparison_levels"], strict=True
            )
        ]
        comparisons.append(dict(trained, comparison_levels=levels))
    return dict(model, sql_dialect="duckdb", comparisons=comparisons)


def training_rules(settings: LinkSettings, present: Collection[str]) -> list[str]:
    return [_rule_sql(rule) for rule in usable_rules(settings.training, present)]
