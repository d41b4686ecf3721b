"""Enabling procedures: the data owners' grants that let the portal prefill them.

Prefill goes through the gateway as the platform's client ``PORTAL_CLIENT`` with the procedure's
code as the purpose, so until each register grants that client, for that purpose, the fields
the procedure reads, every prefill is refused and the form falls back to manual entry. This
module makes those grants, exactly the fields each procedure reads from each service (no more),
each audited as ``RIGHT_GRANTED`` like ``lienthong rights grant``. ``lienthong procedures
enable`` and ``lienthong demo`` (``lienthong.demo._procedures``) both call :func:`enable`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lienthong.audit import EventType
from lienthong.exchange import ClientDirectory, RightsBook, record_admin
from lienthong.procedures._model import Catalogue
from lienthong.procedures._prefill import PORTAL_CLIENT
from lienthong.store import Store


def enable(
    store: Store, home: Path, catalogue: Catalogue, codes: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Grant the portal what ``codes`` (default: every procedure) read; one row per grant."""
    from lienthong.registry import Registry

    chosen = [catalogue.get(c) for c in codes] if codes else list(catalogue.procedures.values())
    registry = Registry(store)
    ClientDirectory(store).ensure(PORTAL_CLIENT, "Cổng dịch vụ công lienthong", agency="LIENTHONG")
    rights = RightsBook(store)
    granted: list[dict[str, Any]] = []
    for procedure in chosen:
        rights.define_purpose(procedure.code, procedure.name.vi, legal_basis=procedure.legal_basis)
        for ref, fields in procedure.services.items():
            offered = registry.get_service(ref.provider, ref.service, ref.version).fields
            right = rights.grant(
                PORTAL_CLIENT, ref, procedure.code, fields, service_fields=list(offered)
            )
            record_admin(
                store,
                home,
                EventType.RIGHT_GRANTED,
                provider=ref.provider,
                service=ref.service,
                version=ref.version,
                purpose=procedure.code,
                fields=right.fields,
                data={"grantee": PORTAL_CLIENT},
            )
            granted.append(
                {"procedure": procedure.code, "service": str(ref), "fields": list(right.fields)}
            )
    return granted
