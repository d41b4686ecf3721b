"""``lienthong demo``'s steps on the synthetic Ho Chi Minh City: the top of the layering.

Each step runs one capability on the registered demo city with the city's own agencies
(quality scores, linkage against the truth, a BHXH-HCM → CA-HCM gateway call, an address
change synced to two sectors, the audit chain and its archive). This package may import every
capability; no capability imports it (tests/test_layering.py). ``lienthong.cli.demo`` builds
the city, runs :data:`DEMO_STEPS` in order and prints what each returns.
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.demo._audit import audit_step
    from lienthong.demo._exchange import exchange_step
    from lienthong.demo._linkage import linkage_step
    from lienthong.demo._procedures import procedures_step
    from lienthong.demo._quality import city_rules_path, quality_step
    from lienthong.demo._steps import DEMO_STEPS, Step, demo_step
    from lienthong.demo._sync import sync_step

__all__ = [
    "DEMO_STEPS",
    "Step",
    "audit_step",
    "city_rules_path",
    "demo_step",
    "exchange_step",
    "linkage_step",
    "procedures_step",
    "quality_step",
    "sync_step",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
