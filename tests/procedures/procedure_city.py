"""A generated synthetic city imported into a platform store, with the gateway over its real
registers and the platform's portal client granted what every shipped procedure prefills."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI

from lienthong.city import CityConfig, generate_city
from lienthong.config import Settings
from lienthong.exchange import ClientDirectory, ConsentRegistry, RightsBook
from lienthong.procedures import PORTAL_CLIENT, SHIPPED, Catalogue, load_catalogue
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


def build_city(folder: Path, people: int = 800) -> ProcedureCity:
    generate_city(CityConfig(people=people, seed=57, out=folder / "city"))
    store = Store.open(f"sqlite:///{folder / 'platform.db'}")
    Registry(store).import_manifest(folder / "city" / "manifest.json")
    app = create_app(Settings(home=folder, dev_mode=False), store, json_logs=False)
    catalogue = load_catalogue(SHIPPED)
    ClientDirectory(store).ensure(PORTAL_CLIENT, "Cổng dịch vụ công lienthong", agency="LIENTHONG")
    rights = RightsBook(store)
    for procedure in catalogue.procedures.values():
        rights.define_purpose(procedure.code, procedure.name.vi, legal_basis=procedure.legal_basis)
        for ref, fields in procedure.services.items():  # each data owner's grant to the portal
            rights.grant(PORTAL_CLIENT, ref, procedure.code, fields)
    return ProcedureCity(folder, store, app, catalogue, app.state.exchange.gateway.consents)
