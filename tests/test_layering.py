"""The packages form one-way layers: no import goes up, so no package cycle can come back.

Every ``import lienthong.X`` and ``from lienthong.X import …`` in every module counts, at module
level or inside a function (a lazy import is still a dependency), so does a module named in a
string and loaded with ``importlib``: those are refused outright, because mypy cannot see them.

Regression for the hardening issue, item 19: the capability routers imported ``web._problems``
while ``web`` imported them back (exchange ↔ web), and ``store.TABLE_MODULES``,
``web.ROUTERS`` and ``quality/_live.py`` hid dependencies in strings, and five capability
packages held a ``_demo.py`` step (``exchange._demo`` imported the web app): the steps are now
one ``lienthong.demo`` package above ``web``, and no upward import is allowed for them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "lienthong"

#: Each top-level module or package of ``lienthong``, bottom layer first. A module may import
#: from its own package and from any package of a lower layer, never from its own layer or above.
LAYERS: list[set[str]] = [
    {"errors", "bounds", "_lazy", "home", "secure_files", "ratelimit", "_signed"},
    {"config", "problems"},
    {"store"},
    {"identifiers", "names", "geo", "sources"},
    {"normalize", "city", "profiling"},
    {"registry", "audit"},
    {"exchange", "eid"},
    {"sync", "linkage", "client"},
    {"procedures"},  # reads sync's change log to close corrections a source has made
    {"quality"},
    {"dashboard"},
    {"web"},
    {"demo"},
    {"cli"},
]
RANK = {name: rank for rank, layer in enumerate(LAYERS) for name in layer}

#: The upward imports the design allows, each (importing module, imported module) with why.
ALLOWED_UP: dict[tuple[str, str], str] = {
    # The store creates every table: it imports each capability's ``_tables`` module, which
    # itself imports nothing but the store (checked below).
    **{
        ("lienthong.store._migrate", f"lienthong.{name}._tables"): "schema"
        for name in ("audit", "exchange", "linkage", "procedures", "quality", "registry", "sync")
    },
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, int]]:
    """Every ``lienthong.…`` module ``path`` imports (absolute imports; the package uses no
    relative ones), with the line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}:{node.lineno}: use an absolute import"
            found += [(node.module, node.lineno)]
            # ``from lienthong.x import _tables`` imports the module lienthong.x._tables
            found += [(f"{node.module}.{alias.name}", node.lineno) for alias in node.names]
    return [(name, line) for name, line in found if name.startswith("lienthong.")]


def _top(module: str) -> str:
    return module.split(".")[1]


def _existing(module: str) -> bool:
    relative = Path(*module.split(".")[1:])
    return (SRC / relative).with_suffix(".py").exists() or (SRC / relative).is_dir()


MODULES = sorted(p for p in SRC.rglob("*.py") if "migrations" not in p.parts)


def test_every_top_level_name_has_a_layer() -> None:
    names = {p.stem if p.is_file() else p.name for p in SRC.iterdir()}
    names = {n for n in names if not n.startswith("__") and n != "py"}
    unplaced = {n for n in names if (SRC / n).is_dir() or (SRC / f"{n}.py").exists()} - set(RANK)
    assert not unplaced, f"place these in LAYERS: {sorted(unplaced)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_no_import_goes_up_a_layer(path: Path) -> None:
    source = _module_name(path)
    if source == "lienthong":
        return  # the root facade names the public API of every layer, importing lazily
    mine = _top(source)
    wrong = []
    for target, line in _imports(path):
        theirs = _top(target)
        if theirs == mine or not _existing(target):
            continue
        if RANK[theirs] < RANK[mine]:
            continue
        if any(
            target == up or target.startswith(up + ".") for (src, up) in ALLOWED_UP if src == source
        ):
            continue
        wrong.append(f"line {line}: {target} (layer {RANK[theirs]} ≥ {mine}'s {RANK[mine]})")
    assert not wrong, f"{source} imports upward: " + "; ".join(wrong)


def test_table_modules_import_only_the_store() -> None:
    for path in SRC.glob("*/_tables.py"):
        targets = {_top(t) for t, _ in _imports(path)}
        assert targets <= {"store"}, f"{_module_name(path)} imports {sorted(targets)}"


def test_no_lienthong_module_is_loaded_by_a_string() -> None:
    """``importlib.import_module("lienthong.…")`` hides a dependency from mypy and from the
    test above. (The lazy facades resolve their own ``if TYPE_CHECKING:`` imports, and the CLI
    its ``COMMANDS`` table: both are listed in code that mypy checks.)"""
    allowed = {"lienthong._lazy", "lienthong", "lienthong.cli", "lienthong.cli.demo"}
    hidden = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "import_module"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and str(node.args[0].value).startswith("lienthong")
                and _module_name(path) not in allowed
            ):
                hidden.append(f"{_module_name(path)}:{node.lineno}")
    assert not hidden, f"modules loaded by name: {hidden}"
