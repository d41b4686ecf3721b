"""A generated synthetic city imported into a platform store, with the gateway over its real
registers and the platform's portal client granted what every shipped procedure prefills."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI

from lienthong.city import CityConfig, generate_city
from lienthong.config import Settings
from lienthong.exchange import ClientDirectory, ConsentRegistry, RightsBook
from lienthong.procedures import (
    PORTAL_CLIENT,
    SHIPPED,
    Catalogue,
    Component,
    Dossier,
    Dossiers,
    load_catalogue,
    prefill,
    record_approval,
)
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.web import create_app


@dataclass
class ProcedureCity:
    folder: Path
    store: Store
    app: FastAPI
    catalogue: Catalogue
    consents: ConsentRegistry

    def query(self, source: str, sql: str, *params: object) -> list[tuple[object, ...]]:
        con = sqlite3.connect(self.folder / "city" / f"{source}.db")
        try:
            return con.execute(sql, params).fetchall()
        finally:
            con.close()


def build_city(folder: Path, people: int = 800, *, grants: bool = True) -> ProcedureCity:
    """``grants=False``: no right for the portal yet (what `procedures enable` adds)."""
    generate_city(CityConfig(people=people, seed=57, out=folder / "city"))
    store = Store.open(f"sqlite:///{folder / 'platform.db'}")
    Registry(store).import_manifest(folder / "city" / "manifest.json")
    app = create_app(Settings(home=folder, dev_mode=False), store, json_logs=False)
    catalogue = load_catalogue(SHIPPED)
    ClientDirectory(store).ensure(PORTAL_CLIENT, "Cổng dịch vụ công lienthong", agency="LIENTHONG")
    rights = RightsBook(store)
    for procedure in catalogue.procedures.values() if grants else ():
        rights.define_purpose(procedure.code, procedure.name.vi, legal_basis=procedure.legal_basis)
        for ref, fields in procedure.services.items():  # each data owner's grant to the portal
            rights.grant(PORTAL_CLIENT, ref, procedure.code, fields)
    return ProcedureCity(folder, store, app, catalogue, app.state.exchange.gateway.consents)


TODAY = dt.date.today()


def years_ago(years: int) -> str:
    try:
        return TODAY.replace(year=TODAY.year - years).isoformat()
    except ValueError:  # 29 February
        return TODAY.replace(year=TODAY.year - years, day=28).isoformat()


def parents_with_youngest(
    city: ProcedureCity, born_after: str, born_before: str
) -> list[tuple[str, str]]:
    """(parent, youngest living child) where that child was born in [born_after, born_before]."""
    rows = city.query(
        "population",
        "SELECT p.so_dinh_danh, (SELECT k.so_dinh_danh FROM cong_dan k WHERE k.ngay_mat IS NULL"
        " AND (k.so_dinh_danh_cha = p.so_dinh_danh OR k.so_dinh_danh_me = p.so_dinh_danh)"
        " ORDER BY k.ngay_sinh DESC LIMIT 1) AS child,"
        " (SELECT max(k.ngay_sinh) FROM cong_dan k WHERE k.ngay_mat IS NULL"
        " AND (k.so_dinh_danh_cha = p.so_dinh_danh OR k.so_dinh_danh_me = p.so_dinh_danh)) AS born"
        " FROM cong_dan p WHERE p.ngay_mat IS NULL AND born BETWEEN ? AND ?"
        " ORDER BY p.so_dinh_danh",
        born_after,
        born_before,
    )
    assert rows, "the generated city has no such parent"
    return [(str(r[0]), str(r[1])) for r in rows]


def parent_with_youngest(city: ProcedureCity, born_after: str, born_before: str) -> str:
    return parents_with_youngest(city, born_after, born_before)[0][0]


async def prefilled(city: ProcedureCity, code: str, cccd: str) -> dict[str, Component]:
    """The citizen approved the fetch, and prefill ran through the gateway."""
    procedure = city.catalogue.get(code)
    record_approval(city.consents, procedure, cccd)
    components = await prefill(city.app.state.exchange.gateway, procedure, cccd)
    return {c.name: c for c in components}


def submitted(
    city: ProcedureCity,
    code: str,
    cccd: str,
    found: dict[str, Component],
    flagged: set[str] | None = None,
    note: str | None = None,
    **typed: str,
) -> Dossier:
    procedure = city.catalogue.get(code)
    dossiers = Dossiers(city.store)
    draft = dossiers.draft(procedure, cccd, list(found.values()))
    return dossiers.submit(
        procedure, draft.id, cccd, typed, flagged or set(), today=TODAY, note=note
    )
