"""The platform store: where lienthong keeps its own state.

SQLite by default, PostgreSQL by URL, through SQLAlchemy Core. Each capability declares its
tables on the shared :data:`metadata` in its own ``_tables.py``, which imports nothing of the
capability but the store; ``store._migrate.target_metadata`` imports each such module by name,
so ``Store.open`` creates every table in one place (the one way the store reaches up, checked
by ``tests/test_layering.py``).
"""

from lienthong.store._driver import DRIVER_ERRORS
from lienthong.store._store import MAX_BIGINT, Store, metadata

__all__ = ["DRIVER_ERRORS", "MAX_BIGINT", "Store", "metadata"]
