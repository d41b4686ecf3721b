"""Migration 0006 (published services): a store at 0004 holding a service keeps it, and the
upgraded store publishes and retires (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from lienthong.registry import PublishSpec, Registry
from lienthong.store import Store, _migrate


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'platform.db'}"
    found: str = request.getfixturevalue("pg_url")
    return found


def _population(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE cong_dan (so_dinh_danh TEXT PRIMARY KEY, ho_ten TEXT)")
    con.execute("INSERT INTO cong_dan VALUES ('079090000001', 'Nguyễn Văn An')")
    con.commit()
    con.close()
    return path


def test_a_store_at_0004_keeps_its_services_and_then_publishes(url: str, tmp_path: Path) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), "0004")
        conn.execute(text("INSERT INTO registry_agencies (code, name) VALUES ('CA-HCM', 'CA')"))
        conn.execute(
            text(
                "INSERT INTO registry_sources (code, agency, kind, url) VALUES"
                " ('population', 'CA-HCM', 'sqlite', :url)"
            ),
            {"url": str(_population(tmp_path / "population.db"))},
        )
        conn.execute(
            text(
                "INSERT INTO registry_datasets (id, source, table_name, key) VALUES"
                " ('population.cong_dan', 'population', 'cong_dan', '[\"so_dinh_danh\"]')"
            )
        )
        for position, (name, flags) in enumerate(
            (("so_dinh_danh", '["personal", "cccd"]'), ("ho_ten", '["personal", "full_name"]'))
        ):
            conn.execute(
                text(
                    "INSERT INTO registry_columns (dataset, name, position, type, nullable,"
                    " flags) VALUES ('population.cong_dan', :name, :pos, 'TEXT', false, :flags)"
                ),
                {"name": name, "pos": position, "flags": flags},
            )
        conn.execute(
            text(
                "INSERT INTO registry_services (provider, code, version, dataset, title, query,"
                " fields, personal) VALUES ('CA-HCM', 'cong-dan', 'v1', 'population.cong_dan',"
                " 'Tra cứu', 'SELECT ho_ten FROM cong_dan WHERE so_dinh_danh = \\:cccd',"
                " '[\"ho_ten\"]', true)"
            )
        )
    engine.dispose()
    store = Store.open(url, upgrade=True)
    assert _migrate.state(store.engine).current
    registry = Registry(store)
    old = registry.get_service("CA-HCM", "cong-dan", "v1")
    assert old.fields == ("ho_ten",) and old.personal
    assert old.purposes == () and old.subject_column is None and old.retirement is None
    new = registry.publish_service(
        PublishSpec(
            "CA-HCM",
            "cong-dan",
            "v2",
            "population.cong_dan",
            lookup=("so_dinh_danh",),
            fields=("ho_ten",),
            purposes=("BHYT-CAP-THE",),
        )
    ).service
    assert new.subject_column == "so_dinh_danh" and new.purposes == ("BHYT-CAP-THE",)
    registry.retire_service(
        "CA-HCM",
        "cong-dan",
        "v1",
        sunset=datetime(2999, 1, 1, tzinfo=UTC),
        replaced_by="v2",
        actor="operator:an",
    )
    retired = registry.get_service("CA-HCM", "cong-dan", "v1").retirement
    assert retired is not None and retired.sunset == datetime(2999, 1, 1, tzinfo=UTC)
    store.close()
