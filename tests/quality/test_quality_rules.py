"""Rule files and bad input: a problem becomes that check's error sentence, never a crash,
and every other check still runs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quality_fixtures import AS_OF, POPULATION, EngineFactory, cards_info

from lienthong.quality import CheckSpec, DatasetInfo, EngineOptions, QualityEngine, load_rules
from lienthong.quality._placement import Connector
from lienthong.sources import open_connector_url

CARDS = cards_info()
DATASETS = {POPULATION.id: POPULATION, CARDS.id: CARDS}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_follow_the_registry_flags() -> None:
    ids = {s.id for s in load_rules(DATASETS, only=[CARDS.id]).specs}
    assert {"cccd_structure:so_cccd", "mst_check_digit:ma_so_thue", "nfc:ho_ten"} <= ids
    assert "mst_check_digit:ho_ten" not in ids


def test_a_rule_file_adds_overrides_and_skips(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
datasets:
  bhyt.the:
    skip: [name_case, "nfc:dia_chi"]
    checks:
      - kind: allowed_values
        column: trang_thai
        values: [A, B]
      - kind: stale_records
        column: cap_nhat
        max_age: P1Y
      - name: card-number
        kind: regex
        column: ma_the
        pattern: "^C[0-9]{2}$"
""",
    )
    rules = load_rules(DATASETS, path, only=[CARDS.id])
    by_id = {s.id: s for s in rules.specs}
    assert rules.problems == ()
    assert "name_case:ho_ten" not in by_id and "nfc:dia_chi" not in by_id
    assert by_id["allowed_values:trang_thai"].params == {"values": ["A", "B"]}
    assert by_id["stale_records:cap_nhat"].params == {"max_age": "P1Y"}  # replaced the default
    assert by_id["card-number"].kind == "regex"
    assert rules.version != load_rules(DATASETS, only=[CARDS.id]).version


def test_bad_entries_become_problems_and_the_rest_still_loads(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
datasets:
  bhyt.the:
    checks:
      - kind: no_such_kind
        column: ho_ten
      - kind: allowed_values
        column: trang_thai
      - column: ho_ten
  nope.table:
    checks: []
""",
    )
    rules = load_rules(DATASETS, path)
    messages = " | ".join(p.message for p in rules.problems)
    assert "There is no check kind 'no_such_kind'" in messages
    assert "allowed_values:trang_thai needs `values:`" in messages
    assert "has no `kind:`" in messages
    assert "no registered dataset 'nope.table'" in messages
    assert any(s.id == "nfc:ho_ten" for s in rules.specs)  # defaults still there


def test_a_malformed_file_is_reported_once_per_dataset_and_defaults_run(
    tmp_path: Path, engine_for: EngineFactory
) -> None:
    path = _write(tmp_path, "datasets:\n  bhyt.the: [unclosed\n")
    rules = load_rules(DATASETS, path, only=[CARDS.id])
    (problem,) = rules.problems
    assert "is not valid YAML at line" in problem.message
    assert "defaults were used" in problem.message
    results = engine_for().run(rules.specs, problems=rules.problems)
    assert [r.check for r in results if r.error] == ["rules"]
    assert len([r for r in results if r.error is None]) == len(rules.specs)


def test_a_check_on_a_missing_column_is_an_error_sentence(engine_for: EngineFactory) -> None:
    engine = engine_for()
    specs = [
        CheckSpec(CARDS.id, "not_null", ("so_dien_thoai",)),
        CheckSpec(CARDS.id, "not_null", ("ho_ten",)),
    ]
    broken, fine = engine.run(specs)
    assert broken.error is not None
    assert broken.error.startswith(
        "The check not_null:so_dien_thoai needs the column so_dien_thoai"
    )
    assert "bhyt.the does not have" in broken.error
    assert fine.error is None and fine.total == 9


def test_sql_the_engine_rejects_is_isolated_to_its_check(engine_for: EngineFactory) -> None:
    bad = CheckSpec(CARDS.id, "regex", ("ho_ten",), {"pattern": "(unclosed"})
    good = CheckSpec(CARDS.id, "nfc", ("ho_ten",))
    results = {r.check: r for r in engine_for().run([bad, good])}
    assert results["regex:ho_ten"].error is not None
    assert results["regex:ho_ten"].error.startswith("The database rejected the check's SQL")
    assert results["nfc:ho_ten"].error is None


def test_an_unreachable_source_fails_only_its_own_checks(fixture_db: Path) -> None:
    gone = replace(CARDS, id="gone.the", source="gone", source_kind="postgresql")
    datasets = {**DATASETS, gone.id: gone}
    local = open_connector_url(str(fixture_db))
    down = open_connector_url("postgresql+psycopg://nobody@127.0.0.1:1/none", timeout_s=2)

    def connector_for(dataset: DatasetInfo) -> Connector:
        return down if dataset.source == "gone" else local

    engine = QualityEngine(datasets, connector_for, options=EngineOptions(as_of=AS_OF))
    try:
        results = engine.run(
            [CheckSpec(gone.id, "nfc", ("ho_ten",)), CheckSpec(CARDS.id, "nfc", ("ho_ten",))]
        )
    finally:
        engine.close()
        local.close()
    by_dataset = {r.dataset: r for r in results}
    assert by_dataset[gone.id].error is not None
    assert "cannot be reached" in by_dataset[gone.id].error
    assert by_dataset[CARDS.id].error is None and by_dataset[CARDS.id].total == 9
