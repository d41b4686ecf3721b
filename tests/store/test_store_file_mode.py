"""A new SQLite platform store is owner-only: it holds consents, rights and the audit log."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from lienthong.store import Store


def test_a_new_store_file_is_0600_in_a_new_folder_0700(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        store = Store.open(f"sqlite:///{tmp_path / 'made' / 'platform.db'}")
        store.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "made" / "platform.db").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "made").stat().st_mode) == 0o700
    for sidecar in (tmp_path / "made").glob("platform.db-*"):  # WAL and shared memory
        assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600, sidecar


def test_an_existing_store_and_folder_keep_their_modes(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)  # a folder the user chose
    path = tmp_path / "platform.db"
    Store.open(f"sqlite:///{path}").close()
    os.chmod(path, 0o640)  # the operator's choice (e.g. a backup group)
    Store.open(f"sqlite:///{path}").close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
