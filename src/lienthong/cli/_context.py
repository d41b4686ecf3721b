"""Shared state for commands: the settings and the platform store, opened once."""

from __future__ import annotations

from functools import lru_cache

from lienthong.config import Settings
from lienthong.store import Store


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings()


def open_store(current: Settings | None = None) -> Store:
    return Store.open((current or settings()).resolved_store_url)
