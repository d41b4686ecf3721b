"""Fellegi–Sunter scoring in plain Python, for resolving one record in a few milliseconds.

Splink's ``compare_records`` plans and runs a SQL pipeline per call (tens of milliseconds). The
resolver instead reads the trained weights from Splink's own settings object and evaluates each
comparison level with a Python twin of its SQL condition (:data:`LEVELS`, keyed by comparison
and level label). A test checks the two give the same match weights on the synthetic city.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from lienthong.errors import ConfigError

Rec = Mapping[str, Any]
Predicate = Callable[[Rec, Rec], bool]


def _both(col: str) -> Callable[[Rec, Rec], bool]:
    return lambda a, b: a.get(col) is not None and b.get(col) is not None


def _jaro_winkler(a: str, b: str) -> float:
    """Jaro–Winkler similarity (prefix scale 0.1, up to 4 letters), as DuckDB computes it."""
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    window = max(max(la, lb) // 2 - 1, 0)
    flags_a, flags_b = [False] * la, [False] * lb
    matches = 0
    for i, ch in enumerate(a):
        for j in range(max(0, i - window), min(lb, i + window + 1)):
            if not flags_b[j] and b[j] == ch:
                flags_a[i] = flags_b[j] = True
                matches += 1
                break
    if not matches:
        return 0.0
    bs = [b[j] for j in range(lb) if flags_b[j]]
    matched_a = (c for k, c in enumerate(a) if flags_a[k])
    transpositions = sum(1 for i, ch in enumerate(matched_a) if ch != bs[i]) / 2
    jaro = (matches / la + matches / lb + (matches - transpositions) / matches) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


def _codes(value: Any) -> list[str]:
    if not value:
        return []
    return value.split(" ") if isinstance(value, str) else list(value)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _birth_near(left: Rec, right: Rec) -> bool:
    a, b = _date(left.get("birth_date")), _date(right.get("birth_date"))
    if a is None or b is None or left.get("birth_year") != right.get("birth_year"):
        return False
    return (a.day == b.month and a.month == b.day) or a.month == b.month or a.day == b.day


def _eq(col: str) -> Predicate:
    return lambda a, b: a.get(col) is not None and a.get(col) == b.get(col)


def _null(col: str) -> Predicate:
    return lambda a, b: a.get(col) is None or b.get(col) is None


def _jw(col: str, threshold: float) -> Predicate:
    return lambda a, b: _both(col)(a, b) and _jaro_winkler(a[col], b[col]) >= threshold


def _ident_null(left: Rec, right: Rec) -> bool:
    a, b = left.get("ident"), right.get("ident")
    return a is None or b is None or len(a) != len(b)


def _hamming2(left: Rec, right: Rec) -> bool:
    changed: int = sum(x != y for x, y in zip(left["ident"], right["ident"], strict=True))
    return changed <= 2


def _ward_null(left: Rec, right: Rec) -> bool:
    return not _codes(left.get("ward_codes")) or not _codes(right.get("ward_codes"))


def _ward_overlap(left: Rec, right: Rec) -> bool:
    return bool(set(_codes(left.get("ward_codes"))) & set(_codes(right.get("ward_codes"))))


def _year_date_unknown(left: Rec, right: Rec) -> bool:
    same = _eq("birth_year")(left, right)
    return same and (left.get("birth_date") is None or right.get("birth_date") is None)


def _dates_eq(left: Rec, right: Rec) -> bool:
    a, b = _date(left.get("birth_date")), _date(right.get("birth_date"))
    return a is not None and a == b


def damerau_levenshtein(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (Lowrance–Wagner), as DuckDB computes it."""
    big = len(a) + len(b)
    last_row: dict[str, int] = {}
    d = [[big] * (len(b) + 2)] + [[big] + [0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i + 1][1] = i
    for j in range(len(b) + 1):
        d[1][j + 1] = j
    for i in range(1, len(a) + 1):
        last_col = 0
        for j in range(1, len(b) + 1):
            k, l_ = last_row.get(b[j - 1], 0), last_col
            cost = 0 if a[i - 1] == b[j - 1] else 1
            if not cost:
                last_col = j
            d[i + 1][j + 1] = min(
                d[i][j] + cost,
                d[i + 1][j] + 1,
                d[i][j + 1] + 1,
                d[k][l_] + (i - k - 1) + 1 + (j - l_ - 1),
            )
        last_row[a[i - 1]] = i
    return d[len(a) + 1][len(b) + 1]


def _edits(limit: int, *columns: str) -> Predicate:
    """Jaro-Winkler on sorted words >= 0.8, then at most ``limit`` edits on any of ``columns``."""

    def test(a: Rec, b: Rec) -> bool:
        if not _jw("name_sorted", 0.8)(a, b):
            return False
        return any(_both(c)(a, b) and damerau_levenshtein(a[c], b[c]) <= limit for c in columns)

    return test


def _one_part(left: Rec, right: Rec) -> bool:
    fam, giv = _eq("family_name")(left, right), _eq("given_name")(left, right)
    both = _both("family_name")(left, right) and _both("given_name")(left, right)
    return both and fam != giv


def _middle_differs(left: Rec, right: Rec) -> bool:
    return _eq("family_name")(left, right) and _eq("given_name")(left, right)


def _part_edit(col: str) -> Predicate:
    def test(a: Rec, b: Rec) -> bool:
        if not _jw(col, 0.8)(a, b):
            return False
        return damerau_levenshtein(a[col], b[col]) <= 1

    return test


def _parts_swapped(left: Rec, right: Rec) -> bool:
    return _both("family_name")(left, right) and (
        left["family_name"] == right.get("given_name")
        and left.get("given_name") == right["family_name"]
    )


def _part_levels(label: str, col: str) -> dict[tuple[str, str], Predicate]:
    return {
        (label, f"{col} missing"): _null(col),
        (label, "exact"): _eq(col),
        (label, "swapped with the other part"): _parts_swapped,
        (label, "one edit"): _part_edit(col),
        (label, "Jaro-Winkler >= 0.92"): _jw(col, 0.92),
        (label, "Jaro-Winkler >= 0.8"): _jw(col, 0.8),
    }


def _birth_digit(left: Rec, right: Rec) -> bool:
    a, b = _date(left.get("birth_date")), _date(right.get("birth_date"))
    if a is None or b is None:
        return False
    if (a.year == b.year) + (a.month == b.month) + (a.day == b.day) < 2:
        return False
    return damerau_levenshtein(a.strftime("%Y%m%d"), b.strftime("%Y%m%d")) <= 1


def _code_edit(col: str) -> Predicate:
    return lambda a, b: _both(col)(a, b) and damerau_levenshtein(a[col], b[col]) <= 1


#: (comparison, level label) → the level's condition in Python (``ELSE`` levels are implicit)
LEVELS: dict[tuple[str, str], Predicate] = {
    ("name", "name_key missing"): _null("name_key"),
    ("name", "exact"): _eq("name_key"),
    ("name", "same words"): _eq("name_sorted"),
    ("name", "one edit"): _edits(1, "name_key", "name_sorted"),
    ("name", "middle name missing or different"): _middle_differs,
    ("name", "Jaro-Winkler >= 0.92"): _jw("name_key", 0.92),
    ("name", "two edits"): _edits(2, "name_sorted"),
    ("name", "one name part equal"): _one_part,
    ("name", "Jaro-Winkler >= 0.8"): _jw("name_key", 0.8),
    ("birth", "birth_year missing"): _null("birth_year"),
    ("birth", "same date"): _dates_eq,
    ("birth", "one digit off or two swapped"): _birth_digit,
    ("birth", "day/month swapped or one part differs"): _birth_near,
    ("birth", "same year, date unknown"): _year_date_unknown,
    ("birth", "same year"): _eq("birth_year"),
    ("sex", "sex missing"): _null("sex"),
    ("sex", "exact"): _eq("sex"),
    ("ident", "missing or not comparable"): _ident_null,
    ("ident", "exact"): _eq("ident"),
    ("ident", "one digit changed or two swapped"): _hamming2,
    ("ward", "ward unknown"): _ward_null,
    ("ward", "same ward"): _eq("ward_code"),
    ("ward", "candidate wards overlap"): _ward_overlap,
    ("address", "address_key missing"): _null("address_key"),
    ("address", "exact"): _eq("address_key"),
    ("address", "Jaro-Winkler >= 0.9"): _jw("address_key", 0.9),
    ("address", "Jaro-Winkler >= 0.75"): _jw("address_key", 0.75),
    ("postcode", "postcode missing"): _null("postcode"),
    ("postcode", "exact"): _eq("postcode"),
    ("postcode", "one edit"): _code_edit("postcode"),
    ("other_id", "other_id missing"): _null("other_id"),
    ("other_id", "exact"): _eq("other_id"),
    ("other_id", "one edit"): _code_edit("other_id"),
    ("phone", "phone missing"): _null("phone"),
    ("phone", "exact"): _eq("phone"),
    ("email", "email missing"): _null("email"),
    ("email", "exact"): _eq("email"),
    **_part_levels("family", "family_name"),
    **_part_levels("given", "given_name"),
}


@dataclass(frozen=True)
class _Level:
    predicate: Predicate | None  # None: the ELSE level
    null: bool
    log2_bf: float
    tf_column: str | None
    tf_weight: float
    log2_u_exact: float


class FastScorer:
    """Scores pairs with a trained Splink model's weights, without SQL."""

    def __init__(self, model: dict[str, Any]) -> None:
        from splink.internals.settings_creator import SettingsCreator

        settings = SettingsCreator.from_path_or_dict(model).get_settings("duckdb")
        prior = settings._probability_two_random_records_match
        self.prior_weight = math.log2(prior / (1 - prior))
        self.comparisons: list[list[_Level]] = []
        for comparison in settings.comparisons:
            name = comparison.output_column_name
            levels = []
            for level in comparison.comparison_levels:
                if level._is_else_level:
                    predicate = None
                else:
                    key = (name, level.label_for_charts)
                    if key not in LEVELS:
                        raise ConfigError(f"The model has a level {key} the fast scorer lacks.")
                    predicate = LEVELS[key]
                tf_column = (
                    level._tf_adjustment_input_column_name if level._has_tf_adjustments else None
                )
                u_exact = (
                    level._u_probability_corresponding_to_exact_match(comparison.comparison_levels)
                    if tf_column
                    else 1.0
                )
                levels.append(
                    _Level(
                        predicate,
                        level.is_null_level,
                        0.0 if level.is_null_level else level._log2_bayes_factor,
                        tf_column,
                        level._tf_adjustment_weight or 0.0,
                        math.log2(u_exact),
                    )
                )
            self.comparisons.append(levels)

    def weight(self, left: Rec, right: Rec) -> float:
        """The match weight of one pair."""
        total = self.prior_weight
        for levels in self.comparisons:
            for level in levels:
                if level.predicate is None or level.predicate(left, right):
                    if level.null:
                        break
                    total += level.log2_bf
                    if level.tf_column and level.tf_weight:
                        tf = max(
                            left.get(f"tf_{level.tf_column}") or 0.0,
                            right.get(f"tf_{level.tf_column}") or 0.0,
                        )
                        if tf > 0:
                            total += level.tf_weight * (level.log2_u_exact - math.log2(tf))
                    break
        return total

    @staticmethod
    def probability(weight: float) -> float:
        return 1.0 / (1.0 + 2.0 ** (-weight)) if weight > -1000 else 0.0
