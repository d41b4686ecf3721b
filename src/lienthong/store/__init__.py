"""The platform store: where lienthong keeps its own state.

SQLite by default, PostgreSQL by URL, through SQLAlchemy Core. Each capability declares its
tables on the shared :data:`metadata` in its own ``_tables.py``, which imports nothing of the
capability but the store; ``store._migrate.target_metadata`` imports each such module by name,
so ``Store.open`` creates every table in one place (the one way the store reaches up, checked
by ``tests/test_layering.py``).
"""

from typing import TYPE_CHECKING, Any

from lienthong.store._store import MAX_BIGINT, Store, least_greatest, metadata

if TYPE_CHECKING:
    from lienthong.store._driver import DRIVER_ERRORS

__all__ = ["DRIVER_ERRORS", "MAX_BIGINT", "Store", "least_greatest", "metadata"]


def __getattr__(name: str) -> Any:
    # DRIVER_ERRORS names psycopg's errors, and importing psycopg costs a tenth of a second:
    # only the hot paths that run SQL on the driver need it (PEP 562).
    if name == "DRIVER_ERRORS":
        from lienthong.store._driver import DRIVER_ERRORS

        return DRIVER_ERRORS
    raise AttributeError(f"module 'lienthong.store' has no attribute {name!r}")
