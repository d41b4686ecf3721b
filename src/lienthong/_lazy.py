"""Package facades that import their modules on first use (PEP 562).

``Store.open`` imports every package's tables, and a package's facade used to import all of its
modules with them: listing the registry loaded DuckDB, pyarrow, openpyxl, the MySQL and
PostgreSQL drivers and the JWT library, and took seconds. A lazy facade lists its public names
once, as ordinary imports under ``if TYPE_CHECKING:`` (what mypy and a reader see), and ends
with::

    if not TYPE_CHECKING:
        __getattr__, __dir__ = lazy_facade(__name__, __file__)

The first read of a name imports the module that block names for it; ``tests/test_public_api``
reads every name of every ``__all__``, so a facade whose block and ``__all__`` disagree fails.
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["lazy_facade"]


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _exports(init_file: str) -> dict[str, tuple[str, str]]:
    """Public name → (module, attribute), read from the facade's ``if TYPE_CHECKING:`` block."""
    tree = ast.parse(Path(init_file).read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom) and statement.module:
                    for alias in statement.names:
                        found[alias.asname or alias.name] = (statement.module, alias.name)
    return found


def lazy_facade(
    package: str, init_file: str
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of a lazy facade (see the module docstring)."""
    exports = cache(lambda: _exports(init_file))

    def __getattr__(name: str) -> Any:
        target = exports().get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(target[0]), target[1])
        setattr(sys.modules[package], name, value)  # later reads skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *exports()})

    return __getattr__, __dir__
