"""The steps of ``lienthong demo``, in the order they run, each resolved by an explicit import.

The steps used to live in the capability packages (``exchange._demo`` and four more), so a
library package imported the web app and knew the demo city's agencies by name. Gathered here,
above every capability and below only the CLI, the demo may use them all and none of them knows
the demo exists (tests/test_layering.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lienthong.errors import NotFoundError

if TYPE_CHECKING:
    from lienthong.store import Store

#: One step: the store holding the registered city, and the city's folder → its summary.
Step = Callable[["Store", Path], dict[str, object]]

#: (summary key, title) in the order the demo runs them. The key is the capability the step
#: shows, as ``lienthong demo --json`` has always named it under ``steps``.
DEMO_STEPS: list[tuple[str, str]] = [
    ("lienthong.quality", "Data quality: đúng · đủ · sạch · sống"),
    ("lienthong.linkage", "Record linkage and the master index"),
    ("lienthong.exchange", "Secure exchange gateway"),
    ("lienthong.sync", "Synchronisation"),
    ("lienthong.procedures", "Once-only procedures: the portal's prefill grants"),
    ("lienthong.audit", "Audit log verification"),
]


def demo_step(key: str) -> Step:
    """The function of the step ``key`` (a key of :data:`DEMO_STEPS`), imported only now: each
    step loads its capability and that one's libraries, which ``lienthong --help`` must not."""
    if key == "lienthong.quality":
        from lienthong.demo._quality import quality_step

        return quality_step
    if key == "lienthong.linkage":
        from lienthong.demo._linkage import linkage_step

        return linkage_step
    if key == "lienthong.exchange":
        from lienthong.demo._exchange import exchange_step

        return exchange_step
    if key == "lienthong.sync":
        from lienthong.demo._sync import sync_step

        return sync_step
    if key == "lienthong.procedures":
        from lienthong.demo._procedures import procedures_step

        return procedures_step
    if key == "lienthong.audit":
        from lienthong.demo._audit import audit_step

        return audit_step
    raise NotFoundError(f"The demo has no step {key!r}.")
