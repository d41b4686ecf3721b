"""Rows ↔ dataclasses: every read and write of the registry tables, inside a given connection.

The :class:`~lienthong.registry.Registry` decides *what* to write and opens the transaction;
these functions only know the tables, so an import can write everything in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select, update

from lienthong.registry import _tables as t
from lienthong.registry._model import (
    Agency,
    Column,
    DataService,
    Dataset,
    Retirement,
    ServiceParameter,
    Source,
)

if TYPE_CHECKING:  # profiling loads DuckDB: only profiling needs it
    from lienthong.profiling import DatasetProfile


# ---- reads ---------------------------------------------------------------------------------
def agencies(conn: Connection, code: str | None = None) -> list[Agency]:
    query = select(t.agencies).order_by(t.agencies.c.code)
    if code is not None:
        query = query.where(t.agencies.c.code == code)
    return [Agency(r.code, r.name, r.name_en, r.kind) for r in conn.execute(query)]


def datasets(
    conn: Connection, *, source: str | None = None, dataset_id: str | None = None
) -> list[Dataset]:
    query = select(t.datasets).order_by(t.datasets.c.id)
    cols = select(t.columns).order_by(t.columns.c.dataset, t.columns.c.position)
    if source is not None:
        query = query.where(t.datasets.c.source == source)
        cols = cols.where(
            t.columns.c.dataset.in_(select(t.datasets.c.id).where(t.datasets.c.source == source))
        )
    if dataset_id is not None:
        query = query.where(t.datasets.c.id == dataset_id)
        cols = cols.where(t.columns.c.dataset == dataset_id)
    by_dataset: dict[str, list[Column]] = defaultdict(list)
    for r in conn.execute(cols):
        by_dataset[r.dataset].append(
            Column(r.name, r.type, bool(r.nullable), tuple(r.flags or ()), r.description)
        )
    return [
        Dataset(
            id=r.id,
            source=r.source,
            table=r.table_name,
            title=r.title,
            key=tuple(r.key or ()),
            columns=tuple(by_dataset.get(r.id, ())),
            owner=r.owner,
            update_frequency=r.update_frequency,
            legal_basis=r.legal_basis,
        )
        for r in conn.execute(query)
    ]


def sources(conn: Connection, code: str | None = None) -> list[Source]:
    query = select(t.sources).order_by(t.sources.c.code)
    if code is not None:
        query = query.where(t.sources.c.code == code)
    rows = list(conn.execute(query))
    all_datasets = datasets(conn, source=code) if rows else []
    by_source: dict[str, list[Dataset]] = defaultdict(list)
    for dataset in all_datasets:
        by_source[dataset.source].append(dataset)
    return [
        Source(r.code, r.agency, r.kind, r.url, r.title, tuple(by_source.get(r.code, ())))
        for r in rows
    ]


def services(
    conn: Connection,
    *,
    key: tuple[str, str, str] | None = None,
    dataset_ids: list[str] | None = None,
) -> list[DataService]:
    s, p = t.services, t.service_parameters
    query = select(s).order_by(s.c.provider, s.c.code, s.c.version)
    params = select(p).order_by(p.c.provider, p.c.code, p.c.version, p.c.position)
    if key is not None:
        query = query.where(s.c.provider == key[0], s.c.code == key[1], s.c.version == key[2])
        params = params.where(p.c.provider == key[0], p.c.code == key[1], p.c.version == key[2])
    if dataset_ids is not None:
        query = query.where(s.c.dataset.in_(dataset_ids))
    by_service: dict[tuple[str, str, str], list[ServiceParameter]] = defaultdict(list)
    for r in conn.execute(params):
        by_service[(r.provider, r.code, r.version)].append(
            ServiceParameter(r.name, r.type, bool(r.subject))
        )
    retired = retirements(conn, key)
    return [
        DataService(
            provider=r.provider,
            code=r.code,
            version=r.version,
            dataset=r.dataset,
            title=r.title,
            query=r.query,
            parameters=tuple(by_service.get((r.provider, r.code, r.version), ())),
            fields=tuple(r.fields or ()),
            personal=bool(r.personal),
            title_en=r.title_en,
            description=r.description,
            description_en=r.description_en,
            legal_basis=r.legal_basis,
            purposes=tuple(r.purposes or ()),
            subject_column=r.subject_column,
            published_by=r.published_by,
            retirement=retired.get((r.provider, r.code, r.version)),
        )
        for r in conn.execute(query)
    ]


def retirements(
    conn: Connection, key: tuple[str, str, str] | None = None
) -> dict[tuple[str, str, str], Retirement]:
    r_ = t.service_retirements
    query = select(r_)
    if key is not None:
        query = query.where(r_.c.provider == key[0], r_.c.code == key[1], r_.c.version == key[2])
    return {
        (r.provider, r.code, r.version): Retirement(
            sunset=as_utc(r.sunset),
            replaced_by=f"{r.provider}/{r.code}/{r.replaced_by}",
            retired_at=as_utc(r.retired_at),
            actor=r.actor,
        )
        for r in conn.execute(query)
    }


def as_utc(value: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; the store always holds UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def exists(conn: Connection, table: Any, **where: str) -> bool:
    query = select(1).select_from(table)
    for name, value in where.items():
        query = query.where(table.c[name] == value)
    return conn.execute(query.limit(1)).first() is not None


# ---- writes --------------------------------------------------------------------------------
def insert_agency(conn: Connection, agency: Agency) -> None:
    conn.execute(
        insert(t.agencies).values(
            code=agency.code, name=agency.name, name_en=agency.name_en, kind=agency.kind
        )
    )


def update_agency(conn: Connection, agency: Agency) -> None:
    conn.execute(
        update(t.agencies)
        .where(t.agencies.c.code == agency.code)
        .values(name=agency.name, name_en=agency.name_en, kind=agency.kind)
    )


def insert_source(conn: Connection, source: Source) -> None:
    conn.execute(
        insert(t.sources).values(
            code=source.code,
            agency=source.agency,
            kind=source.kind,
            url=source.url,
            title=source.title,
        )
    )
    for dataset in source.datasets:
        conn.execute(
            insert(t.datasets).values(
                id=dataset.id,
                source=dataset.source,
                table_name=dataset.table,
                title=dataset.title,
                key=list(dataset.key),
                owner=dataset.owner,
                update_frequency=dataset.update_frequency,
                legal_basis=dataset.legal_basis,
            )
        )
        if dataset.columns:
            conn.execute(
                insert(t.columns),
                [
                    {
                        "dataset": dataset.id,
                        "name": column.name,
                        "position": position,
                        "type": column.type,
                        "nullable": column.nullable,
                        "flags": list(column.flags),
                        "description": column.description,
                    }
                    for position, column in enumerate(dataset.columns)
                ],
            )


def delete_source(conn: Connection, code: str) -> None:
    """Remove a source with its datasets, columns and the services over them."""
    ids = [r.id for r in conn.execute(select(t.datasets.c.id).where(t.datasets.c.source == code))]
    if ids:
        for service in services(conn, dataset_ids=ids):
            delete_service(conn, (service.provider, service.code, service.version))
        conn.execute(delete(t.profiles).where(t.profiles.c.dataset.in_(ids)))
        conn.execute(delete(t.not_personal).where(t.not_personal.c.dataset.in_(ids)))
        conn.execute(delete(t.columns).where(t.columns.c.dataset.in_(ids)))
        conn.execute(delete(t.datasets).where(t.datasets.c.id.in_(ids)))
    conn.execute(delete(t.sources).where(t.sources.c.code == code))


def insert_service(conn: Connection, service: DataService) -> None:
    conn.execute(
        insert(t.services).values(
            provider=service.provider,
            code=service.code,
            version=service.version,
            dataset=service.dataset,
            title=service.title,
            query=service.query,
            fields=list(service.fields),
            personal=service.personal,
            title_en=service.title_en,
            description=service.description,
            description_en=service.description_en,
            legal_basis=service.legal_basis,
            purposes=list(service.purposes) if service.purposes else None,
            subject_column=service.subject_column,
            published_by=service.published_by,
        )
    )
    if service.parameters:
        conn.execute(
            insert(t.service_parameters),
            [
                {
                    "provider": service.provider,
                    "code": service.code,
                    "version": service.version,
                    "name": parameter.name,
                    "position": position,
                    "type": parameter.type,
                    "subject": parameter.subject,
                }
                for position, parameter in enumerate(service.parameters)
            ],
        )


def insert_retirement(conn: Connection, key: tuple[str, str, str], retirement: Retirement) -> None:
    conn.execute(
        insert(t.service_retirements).values(
            provider=key[0],
            code=key[1],
            version=key[2],
            sunset=retirement.sunset,
            replaced_by=retirement.replaced_by.rsplit("/", 1)[-1],
            actor=retirement.actor,
            retired_at=retirement.retired_at,
        )
    )


def delete_service(conn: Connection, key: tuple[str, str, str]) -> None:
    p, s, r_ = t.service_parameters, t.services, t.service_retirements
    conn.execute(
        delete(r_).where(r_.c.provider == key[0], r_.c.code == key[1], r_.c.version == key[2])
    )
    conn.execute(delete(p).where(p.c.provider == key[0], p.c.code == key[1], p.c.version == key[2]))
    conn.execute(delete(s).where(s.c.provider == key[0], s.c.code == key[1], s.c.version == key[2]))


# ---- profiles and personal-data declarations ----------------------------------------------
def save_profile(conn: Connection, profile: DatasetProfile) -> None:
    """Store ``profile`` as the dataset's last one, keeping the one it replaces under
    ``previous`` (one level deep) so drift between the two can be measured."""
    row = conn.execute(
        select(t.profiles.c.profile, t.profiles.c.profiled_at).where(
            t.profiles.c.dataset == profile.dataset
        )
    ).first()
    document = profile.as_dict()
    if row is not None:
        before = {k: v for k, v in dict(row.profile).items() if k != "previous"}
        when = row.profiled_at
        before["profiled_at"] = when.isoformat() if when is not None else None
        document["previous"] = before
    conn.execute(delete(t.profiles).where(t.profiles.c.dataset == profile.dataset))
    conn.execute(insert(t.profiles).values(dataset=profile.dataset, profile=document))


def load_previous_profile(conn: Connection, dataset_id: str) -> DatasetProfile | None:
    """The profile the last one replaced (``None`` when the dataset was profiled once)."""
    row = conn.execute(
        select(t.profiles.c.profile).where(t.profiles.c.dataset == dataset_id)
    ).first()
    previous = None if row is None else dict(row.profile).get("previous")
    from lienthong.profiling import DatasetProfile

    return None if not previous else DatasetProfile.from_dict(previous)


def load_profile(conn: Connection, dataset_id: str) -> DatasetProfile | None:
    row = conn.execute(
        select(t.profiles.c.profile).where(t.profiles.c.dataset == dataset_id)
    ).first()
    from lienthong.profiling import DatasetProfile

    return None if row is None else DatasetProfile.from_dict(row.profile)


def set_column_flags(conn: Connection, dataset_id: str, name: str, flags: Sequence[str]) -> None:
    conn.execute(
        update(t.columns)
        .where(t.columns.c.dataset == dataset_id, t.columns.c.name == name)
        .values(flags=list(flags))
    )


def not_personal(conn: Connection, dataset_id: str) -> dict[str, dict[str, str]]:
    """Columns declared non-personal: name -> {reason, actor}."""
    rows = conn.execute(select(t.not_personal).where(t.not_personal.c.dataset == dataset_id))
    return {r.name: {"reason": r.reason, "actor": r.actor} for r in rows}


def insert_not_personal(
    conn: Connection, dataset_id: str, name: str, *, reason: str, actor: str
) -> None:
    conn.execute(
        insert(t.not_personal).values(dataset=dataset_id, name=name, reason=reason, actor=actor)
    )


def delete_not_personal(conn: Connection, dataset_id: str, name: str) -> None:
    conn.execute(
        delete(t.not_personal).where(
            t.not_personal.c.dataset == dataset_id, t.not_personal.c.name == name
        )
    )
