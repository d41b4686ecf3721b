"""More day forms read alike by profiling and by the checks on every engine: the closing dot
of Croatian, Serbian and Hungarian forms (``12.03.1985.``), a compact day with its time run on
(``198503120000``, hospital and mainframe exports; a 12-digit id never reads as one), and the
spaces after the dots and the year word of Czech, Slovene, Bulgarian, Russian and Polish forms
(``12. 3. 1985``, ``12.03.1985 г.``, ``12.03.1985 r.``)."""

from __future__ import annotations

import duckdb
import pytest
from date_reading_helpers import read_on_servers

from lienthong.profiling import infer_role
from lienthong.profiling._values import parse_date
from lienthong.quality._dialect import DIALECTS

CASES = [
    ("12.03.1985.", "1985-03-12"),
    ("1.3.1985.", "1985-03-01"),
    ("198503120000", "1985-03-12"),
    ("19850312093000", "1985-03-12"),
    ("079203001234", None),  # a CCCD: no year 0792
    ("12.03.1985..", None),
    ("12. 3. 1985", "1985-03-12"),
    ("1. 1. 1954", "1954-01-01"),
    ("01.01.1950 г.", "1950-01-01"),
    ("12.03.1985 r.", "1985-03-12"),
    ("12. 03. 1985.", "1985-03-12"),
    ("31. 2. 1985", None),  # read as written, and no such day
    ("12.03.1985 1234", None),  # a number after the year is no year word
    ("12.03.1985 года", None),  # a word, not an abbreviation: not read
    ("12 .03.1985", None),
]


def _select(dialect: str, value: str) -> str:
    return f"SELECT {DIALECTS[dialect].iso_date(DIALECTS[dialect].literal(value))}"


#: What each engine's text reading gives where no such day exists (``31. 2. 1985``): the
#: fields as written, for ``valid_date`` to judge.
_AS_WRITTEN = {"31. 2. 1985": "1985-02-31"}


@pytest.mark.parametrize(("value", "iso"), CASES)
def test_profiling_and_duckdb_read_the_same_day(value: str, iso: str | None) -> None:
    parsed = parse_date(value)
    assert (parsed.isoformat() if parsed else None) == iso
    assert duckdb.sql(_select("duckdb", value)).fetchone() == (_AS_WRITTEN.get(value, iso),)


def test_a_column_of_such_days_is_a_birth_date() -> None:
    born = [(1 + i % 28, 1 + i % 12, 1950 + i % 50) for i in range(150)]
    days = [f"{d:02d}.{m:02d}.{y}." for d, m, y in born]
    assert infer_role("Datum rođenja", days).role == "birth_date"
    stamps = [f"{y}{m:02d}{d:02d}0000" for d, m, y in born]
    assert infer_role("NGAY_SINH", stamps).role == "birth_date"
    spaced = [f"{d}. {m}. {y}" for d, m, y in born]
    assert infer_role("Datum narození", spaced).role == "birth_date"
    # a year word is no time: the column is not a record timestamp
    worded = [f"{d:02d}.{m:02d}.{y} г." for d, m, y in born]
    assert infer_role("Дата на раждане", worded).role == "birth_date"


@pytest.mark.integration
def test_postgresql_and_mariadb_read_them_alike(pg_url: str, mariadb_url: str) -> None:
    got = read_on_servers(pg_url, mariadb_url, _select, [v for v, _ in CASES])
    assert got == {dialect: [_AS_WRITTEN.get(v, iso) for v, iso in CASES] for dialect in got}
