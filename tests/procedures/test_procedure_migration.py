"""Migration 0008 on a store holding dossiers: they keep every value, gain an empty verdict
list, and correction requests can be stored against them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from lienthong.procedures import SHIPPED, Component, Corrections, Dossiers, load_catalogue
from lienthong.store import Store, _migrate

CCCD = "079090000001"
COMPONENTS = [
    {"name": "ho_ten", "value": "Nguyễn Văn An", "reused": True, "source": "CA-HCM/cong-dan/v1"},
    {"name": "ly_do", "value": "vay vốn", "reused": False, "source": None},
]


def test_a_store_with_dossiers_upgrades(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), "0007")
        conn.execute(
            text(
                "INSERT INTO procedure_dossier (id, procedure, agency, subject, status,"
                " created_ts, submitted_ts, components) VALUES (:id, 'SANDBOX-CT-01', 'CA-HCM',"
                " '079090000001', 'submitted', 1.0, 2.0, :components)"
            ),
            {"id": "0" * 8 + "-0000-0000-0000-" + "0" * 12, "components": json.dumps(COMPONENTS)},
        )
    assert _migrate.upgrade(engine) == ("0007", _migrate.head())
    engine.dispose()
    store = Store.open(url)
    try:
        [dossier] = Dossiers(store).queue("CA-HCM")
        assert dossier.components == COMPONENTS and dossier.eligibility is None
        assert Corrections(store).find(None, status=None) == []
        [figures] = Dossiers(store).stats()  # counted during the upgrade
        assert (figures["dossiers"], figures["reusing_data"], figures["fields_prefilled"]) == (
            1,
            1,
            1,
        )
    finally:
        store.close()


@pytest.mark.parametrize(
    "engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)]
)
def test_the_stored_figures_follow_submissions_and_decisions(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        request.getfixturevalue("pg_url")
        if engine == "postgresql"
        else (f"sqlite:///{tmp_path / 'platform.db'}")
    )
    store = Store.open(url)
    procedure = load_catalogue(SHIPPED).get("SANDBOX-CT-01")
    reused = [
        Component("ho_ten", "Nguyễn Văn An", True, "CA-HCM/cong-dan/v1", "r1"),
        Component("ngay_sinh", "1990-01-02", True, "CA-HCM/cong-dan/v1", "r1"),
        Component("thuong_tru_dia_chi", None, False, unavailable="down"),
        Component("ly_do", None, False),
    ]
    typed = {"thuong_tru_dia_chi": "12 Lê Lợi", "ly_do": "vay vốn"}
    try:
        dossiers = Dossiers(store)
        ids = []
        for flagged in (set(), {"ho_ten"}, set()):
            draft = dossiers.draft(procedure, CCCD, reused)
            ids.append(dossiers.submit(procedure, draft.id, CCCD, typed, flagged).id)
        by_hand = dossiers.draft(procedure, CCCD, [Component(c.name, None, False) for c in reused])
        dossiers.submit(
            procedure, by_hand.id, CCCD, typed | {"ho_ten": "A", "ngay_sinh": "B"}, set()
        )
        for dossier_id in ids[:2]:
            dossiers.decide(dossier_id, approve=True, officer="ca", agency="CA-HCM", reason="")
        [figures] = dossiers.stats()
        assert figures == {
            "procedure": "SANDBOX-CT-01",
            "agency": "CA-HCM",
            "dossiers": 4,
            "reusing_data": 3,
            "reuse_share": 0.75,
            "fields_prefilled": 6,
            "flagged_wrong": 1,
            "papers_avoided": 2,  # the ID copy, twice: not when its name was flagged wrong
            "decided": 2,
            "median_decision_s": figures["median_decision_s"],
        }
        assert figures["median_decision_s"] is not None and figures["median_decision_s"] >= 0
    finally:
        store.close()
