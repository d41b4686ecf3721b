"""Measuring the outside corpus as a new user meets it: register each file, read the roles its
profile gave, run the role-driven checks, and compare with the labels.

Role accuracy counts identifying columns (ids, names, birth dates, addresses) that got their
true role at or above the threshold, and every column given a wrong identifying role at or
above it. Defect detection compares (check, row) pairs: a planted defect the right check lists
is a true positive; a row a check lists that nobody planted is a false positive (so a check
derived from a wrong role, or one that fires on clean data, costs precision). A file the
registry refuses misses all of its roles and defects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lienthong.errors import LienthongError
from lienthong.profiling import IDENTIFIER_ROLES, THRESHOLD
from lienthong.quality._corpus import AS_OF, IDENTIFYING, Table
from lienthong.quality._corpus_parts import BLIND_PARTS
from lienthong.quality._model import DatasetInfo
from lienthong.quality._service import RegistryConnectors, failures_in, registered_datasets, scan
from lienthong.registry import Registry
from lienthong.store import Store

_WRONG_IF_CONFIDENT = IDENTIFYING | IDENTIFIER_ROLES
#: The corpus's parts, in the order they were written (and are reported).
PARTS: tuple[str, ...] = ("tuning", "held-out", "new held-out", "fresh held-out", "blind held-out")
PARTS += ("final blind", "lexicon blind", *(part.name for part in BLIND_PARTS))


@dataclass
class Tally:
    """One half of the corpus, measured."""

    tables: int = 0
    identifying: int = 0
    identifying_right: int = 0
    columns: int = 0
    columns_right: int = 0
    wrong_confident: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    #: columns whose header the reader did not read as written (a code page it does not know):
    #: their labelled column counts as missed, whatever role the garbled one got
    garbled: list[str] = field(default_factory=list)
    planted: int = 0
    flagged: int = 0
    caught: int = 0
    checks: int = 0
    missed: dict[str, int] = field(default_factory=dict)  # kind -> planted rows not caught
    false_alarms: dict[str, int] = field(default_factory=dict)  # kind -> rows wrongly listed

    @property
    def role_accuracy(self) -> float:
        return self.identifying_right / self.identifying if self.identifying else 0.0

    @property
    def precision(self) -> float:
        return self.caught / self.flagged if self.flagged else 0.0

    @property
    def recall(self) -> float:
        return self.caught / self.planted if self.planted else 0.0


def _row_id(value: object) -> str:
    text = str(value).strip()
    return text[:-2] if text.endswith(".0") else text


def measure(tables: Sequence[Table], workdir: Path, checks: bool = True) -> dict[str, Tally]:
    """Register every table in a fresh store under ``workdir`` and measure each part: the
    roles, and (unless ``checks`` is false) the role-driven checks against the planted rows."""
    store = Store.open(f"sqlite:///{workdir / 'corpus-platform.db'}")
    try:
        return _measure(store, tables, checks)
    finally:
        store.close()


def _measure(store: Store, tables: Sequence[Table], checks: bool) -> dict[str, Tally]:
    registry = Registry(store)
    registry.add_agency("OUT", "Outside files")
    halves = {part: Tally() for part in PARTS}
    dataset_of: dict[str, Table] = {}
    for index, table in enumerate(tables):
        tally = halves[table.part]
        tally.tables += 1
        tally.planted += sum(len(rows) for rows in table.defects.values())
        identifying = [h for h, r in table.roles.items() if r in IDENTIFYING]
        tally.identifying += len(identifying)
        tally.columns += len(table.roles)
        try:
            source = registry.add_source("OUT", f"t{index:02d}", str(table.path))
        except LienthongError as exc:
            tally.refused.append(f"{table.path.name}: {exc}")
            continue
        (dataset_id,) = [d.id for d in source.datasets]
        dataset_of[dataset_id] = table
        profile = registry.get_profile(dataset_id)
        assert profile is not None
        # the reader trims the spaces around a header (``Họ tên chủ hộ  ``): read as written
        truth_of = {header.strip(): role for header, role in table.roles.items()}
        for column in profile.columns:
            if column.name.strip() not in truth_of:  # the reader garbled the header: a miss
                tally.garbled.append(f"{table.path.name}:{column.name}")
                continue
            truth = truth_of[column.name.strip()]
            sure = column.confidence >= THRESHOLD
            right = column.role == truth and (sure or truth is None)
            tally.columns_right += right
            tally.identifying_right += right and truth in IDENTIFYING
            if not right and sure and column.role in _WRONG_IF_CONFIDENT:
                tally.wrong_confident.append(f"{table.path.name}:{column.name} as {column.role}")
    if checks:
        _measure_checks(store, halves, dataset_of)
    return halves


def _measure_checks(store: Store, halves: dict[str, Tally], dataset_of: dict[str, Table]) -> None:
    """Scan every registered table and count, per part, the planted rows its checks list."""
    catalog = registered_datasets(store)
    connectors = RegistryConnectors(store)
    try:
        run = scan(catalog, connectors, as_of=AS_OF)
        for result in run.results:
            table = dataset_of[result.dataset]
            tally = halves[table.part]
            tally.checks += 1
            planted = table.defects.get(result.check, set())
            listed: set[str] = set()
            if result.failed and not result.error:
                listed = _listed(catalog, connectors, result.dataset, result.check, table)
            kind = result.kind
            tally.flagged += len(listed)
            tally.caught += len(listed & planted)
            if listed - planted:
                tally.false_alarms[kind] = tally.false_alarms.get(kind, 0) + len(listed - planted)
            if planted - listed:
                tally.missed[kind] = tally.missed.get(kind, 0) + len(planted - listed)
        for dataset_id, table in dataset_of.items():
            tally = halves[table.part]
            ran = {r.check for r in run.results if r.dataset == dataset_id}
            for check, rows in table.defects.items():
                if check not in ran:  # no check derived: every planted row is missed
                    kind = check.split(":")[0]
                    tally.missed[kind] = tally.missed.get(kind, 0) + len(rows)
    finally:
        connectors.close()


def _listed(
    catalog: Mapping[str, DatasetInfo],
    connectors: RegistryConnectors,
    dataset: str,
    check: str,
    table: Table,
) -> set[str]:
    """The row numbers a check lists as failing (every page)."""
    first = table.row_column
    found: set[str] = set()
    page = 1
    while True:
        try:
            listing = failures_in(
                catalog, connectors, dataset, check, limit=1000, page=page, as_of=AS_OF
            )
        except LienthongError:
            return found  # a whole-table check (freshness): no rows to compare
        # a file read with other columns than written has no row numbers to compare
        found |= {_row_id(row[first]) for row in listing.rows if first in row}
        if page >= listing.pages:
            return found
        page += 1
