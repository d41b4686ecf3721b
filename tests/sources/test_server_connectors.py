"""What only database servers do: read-only sessions, unreachable hosts, credentials."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text

from lienthong.errors import InputError, SourceUnavailableError
from lienthong.sources import open_connector_url


@pytest.mark.integration
def test_postgres_runs_every_query_in_a_read_only_transaction(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id int)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
    with open_connector_url(pg_url) as connector:
        assert connector.fetch("SELECT current_setting('transaction_read_only') AS ro") == [
            {"ro": "on"}
        ]
        # a data-modifying CTE passes the SELECT check but the server refuses it
        with pytest.raises(InputError, match="read-only"):
            connector.fetch("WITH d AS (DELETE FROM t RETURNING id) SELECT id FROM d")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 1
    engine.dispose()


@pytest.mark.integration
def test_mariadb_sessions_are_read_only_and_utf8mb4(mariadb_url: str) -> None:
    with open_connector_url(mariadb_url) as connector:
        (row,) = connector.fetch("SELECT @@tx_read_only AS ro, @@character_set_client AS cs")
    assert row == {"ro": 1, "cs": "utf8mb4"}


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://postgres@127.0.0.1:1/nothing",
        "mysql+pymysql://root@127.0.0.1:1/nothing",
    ],
)
def test_a_refused_connection_is_unavailable_with_an_actionable_sentence(url: str) -> None:
    with open_connector_url(url, timeout_s=1) as connector:
        with pytest.raises(SourceUnavailableError, match="cannot be reached") as caught:
            connector.fetch("SELECT 1 AS one")
        assert caught.value.hint is not None and "server is running" in caught.value.hint
        with pytest.raises(SourceUnavailableError):
            connector.introspect()


@pytest.mark.slow
@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://postgres@10.255.255.1:5432/x",
        "mysql+pymysql://root@10.255.255.1:3306/x",
    ],
)
def test_a_host_that_never_answers_fails_within_the_connect_timeout(url: str) -> None:
    started = time.monotonic()
    with open_connector_url(url, timeout_s=1) as connector, pytest.raises(SourceUnavailableError):
        connector.fetch("SELECT 1 AS one")
    assert time.monotonic() - started < 4  # libpq's connect_timeout is at least 2 s


@pytest.mark.integration
def test_passwords_never_appear_in_messages(pg_url: str) -> None:
    url = pg_url.replace("postgres@", "postgres:s3cret@").rsplit("/", 1)[0] + "/no_such_db"
    with open_connector_url(url) as connector:
        with pytest.raises(SourceUnavailableError) as caught:
            connector.fetch("SELECT 1 AS one")
        assert "s3cret" not in str(caught.value)


@pytest.mark.integration
def test_a_pooled_connection_the_server_dropped_is_replaced_transparently(pg_url: str) -> None:
    with open_connector_url(pg_url) as connector:
        (first,) = connector.fetch("SELECT pg_backend_pid() AS pid")
        engine = create_engine(pg_url)
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first["pid"]})
        engine.dispose()
        (second,) = connector.fetch("SELECT pg_backend_pid() AS pid")
    assert second["pid"] != first["pid"]


@pytest.mark.integration
def test_a_dropped_mariadb_connection_is_replaced_transparently(mariadb_url: str) -> None:
    with open_connector_url(mariadb_url) as connector:
        (first,) = connector.fetch("SELECT CONNECTION_ID() AS id")
        engine = create_engine(mariadb_url)
        with engine.connect() as conn:
            conn.execute(text(f"KILL {int(first['id'])}"))
        engine.dispose()
        (second,) = connector.fetch("SELECT CONNECTION_ID() AS id")
    assert second["id"] != first["id"]
