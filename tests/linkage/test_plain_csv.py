"""The same code path links two plain CSV files of people registered with no flags at all."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from lienthong.linkage import evaluate, index_mapping, run_linkage
from lienthong.registry import Registry
from lienthong.store import Store

FIRST = ["john", "mary", "peter", "anna", "lucas", "emma", "noah", "olivia", "liam", "ava",
         "mia", "leo", "zoe", "max", "ella", "jack", "lily", "sam", "ruby", "finn"]  # fmt: skip
LAST = ["smith", "jones", "taylor", "brown", "wilson", "evans", "thomas", "roberts",
        "walker", "wright", "hall", "green", "wood", "clarke", "hughes", "lewis", "king",
        "baker"]  # fmt: skip
CITIES = ["london", "leeds", "bristol", "york", "bath", "derby", "hull", "ely"]


def _typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(len(text))
    return text[:i] + text[i + 1 :] if len(text) > 3 else text + "e"


def _write(tmp: Path, people: int, seed: int) -> tuple[Path, Path, dict[str, str]]:
    rng = random.Random(seed)
    truth: dict[str, str] = {}
    a_rows, b_rows = [], []
    for n in range(people):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        dob = f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        city = rng.choice(CITIES)
        email = f"{first}.{last}{n}@example.org"
        a_rows.append([f"A{n}", first.title(), last.title(), dob, city, email])
        truth[f"people_a.people_a/A{n}"] = f"E{n}"
        if rng.random() < 0.7:  # 70% also in file B, with defects
            b_first = _typo(rng, first) if rng.random() < 0.1 else first
            y, m, d = dob.split("-")
            b_dob = f"{d}/{m}/{y}"
            b_email = email if rng.random() < 0.6 else ""
            b_rows.append([f"B{n}", b_first.upper(), last, b_dob, city, b_email])
            truth[f"people_b.people_b/B{n}"] = f"E{n}"
    header = ["id", "first_name", "surname", "dob", "city", "email"]
    files = []
    for name, rows in (("people_a", a_rows), ("people_b", b_rows)):
        path = tmp / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        files.append(path)
    return files[0], files[1], truth


def test_two_plain_csv_files_link_well(tmp_path: Path) -> None:
    a, b, truth = _write(tmp_path, 600, seed=3)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    try:
        registry = Registry(store)
        registry.add_agency("ORG", "Some organisation")
        registry.add_source("ORG", "people_a", str(a))
        registry.add_source("ORG", "people_b", str(b))
        run_linkage(store, ["people_a.people_a", "people_b.people_b"])
        result = evaluate(index_mapping(store), truth)
        assert result.precision >= 0.98
        assert result.f1 >= 0.95
    finally:
        store.close()
