"""Prefill: the form's known values fetched through the gateway, never through a side door.

The platform calls each data service the procedure names as its own registered client system
(``PORTAL_CLIENT``), with the procedure's code as the purpose: the gateway authorises the
right, checks consent, minimises to the granted fields and audits the call under the citizen,
exactly as for an agency. The citizen's explicit approval in the flow ("fetch these values from
these agencies for this procedure") is recorded as a consent first, ACTIVE for one day.

A register that is down or refuses degrades prefill, never the procedure: its fields are asked
for by hand, with the reason shown.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from lienthong.errors import LienthongError
from lienthong.exchange import CallRequest, ConsentRegistry, ConsentStatus, Gateway, ServiceRef
from lienthong.exchange._model import utcnow
from lienthong.procedures._model import Procedure

#: The platform's own client system for once-only prefill (its rights name each procedure).
PORTAL_CLIENT = "LIENTHONG-PORTAL"


@dataclass
class Component:
    """One field of a dossier and where its value came from."""

    name: str
    value: str | None
    reused: bool  # True: fetched from a register (not typed by the citizen)
    source: str | None = None  # the data service, e.g. CA-HCM/cong-dan/v1
    request_id: str | None = None  # the gateway call's id in the audit log
    fetched_at: str | None = None
    unavailable: str | None = None  # why prefill could not fill it (asked by hand then)
    flagged_wrong: bool = False
    derived: bool = False  # True: from a reference table (procedure field `lookup`)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def agreement(procedure: Procedure) -> str:
    """What the citizen approves, in words: which values, from whom, for which procedure."""
    parts = [
        f"{ref.provider} ({ref}): {', '.join(fields)}" for ref, fields in procedure.services.items()
    ]
    return (
        f"Tôi đồng ý để lienthong lấy các thông tin sau cho thủ tục {procedure.code}"
        f" ({procedure.name.vi}): " + "; ".join(parts) + "."
    )


def record_approval(consents: ConsentRegistry, procedure: Procedure, cccd: str) -> None:
    """The citizen's explicit request, as a consent per service (ACTIVE for one day)."""
    text = agreement(procedure)
    for ref, fields in procedure.services.items():
        consents.request(
            cccd,
            PORTAL_CLIENT,
            ref,
            procedure.code,
            fields,
            text,
            status=ConsentStatus.ACTIVE,
            days=1,
        )


async def _fetch_one(
    gateway: Gateway, procedure: Procedure, ref: ServiceRef, cccd: str
) -> list[Component]:
    """One data service's fields: fetched, or each marked unavailable with the reason."""
    wanted = [f for f in procedure.prefilled if f.source is not None and f.source.ref == ref]
    by = wanted[0].source.by if wanted[0].source is not None else "cccd"
    request_id = f"prefill-{uuid.uuid4().hex[:16]}"
    try:
        result = await gateway.call(
            CallRequest(ref, PORTAL_CLIENT, procedure.code, {by: cccd}, request_id)
        )
        row = result.rows[0] if result.rows else {}
        why = None if result.rows else "the register holds no record"
    except LienthongError as exc:
        row, why = {}, exc.message[:200]
    found = []
    for item in wanted:
        assert item.source is not None
        value = row.get(item.source.field)
        found.append(
            Component(
                item.name,
                None if value is None else str(value),
                reused=value is not None,
                source=str(ref),
                request_id=request_id if value is not None else None,
                fetched_at=utcnow().isoformat() if value is not None else None,
                unavailable=None if value is not None else (why or "not released"),
            )
        )
    return found


async def prefill(gateway: Gateway, procedure: Procedure, cccd: str) -> list[Component]:
    """Every field of ``procedure``: fetched through the gateway, or left for the citizen.

    The data services are called concurrently (one gateway call each): a form drawing on three
    registers waits for the slowest, not for the sum (bench/procedures.py).
    """
    fetched = await asyncio.gather(
        *(_fetch_one(gateway, procedure, ref, cccd) for ref in procedure.services)
    )
    found = {c.name: c for each in fetched for c in each}
    components = [
        found.get(f.name) or Component(f.name, None, reused=False) for f in procedure.fields
    ]
    derived = procedure.derive({c.name: c.value for c in components})
    for component in components:
        if component.name in derived:
            made = derived[component.name]
            component.value, component.derived = made.value, True
            component.source, component.unavailable = made.note, made.why
    return components
