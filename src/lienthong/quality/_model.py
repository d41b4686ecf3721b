"""The nouns of the quality engine: criteria, datasets as checks see them, rules and results."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from lienthong.errors import InputError
from lienthong.quality._roles import BIRTH_YEARS, DAY_NUMBERS, FOREIGN, MONTH_FIRST, MONTH_NAMES


class Criterion(StrEnum):
    """Project 06's four words. Every check kind belongs to exactly one."""

    CORRECT = "đúng"
    COMPLETE = "đủ"
    CLEAN = "sạch"
    LIVE = "sống"

    @property
    def english(self) -> str:
        return {"đúng": "correct", "đủ": "complete", "sạch": "clean", "sống": "live"}[self.value]


@dataclass(frozen=True)
class DatasetInfo:
    """What a check needs to know about a dataset: its columns with registry flags, its key,
    its declared update frequency and where it lives.

    Built from the registry (:func:`dataset_info_from_registry`) or by hand in tests.
    """

    id: str
    agency: str
    source: str
    source_kind: str  # sqlite, postgresql, mariadb, csv, excel, duckdb
    table: str
    columns: Mapping[str, frozenset[str]]  # column name -> flags
    key: tuple[str, ...] = ()
    update_frequency: str | None = None  # ISO 8601 duration, e.g. P1D
    title: str | None = None
    #: the database the table lives in (its URL): checks joining tables of two registered
    #: sources can still be pushed down when both sources are the same database
    database: str | None = field(default=None, repr=False)  # may carry a password
    #: the flags were derived from the profile's column roles (no manifest described the
    #: dataset): kinds then add the checks a stranger's file needs (see quality/_roles.py)
    from_roles: bool = False
    #: the file the dataset is read from (CSV, Excel, SQLite sources), else None: its age is
    #: the freshness of a dataset with no last-updated column (see ``source_age``)
    path: str | None = None
    #: column -> distinct values / non-empty values, from the stored profile (an estimate;
    #: exact for code and identifier columns once ``_links.column_facts`` has read them):
    #: tells an identifier meant to name one record from one that repeats by design
    distinct_share: Mapping[str, float] = field(default_factory=dict)
    #: the profile's change since the one before (``None``: profiled once at most): each
    #: compared column with the changes beyond the thresholds (none: stable)
    drift: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    #: columns the profile says hold codes (one fixed shape of digits and letters, no
    #: counter, no date, no role but an identifier's): candidates for references by overlap
    code_columns: tuple[str, ...] = ()
    #: column -> its most common value shape (``9{12}``, ``AA-9{5}``), from the profile: two
    #: columns can only share values if they share a shape, so only such pairs are compared
    shapes: Mapping[str, str] = field(default_factory=dict)
    #: other datasets' key columns this dataset's columns hold ids of, found by value overlap:
    #: (column, "dataset.column", share of sampled values found there)
    links: tuple[tuple[str, str, float], ...] = ()
    #: column -> the values the profile counted on a good share of its rows (``M``/``F``,
    #: ``Karl``/``Kona``, ``ер``/``әйел``): what a column of a few values itself says it
    #: holds, whatever its language (see ``_profiled.common_values``)
    common_values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: column -> the ten digits of the script its numbers are written in, when not ASCII
    #: (Burmese ``၁၉၈၅``, Bengali ``০১৭``): dates and formats read them as 0-9
    digits: Mapping[str, str] = field(default_factory=dict)
    #: columns whose latest value names a year before :data:`FIRST_YEAR`: dates of another
    #: calendar (Solar Hijri ``1364/05/21``), which the date checks would read as invalid
    other_calendar: tuple[str, ...] = ()
    #: columns whose common values mostly do not name the city: addresses of another
    #: province, which the city's wards cannot judge (see ``_profiled.outside_city``)
    outside_city: tuple[str, ...] = ()

    @property
    def location(self) -> str:
        return self.database or self.source

    def flagged(self, flag: str) -> list[str]:
        return [name for name, flags in self.columns.items() if flag in flags]

    def flagged_vietnamese(self, flag: str) -> list[str]:
        """:meth:`flagged`, less the columns whose values the profile found are not Vietnamese
        (:data:`FOREIGN`): the checks of the city's units and of Vietnamese phone formats."""
        return [c for c in self.flagged(flag) if FOREIGN not in self.columns[c]]

    def first(self, *flags: str) -> str | None:
        for flag in flags:
            found = self.flagged(flag)
            if found:
                return found[0]
        return None


@dataclass(frozen=True)
class CheckSpec:
    """One rule: a check kind applied to columns of a dataset, with parameters.

    ``name`` is what people type (``lienthong quality failures DATASET NAME``); it defaults to
    ``kind:column``.
    """

    dataset: str
    kind: str
    columns: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    name: str = ""
    #: "default" (from manifest flags), "roles" (from the profile's column roles) or the rule
    #: file's path
    origin: str = "default"

    @property
    def id(self) -> str:
        if self.name:
            return self.name
        return f"{self.kind}:{','.join(self.columns)}" if self.columns else self.kind


@dataclass(frozen=True)
class Grouping:
    """Rows where ``present`` holds, grouped on the ``keys`` expressions (over ``t``)."""

    keys: tuple[str, ...]
    present: str
    #: a single key of a 64-bit-or-narrower integer type: countable in an array by value
    integer_key: bool = False


@dataclass(frozen=True)
class RowQuery:
    """A check as two predicates over a relation: which rows it applies to, which fail.

    ``relation`` is a FROM item aliased ``t``; when it is the dataset's own table
    (``shared``) the engine folds many checks into one scan.
    """

    fails: str
    applies: str = "1 = 1"
    relation: str | None = None  # None: the dataset's table
    order_by: tuple[str, ...] = ()
    #: (alias, expression) pairs computed once per row beneath the predicates, which refer to
    #: them as ``t.alias``: keeps a parsed date from being re-derived in every comparison.
    derived: tuple[tuple[str, str], ...] = ()
    #: a cheaper query giving the same two numbers (columns ``a`` and ``f``) when listing the
    #: failing rows is not needed, e.g. GROUP BY counts instead of a window over every row
    counts: str | None = None
    #: what ``counts`` groups, for a place with a cheaper exact way to count repeated keys
    grouping: Grouping | None = None


@dataclass(frozen=True)
class Outcome:
    """What a check measured: rows it applies to, rows failing, and an optional metric."""

    total: int
    failed: int
    observed: float | None = None
    note: str | None = None

    @property
    def score(self) -> float | None:
        if self.total <= 0:
            return None
        return round(100.0 * (1 - self.failed / self.total), 2)


@dataclass(frozen=True)
class AggregateQuery:
    """A check that reads one row of aggregates (``select`` over ``t``) and judges it in Python."""

    select: str
    judge: Callable[[Mapping[str, Any], CheckContext], Outcome]
    relation: str | None = None


@dataclass(frozen=True)
class StoreCheck:
    """A check answered in Python rather than by the sector database: from the platform
    store, the source file's metadata or the stored profiles."""

    evaluate: Callable[[CheckContext], Outcome]


CompiledCheck = RowQuery | AggregateQuery | StoreCheck


@dataclass(frozen=True)
class CheckContext:
    """What compiling a check may use: the dialect, the dataset, other datasets' relations."""

    dataset: DatasetInfo
    dialect: Any  # Dialect; Any avoids an import cycle in this nouns-only module
    relation_of: Callable[[str], str]  # dataset id -> FROM item text
    datasets: Mapping[str, DatasetInfo]
    reference: DatasetInfo | None  # the population register
    as_of: date
    store: Any = None  # lienthong.store.Store | None
    #: shared by every check of one run (e.g. the sync lag table, read once)
    cache: dict[str, Any] = field(default_factory=dict)
    #: (dataset id, column) -> the engine's type name (DuckDB: ``BIGINT``, ``DATE``…), or None
    #: where unknown; typed columns get cheaper, equivalent SQL (no text casts)
    column_type: Callable[[str, str], str | None] = field(default=lambda _d, _c: None)

    def col(self, name: str, alias: str = "t") -> str:
        return str(self.dialect.column(name, alias))

    def digits_read(self, column: str) -> str:
        """The column with digits of another script (``DatasetInfo.digits``) read as 0-9."""
        digits = self.dataset.digits.get(column)
        col = self.col(column)
        return str(self.dialect.ascii_digits(col, digits)) if digits else col

    def type_of(self, column: str, dataset: str | None = None) -> str | None:
        """The column's type where the place knows it (DuckDB), else None."""
        return self.column_type(dataset or self.dataset.id, column)

    def require_reference(self, purpose: str) -> DatasetInfo:
        """The population register, or a sentence saying this check (``purpose``) needs one."""
        if self.reference is None:
            raise InputError(
                f"{purpose} the population register, but none is registered.",
                hint="Register it, or name it with `reference:` in the rule file.",
            )
        return self.reference

    def iso_of(self, column: str) -> tuple[str, tuple[str, str]]:
        """``t.<alias>`` for the column's day as ``yyyy-mm-dd`` and the derivation to add."""
        alias = "_iso_" + hashlib.sha1(column.encode()).hexdigest()[:10]
        return f"t.{alias}", (alias, self.iso_date(column))

    def iso_date(self, column: str) -> str:
        """The column's day as ``yyyy-mm-dd`` text, read as the profile read it: Excel day
        numbers, years of birth, month first or month names where its flags say so, else day
        first or ISO."""
        flags = self.dataset.columns.get(column, frozenset())
        col = self.digits_read(column)
        if DAY_NUMBERS in flags:
            return str(self.dialect.iso_date_of_days(col))
        if BIRTH_YEARS in flags:
            return str(self.dialect.iso_date_of_years(col))
        if MONTH_FIRST in flags:
            return str(self.dialect.iso_date_month_first(col))
        if MONTH_NAMES in flags:
            return str(self.dialect.iso_date_month_names(col))
        return str(self.dialect.iso_date(col))


@dataclass(frozen=True)
class CheckResult:
    """One check's result in one run, as stored and shown."""

    dataset: str
    check: str
    kind: str
    criterion: Criterion | None
    columns: tuple[str, ...]
    engine: str
    total: int = 0
    failed: int = 0
    score: float | None = None
    observed: float | None = None
    note: str | None = None
    error: str | None = None
    elapsed_ms: float = 0.0
    #: where the rule came from (CheckSpec.origin); shown, not stored
    origin: str = "default"

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class RuleProblem:
    """A rule that could not even be compiled (unknown kind, missing parameter, bad file)."""

    dataset: str
    check: str
    kind: str
    message: str
