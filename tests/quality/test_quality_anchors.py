"""A format check means the same on every engine: ``$`` ends the value. MariaDB's PCRE also
matches ``$`` before a final newline, so ``^[0-9]{12}$`` counted ``"079090000001\\n"`` as a
well-formed CCCD there and nowhere else."""

from __future__ import annotations

import duckdb
import pytest
from sqlalchemy import create_engine, text

from lienthong.quality._dialect import dialect_for, pcre_end_only

PATTERNS = ("^[0-9]{12}$", "^C0[1-7]$", "^(0[0-9]{9}|[+]84[0-9]{9})$", "[[:space:]]$")
VALUES = ("079090000001", "079090000001\n", "C01", "C01\n", "0901234567\n", "a ", "a", "a\n")


def _expected(pattern: str, value: str) -> bool:
    """RE2 (DuckDB) as the reference: ``$`` is the end of the text."""
    row = duckdb.connect().execute("SELECT regexp_matches(?, ?)", [value, pattern]).fetchone()
    return bool(row and row[0])


def _engine_answers(url: str, kind: str) -> dict[tuple[str, str], bool]:
    dialect = dialect_for(kind)
    engine = create_engine(url)
    found: dict[tuple[str, str], bool] = {}
    with engine.connect() as conn:
        for pattern in PATTERNS:
            for value in VALUES:
                sql = f"SELECT {dialect.regex(':v', pattern)}"
                found[(pattern, value)] = bool(conn.execute(text(sql), {"v": value}).scalar())
    engine.dispose()
    return found


def test_the_reference_engine_anchors_at_the_very_end() -> None:
    assert _expected("^[0-9]{12}$", "079090000001")
    assert not _expected("^[0-9]{12}$", "079090000001\n")


@pytest.mark.integration
def test_mariadb_and_postgresql_agree_with_duckdb(mariadb_url: str, pg_url: str) -> None:
    for url, kind in ((mariadb_url, "mysql"), (pg_url, "postgresql")):
        answers = _engine_answers(url, kind)
        for (pattern, value), matched in answers.items():
            assert matched == _expected(pattern, value), (kind, pattern, value)


def test_only_anchors_are_rewritten() -> None:
    assert pcre_end_only("^[0-9]{12}$") == "^[0-9]{12}\\z"
    assert pcre_end_only("^a[$]b\\$$") == "^a[$]b\\$\\z"
    assert pcre_end_only("[[:space:]]$|x") == "[[:space:]]\\z|x"
    assert pcre_end_only("[]$]") == "[]$]"
