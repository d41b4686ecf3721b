"""Blocking rules are chosen from the columns present and counted under a comparison budget."""

from __future__ import annotations

import duckdb
import pytest

from lienthong.linkage._blocking import CANDIDATES, budget_for, choose_blocking

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
    choices = choose_blocking(frame, 200, present, budget=600)
    taken = [c.rule for c in choices if c.taken]
    assert taken[0] == "l.ident = r.ident"
    assert "l.birth_date = r.birth_date" not in taken  # 200²/5/2 pairs: over budget
    counted = {c.rule: c.comparisons for c in choices}
    assert counted["l.ident = r.ident"] == 40 * (5 * 4 // 2)
    assert sum(c.comparisons for c in choices if c.taken) <= 600
    wide = choose_blocking(frame, 200, present, budget=10**6)
    assert all(c.taken for c in wide) and len(wide) > len(taken)
    # rules whose columns the data lacks are not candidates at all
    assert not any("postcode" in c.rule for c in wide)


@pytest.mark.parametrize(("records", "expected"), [(10, 2_000_000), (1_000_000, 20_000_000)])
def test_budget_is_per_record_with_a_floor(records: int, expected: int) -> None:
    assert budget_for(records, 20.0, 2e6) == expected
