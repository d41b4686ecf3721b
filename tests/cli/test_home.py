"""Which platform a command works on: found like git finds its repository, never made by accident.

Issue 11 item 14: run from another folder, `lienthong registry list` silently created a new empty
platform there and listed nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lienthong.home import find_home
from lienthong.store import Store


def lienthong(cwd: Path, *args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("LIENTHONG_HOME", "LIENTHONG_STORE_URL")
    }
    if home is not None:
        env["LIENTHONG_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-c", "from lienthong.cli import main; main()", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A folder with no platform in it or above it (so the walk up finds only what a test made)."""
    assert find_home(tmp_path) == tmp_path / "lienthong-demo", (
        f"a platform home above {tmp_path} makes these tests meaningless: remove it"
    )
    return tmp_path


def make_platform(home: Path) -> None:
    Store.open(f"sqlite:///{home / 'platform.db'}").close()


def test_find_home_walks_up_to_the_nearest_home(root: Path) -> None:
    make_platform(root / "project" / "lienthong-demo")
    deep = root / "project" / "a" / "b"
    deep.mkdir(parents=True)
    assert find_home(deep) == root / "project" / "lienthong-demo"
    # Inside the home itself (e.g. cd lienthong-demo/city) the home is the folder above.
    (root / "project" / "lienthong-demo" / "city").mkdir()
    assert find_home(root / "project" / "lienthong-demo" / "city") == (
        root / "project" / "lienthong-demo"
    )
    # A folder holding platform.db is a home too, and the nearest one wins.
    make_platform(root / "project" / "a")
    assert find_home(deep) == root / "project" / "a"


def test_a_read_command_outside_any_home_refuses_and_creates_nothing(root: Path) -> None:
    result = lienthong(root, "registry", "list")
    assert result.returncode == 4, result.stderr
    said = " ".join(result.stderr.split())
    assert "No lienthong platform in" in said and "LIENTHONG_HOME" in said
    assert "Traceback" not in result.stderr
    assert list(root.iterdir()) == []  # no ./lienthong-demo/platform.db made behind our back


def test_lienthong_home_pointing_nowhere_is_named_in_the_error(root: Path) -> None:
    result = lienthong(root, "audit", "list", home=root / "elsewhere")
    assert result.returncode == 4
    assert "LIENTHONG_HOME is" in " ".join(result.stderr.split())
    assert not (root / "elsewhere").exists()


def test_a_command_in_a_subfolder_finds_the_home_above_and_says_so(root: Path) -> None:
    home = root / "lienthong-demo"
    registered = lienthong(root, "registry", "add-agency", "CA-HCM", "Công an", home=home)
    assert registered.returncode == 0, registered.stderr
    assert "Starting a new platform in" in registered.stderr  # registering may start one
    (root / "work" / "deep").mkdir(parents=True)
    result = lienthong(root / "work" / "deep", "registry", "list", "agencies", "--json")
    assert result.returncode == 0, result.stderr
    assert '"CA-HCM"' in result.stdout
    assert f"Platform home: {home}" in " ".join(result.stderr.split())
    assert not (root / "work" / "deep" / "lienthong-demo").exists()
