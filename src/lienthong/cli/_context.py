"""Shared state for commands: the settings and the platform store, opened once.

Both load on first use, so that ``--help`` and commands that need no store stay fast.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lienthong.config import Settings
    from lienthong.store import Store


@lru_cache(maxsize=1)
def settings() -> Settings:
    from lienthong.config import Settings

    return Settings()


def open_store(current: Settings | None = None) -> Store:
    from lienthong.store import Store

    return Store.open((current or settings()).resolved_store_url)
