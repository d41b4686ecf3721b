from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from lienthong.errors import ConfigError, SourceUnavailableError
from lienthong.store import Store


def test_sqlite_store_creates_its_folder_and_uses_wal(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'deep' / 'platform.db'}")
    with store.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert (tmp_path / "deep" / "platform.db").exists()


def test_bad_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        Store.open("not a url")


def test_unreachable_postgres_says_so() -> None:
    with pytest.raises(SourceUnavailableError, match="cannot be reached"):
        Store.open("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


@pytest.mark.integration
def test_postgres_store(pg_url: str) -> None:
    store = Store.open(pg_url)
    assert store.dialect == "postgresql"
    store.close()
