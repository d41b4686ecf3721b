"""Start-up loads only what a command uses (issue 11 item 15: every command took 1.6-3.3 s).

Wall-clock goals are measured by bench/cli.py (timings on a shared machine are noise for a test);
what makes them reachable is that heavy libraries are imported lazily, and that is exact.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lienthong.store import Store

HEAVY = {
    "alembic", "duckdb", "fastapi", "jwt", "markdown_it", "numpy", "openpyxl", "pandas", "psycopg",
    "pyarrow", "pydantic", "pydantic_settings", "pygments", "pymysql", "rich", "splink",
    "sqlalchemy", "starlette", "uvicorn", "yaml",
}  # fmt: skip
#: What listing the registry really needs: settings (pydantic), the store (SQLAlchemy) and the
#: tables' printer (rich). Not DuckDB (profiling), psycopg (a SQLite store) nor Alembic (the
#: schema revision is read with one SELECT).
REGISTRY_LIST_NEEDS = {"pydantic", "pydantic_settings", "rich", "sqlalchemy"}

PROBE = """
import json, sys
sys.argv = ["lienthong", *sys.argv[1:]]
from lienthong.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def loaded(*args: str, home: Path) -> set[str]:
    env = dict(os.environ, LIENTHONG_HOME=str(home))
    env.pop("LIENTHONG_STORE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stderr.rsplit("MODULES ", 1)[1])
    return set(modules) & HEAVY


def test_help_imports_no_heavy_library(tmp_path: Path) -> None:
    # Not even rich: Typer's rich help loads Markdown and Pygments, half of the start-up.
    assert loaded("--help", home=tmp_path) == set()


@pytest.mark.parametrize("group", ["registry", "audit", "link", "sync", "quality"])
def test_a_group_help_imports_no_heavy_library(tmp_path: Path, group: str) -> None:
    # Typer itself builds each command's parameter types with pydantic: that one is Typer's.
    # Each group's help is Typer's rich help (rich, Markdown, Pygments): a person reads it.
    assert loaded(group, "--help", home=tmp_path) <= {"pydantic", "rich", "markdown_it", "pygments"}


def test_registry_list_imports_only_what_listing_needs(tmp_path: Path) -> None:
    Store.open(f"sqlite:///{tmp_path / 'platform.db'}").close()
    assert loaded("registry", "list", home=tmp_path) <= REGISTRY_LIST_NEEDS
