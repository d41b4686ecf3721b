"""Once-only procedures: procedure files, prefill through the gateway, dossiers and reuse figures.

load_catalogue(SHIPPED, folder)          # procedures are YAML files (docs/procedures.md)
record_approval(consents, procedure, cccd); await prefill(gateway, procedure, cccd)
Dossiers(store).draft / submit / queue / decide / stats
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.procedures._dossiers import DRAFT_TTL_S, Dossier, Dossiers
    from lienthong.procedures._model import (
        SHIPPED,
        Catalogue,
        FormField,
        Procedure,
        load_catalogue,
        load_procedure,
    )
    from lienthong.procedures._prefill import (
        PORTAL_CLIENT,
        Component,
        agreement,
        prefill,
        record_approval,
    )

__all__ = [
    "DRAFT_TTL_S",
    "PORTAL_CLIENT",
    "SHIPPED",
    "Catalogue",
    "Component",
    "Dossier",
    "Dossiers",
    "FormField",
    "Procedure",
    "agreement",
    "load_catalogue",
    "load_procedure",
    "prefill",
    "record_approval",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
