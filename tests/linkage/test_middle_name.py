"""A missing or different middle name (tên đệm) is partial agreement, not disagreement.

Vietnamese names are family + middle + given; forms drop or shorten the middle name. The name
comparison has a level for pairs whose family and given names agree while the words between
differ, and its Python twin (the resolver's fast scorer) must put a pair at the same level.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from lienthong.linkage import index_mapping, latest_model, run_linkage
from lienthong.linkage._fastscore import LEVELS
from lienthong.linkage._features import record_features
from lienthong.linkage._settings import MIDDLE_NAME, LinkSettings, splink_settings
from lienthong.registry import Registry
from lienthong.sources import duckdb_connect
from lienthong.store import Store

NAME_COLUMNS = ("name_key", "name_sorted", "family_name", "given_name")


def _levels() -> list[dict[str, Any]]:
    settings = splink_settings(LinkSettings(), {"name_key", "birth_year"})
    (name,) = [c for c in settings["comparisons"] if c["output_column_name"] == "name"]
    return list(name["comparison_levels"])


def _sql_level(left: str, right: str) -> str:
    """The first level whose SQL holds, evaluated by DuckDB as Splink would."""
    a, b = record_features({"full_name": left}), record_features({"full_name": right})
    con = duckdb_connect()
    columns = ", ".join(f"?::VARCHAR AS {c}_{side}" for side in ("l", "r") for c in NAME_COLUMNS)
    values = [a[c] for c in NAME_COLUMNS] + [b[c] for c in NAME_COLUMNS]
    con.execute(f"CREATE TABLE pair AS SELECT {columns}", values)
    for level in _levels():
        condition = level["sql_condition"]
        if condition == "ELSE":
            return str(level["label_for_charts"])
        row = con.execute(f"SELECT coalesce(({condition}), false) FROM pair").fetchone()
        if row and row[0]:
            return str(level["label_for_charts"])
    raise AssertionError("no ELSE level")


def _python_level(left: str, right: str) -> str:
    a, b = record_features({"full_name": left}), record_features({"full_name": right})
    for level in _levels():
        label = str(level["label_for_charts"])
        if level["sql_condition"] == "ELSE" or LEVELS[("name", label)](a, b):
            return label
    raise AssertionError("no ELSE level")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Nguyễn Văn An", "Nguyễn An"),
        ("Trần Thị Bích Ngọc", "Trần Bích Ngọc"),
        ("Lê Thị Mai", "Lê Ngọc Mai"),  # a different middle name
        ("NGUYEN VAN AN", "Nguyễn Hữu An"),  # unaccented, and another middle name
        ("Phạm Minh Quốc Tuấn", "Phạm Tuấn"),
    ],
)
def test_a_missing_or_different_middle_name_is_its_own_level(left: str, right: str) -> None:
    assert _sql_level(left, right) == MIDDLE_NAME
    assert _python_level(left, right) == MIDDLE_NAME


@pytest.mark.parametrize(
    ("left", "right", "level"),
    [
        ("Nguyễn Văn An", "Nguyễn Văn An", "exact"),
        ("Nguyễn Văn An", "Nguyễn Thị Hoa", "one name part equal"),  # the given name differs
        ("Nguyễn Văn An", "Trần Hữu An", "one name part equal"),  # the family name differs
        ("Nguyễn Văn Anh", "Nguyễn Văn Ang", "one edit"),  # a typo stays a typo
    ],
)
def test_other_pairs_keep_their_levels(left: str, right: str, level: str) -> None:
    assert _sql_level(left, right) == level
    assert _python_level(left, right) == level


def test_the_level_sits_between_typos_and_weaker_similarity() -> None:
    labels = [level["label_for_charts"] for level in _levels()]
    middle = labels.index(MIDDLE_NAME)
    assert labels.index("one edit") < middle < labels.index("one name part equal")


def test_trained_on_files_that_drop_middle_names_the_level_is_evidence_for_a_match(
    tmp_path: Path,
) -> None:
    """Linked, the pairs whose second file dropped the middle name are found, and the model
    learnt that the level favours a match (m > u) rather than reading it as a mismatch."""
    from test_generalise import FAMILY, GIVEN, MIDDLE

    rng = random.Random(5)
    a_rows, b_rows, dropped = [], [], set()
    for n in range(400):
        family, middle, given = rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(GIVEN)
        born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2005)}"
        street = f"{rng.randint(1, 300)} Lê Lợi, Phường {rng.randint(1, 15)}, Quận 3"
        a_rows.append([f"A{n}", f"{family} {middle} {given}", born, street])
        if rng.random() < 0.7:
            keep = rng.random() < 0.6
            name = f"{family} {middle} {given}" if keep else f"{family} {given}"
            b_rows.append([f"B{n}", name, born, street])
            if not keep:
                dropped.add((f"A{n}", f"B{n}"))
    for name, rows in (("ho_so_a", a_rows), ("ds_b", b_rows)):
        pd.DataFrame(rows, columns=["ma", "ho_ten", "ngay_sinh", "dia_chi"]).to_csv(
            tmp_path / f"{name}.csv", index=False
        )
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    try:
        registry = Registry(store)
        registry.add_agency("ORG", "Some agency")
        for name in ("ho_so_a", "ds_b"):
            registry.add_source("ORG", name, str(tmp_path / f"{name}.csv"))
        run_linkage(store, ["ho_so_a.ho_so_a", "ds_b.ds_b"])
        masters = index_mapping(store)
        found = latest_model(store)
    finally:
        store.close()
    assert found is not None
    (name,) = [c for c in found[1]["comparisons"] if c["output_column_name"] == "name"]
    (level,) = [lv for lv in name["comparison_levels"] if lv["label_for_charts"] == MIDDLE_NAME]
    assert level["m_probability"] > 5 * level["u_probability"]
    linked = sum(masters[f"ho_so_a.ho_so_a/{x}"] == masters[f"ds_b.ds_b/{y}"] for x, y in dropped)
    assert len(dropped) > 50 and linked / len(dropped) >= 0.95
