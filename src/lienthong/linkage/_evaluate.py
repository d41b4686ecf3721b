"""Score a clustering against ground truth: pairwise and cluster-level.

Pairwise: a pair of records is a true positive when both the linker and the truth put them
together. Cluster-level: B-cubed precision/recall (per record, how much of its predicted cluster
is its true entity and vice versa) and the share of true entities recovered exactly. Only
records present in both mappings are scored.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from lienthong.errors import InputError


@dataclass(frozen=True)
class Evaluation:
    records: int
    true_pairs: int
    predicted_pairs: int
    true_positive_pairs: int
    precision: float
    recall: float
    f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    entities: int
    clusters: int
    exact_clusters: float

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(predicted: Mapping[str, str], truth: Mapping[str, str]) -> Evaluation:
    """Compare ``record → cluster`` with ``record → entity`` (both keyed by the same ids)."""
    common = [r for r in truth if r in predicted]
    if not common:
        raise InputError(
            "No record of the truth file is in the master index.",
            hint="Record ids must look like DATASET/KEY (e.g. population.cong_dan/0791…) or KEY.",
        )
    clusters = Counter(predicted[r] for r in common)
    entities = Counter(truth[r] for r in common)
    both = Counter((predicted[r], truth[r]) for r in common)
    tp = sum(_pairs(n) for n in both.values())
    pp = sum(_pairs(n) for n in clusters.values())
    tpairs = sum(_pairs(n) for n in entities.values())
    precision = tp / pp if pp else 1.0
    recall = tp / tpairs if tpairs else 1.0
    b_p = sum(both[(predicted[r], truth[r])] / clusters[predicted[r]] for r in common) / len(common)
    b_r = sum(both[(predicted[r], truth[r])] / entities[truth[r]] for r in common) / len(common)
    exact = sum(1 for (c, e), n in both.items() if n == clusters[c] == entities[e]) / len(entities)
    return Evaluation(
        records=len(common),
        true_pairs=tpairs,
        predicted_pairs=pp,
        true_positive_pairs=tp,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        bcubed_precision=b_p,
        bcubed_recall=b_r,
        bcubed_f1=_f1(b_p, b_r),
        entities=len(entities),
        clusters=len(clusters),
        exact_clusters=exact,
    )


def read_truth(path: Path, entity_type: str | None = "person") -> dict[str, str]:
    """Read a truth CSV: the city's ``truth/records.csv`` or any ``record_id,entity_id`` file.

    City truth rows become ``dataset/key`` ids (``population.cong_dan/0791…``); with
    ``entity_type`` set, only those entities are kept.
    """
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            fields = set(reader.fieldnames or ())
            if {"source", "dataset", "record_key", "entity_id"} <= fields:
                return {
                    f"{row['source']}.{row['dataset']}/{row['record_key']}": row["entity_id"]
                    for row in reader
                    if entity_type is None or row.get("entity_type") in (None, entity_type)
                }
            if {"record_id", "entity_id"} <= fields:
                return {row["record_id"]: row["entity_id"] for row in reader}
    except OSError as exc:
        raise InputError(f"The truth file {path} cannot be read: {exc.strerror}.") from exc
    raise InputError(
        f"{path} is not a truth file.",
        hint="Give the city's truth/records.csv or a CSV with columns record_id,entity_id.",
    )


def align(predicted: Mapping[str, str], truth: Mapping[str, str]) -> dict[str, str]:
    """Re-key ``predicted`` (``dataset/key``) to the truth's ids when the truth uses bare keys."""
    if any("/" in r for r in truth):
        return dict(predicted)
    by_key: dict[str, str] = {}
    for record, cluster in predicted.items():
        by_key.setdefault(record.split("/", 1)[-1], cluster)
    return by_key
