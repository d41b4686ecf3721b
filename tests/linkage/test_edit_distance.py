"""The fast scorer's Damerau–Levenshtein equals DuckDB's (its "one edit" levels depend on it)."""

from __future__ import annotations

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.linkage._fastscore import damerau_levenshtein

WORDS = st.text(alphabet="abcn ", max_size=9)
CON = duckdb.connect()


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS)
def test_python_damerau_levenshtein_equals_duckdb(a: str, b: str) -> None:
    row = CON.execute("SELECT damerau_levenshtein(?, ?)", [a, b]).fetchone()
    assert row is not None and damerau_levenshtein(a, b) == row[0]
