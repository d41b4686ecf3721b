"""lienthong — liên thông dữ liệu: connect a city's sector databases.

The public Python API. Capability packages (``lienthong.registry``, ``lienthong.exchange`` …)
each expose their own small facade; this module re-exports the entry points most users need.
"""

from lienthong.config import Settings, load_settings
from lienthong.errors import LienthongError
from lienthong.store import Store

__version__ = "0.1.0"

__all__ = ["LienthongError", "Settings", "Store", "__version__", "load_settings"]
