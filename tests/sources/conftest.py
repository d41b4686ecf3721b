"""Fixtures: the same Vietnamese table in SQLite, PostgreSQL and MariaDB (``source_engines``).

The server databases are created once per test module (the tests only read them), the way the
root ``pg_url`` / ``mariadb_url`` fixtures do it, because creating a PostgreSQL database costs
about a second on the shared machine.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from source_engines import DDL, ROWS, SLOW, Engine, fill_sqlalchemy
from sqlalchemy import create_engine, text

PG_ADMIN_URL = os.environ.get("LIENTHONG_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
MARIADB_ADMIN_URL = os.environ.get("LIENTHONG_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306")


def require_service(name: str, port: int) -> None:
    """As the root conftest: skip on a laptop without the server, fail under CI=true."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        message = f"{name} is not running on 127.0.0.1:{port}"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}; CI must run integration tests")
        pytest.skip(message)


def _server_database(kind: str) -> Iterator[str]:
    name = f"lt_test_{uuid.uuid4().hex[:12]}"
    if kind == "postgresql":
        require_service("PostgreSQL", 5432)
        admin = create_engine(f"{PG_ADMIN_URL}/postgres", isolation_level="AUTOCOMMIT")
        create, drop = f'CREATE DATABASE "{name}"', f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
        url = f"{PG_ADMIN_URL}/{name}"
    else:
        require_service("MariaDB", 3306)
        admin = create_engine(f"{MARIADB_ADMIN_URL}/", isolation_level="AUTOCOMMIT")
        create = f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
        drop = f"DROP DATABASE IF EXISTS `{name}`"
        url = f"{MARIADB_ADMIN_URL}/{name}?charset=utf8mb4"
    with admin.connect() as conn:
        conn.execute(text(create))
    try:
        fill_sqlalchemy(url, kind)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(drop))
        admin.dispose()


def make_sqlite(path: Path) -> str:
    con = sqlite3.connect(path)
    con.execute(DDL["sqlite"])
    con.executemany("INSERT INTO cong_dan VALUES (?, ?, ?, ?)", ROWS)
    con.commit()
    con.close()
    return str(path)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return make_sqlite(tmp_path / "population.db")


@pytest.fixture(
    scope="module",
    params=[
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.integration),
        pytest.param("mariadb", marks=pytest.mark.integration),
    ],
)
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    name: str = request.param
    if name == "sqlite":
        yield Engine(name, make_sqlite(tmp_path_factory.mktemp("sqlite") / "p.db"), SLOW[name])
        return
    for url in _server_database(name):
        yield Engine(name, url, SLOW[name])
