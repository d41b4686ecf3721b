"""The store's drivers, for the few hot paths that run prebuilt SQL on them directly.

The gateway's per-call consent look-up and the audit append skip SQLAlchemy's per-execution
bookkeeping (it cost more than the statements); their errors must still read as store
failures, whichever driver raised them.
"""

from __future__ import annotations

import sqlite3

import psycopg
from sqlalchemy.exc import SQLAlchemyError

#: Everything a store operation can raise when the store itself fails.
DRIVER_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, sqlite3.Error, psycopg.Error)
