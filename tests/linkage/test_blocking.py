"""Blocking rules are chosen from the columns present and counted under a comparison budget."""

from __future__ import annotations

import duckdb
import pytest

from lienthong.linkage._blocking import (
    CANDIDATES,
    budget_for,
    choose_blocking,
    count_pairs,
    rule_keys,
)

NAMES = {"name_key", "name_sorted", "family_name", "given_name"}


def test_no_candidate_blocks_on_a_name_alone() -> None:
    for candidate in CANDIDATES:
        assert set(candidate.needs) - NAMES, candidate.sql


def _frame(con: duckdb.DuckDBPyConnection) -> object:
    from splink import DuckDBAPI

    con.execute(
        """CREATE TABLE people AS SELECT 'r' || i AS unique_id,
            'nguyen van ' || (i % 7) AS name_key, 'van nguyen ' || (i % 7) AS name_sorted,
            'nguyen' AS family_name, CAST(i % 7 AS VARCHAR) AS given_name,
            1950 + i % 3 AS birth_year, DATE '1950-01-01' + CAST(i % 5 AS INTEGER) AS birth_date,
            CAST(i % 40 AS VARCHAR) AS ident
        FROM range(200) t(i)"""
    )
    return DuckDBAPI(connection=con).register("people", table_name="people_in")


def test_a_small_budget_keeps_the_identifier_and_drops_the_broad_rules() -> None:
    con = duckdb.connect()
    frame = _frame(con)
    present = {
        "name_key",
        "name_sorted",
        "family_name",
        "given_name",
        "birth_year",
        "birth_date",
        "ident",
    }
    assert frame is not None
    choices = choose_blocking(con, "people", present, budget=600)
    taken = [c.rule for c in choices if c.taken]
    assert taken[0] == "l.ident = r.ident"
    assert "l.birth_date = r.birth_date" not in taken  # 200²/5/2 pairs: over budget
    counted = {c.rule: c.comparisons for c in choices}
    assert counted["l.ident = r.ident"] == 40 * (5 * 4 // 2)
    assert sum(c.comparisons for c in choices if c.taken) <= 600
    wide = choose_blocking(con, "people", present, budget=10**6)
    assert all(c.taken for c in wide) and len(wide) > len(taken)
    # rules whose columns the data lacks are not candidates at all
    assert not any("postcode" in c.rule for c in wide)


@pytest.mark.parametrize(("records", "expected"), [(10, 2_000_000), (1_000_000, 20_000_000)])
def test_budget_is_per_record_with_a_floor(records: int, expected: int) -> None:
    assert budget_for(records, 20.0, 2e6) == expected


def test_counts_equal_splinks_own_blocking_analysis() -> None:
    """Every candidate, counted by GROUP BY, gives the count of Splink's blocking analysis."""
    from splink import DuckDBAPI
    from splink.blocking_analysis import count_comparisons_from_blocking_rules

    con = duckdb.connect()
    _frame(con)
    extra = {  # every other column a candidate reads, with NULLs and collisions
        "postcode": "CASE WHEN birth_year > 1950 THEN given_name END",
        "address_key": "given_name || ' le loi street ' || (birth_year % 2)",
        "cccd": "CASE WHEN i % 3 = 0 THEN CAST(i % 20 AS VARCHAR) END",
        "cmnd": "CAST(i % 50 AS VARCHAR)",
        "other_id": "CAST(i % 60 AS VARCHAR)",
        "email": "CASE WHEN i % 2 = 0 THEN 'x' || (i % 30) END",
        "phone": "CAST(i % 70 AS VARCHAR)",
        "ward_code": "CAST(i % 4 AS VARCHAR)",
    }
    columns = ", ".join(f"{sql} AS {name}" for name, sql in extra.items())
    con.execute(
        f"CREATE TABLE wide AS SELECT p.*, {columns} FROM people p "
        "JOIN range(200) t(i) ON p.unique_id = 'r' || t.i"
    )
    frame = DuckDBAPI(connection=con).register("wide", table_name="wide_in")
    for candidate in CANDIDATES:
        splink = count_comparisons_from_blocking_rules(
            frame,
            blocking_rules=[candidate.sql],
            link_type="dedupe_only",
            record_sample_proportion=1.0,
        )[0]["marginal_comparison_count"]
        assert count_pairs(con, "wide", candidate.sql) == splink, candidate.sql


def test_a_rule_of_another_shape_is_refused() -> None:
    assert rule_keys("substr(l.a, 1, 2) = substr(r.a, 1, 2) AND l.b = r.b") == [
        "substr(a, 1, 2)",
        "b",
    ]
    with pytest.raises(ValueError, match="equi-join"):
        rule_keys("l.a = r.b")
    with pytest.raises(ValueError, match="equi-join"):
        rule_keys("levenshtein(l.a, r.a) <= 1")
