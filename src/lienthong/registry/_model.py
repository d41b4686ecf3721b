"""What the registry knows, as frozen dataclasses (the contract in docs/architecture.md)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lienthong.errors import InputError
from lienthong.sources import mask_url

#: Column flags the manifest may set; quality and linkage read them (docs/architecture.md).
COLUMN_FLAGS = frozenset(
    {
        "key",
        "personal",
        "cccd",
        "cmnd",
        "cccd_or_cmnd",
        "mst",
        "full_name",
        "birth_date",
        "birth_year",
        "sex",
        "address",
        "address_old",
        "ward_code",
        "household",
        "death_date",
        "updated_at",
        "parent_cccd",
        "insurance_code",
    }
)

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")
_PARAMETER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_DURATION = re.compile(
    r"P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?", re.ASCII
)


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    name_en: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    flags: tuple[str, ...] = ()
    description: str | None = None

    @property
    def personal(self) -> bool:
        return "personal" in self.flags


@dataclass(frozen=True)
class Dataset:
    """One table of a source; ``id`` is ``source.table``."""

    id: str
    source: str
    table: str
    title: str | None
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    owner: str | None = None
    update_frequency: str | None = None
    legal_basis: str | None = None

    @property
    def personal(self) -> bool:
        return any(column.personal for column in self.columns)

    def column(self, name: str) -> Column | None:
        return next((column for column in self.columns if column.name == name), None)

    def columns_with(self, flag: str) -> tuple[Column, ...]:
        """The columns carrying ``flag`` (e.g. ``cccd``), in table order."""
        return tuple(column for column in self.columns if flag in column.flags)


@dataclass(frozen=True)
class Source:
    """A sector database or file; ``url`` keeps its password, ``display_url`` masks it."""

    code: str
    agency: str
    kind: str
    url: str = field(repr=False)
    title: str | None
    datasets: tuple[Dataset, ...] = ()

    @property
    def display_url(self) -> str:
        return mask_url(self.url)

    def __repr__(self) -> str:
        return (
            f"Source(code={self.code!r}, agency={self.agency!r}, kind={self.kind!r},"
            f" url={self.display_url!r}, datasets={[d.table for d in self.datasets]!r})"
        )


@dataclass(frozen=True)
class ServiceParameter:
    name: str
    type: str = "text"
    #: True when the value identifies the person the data is about (consent is checked on it).
    subject: bool = False


@dataclass(frozen=True)
class Retirement:
    """A service version on its way out: it answers (deprecated) until ``sunset``, then 410
    naming ``replaced_by`` (``provider/code/version``)."""

    sunset: datetime
    replaced_by: str
    retired_at: datetime
    actor: str


@dataclass(frozen=True)
class DataService:
    """A named, versioned, read-only query over a dataset that an agency offers to others.

    A published version is never changed; ``retirement`` (kept apart) only schedules its end.
    """

    provider: str
    code: str
    version: str
    dataset: str
    title: str | None
    query: str
    parameters: tuple[ServiceParameter, ...]
    fields: tuple[str, ...]
    personal: bool
    title_en: str | None = None
    description: str | None = None
    description_en: str | None = None
    legal_basis: str | None = None
    #: Purpose codes the service may be used for (empty: any purpose a right names).
    purposes: tuple[str, ...] = ()
    #: The column that says whose data a row is: consent and the access log key on its value.
    subject_column: str | None = None
    published_by: str | None = None
    retirement: Retirement | None = None

    @property
    def id(self) -> str:
        return f"{self.provider}/{self.code}/{self.version}"


@dataclass(frozen=True)
class PublishSpec:
    """A data service as an agency describes it (``registry add-service``): no SQL, the query
    is generated from the dataset, the lookup columns and the fields offered."""

    provider: str
    code: str
    version: str
    dataset: str
    #: Lookup columns: each becomes a parameter of the same name (``?so_dinh_danh=…``).
    lookup: tuple[str, ...]
    #: Fields offered (empty: every column of the dataset).
    fields: tuple[str, ...] = ()
    title: str | None = None
    title_en: str | None = None
    description: str | None = None
    description_en: str | None = None
    legal_basis: str | None = None
    purposes: tuple[str, ...] = ()
    subject_column: str | None = None
    published_by: str | None = None


@dataclass(frozen=True)
class Published:
    """What publishing stored, and what the operator should know (e.g. lookups that scan)."""

    service: DataService
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceSpec:
    """What is needed to register a data service (``fields`` empty: every column returned)."""

    provider: str
    code: str
    version: str
    dataset: str
    query: str
    title: str | None = None
    parameters: tuple[ServiceParameter, ...] = ()
    fields: tuple[str, ...] = ()
    personal: bool = False


@dataclass(frozen=True)
class ColumnSpec:
    flags: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class DatasetSpec:
    """What a manifest (or caller) says about a table beyond what introspection finds."""

    table: str
    title: str | None = None
    key: tuple[str, ...] | None = None
    owner: str | None = None
    update_frequency: str | None = None
    legal_basis: str | None = None
    columns: Mapping[str, ColumnSpec] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportSummary:
    manifest: str
    agencies: int
    sources: int
    datasets: int
    columns: int
    services: int
    replaced: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "manifest": self.manifest,
            "agencies": self.agencies,
            "sources": self.sources,
            "datasets": self.datasets,
            "columns": self.columns,
            "services": self.services,
            "replaced": self.replaced,
        }


# ---- validation of names and values --------------------------------------------------------
def check_code(value: str, what: str) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise InputError(
            f"{what} {value!r} is not a valid code: use letters, digits, '-' or '_' (max 64)."
        )
    return value


def check_version(value: str) -> str:
    if not isinstance(value, str) or not _VERSION.fullmatch(value):
        raise InputError(f"Service version {value!r} is not valid: use e.g. 'v1' or '2025.1'.")
    return value


def check_parameter_name(value: str) -> str:
    if not _PARAMETER.fullmatch(value):
        raise InputError(f"Parameter name {value!r} is not valid: use letters, digits and '_'.")
    return value


def check_duration(value: str | None) -> str | None:
    """An ISO 8601 duration such as ``P1D`` (daily) or ``PT1H`` (hourly)."""
    if value is None:
        return None
    if not isinstance(value, str) or not _DURATION.fullmatch(value):
        raise InputError(
            f"Update frequency {value!r} is not an ISO 8601 duration.",
            hint="Write P1D for daily, P1W weekly, P1M monthly, PT1H hourly.",
        )
    return value


def check_flags(flags: Sequence[str], where: str) -> tuple[str, ...]:
    unknown = sorted(set(flags) - COLUMN_FLAGS)
    if unknown:
        raise InputError(
            f"{where}: unknown column flag(s) {', '.join(unknown)}.",
            hint=f"Known flags: {', '.join(sorted(COLUMN_FLAGS))}.",
        )
    return tuple(dict.fromkeys(flags))
