"""The detectors' shares of a column, with the skips, against every detector on every value.

Role inference weighs each column by the share of its sampled values each role's detector
accepts (``profiling._shares.shares``); it was most of a file's registration time. The word
detectors (names, sex words, a state) cannot accept a value holding a digit, nor the place
detectors an ASCII value with no letter, so ``shares`` no longer runs them there. The baseline
(``_shares.every_share``) runs every detector on every distinct value. Both read the same
columns (every column of the outside corpus's parts named, written at 120 rows with seed 1, as
the floor tests write them), alternately, for several rounds; their shares must be equal.

    .venv/bin/python bench/role_shares.py [--parts 8] [--rounds 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from lienthong.profiling._shares import every_share, shares
from lienthong.quality._corpus import build_corpus
from lienthong.quality._corpus_eval import PARTS
from lienthong.sources import open_connector_url


def _columns(parts: Sequence[str], folder: Path) -> list[list[str]]:
    """Every column of the parts' files as text, as a registration reads it."""
    columns: list[list[str]] = []
    for table in build_corpus(folder, seeds=(1,), rows=120, parts=set(parts)):
        with open_connector_url(str(table.path)) as source:
            for schema in source.introspect():
                rows = source.fetch(f'SELECT * FROM "{schema.name}"')
                for column in schema.columns:
                    name = column.name
                    columns.append([str(r[name]) for r in rows if r[name] is not None])
    return columns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", type=int, default=8, help="blind parts to read (spread out)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    blind = [part for part in PARTS if part.startswith("blind ") and part != "blind held-out"]
    step = max(1, len(blind) // args.parts)
    parts = blind[::step][: args.parts]
    with tempfile.TemporaryDirectory() as folder:
        columns = _columns(parts, Path(folder))
    print(f"{len(columns)} columns of {len(parts)} parts ({', '.join(parts)})")
    assert [shares(c) for c in columns] == [every_share(c) for c in columns]
    timings: dict[str, list[float]] = {"shares": [], "every detector": []}
    for _ in range(args.rounds):
        for name, run in (("every detector", every_share), ("shares", shares)):
            started = time.perf_counter()
            for column in columns:
                run(column)
            timings[name].append(time.perf_counter() - started)
    best = {name: min(seconds) for name, seconds in timings.items()}
    for name, seconds in best.items():
        print(f"  {name:<15} {seconds:6.2f} s (best of {args.rounds})")
    print(f"shares / every detector = {best['shares'] / best['every detector']:.2f}")


if __name__ == "__main__":
    main()
