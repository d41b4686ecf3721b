"""u from one pass over random pairs = Splink's own u estimate when both see every pair."""

from __future__ import annotations

import duckdb
import pytest

from lienthong.linkage import LinkSettings
from lienthong.linkage._model import build_linker
from lienthong.linkage._settings import splink_settings
from lienthong.linkage._u import estimate_u

PRESENT = {"name_key", "name_sorted", "family_name", "given_name", "birth_date", "birth_year"}


def _people(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """CREATE TABLE people AS SELECT 'r' || lpad(CAST(i AS VARCHAR), 3, '0') AS unique_id,
            'src' AS source_dataset, f || ' van ' || g AS name_key,
            array_to_string(list_sort([f, 'van', g]), ' ') AS name_sorted,
            f AS family_name, g AS given_name,
            CASE WHEN i % 9 = 0 THEN NULL ELSE DATE '1980-01-01' + CAST(i % 23 AS INTEGER) END
                AS birth_date,
            1980 + i % 2 AS birth_year
        FROM (SELECT i, ['nguyen', 'tran', 'le', 'ngyuen'][1 + i % 4] AS f,
                     ['an', 'anh', 'binh', 'bihn', 'lan', 'lam'][1 + i % 6] AS g
              FROM range(120) t(i))"""
    )


def _u_values(linker: object) -> list[float | str]:
    model = linker.misc.save_model_to_json()  # type: ignore[attr-defined]
    return [
        level.get("u_probability")
        for comparison in model["comparisons"]
        for level in comparison["comparison_levels"]
        if not level.get("is_null_level")
    ]


def test_one_pass_u_equals_splinks_on_every_pair() -> None:
    from splink import DuckDBAPI

    con = duckdb.connect()
    _people(con)
    frame = DuckDBAPI(connection=con).register("people", table_name="people_in")
    settings = splink_settings(LinkSettings(), PRESENT, ["l.birth_year = r.birth_year"])
    ours, theirs = build_linker(frame, settings), build_linker(frame, settings)
    pairs = estimate_u(ours, con, "people", max_pairs=1e6, seed=1)
    assert pairs == 120 * 119 // 2  # the sample is every record: every pair is seen
    theirs.training.estimate_u_using_random_sampling(max_pairs=1e6, min_count_per_level=None)
    mine, splink = _u_values(ours), _u_values(theirs)
    assert any(isinstance(u, float) and 0 < u < 1 for u in mine)
    for a, b in zip(mine, splink, strict=True):
        if isinstance(a, float) and isinstance(b, float):
            assert a == pytest.approx(b, rel=1e-9)
        else:
            assert a == b
