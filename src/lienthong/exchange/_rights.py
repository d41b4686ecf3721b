"""Access rights: which client system may call which data service, for which purpose, and
which fields it may receive. Nothing is allowed unless a right says so."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, bindparam, delete, select

from lienthong.errors import InputError, NotFoundError
from lienthong.exchange._model import Purpose, Right, ServiceRef, check_purpose, utcnow
from lienthong.exchange._tables import purposes, rights
from lienthong.store import Store


def _fields(value: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(f.strip() for f in value if f.strip()))
    if not cleaned:
        raise InputError("A right must grant at least one field.", hint="Pass --fields a,b,c.")
    return cleaned


#: Built once: the per-call look-up is on the gateway's hot path (compiled form cached).
_FOR_SERVICE = select(rights.c.purpose, rights.c.fields).where(
    rights.c.client == bindparam("client"),
    rights.c.provider == bindparam("provider"),
    rights.c.service == bindparam("service"),
    rights.c.version == bindparam("version"),
)


def _granted(rows: Iterable[Row[Any]]) -> dict[str, tuple[str, ...]]:
    return {r.purpose: tuple(json.loads(r.fields)) for r in rows}


class RightsBook:
    """Purposes (legal-basis codes) and the rights granted against them."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # purposes -------------------------------------------------------------------------------

    def define_purpose(self, code: str, title: str, *, legal_basis: str | None = None) -> Purpose:
        """Create or update the purpose ``code`` (the text citizens read in their access log)."""
        check_purpose(code)
        values = {"code": code, "title": title, "legal_basis": legal_basis}
        with self._store.begin() as conn:
            if conn.execute(select(purposes.c.code).where(purposes.c.code == code)).first():
                conn.execute(purposes.update().where(purposes.c.code == code).values(values))
            else:
                conn.execute(purposes.insert().values(values))
        return Purpose(code, title, legal_basis)

    def purposes(self) -> dict[str, Purpose]:
        with self._store.connect() as conn:
            rows = conn.execute(select(purposes).order_by(purposes.c.code)).all()
        return {r.code: Purpose(r.code, r.title, r.legal_basis) for r in rows}

    # rights ---------------------------------------------------------------------------------

    def grant(
        self,
        client: str,
        service: ServiceRef,
        purpose: str,
        fields: Sequence[str],
        *,
        service_fields: Sequence[str] | None = None,
    ) -> Right:
        """Grant (or replace) a right; ``service_fields`` guards against unknown field names."""
        granted = _fields(fields)
        if service_fields is not None:
            unknown = [f for f in granted if f not in service_fields]
            if unknown:
                raise InputError(
                    f"{service} has no field(s) {', '.join(unknown)}.",
                    hint=f"It returns: {', '.join(service_fields)}.",
                )
        if purpose not in self.purposes():
            raise NotFoundError(
                f"The purpose {purpose} is not defined.",
                hint="Define it first with `lienthong rights purpose CODE --title TEXT`.",
            )
        values = {
            "client": client,
            "provider": service.provider,
            "service": service.service,
            "version": service.version,
            "purpose": purpose,
            "fields": json.dumps(list(granted)),
            "granted_at": utcnow(),
        }
        with self._store.begin() as conn:
            conn.execute(delete(rights).where(*self._match(client, service, purpose)))
            conn.execute(rights.insert().values(values))
        return Right(client, service, purpose, granted)

    def revoke(self, client: str, service: ServiceRef, purpose: str) -> None:
        with self._store.begin() as conn:
            done = conn.execute(delete(rights).where(*self._match(client, service, purpose)))
        if done.rowcount == 0:
            raise NotFoundError(f"{client} holds no right to {service} for purpose {purpose}.")

    def all(self, client: str | None = None) -> list[Right]:
        query = select(rights).order_by(
            rights.c.client, rights.c.provider, rights.c.service, rights.c.purpose
        )
        if client is not None:
            query = query.where(rights.c.client == client)
        with self._store.connect() as conn:
            rows = conn.execute(query).all()
        return [
            Right(
                r.client,
                ServiceRef(r.provider, r.service, r.version),
                r.purpose,
                tuple(json.loads(r.fields)),
            )
            for r in rows
        ]

    def for_service(
        self, client: str, service: ServiceRef, *, conn: Connection | None = None
    ) -> dict[str, tuple[str, ...]]:
        """purpose → granted fields, for one client and one service (one indexed query)."""
        params = {
            "client": client,
            "provider": service.provider,
            "service": service.service,
            "version": service.version,
        }
        if conn is None:
            with self._store.connect() as own:
                return _granted(own.execute(_FOR_SERVICE, params))
        return _granted(conn.execute(_FOR_SERVICE, params))

    @staticmethod
    def _match(client: str, service: ServiceRef, purpose: str) -> list[ColumnElement[bool]]:
        return [
            rights.c.client == client,
            rights.c.provider == service.provider,
            rights.c.service == service.service,
            rights.c.version == service.version,
            rights.c.purpose == purpose,
        ]
