"""Pull delivery over the API: a subscriber reads its changes with a cursor.

``GET /v1/sync/{subscription}/changes?after=<seq>&limit=<n>`` returns the next changes after
``after`` (already minimised to the subscription's fields) and ``next_after`` to send next
time. Asking for changes after ``after`` acknowledges everything up to it, which moves the
subscription's position, so `lienthong sync status` shows a pull subscriber's lag like any
other. The caller is identified like any gateway client (mTLS or bearer token) and must be the
subscription's client system. Every page that carries changes is audited.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, Field

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.errors import (
    AuthenticationError,
    LienthongError,
    NotFoundError,
    PermissionDeniedError,
)
from lienthong.exchange import AccessDenied, ConsentRegistry
from lienthong.store import MAX_BIGINT, Store
from lienthong.sync._audit import delivery_event
from lienthong.sync._deliver import minimised, wire, withheld_events, withhold
from lienthong.sync._log import open_log
from lienthong.sync._model import LoggedChange
from lienthong.sync._release import (
    Release,
    Screened,
    authorise_release,
    refusal_event,
    screen,
)
from lienthong.sync._subscriptions import Subscriptions
from lienthong.sync._tables import sync_capture

router = APIRouter(tags=["sync"])


class ChangePage(BaseModel):
    subscription: str
    dataset: str
    fields: list[str] = Field(description="The only fields any change carries (minimised).")
    changes: list[dict[str, Any]] = Field(
        description="In log order: change_id, seq, op, key, commit_time, before, after."
    )
    next_after: int = Field(description="Send as ?after= next time (acknowledges this page).")
    head: int = Field(description="The last change logged for the dataset.")


@dataclass
class _Page:
    sub: dict[str, Any]
    logged: list[LoggedChange]
    head: int
    release: Release | None = None
    screened: Screened | None = None
    refused: AccessDenied | None = None

    @property
    def changes(self) -> list[LoggedChange]:
        if self.release is None or self.screened is None:
            return []
        return minimised(self.screened.released, set(self.release.fields))


def _page(
    store: Store, consents: ConsentRegistry, name: str, client: str, after: int, limit: int
) -> _Page:
    """Read, authorise and screen the page after ``after`` (see ``_release``), as delivery does."""
    from sqlalchemy import select

    subscriptions = Subscriptions(store)
    sub = subscriptions.get(name)
    if sub["mode"] != "pull":
        raise NotFoundError(f"Subscription {name!r} is not delivered by pull.")
    if sub["client"] != client:
        raise PermissionDeniedError(f"{client} is not the client of subscription {name!r}.")
    if not sub["active"]:
        raise PermissionDeniedError(
            f"Subscription {name!r} is paused: {sub['last_error'] or 'by the operator'}.",
            hint="The operator resumes it (`lienthong sync resume`) once the right holds again.",
        )
    with store.connect() as conn:
        log_url = conn.execute(
            select(sync_capture.c.log_url).where(sync_capture.c.dataset == sub["dataset"])
        ).scalar_one()
    log = open_log(store, log_url)
    try:
        logged = log.read(sub["dataset"], after, limit)
        head = log.head(sub["dataset"])
    finally:
        log.close()
    if after > sub["position"]:
        subscriptions.advance(name, after, delivered=0, last_commit_ts=None)
    page = _Page(sub, logged, head)
    if not logged:
        return page
    try:
        page.release = authorise_release(store, sub)
    except AccessDenied as denied:
        subscriptions.pause(name, f"Paused: {denied} ({denied.reason})")
        page.refused = denied
        return page
    page.screened = screen(consents, sub, page.release, logged)
    withhold(store, None, sub, page.release, page.screened)  # dead letters; audited below
    return page


def _refused(error: LienthongError, client: str | None, subscription: str) -> AuditEvent:
    """The ``SYNC_DELIVERY_REFUSED`` entry of a pull refused before any change was read."""
    return AuditEvent(
        event=EventType.SYNC_DELIVERY_REFUSED,
        outcome=Outcome.DENIED,
        client=client or "anonymous",
        status=error.http_status,
        reason=error.message,
        data={"subscription": subscription, "mode": "pull"},
    )


@router.get("/v1/sync/{subscription}/changes", response_model=ChangePage)
async def pull_changes(
    request: Request,
    subscription: Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,100}$")],
    after: Annotated[
        int, Query(ge=0, le=MAX_BIGINT, description="Cursor: the last seq you have.")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> ChangePage:
    """The next changes of a pull subscription after the cursor ``after``."""
    services = request.app.state.exchange
    writer = request.app.state.audit_writer
    try:
        identity = await anyio.to_thread.run_sync(
            services.authenticator.identify, request.scope, request.headers.get("authorization")
        )
    except AuthenticationError as exc:
        peer = request.scope.get("client")
        await services.gateway.refusals.refused(
            _refused(exc, None, subscription), source=str(peer[0]) if peer else None
        )
        raise
    services.admit(identity.client)
    store: Store = request.app.state.store
    started = time.perf_counter()
    try:
        page = await anyio.to_thread.run_sync(
            _page, store, services.gateway.consents, subscription, identity.client, after, limit
        )
    except (NotFoundError, PermissionDeniedError) as exc:  # no such pull subscription of yours
        await writer.write(_refused(exc, identity.client, subscription))
        raise
    if page.refused is not None:
        await writer.write(refusal_event(page.sub, page.refused, batch=page.logged, paused=True))
        raise page.refused
    if page.screened is not None and page.release is not None:
        for event in withheld_events(page.sub, page.release, page.screened):
            await writer.write(event)
    batch = page.changes
    if batch:
        event = delivery_event(
            page.sub,
            batch,
            applied=len(batch),
            failed=0,
            latency_ms=(time.perf_counter() - started) * 1000,
        )
        await writer.write(event)
    return ChangePage(
        subscription=subscription,
        dataset=page.sub["dataset"],
        fields=list(page.release.fields if page.release else page.sub["fields"]),
        changes=[wire(item) for item in batch],
        next_after=page.logged[-1].seq if page.logged else after,
        head=page.head,
    )
