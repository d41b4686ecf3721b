"""Once-only procedures: procedure files, prefill through the gateway, dossiers and reuse figures.

load_catalogue(SHIPPED, folder)          # procedures are YAML files (docs/procedures.md)
record_approval(consents, procedure, cccd); await prefill(gateway, procedure, cccd)
Dossiers(store).draft / submit / queue / stats; await decide(...) writes the output on approval
enable(store, home, catalogue)            # the portal's grants: what each procedure reads
Corrections(store).find(agency) / resolve   # "this value is wrong", to the holding agency
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.procedures._corrections import RESOLUTIONS, Correction, Corrections
    from lienthong.procedures._dossiers import DRAFT_TTL_S, Dossier, Dossiers
    from lienthong.procedures._enable import enable
    from lienthong.procedures._model import (
        SHIPPED,
        Catalogue,
        FormField,
        Output,
        Procedure,
        Rule,
        load_catalogue,
        load_procedure,
    )
    from lienthong.procedures._outputs import decide, output_row, write_output
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
    "RESOLUTIONS",
    "SHIPPED",
    "Catalogue",
    "Component",
    "Correction",
    "Corrections",
    "Dossier",
    "Dossiers",
    "FormField",
    "Output",
    "Procedure",
    "Rule",
    "agreement",
    "decide",
    "enable",
    "load_catalogue",
    "load_procedure",
    "output_row",
    "prefill",
    "record_approval",
    "write_output",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
