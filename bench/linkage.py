"""Record linkage benchmark: accuracy against the synthetic city's truth, speed at 1M records.

    .venv/bin/python bench/linkage.py [--small] [--write-results]
    .venv/bin/python bench/linkage.py --backend spark --sizes 10000,50000,100000 [--write-results]

A. Accuracy: a city with the default defect rates is linked twice in the same run, with our
   pipeline and with a plain Splink baseline (same blocking and model, no Vietnamese
   normalisation: names only lower-cased, ISO or dd/mm/yyyy dates, addresses as text, no
   old→new ward conversion). Reports people F1 and the ratio of errors (1 − F1).
B. Incremental resolve: one record at a time against the saved index (p50/p99), against
   Splink's own per-record path (``compare_records``) on the same candidates.
C. Scale: ~1M source records linked end to end (load, normalise, deterministic pass, train,
   predict, cluster) in a child process: wall time per step and peak memory (RSS), with the
   plain baseline's time on the same data as the ratio.
D. Engines (``--backend spark``): the same city linked on DuckDB and on a local Spark
   (``local[*]``), each in its own child process, at each size: wall and CPU time, peak memory
   (the Python process and, for Spark, the JVM), F1 of each against the truth and of Spark
   against DuckDB, and the size where Spark's time would cross DuckDB's if each grew linearly
   as between the measured sizes.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).with_name("RESULTS.md")
RECORDS_PER_PERSON = 2.72  # records the generator writes per person (measured)


def make_city(root: Path, people: int, seed: int = 57) -> tuple[Any, Path, float]:
    from lienthong.city import CityConfig, generate_city
    from lienthong.registry import Registry
    from lienthong.store import Store

    city = root / f"city-{people}"
    started = time.perf_counter()
    generate_city(CityConfig(people=people, seed=seed, out=city))
    store = Store.open(f"sqlite:///{root / f'platform-{people}.db'}")
    Registry(store).import_manifest(city / "manifest.json")
    return store, city, time.perf_counter() - started


def link_once(store: Any, *, raw: bool) -> Any:
    from lienthong.linkage._datasets import registry_inputs
    from lienthong.linkage._pipeline import link
    from lienthong.sources import duckdb_connect

    con = duckdb_connect()
    with registry_inputs(store, con, raw=raw) as inputs:
        return link(inputs, con=con)


def truth_scores(result: Any, truth: Path, entity_type: str = "person") -> dict[str, float]:
    """Pairwise and B³ scores of the run's master ids against the city's truth, for people
    (the goal) or businesses (reported beside it)."""
    from lienthong.linkage import evaluate, read_truth

    mapping = dict(result.con.execute("SELECT unique_id, master_id FROM masters").fetchall())
    scores = evaluate(mapping, read_truth(truth, entity_type))
    return {k: round(float(v), 5) for k, v in scores.as_dict().items()}


# ---- A. accuracy ----------------------------------------------------------------------------
def accuracy(root: Path, people: int) -> tuple[dict[str, Any], Any, Path]:
    from lienthong.linkage._index import save_run

    store, city, gen_s = make_city(root, people)
    truth = city / "truth" / "records.csv"
    started = datetime.now(UTC)
    ours = link_once(store, raw=False)
    ours_scores = truth_scores(ours, truth)
    ours_business = truth_scores(ours, truth, "business")
    save_run(store, ours, _datasets(ours), started)  # the index part B resolves against
    base = link_once(store, raw=True)
    base_scores = truth_scores(base, truth)
    base_business = truth_scores(base, truth, "business")
    ours_err, base_err = 1 - ours_scores["f1"], 1 - base_scores["f1"]
    report = {
        "people": people,
        "records": ours.records,
        "generate_s": round(gen_s, 1),
        "ours": ours_scores | {"timings_s": ours.summary()["timings_s"]},
        "baseline_plain_splink": base_scores | {"timings_s": base.summary()["timings_s"]},
        "error_ratio_baseline_over_ours": round(base_err / ours_err, 2) if ours_err else None,
        "business": {"ours": ours_business, "baseline_plain_splink": base_business},
    }
    return report, store, city


def _datasets(result: Any) -> list[str]:
    rows = result.con.execute("SELECT DISTINCT source_dataset FROM records").fetchall()
    return [row[0] for row in rows]


# ---- B. resolve -----------------------------------------------------------------------------
def _queries(city: Path, count: int, seed: int = 7) -> list[tuple[dict[str, Any], str]]:
    """Records to resolve: a person's data without any ID, name in capitals without
    diacritics, date as dd/mm/yyyy; paired with the person's CCCD (to find the right answer)."""
    from lienthong.normalize import fold

    with (city / "truth" / "people.csv").open(encoding="utf-8") as handle:
        people = [p for p in csv.DictReader(handle) if p["cccd"]]
    rng = random.Random(seed)
    chosen = rng.sample(people, min(count, len(people)))
    queries = []
    for p in chosen:
        day = date.fromisoformat(p["birth_date"])
        queries.append(
            (
                {
                    "full_name": fold(p["full_name"]).upper(),
                    "birth_date": day.strftime("%d/%m/%Y"),
                    "sex": p["sex"],
                    "ward_code": p["ward_code"],
                },
                p["cccd"],
            )
        )
    return queries


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p99_ms": round(p99 * 1000, 2),
        "n": len(ordered),
    }


def resolve(store: Any, city: Path, count: int) -> dict[str, Any]:
    from lienthong.linkage import Resolver, person_records
    from lienthong.linkage._features import record_features
    from lienthong.linkage._scoring import Scorer

    resolver = Resolver(store)
    queries = _queries(city, count)
    resolver.resolve(queries[0][0])  # warm-up (gazetteer, caches)
    times, right = [], 0
    for values, cccd in queries:
        started = time.perf_counter()
        found = resolver.resolve(values)
        times.append(time.perf_counter() - started)
        right += found.master_id == person_records(store, cccd)[0].master_id
    # baseline: Splink's own per-record scoring of the same candidates (compare_records)
    slow = Scorer(resolver.model)
    slow_times = []
    for values, _cccd in queries[: min(100, len(queries))]:
        started = time.perf_counter()
        features = record_features(values)
        candidates = resolver._candidates(features)
        for c in candidates:
            c["unique_id"] = f"{c['source_dataset']}/{c['record_key']}"
        slow.score(dict(features, unique_id="new", source_dataset="new"), candidates)
        slow_times.append(time.perf_counter() - started)
    ours, base = _percentiles(times), _percentiles(slow_times)
    return {
        "ours": ours,
        "correct_share": round(right / len(queries), 4),
        "baseline_splink_compare_records": base,
        "p99_ratio_baseline_over_ours": round(base["p99_ms"] / ours["p99_ms"], 1),
    }


# ---- C. scale --------------------------------------------------------------------------------
def _scale_child(root: str, people: int, raw: bool, out: Any) -> None:
    from lienthong.registry import Registry  # noqa: F401 - imported in the child on purpose
    from lienthong.store import Store

    store = Store.open(f"sqlite:///{Path(root) / f'platform-{people}.db'}")
    started = time.perf_counter()
    result = link_once(store, raw=raw)
    wall = time.perf_counter() - started
    out.put(
        {
            "records": result.records,
            "wall_s": round(wall, 1),
            "timings_s": result.summary()["timings_s"],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "clusters": result.clusters,
        }
    )


def _in_child(root: Path, people: int, raw: bool) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_scale_child, args=(str(root), people, raw, queue))
    child.start()
    result: dict[str, Any] = queue.get()
    child.join()
    return result


def scale(root: Path, records: int) -> dict[str, Any]:
    people = int(records / RECORDS_PER_PERSON)
    store, _city, gen_s = make_city(root, people, seed=91)
    store.close()
    ours = _in_child(root, people, raw=False)
    base = _in_child(root, people, raw=True)
    return {
        "people": people,
        "generate_s": round(gen_s, 1),
        "ours": ours,
        "baseline_plain_splink": base,
        "time_ratio_ours_over_baseline": round(ours["wall_s"] / base["wall_s"], 2),
    }


# ---- D. engines ------------------------------------------------------------------------------
def _jvm_peak_mb() -> int:
    """Peak RSS (VmHWM) of this process's child JVMs, read before they exit."""
    import os

    peak = 0
    for task in os.listdir("/proc/self/task"):
        for pid in Path(f"/proc/self/task/{task}/children").read_text().split():
            status = Path(f"/proc/{pid}/status").read_text()
            hwm = [line for line in status.splitlines() if line.startswith("VmHWM")]
            peak += int(hwm[0].split()[1]) // 1024 if hwm else 0
    return peak


def _children_cpu_s() -> float:
    import os

    total = 0.0
    for task in os.listdir("/proc/self/task"):
        for pid in Path(f"/proc/self/task/{task}/children").read_text().split():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _engine_child(root: str, people: int, backend: str, out: Any) -> None:
    from lienthong.linkage._datasets import registry_inputs
    from lienthong.linkage._pipeline import link
    from lienthong.sources import duckdb_connect
    from lienthong.store import Store

    store = Store.open(f"sqlite:///{Path(root) / f'platform-{people}.db'}")
    started, cpu = time.perf_counter(), time.process_time()
    con = duckdb_connect()
    with registry_inputs(store, con) as inputs:
        result = link(inputs, con=con, backend=backend)
    wall = time.perf_counter() - started
    report = {
        "records": result.records,
        "wall_s": round(wall, 1),
        "cpu_s": round(time.process_time() - cpu + _children_cpu_s(), 1),
        "timings_s": result.summary()["timings_s"],
        "python_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "jvm_peak_rss_mb": _jvm_peak_mb(),
        "clusters": result.clusters,
    }
    mapping = dict(result.con.execute("SELECT unique_id, master_id FROM masters").fetchall())
    out.put((report, mapping))


def _engine_in_child(root: Path, people: int, backend: str) -> tuple[dict[str, Any], Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_engine_child, args=(str(root), people, backend, queue))
    child.start()
    found: tuple[dict[str, Any], Any] = queue.get()
    child.join()
    return found


def engines(root: Path, sizes: list[int], backend: str) -> dict[str, Any]:
    import os

    from lienthong.linkage import evaluate, read_truth

    rows = []
    for records in sizes:
        people = int(records / RECORDS_PER_PERSON)
        store, city, _gen_s = make_city(root, people, seed=91)
        store.close()
        truth = read_truth(city / "truth" / "records.csv", "person")
        row: dict[str, Any] = {"people": people, "load_before": round(os.getloadavg()[0], 1)}
        mappings = {}
        for engine in ("duckdb", backend):
            report, mappings[engine] = _engine_in_child(root, people, engine)
            report["f1_vs_truth"] = round(evaluate(mappings[engine], truth).f1, 5)
            row[engine] = report
        row["f1_spark_vs_duckdb"] = round(evaluate(mappings[backend], mappings["duckdb"]).f1, 5)
        row["time_ratio"] = round(row[backend]["wall_s"] / row["duckdb"]["wall_s"], 2)
        row["load_after"] = round(os.getloadavg()[0], 1)
        print(json.dumps({"engines": row}, indent=2), flush=True)
        rows.append(row)
    return {
        "backend": backend,
        "rows": rows,
        "crossover_records": _crossover(rows, backend, "cpu_s"),
        "crossover_records_wall": _crossover(rows, backend, "wall_s"),
    }


def _crossover(rows: list[dict[str, Any]], backend: str, measure: str) -> float | None:
    """Records where the two engines' straight lines (least squares over the sizes) cross,
    or None when Spark's line is not flatter than DuckDB's (no crossover on this machine).

    ``cpu_s`` is the figure to trust on a shared machine: wall seconds follow the other jobs'
    load, which can change several-fold between two sizes and fake a crossover."""
    if len(rows) < 2:
        return None
    xs = [float(r["duckdb"]["records"]) for r in rows]

    def line(key: str) -> tuple[float, float]:
        ys = [float(r[key][measure]) for r in rows]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
            (x - mx) ** 2 for x in xs
        )
        return slope, my - slope * mx

    (sd, id_), (ss, is_) = line("duckdb"), line(backend)
    if ss >= sd:
        return None
    return round((is_ - id_) / (sd - ss))


def write_engines(report: dict[str, Any], command: str) -> None:
    eng = report["backend"]
    lines = [
        "",
        f"## Linkage engines, DuckDB vs {eng} — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Command: `.venv/bin/python {command}` (2-core shared machine; each engine in its own "
        "child process, one after the other on the same city; CPU = the process and its JVM).",
        "",
        "| records | people | engine | wall s | CPU s | peak RSS MB (Python + JVM) | F1 vs truth "
        "| load |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in report["rows"]:
        for engine in ("duckdb", eng):
            r = row[engine]
            memory = r["python_peak_rss_mb"] + r["jvm_peak_rss_mb"]
            lines.append(
                f"| {r['records']:,} | {row['people']:,} | {engine} | {r['wall_s']} | "
                f"{r['cpu_s']} | {memory:,} ({r['python_peak_rss_mb']:,} + "
                f"{r['jvm_peak_rss_mb']:,}) | {r['f1_vs_truth']} | "
                f"{row['load_before']}–{row['load_after']} |"
            )
    lines.append("")
    for row in report["rows"]:
        lines.append(
            f"- {row['duckdb']['records']:,} records: {eng}/DuckDB time {row['time_ratio']}×, "
            f"pairwise F1 of {eng} against DuckDB {row['f1_spark_vs_duckdb']}; {eng} steps (s): "
            + ", ".join(f"{k} {v}" for k, v in row[eng]["timings_s"].items())
        )
    for measure, key in (("CPU", "crossover_records"), ("wall", "crossover_records_wall")):
        cross = report[key]
        lines += [
            "",
            f"Crossover (least-squares lines of {measure} seconds over the sizes): "
            + (
                f"{eng} would overtake DuckDB at about {cross:,} records on this machine."
                if cross
                else f"none: {eng}'s {measure} time grows at least as fast as DuckDB's here."
            ),
        ]
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="A quick run (2k people, 50k rows).")
    parser.add_argument("--people", type=int, help="People in the accuracy city.")
    parser.add_argument("--records", type=int, help="Source records for the scale run.")
    parser.add_argument("--resolve", type=int, help="Records to resolve one by one.")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--only-scale", action="store_true", help="Skip parts A and B.")
    parser.add_argument("--write-results", action="store_true", help="Append to RESULTS.md.")
    parser.add_argument(
        "--backend",
        choices=["spark"],
        help="Part D only: this engine against DuckDB at each of --sizes (source records).",
    )
    parser.add_argument("--sizes", default="10000,50000,100000", help="Records, comma-separated.")
    args = parser.parse_args()
    if args.backend:
        command = " ".join(["bench/linkage.py", *sys.argv[1:]])
        sizes = [int(x) for x in args.sizes.split(",")]
        with tempfile.TemporaryDirectory(prefix="lt-bench-engines-") as tmp:
            found = engines(Path(tmp), sizes, args.backend)
        print(json.dumps({k: v for k, v in found.items() if k != "rows"}), flush=True)
        if args.write_results:
            write_engines(found, command)
        return
    people = args.people or (2_000 if args.small else 20_000)
    records = args.records or (50_000 if args.small else 1_000_000)
    count = args.resolve or (200 if args.small else 1_000)
    report: dict[str, Any] = {"command": " ".join(["bench/linkage.py", *sys.argv[1:]])}
    with tempfile.TemporaryDirectory(prefix="lt-bench-link-") as tmp:
        root = Path(tmp)
        if not args.only_scale:
            report["accuracy"], store, city = accuracy(root, people)
            print(json.dumps({"accuracy": report["accuracy"]}, indent=2), flush=True)
            report["resolve"] = resolve(store, city, count)
            print(json.dumps({"resolve": report["resolve"]}, indent=2), flush=True)
            store.close()
        if not args.skip_scale:
            report["scale"] = scale(root, records)
            print(json.dumps({"scale": report["scale"]}, indent=2), flush=True)
    if args.write_results and not args.only_scale:
        write_results(report)


def write_results(report: dict[str, Any]) -> None:
    acc, res = report["accuracy"], report["resolve"]
    lines = [
        "",
        f"## Record linkage — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Command: `.venv/bin/python {report['command']}` (2-core shared machine, load from "
        "other engineers' work running at the same time).",
        "",
        f"**Accuracy** (city of {acc['people']:,} people, {acc['records']:,} source records, "
        "default defect rates; people only):",
        "",
        "| pipeline | precision | recall | F1 | B³ F1 |",
        "|---|---|---|---|---|",
    ]
    for label, key in (("lienthong (Vietnamese normalisation)", "ours"),
                       ("plain Splink baseline", "baseline_plain_splink")):  # fmt: skip
        s = acc[key]
        lines.append(
            f"| {label} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | "
            f"{s['bcubed_f1']:.4f} |"
        )
    business = acc["business"]
    lines += [
        "",
        f"Errors (1 − F1): baseline / ours = **{acc['error_ratio_baseline_over_ours']}×**. "
        f"Businesses (reported, no goal): F1 {business['ours']['f1']:.4f} (B³ "
        f"{business['ours']['bcubed_f1']:.4f}), plain Splink "
        f"{business['baseline_plain_splink']['f1']:.4f}.",
        "",
        f"**Incremental resolve** ({res['ours']['n']} records, no ID, name in capitals without "
        f"diacritics): p50 {res['ours']['p50_ms']} ms, **p99 {res['ours']['p99_ms']} ms**, "
        f"right master id {res['correct_share']:.1%}. Splink `compare_records` on the same "
        f"candidates: p99 {res['baseline_splink_compare_records']['p99_ms']} ms "
        f"({res['p99_ratio_baseline_over_ours']}× slower).",
    ]
    if "scale" in report:
        sc = report["scale"]
        ours, base = sc["ours"], sc["baseline_plain_splink"]
        lines += [
            "",
            f"**Scale** ({ours['records']:,} source records, {sc['people']:,} people): end to "
            f"end {ours['wall_s']} s, peak RSS {ours['peak_rss_mb']} MB; steps (s): "
            + ", ".join(f"{k} {v}" for k, v in ours["timings_s"].items())
            + f". Plain baseline on the same data: {base['wall_s']} s, peak RSS "
            f"{base['peak_rss_mb']} MB (ours/baseline time = "
            f"{sc['time_ratio_ours_over_baseline']}).",
        ]
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
