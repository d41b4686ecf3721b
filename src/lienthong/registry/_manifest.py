"""Reading a city manifest (``manifest.json``, format ``lienthong-city/1``).

The format is in docs/architecture.md. Reading only checks the shape and resolves relative file
URLs against the manifest's folder; checking against the real sources is ``_build``'s job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lienthong.errors import InputError
from lienthong.registry._model import (
    Agency,
    ColumnSpec,
    DatasetSpec,
    ServiceParameter,
    ServiceSpec,
)
from lienthong.sources import resolve_url

MANIFEST_FORMAT = "lienthong-city/1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class _Agency(_Model):
    code: str
    name: str
    name_en: str | None = None
    kind: str | None = None


class _Column(_Model):
    flags: list[str] = Field(default_factory=list)
    description: str | None = None


class _Dataset(_Model):
    table: str
    title: str | None = None
    key: list[str] | None = None
    owner: str | None = None
    update_frequency: str | None = None
    legal_basis: str | None = None
    columns: dict[str, _Column] = Field(default_factory=dict)


class _Source(_Model):
    code: str
    agency: str
    url: str
    title: str | None = None
    datasets: list[_Dataset] | None = None


class _Parameter(_Model):
    name: str
    type: str = "text"
    subject: bool = False


class _Service(_Model):
    provider: str
    code: str
    version: str
    dataset: str
    query: str
    title: str | None = None
    parameters: list[_Parameter] = Field(default_factory=list)
    fields: list[str] = Field(default_factory=list)
    personal: bool = False


class _Manifest(_Model):
    format: str
    agencies: list[_Agency] = Field(default_factory=list)
    sources: list[_Source] = Field(default_factory=list)
    services: list[_Service] = Field(default_factory=list)


@dataclass(frozen=True)
class SourceEntry:
    agency: str
    code: str
    url: str  # absolute for files
    title: str | None
    datasets: tuple[DatasetSpec, ...] | None


@dataclass(frozen=True)
class Manifest:
    path: Path
    agencies: tuple[Agency, ...]
    sources: tuple[SourceEntry, ...]
    services: tuple[ServiceSpec, ...]


def read_manifest(path: Path) -> Manifest:
    """Parse and shape-check a manifest; relative file URLs become absolute."""
    path = path.expanduser().resolve()
    if not path.is_file():
        raise InputError(f"The manifest {path} does not exist.")
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"The manifest {path.name} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise InputError(
            f"The manifest {path.name} is not valid JSON (line {exc.lineno}, column"
            f" {exc.colno}: {exc.msg})."
        ) from exc
    try:
        model = _Manifest.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "top level"
        raise InputError(
            f"The manifest {path.name} is malformed at {where}: {first['msg']}"
            f" ({exc.error_count()} problem(s) in all)."
        ) from exc
    if model.format != MANIFEST_FORMAT:
        raise InputError(
            f"The manifest {path.name} has format {model.format!r}; this lienthong reads"
            f" {MANIFEST_FORMAT!r}."
        )
    base = path.parent
    return Manifest(
        path=path,
        agencies=tuple(Agency(a.code, a.name, a.name_en, a.kind) for a in model.agencies),
        sources=tuple(
            SourceEntry(
                agency=s.agency,
                code=s.code,
                url=resolve_url(s.url, base),
                title=s.title,
                datasets=None
                if s.datasets is None
                else tuple(_dataset_spec(d) for d in s.datasets),
            )
            for s in model.sources
        ),
        services=tuple(
            ServiceSpec(
                provider=s.provider,
                code=s.code,
                version=s.version,
                dataset=s.dataset,
                query=s.query,
                title=s.title,
                parameters=tuple(ServiceParameter(p.name, p.type, p.subject) for p in s.parameters),
                fields=tuple(s.fields),
                personal=s.personal,
            )
            for s in model.services
        ),
    )


def _dataset_spec(d: _Dataset) -> DatasetSpec:
    return DatasetSpec(
        table=d.table,
        title=d.title,
        key=tuple(d.key) if d.key is not None else None,
        owner=d.owner,
        update_frequency=d.update_frequency,
        legal_basis=d.legal_basis,
        columns={name: ColumnSpec(tuple(c.flags), c.description) for name, c in d.columns.items()},
    )
