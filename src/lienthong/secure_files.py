"""Files that hold secrets or personal data: created 0600, in folders created 0700.

Keys, bearer tokens, the platform store (it holds CCCDs) and the audit witness are created
through these helpers so that no other user of the machine can read them, whatever the umask.
Existing folders are tightened only when they were created for the platform (``private_dir``
with ``tighten=True``); a folder the user chose, such as ``/tmp``, is left as it is.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: Path, *, tighten: bool = False) -> Path:
    """Create ``path`` (and missing parents) mode 0700; with ``tighten``, chmod it if it exists."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # another process made it first
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by the umask; chmod is not
    if tighten and not missing:
        os.chmod(path, PRIVATE_DIR)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` mode 0600 (replacing it), its folder created 0700."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), PRIVATE_FILE)  # an existing file keeps its mode otherwise
        handle.write(data)


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner (0600); no-op when it does not exist."""
    try:
        os.chmod(path, PRIVATE_FILE)
    except FileNotFoundError:
        return
