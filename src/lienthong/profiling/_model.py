"""The profile of a dataset: what each column holds, measured from the data itself.

This is the contract other packages read (linkage, quality, the registry): keep it small.
``DatasetProfile.columns[i].role`` is one of :data:`lienthong.profiling.ROLES` or ``None``,
``confidence`` is in [0, 1] and ``evidence`` says, in words, why.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ColumnProfile:
    name: str
    stored_type: str
    #: The type the values mean: ``date`` for a text column of ``dd/mm/yyyy`` values.
    meant_type: str
    rows: int
    nulls: int
    blanks: int
    distinct: int
    min: str | None
    max: str | None
    top_values: tuple[tuple[str, int], ...]
    #: Value shapes (``9`` digit, ``A`` letter) with their share of the sample.
    shapes: tuple[tuple[str, float], ...]
    role: str | None
    confidence: float
    evidence: tuple[str, ...] = ()
    #: True when the column identifies a person or profiling cannot tell (personal by default).
    personal: bool = True

    @property
    def null_rate(self) -> float:
        return self.nulls / self.rows if self.rows else 0.0

    @property
    def blank_rate(self) -> float:
        return self.blanks / self.rows if self.rows else 0.0


@dataclass(frozen=True)
class DatasetProfile:
    dataset: str
    rows: int
    #: Rows the role detectors looked at (all rows up to the sample size, else a random sample).
    sampled: int
    columns: tuple[ColumnProfile, ...] = field(default_factory=tuple)

    @property
    def personal(self) -> bool:
        return any(column.personal for column in self.columns)

    def column(self, name: str) -> ColumnProfile | None:
        return next((c for c in self.columns if c.name == name), None)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DatasetProfile:
        columns = []
        for raw in data.get("columns", []):
            item = dict(raw)
            item["top_values"] = tuple((str(v), int(n)) for v, n in item.get("top_values", ()))
            item["shapes"] = tuple((str(s), float(r)) for s, r in item.get("shapes", ()))
            item["evidence"] = tuple(item.get("evidence", ()))
            columns.append(ColumnProfile(**item))
        return cls(str(data["dataset"]), int(data["rows"]), int(data["sampled"]), tuple(columns))
