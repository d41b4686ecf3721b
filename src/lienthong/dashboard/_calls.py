"""Exchange monitoring per call, as X-Road's operational monitoring shows it: who called which
service, for what, with which answer, how fast and how big, filterable, with no personal data.

Read from the audit log's newest entries backwards (a bounded number of pages per view), so
the page costs the same however long the log is; subject keys are never shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response

from lienthong.dashboard._pages import _rollup, _signed_in, _to_login, render

router = APIRouter(include_in_schema=False)
CALL_EVENTS = {"SERVICE_CALL", "SERVICE_CALL_REFUSED", "SERVICE_CALL_FAILED"}
SHOWN = 200
PAGES = 10
_FILTER = re.compile(r"[A-Za-z0-9._-]{1,64}")


@dataclass(frozen=True)
class CallRow:
    seq: int
    time: object
    client_agency: str
    client: str
    service: str
    purpose: str
    outcome: str
    status: int | None
    latency_ms: float | None
    rows: object
    reason: str | None


def _filter(request: Request, name: str) -> str | None:
    value = request.query_params.get(name)
    return value if value and _FILTER.fullmatch(value) else None


@router.get("/dashboard/calls")
def calls(request: Request) -> Response:
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    wanted = {key: _filter(request, key) for key in ("agency", "provider", "outcome")}
    own = account.agency if account.role == "agency" else None  # its calls, made or served
    log = request.app.state.exchange.audit_log
    found: list[CallRow] = []
    before: int | None = None
    for number in range(PAGES):
        # The first page just covers what is shown when nothing is filtered out.
        page = log.latest(limit=SHOWN + 20 if number == 0 else 500, before_seq=before)
        if not page:
            break
        before = page[-1].seq
        for record in page:
            if str(record.event) not in CALL_EVENTS:
                continue
            agency = record.client_agency or record.client
            if own is not None and own not in (agency, record.provider):
                continue
            if wanted["agency"] and agency != wanted["agency"]:
                continue
            if wanted["provider"] and record.provider != wanted["provider"]:
                continue
            if wanted["outcome"] and str(record.outcome) != wanted["outcome"]:
                continue
            found.append(
                CallRow(
                    record.seq,
                    record.time,
                    agency,
                    record.client,
                    f"{record.provider}/{record.service}/{record.version}",
                    record.purpose or "",
                    str(record.outcome),
                    record.status,
                    record.latency_ms,
                    record.data.get("rows"),
                    record.reason,
                )
            )
        if len(found) >= SHOWN:
            break
    figures = _rollup(request).figures()
    latency_rows = [
        (label, figures.p95_ms(label))
        for label in sorted(figures.latency)
        if own is None or label.split("/", 1)[0] == own
    ]
    return render(
        request, "calls.html", rows=found[:SHOWN], wanted=wanted, latency_rows=latency_rows
    )
