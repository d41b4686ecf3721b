"""Where the platform lives: finding the home the way git finds its repository.

A command run in the wrong folder used to work on ``./lienthong-demo`` there, and a read-only
command silently created an empty platform. Now ``LIENTHONG_HOME`` wins when set (see
``lienthong.config``); otherwise the current folder and then each parent is asked in turn.
This module imports nothing heavy: the CLI's ``demo`` reads its constants at start-up.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEMO_MARKER", "HOME_FOLDER", "STORE_FILE", "find_home", "is_home"]

#: The folder ``lienthong demo`` builds by default, looked for in the current folder and above.
HOME_FOLDER = "lienthong-demo"
#: What makes a folder a platform home: its SQLite store, or the marker ``lienthong demo`` writes.
STORE_FILE = "platform.db"
DEMO_MARKER = ".lienthong-demo"


def is_home(folder: Path) -> bool:
    """Whether ``folder`` holds a platform (its store file or the demo's marker)."""
    return (folder / STORE_FILE).is_file() or (folder / DEMO_MARKER).is_file()


def find_home(start: Path | None = None) -> Path:
    """The platform home for a command run in ``start`` (default: the current folder).

    Like git looking for ``.git``: walk from ``start`` up to the root, and at each folder take
    the folder itself if it is a home, else its ``lienthong-demo/`` if that is one. Nothing
    found: ``start/lienthong-demo`` (which may not exist yet).
    """
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        for candidate in (folder, folder / HOME_FOLDER):
            if is_home(candidate):
                return candidate
    return here / HOME_FOLDER
