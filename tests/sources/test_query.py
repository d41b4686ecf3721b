"""Queries: one read-only SELECT, ``:name`` parameters rewritten for each driver."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.errors import InputError
from lienthong.sources import parse_query


def test_parameters_are_found_and_rewritten_for_each_driver() -> None:
    query = parse_query("SELECT ho_ten FROM cong_dan WHERE so_dinh_danh = :cccd AND x > :n")
    assert query.parameters == ("cccd", "n")
    assert query.named.endswith("so_dinh_danh = :cccd AND x > :n")
    assert query.pyformat.endswith("so_dinh_danh = %(cccd)s AND x > %(n)s")
    assert query.dollar.endswith("so_dinh_danh = $cccd AND x > $n")


def test_colons_inside_strings_identifiers_comments_and_casts_are_not_parameters() -> None:
    sql = (
        "SELECT ':not' AS a, \"b:c\" AS d, x::text -- :comment\n/* :block */ FROM t WHERE y = :real"
    )
    assert parse_query(sql).parameters == ("real",)


def test_percent_signs_are_escaped_only_for_pyformat_drivers() -> None:
    query = parse_query("SELECT * FROM t WHERE name LIKE '%An%' AND id = :id")
    assert "'%%An%%'" in query.pyformat
    assert "'%An%'" in query.named


def test_a_trailing_semicolon_is_allowed() -> None:
    assert parse_query("SELECT 1;").named == "SELECT 1"


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM cong_dan",
        "UPDATE cong_dan SET ho_ten = 'x'",
        "SELECT 1; DROP TABLE cong_dan",
        "PRAGMA writable_schema = 1",
        "",
    ],
)
def test_only_a_single_select_is_accepted(sql: str) -> None:
    with pytest.raises(InputError):
        parse_query(sql)


@pytest.mark.parametrize("sql", ["SELECT * FROM t WHERE a = ?", "SELECT * FROM t WHERE a = %(a)s"])
def test_positional_or_driver_placeholders_are_refused_with_a_hint(sql: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_query(sql)
    assert caught.value.hint is not None and ":name" in caught.value.hint


def test_unterminated_strings_are_input_errors() -> None:
    with pytest.raises(InputError, match="unterminated"):
        parse_query("SELECT 'abc FROM t")


@given(st.text(alphabet=st.characters(exclude_characters="'\\\x00"), max_size=40))
def test_any_string_literal_is_kept_verbatim(literal: str) -> None:
    query = parse_query(f"SELECT '{literal}' AS v WHERE k = :k")
    assert query.parameters == ("k",)
    assert f"'{literal}'" in query.named
