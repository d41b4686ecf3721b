"""The plug-in registry of check kinds.

A check kind is a class with a name, a criterion and a ``compile`` method that turns a rule into
SQL (:class:`RowQuery` / :class:`AggregateQuery`) or a store lookup. lienthong's own kinds are
registered through the same :func:`register_check_kind` decorator a user's plug-in calls, and
third-party packages can expose theirs under the ``lienthong.quality_checks`` entry-point group.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Sequence
from importlib.metadata import entry_points
from typing import ClassVar, TypeVar

from lienthong.errors import InputError
from lienthong.quality._model import CheckContext, CheckSpec, CompiledCheck, Criterion, DatasetInfo

_BUILTIN_MODULES = (
    "lienthong.quality._correct",
    "lienthong.quality._complete",
    "lienthong.quality._clean",
    "lienthong.quality._live",
    "lienthong.quality._formats",
    "lienthong.quality._drift",
)


class CheckKind(ABC):
    """Base class of every check kind (built-in or plug-in)."""

    name: ClassVar[str]
    criterion: ClassVar[Criterion]
    summary: ClassVar[str]
    #: parameters a rule must give (validated when the rule file is read)
    required_params: ClassVar[tuple[str, ...]] = ()
    #: how many columns a rule names: (at least, at most); at most None = any
    arity: ClassVar[tuple[int, int | None]] = (1, 1)

    def columns_needed(self, spec: CheckSpec, ctx: CheckContext) -> Sequence[str]:
        """Columns of the dataset the compiled SQL reads (checked before compiling)."""
        return spec.columns

    def touches(self, spec: CheckSpec, ctx: CheckContext) -> set[str]:
        """Datasets the check reads: pushdown needs them all in one database."""
        return {spec.dataset}

    @abstractmethod
    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        """The SQL (or store lookup) measuring this rule in ``ctx.dialect``."""

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        """Rules inferred from the registry's column flags; none unless a kind says so."""
        return []


_KINDS: dict[str, CheckKind] = {}
_loaded = False

K = TypeVar("K", bound=type[CheckKind])


def register_check_kind(cls: K) -> K:
    """Class decorator: make a check kind available to rule files and defaults."""
    name = getattr(cls, "name", None)
    if not name or not isinstance(getattr(cls, "criterion", None), Criterion):
        raise InputError(
            f"The check kind {cls.__name__} must set `name` and a `criterion` (a Criterion)."
        )
    existing = _KINDS.get(name)
    if existing is not None and type(existing) is not cls:
        raise InputError(f"Two check kinds are named {name!r}; rename one of them.")
    _KINDS[name] = cls()
    return cls


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _BUILTIN_MODULES:
        importlib.import_module(module)
    for point in entry_points(group="lienthong.quality_checks"):
        point.load()


def check_kinds() -> list[CheckKind]:
    """Every registered kind, built-ins first in criterion order, then by name."""
    _load()
    order = list(Criterion)
    return sorted(_KINDS.values(), key=lambda k: (order.index(k.criterion), k.name))


def check_kind(name: str) -> CheckKind:
    _load()
    try:
        return _KINDS[name]
    except KeyError:
        known = ", ".join(sorted(_KINDS))
        raise InputError(
            f"There is no check kind {name!r}.", hint=f"Known kinds: {known}."
        ) from None
