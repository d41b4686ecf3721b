"""Every package's public facade: an ``__all__`` whose names all resolve (httpx's rule).

Its order is ruff's job (RUF022, isort-style), so the two never disagree.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import lienthong

PACKAGES = sorted(
    name
    for _, name, is_package in pkgutil.walk_packages(lienthong.__path__, "lienthong.")
    if is_package and not name.rsplit(".", 1)[-1].startswith("_")
)


@pytest.mark.parametrize("package", ["lienthong", *PACKAGES])
def test_all_resolves(package: str) -> None:
    module = importlib.import_module(package)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{package} has no public facade (__all__)"
    assert len(set(exported)) == len(exported), f"{package}.__all__ repeats a name"
    for name in exported:
        assert hasattr(module, name), f"{package}.__all__ names missing {name}"


def test_every_module_stays_small() -> None:
    """One idea per module: nothing over 500 lines (STYLE.md)."""
    from pathlib import Path

    root = Path(lienthong.__file__).parent
    too_big = {
        str(path.relative_to(root)): n
        for path in root.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert not too_big
