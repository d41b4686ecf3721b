"""Every package's public facade: a sorted ``__all__`` whose names all resolve (httpx's rule)."""

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
def test_all_is_sorted_and_resolves(package: str) -> None:
    module = importlib.import_module(package)
    exported = getattr(module, "__all__", None)
    if exported is None:
        pytest.skip(f"{package} has no public facade yet")
    assert list(exported) == sorted(exported), f"{package}.__all__ is not sorted"
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
