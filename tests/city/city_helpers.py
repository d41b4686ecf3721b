"""Read a generated city folder back: manifest, datasets (SQLite, CSV, Excel), truth."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from lienthong.city import CityResult


@dataclass
class City:
    """A generated city folder with helpers to read each dataset back."""

    result: CityResult
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def out(self) -> Path:
        return self.result.out

    @cached_property
    def manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.out / "manifest.json").read_text("utf-8"))
        return data

    def rows(self, dataset: str) -> list[dict[str, Any]]:
        """Every row of a dataset as dicts (read once, then cached: do not mutate)."""
        if dataset not in self._cache:
            self._cache[dataset] = self._read(dataset)
        rows: list[dict[str, Any]] = self._cache[dataset]
        return rows

    def _read(self, dataset: str) -> list[dict[str, Any]]:
        source, table = dataset.split(".")
        location = next(s["url"] for s in self.manifest["sources"] if s["code"] == source)
        path = self.out / location
        if path.suffix == ".db":
            conn = sqlite3.connect(path)
            conn.row_factory = sqlite3.Row
            try:
                return [dict(r) for r in conn.execute(f'SELECT * FROM "{table}"')]
            finally:
                conn.close()
        if path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as handle:
                return [
                    {k: (v if v != "" else None) for k, v in row.items()}
                    for row in csv.DictReader(handle)
                ]
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        sheet = book[table]
        it: Iterator[tuple[Any, ...]] = sheet.iter_rows(values_only=True)
        header = next(it)
        result = [dict(zip(header, row, strict=True)) for row in it]
        book.close()
        return result

    def truth(self, name: str) -> list[dict[str, str]]:
        """A truth file as dicts (read once, then cached: do not mutate)."""
        if f"truth:{name}" not in self._cache:
            self._cache[f"truth:{name}"] = self._read_truth(name)
        rows: list[dict[str, str]] = self._cache[f"truth:{name}"]
        return rows

    def _read_truth(self, name: str) -> list[dict[str, str]]:
        with (self.out / "truth" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    def key_of(self, dataset: str) -> str:
        source, table = dataset.split(".")
        spec = next(s for s in self.manifest["sources"] if s["code"] == source)
        key: str = next(d for d in spec["datasets"] if d["table"] == table)["key"][0]
        return key


DATASETS = (
    "population.cong_dan",
    "population.ho_gia_dinh",
    "business.doanh_nghiep",
    "health_insurance.TheBHYT",
    "education.HocSinh",
    "land.land",
    "social_welfare.doi_tuong_bao_tro",
)
