"""Roles come from registry flags (Vietnamese mode) or, for plain files, from column names."""

from __future__ import annotations

import pytest

from lienthong.errors import ConfigError
from lienthong.linkage import get_backend, roles_from_flags, roles_from_names
from lienthong.sources import duckdb_connect


def test_first_flagged_column_wins() -> None:
    columns = [
        ("Họ và tên", ("personal", "full_name")),
        ("Họ tên cha", ("personal", "full_name")),
        ("Ngày sinh", ("birth_date",)),
        ("Mã định danh", ("cccd",)),
    ]
    assert roles_from_flags(columns) == {
        "full_name": "Họ và tên",
        "birth_date": "Ngày sinh",
        "cccd": "Mã định danh",
    }


def test_plain_column_names_are_recognised_in_any_case() -> None:
    roles = roles_from_names(["ID", "First_Name", "SURNAME", "dob", "City", "Email", "notes"])
    assert roles == {
        "given_name": "First_Name",
        "family_name": "SURNAME",
        "birth_date": "dob",
        "city": "City",
        "email": "Email",
    }


def test_unknown_backend_names_the_choices() -> None:
    with pytest.raises(ConfigError, match="duckdb, spark"):
        get_backend("oracle", duckdb_connect())


def test_spark_backend_without_pyspark_gives_an_install_hint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyspark.sql", None)  # as if PySpark were not installed
    backend = get_backend("spark", duckdb_connect())
    with pytest.raises(ConfigError) as caught:
        backend.db_api()
    assert caught.value.hint is not None and "pip install 'lienthong[spark]'" in caught.value.hint
