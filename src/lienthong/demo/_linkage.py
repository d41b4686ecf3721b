"""The linkage step of `lienthong demo`: link the registered city, score it against its truth."""

from __future__ import annotations

from pathlib import Path

from lienthong.linkage import evaluate_index, index_counts, run_linkage
from lienthong.store import Store


def linkage_step(store: Store, city_dir: Path) -> dict[str, object]:
    """Link every registered dataset about people or businesses; return coverage and scores.

    Coverage is the share of source records (in the city's truth) that got a master id.
    """
    run = run_linkage(store)
    counts = index_counts(store)
    truth = city_dir / "truth" / "records.csv"
    timings = run.get("timings_s")
    summary: dict[str, object] = {
        "records_linked": counts["records"],
        "master_ids": counts["masters"],
        "seconds": round(sum(timings.values()), 1) if isinstance(timings, dict) else None,
    }
    if truth.exists():
        people = evaluate_index(store, truth, "person")
        everything = evaluate_index(store, truth, None)
        with truth.open(encoding="utf-8") as handle:
            truth_records = sum(1 for _ in handle) - 1
        summary |= {
            "coverage": round(everything.records / truth_records, 4) if truth_records else 0.0,
            "people": {
                "precision": round(people.precision, 4),
                "recall": round(people.recall, 4),
                "f1": round(people.f1, 4),
                "bcubed_f1": round(people.bcubed_f1, 4),
                "exact_clusters": round(people.exact_clusters, 4),
            },
        }
    return summary
