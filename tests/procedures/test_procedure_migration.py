"""Migration 0005 on a store holding dossiers: they keep every value, gain an empty verdict
list, and correction requests can be stored against them."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from lienthong.procedures import Corrections, Dossiers
from lienthong.store import Store, _migrate

COMPONENTS = [
    {"name": "ho_ten", "value": "Nguyễn Văn An", "reused": True, "source": "CA-HCM/cong-dan/v1"},
    {"name": "ly_do", "value": "vay vốn", "reused": False, "source": None},
]


def test_a_store_with_dossiers_upgrades(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), "0004")
        conn.execute(
            text(
                "INSERT INTO procedure_dossier (id, procedure, agency, subject, status,"
                " created_ts, submitted_ts, components) VALUES (:id, 'SANDBOX-CT-01', 'CA-HCM',"
                " '079090000001', 'submitted', 1.0, 2.0, :components)"
            ),
            {"id": "0" * 8 + "-0000-0000-0000-" + "0" * 12, "components": json.dumps(COMPONENTS)},
        )
    assert _migrate.upgrade(engine) == ("0004", _migrate.head())
    engine.dispose()
    store = Store.open(url)
    try:
        [dossier] = Dossiers(store).queue("CA-HCM")
        assert dossier.components == COMPONENTS and dossier.eligibility is None
        assert Corrections(store).find(None, status=None) == []
    finally:
        store.close()
