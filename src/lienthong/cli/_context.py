"""Shared state for commands: the settings and the platform store, opened once.

Both load on first use, so that ``--help`` and commands that need no store stay fast. The
platform home is found as git finds its repository (``lienthong.config.find_home``); a command
never creates a platform by accident: only those that register something may start one.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lienthong.cli._output import err_console
from lienthong.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from lienthong.config import Settings
    from lienthong.store import Store


@lru_cache(maxsize=1)
def settings() -> Settings:
    from lienthong.config import Settings

    current = Settings()
    if "LIENTHONG_HOME" not in os.environ and current.store_url is None:
        here = Path.cwd().absolute()
        if current.home.exists() and current.home not in (here, here / "lienthong-demo"):
            # Found in a parent folder: say so, a person may not expect it.
            err_console.print(
                f"[dim]Platform home: {current.home} (found above the current folder; "
                "set LIENTHONG_HOME to choose another)[/]",
                highlight=False,
            )
    return current


def open_store(current: Settings | None = None, *, create: bool = False) -> Store:
    """The platform store; a missing SQLite platform is created only when ``create`` is set.

    Without this check ``lienthong registry list`` run in the wrong folder silently made an
    empty platform there and listed nothing, as if the catalog had been wiped.
    """
    from lienthong.store import Store

    current = current or settings()
    if not current.store_exists:
        if not create:
            raise NotFoundError(
                _missing(current.home),
                hint="Run `lienthong demo` to build one, `lienthong registry import MANIFEST` to"
                " start one here, cd to the folder that holds it, or set LIENTHONG_HOME.",
            )
        err_console.print(f"Starting a new platform in {current.home}", highlight=False)
    return Store.open(current.resolved_store_url)


def _missing(home: Path) -> str:
    if "LIENTHONG_HOME" in os.environ:
        return f"LIENTHONG_HOME is {home}, which holds no platform (no platform.db)."
    return (
        f"No lienthong platform in {Path.cwd()} or any folder above it "
        "(a folder holding platform.db, or a lienthong-demo/ that does)."
    )


def cut_off(text: str) -> datetime:
    """A retention command's ``--before``: an ISO date or date-time; one without a zone is UTC
    (the time zone the audit log and the quality history are written in)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"--before {text!r} is not a date: give YYYY-MM-DD.") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
