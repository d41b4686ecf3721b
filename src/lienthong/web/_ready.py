"""Readiness: can this process serve calls now? The store, the audit writer and the sources.

``/readyz`` used to run ``SELECT 1``, which SQLite answers without touching the database file:
with the store locked, every call got 503 ("the audit log cannot record this call") while
readiness said ready. Now each component is probed for what a call needs from it:

* the store: a read of the audit head (touches the file);
* the audit log: the writer is open and its last batch committed, and a write lock can be
  taken on the audit head (an ``UPDATE`` matching no row, rolled back, with a short lock wait);
* every source a registered service reads: ``SELECT 1`` through the gateway's own connector.

Each probe is bounded by ``timeout_s``; the verdict is kept for ``ttl_s`` so that a probe storm
(``/readyz`` is never rate limited) costs the databases one round per second at most.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from lienthong.bounds import MAX_SENTENCE, clip
from lienthong.store import Store

__all__ = ["Readiness", "Verdict"]


@dataclass(frozen=True)
class Verdict:
    """Each component checked, with ``None`` when it is up or why it is down."""

    components: dict[str, str | None]

    @property
    def down(self) -> dict[str, str]:
        return {name: why for name, why in self.components.items() if why is not None}

    @property
    def ready(self) -> bool:
        return not self.down


class Readiness:
    """The probes of one app; :meth:`check` is blocking (run it in a worker thread)."""

    def __init__(
        self,
        store: Store,
        writer: Any,
        catalog: Any,
        *,
        timeout_s: float = 1.0,
        ttl_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.writer = writer
        self.catalog = catalog
        self.timeout_s = timeout_s
        self.ttl_s = ttl_s
        self._clock = clock
        self._last: tuple[float, Verdict] | None = None
        self._lock = threading.Lock()

    def check(self) -> Verdict:
        with self._lock:  # concurrent probes wait for one round instead of each running one
            now = self._clock()
            if self._last is not None and now - self._last[0] < self.ttl_s:
                return self._last[1]
            components: dict[str, str | None] = {
                "store": _guard(self._store),
                "audit": _guard(self._audit),
            }
            check_sources = getattr(self.catalog, "check_sources", None)
            if check_sources is not None:
                try:
                    found: dict[str, str | None] = check_sources(timeout_s=self.timeout_s)
                except Exception as exc:  # noqa: BLE001 — the registry itself is unreadable
                    found = {"registry": _why(exc)}
                components.update({f"source {name}": why for name, why in found.items()})
            verdict = Verdict(components)
            self._last = (self._clock(), verdict)
            return verdict

    def _store(self) -> None:
        with self.store.connect() as conn:
            conn.execute(text("SELECT seq FROM audit_head WHERE id = 1")).first()

    def _audit(self) -> None:
        health = getattr(self.writer, "health", None)
        why = health() if health is not None else None
        if why is not None:
            raise RuntimeError(why)
        wait_ms = max(1, int(self.timeout_s * 1000))
        sqlite = self.store.dialect == "sqlite"
        with self.store.connect() as conn:
            if sqlite:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms}")
            try:
                if self.store.dialect == "postgresql":
                    conn.exec_driver_sql(f"SET LOCAL lock_timeout = {wait_ms}")
                conn.execute(text("UPDATE audit_head SET seq = seq WHERE id = -1"))
            finally:
                conn.rollback()
                if sqlite:
                    conn.exec_driver_sql("PRAGMA busy_timeout=10000")


def _why(exc: BaseException) -> str:
    first = (str(exc) or type(exc).__name__).splitlines()[0]
    return clip(first, MAX_SENTENCE)


def _guard(probe: Callable[[], None]) -> str | None:
    try:
        probe()
    except Exception as exc:  # noqa: BLE001 — any failure means "down", named in the answer
        return _why(exc)
    return None
