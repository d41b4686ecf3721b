"""lienthong — liên thông dữ liệu: connect a city's sector databases.

The public Python API. Capability packages (``lienthong.registry``, ``lienthong.exchange`` …)
each expose their own small facade; this module re-exports the entry points most users need.

The re-exports load on first use (PEP 562): every ``lienthong.*`` import runs this module first,
and the command line must answer ``--help`` without paying for pydantic and SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from lienthong.errors import LienthongError

if TYPE_CHECKING:
    from lienthong.config import Settings, load_settings
    from lienthong.store import Store

__version__ = "0.1.0"

__all__ = ["LienthongError", "Settings", "Store", "__version__", "load_settings"]

#: Public name → the module that defines it, imported when the name is first read.
_LAZY = {
    "Settings": "lienthong.config",
    "load_settings": "lienthong.config",
    "Store": "lienthong.store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lienthong' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
