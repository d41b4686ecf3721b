"""The procedures step of ``lienthong demo``: the portal may prefill every shipped procedure.

Without it a demo citizen at /thu-tuc finds every form empty: each prefill call is refused for
want of a right and falls back to manual entry. The step makes the data owners' grants that
``lienthong procedures enable`` makes (exactly the fields each procedure reads, audited).
"""

from __future__ import annotations

from pathlib import Path

from lienthong.procedures import PORTAL_CLIENT, SHIPPED, enable, load_catalogue
from lienthong.store import Store


def procedures_step(store: Store, city_dir: Path) -> dict[str, object]:
    """Enable the shipped procedures; per procedure, the services and fields granted."""
    granted = enable(store, city_dir.parent, load_catalogue(SHIPPED))
    per_procedure: dict[str, dict[str, int]] = {}
    for row in granted:
        entry = per_procedure.setdefault(row["procedure"], {"services": 0, "fields": 0})
        entry["services"] += 1
        entry["fields"] += len(row["fields"])
    return {
        "client": PORTAL_CLIENT,
        "grants": len(granted),
        "citizens do them at": "/thu-tuc (e-ID login)",
        "procedures": per_procedure,
    }
