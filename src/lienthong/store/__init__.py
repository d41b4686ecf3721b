"""The platform store: where lienthong keeps its own state.

SQLite by default, PostgreSQL by URL, through SQLAlchemy Core. Each capability declares its
tables on the shared :data:`metadata` in its own ``_tables.py`` and lists that module in
:data:`TABLE_MODULES`, so ``Store.open`` creates every table in one place.
"""

from lienthong.store._driver import DRIVER_ERRORS
from lienthong.store._store import MAX_BIGINT, TABLE_MODULES, Store, metadata

__all__ = ["DRIVER_ERRORS", "MAX_BIGINT", "TABLE_MODULES", "Store", "metadata"]
