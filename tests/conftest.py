"""Fixtures shared by every test package.

Integration fixtures give each test its own throwaway database on the real PostgreSQL and
MariaDB servers (and the real NATS server). When a service is down the test is skipped on a
laptop but FAILS under ``CI=true``: CI must never go green by skipping integration tests.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from lienthong.store import Store

# The machines that run the suite are shared: a property test's examples are checked, not timed
# (a per-example deadline only made slow moments fail unrelated tests).
hypothesis_settings.register_profile("shared-machine", deadline=None)
hypothesis_settings.load_profile("shared-machine")

# Rich wraps at the terminal width (80 without a terminal, as in CI): tests read whole sentences.
os.environ["COLUMNS"] = "200"

PG_ADMIN_URL = os.environ.get("LIENTHONG_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
MARIADB_ADMIN_URL = os.environ.get("LIENTHONG_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306")
NATS_URL = os.environ.get("LIENTHONG_TEST_NATS", "nats://127.0.0.1:4222")


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def require_service(name: str, port: int) -> None:
    if _port_open(port):
        return
    message = f"{name} is not running on 127.0.0.1:{port}"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{message}; CI must run integration tests (scripts/services.sh starts it)")
    pytest.skip(message)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database; dropped afterwards."""
    from sqlalchemy import create_engine, text

    require_service("PostgreSQL", 5432)
    name = f"lt_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{PG_ADMIN_URL}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_ADMIN_URL}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def mariadb_url() -> Iterator[str]:
    """A fresh, empty MariaDB database; dropped afterwards."""
    from sqlalchemy import create_engine, text

    require_service("MariaDB", 3306)
    name = f"lt_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{MARIADB_ADMIN_URL}/", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"))
    try:
        yield f"{MARIADB_ADMIN_URL}/{name}?charset=utf8mb4"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
        admin.dispose()


@pytest.fixture
def nats_url() -> str:
    require_service("NATS", 4222)
    return NATS_URL


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The platform store on SQLite and on PostgreSQL: the same code must behave alike on both."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'platform.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    opened = Store.open(url)
    yield opened
    opened.close()
