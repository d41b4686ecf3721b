"""One data-service call, from identity to audited response.

    identity ─▶ purpose ─▶ service ─▶ parameters ─▶ right ─▶ consent ─▶ fetch ─▶ minimise
        └──────────────── every outcome ──────────────────────────────────────▶ audit ─▶ reply

Store look-ups and the provider query run in a worker thread (:class:`Workers`), so the event
loop never blocks. The worker then hands the call's audit entry to the writer's group commit
without waiting for it (it commits the batch itself when no other commit runs); the caller is
answered from whichever thread committed the batch, once the entry is durable. So a call costs
one hop out and one back, and a few worker threads serve many calls (a thread parked on every
commit kept dozens runnable, contending for the GIL). If the audit log cannot take the entry,
no data leaves.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any, Protocol

from sqlalchemy import Connection

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.bounds import MAX_NAME, clip
from lienthong.errors import (
    InputError,
    LienthongError,
    SourceTimeoutError,
    SourceUnavailableError,
)
from lienthong.exchange._catalog import ServiceCatalog
from lienthong.exchange._clients import ClientDirectory
from lienthong.exchange._consents import ConsentRegistry
from lienthong.exchange._decision import (
    AccessDenied,
    consented_fields,
    granted_fields,
    minimise,
    offered_for,
    still_served,
)
from lienthong.exchange._lookups import LookupConnections
from lienthong.exchange._metrics import GatewayMetrics
from lienthong.exchange._model import Deprecation, ServiceRef, check_purpose, utcnow
from lienthong.exchange._params import bind_parameters
from lienthong.exchange._rights import RightsBook
from lienthong.exchange._workers import Done, Workers
from lienthong.store import Store

log = logging.getLogger("lienthong.gateway")

#: Outcomes as metrics and logs name them (the audit log folds the first three into denied).
ALLOWED = "allowed"
REFUSED = "refused"  # 401/403: identity, right or consent missing
INVALID = "invalid"  # other 4xx: bad request, unknown service
FAILED = "failed"  # 5xx: provider database down or slow
_AUDIT_OUTCOME = {
    ALLOWED: Outcome.ALLOWED,
    REFUSED: Outcome.DENIED,
    INVALID: Outcome.DENIED,
    FAILED: Outcome.ERROR,
}


class AuditSink(Protocol):
    """``lienthong.audit.AuditWriter``'s contract: return only once the entry is durable."""

    def submit(
        self, event: AuditEvent, callback: Callable[[Any, BaseException | None], None]
    ) -> None:
        """From a worker thread, without waiting: ``callback`` runs once the entry is durable."""

    async def write(self, event: AuditEvent) -> Any:
        """From the event loop."""


#: Extra seconds past the source timeout before the gateway stops waiting on a worker thread.
GRACE_S = 1.0


@dataclass(frozen=True)
class CallRequest:
    """A call as the web layer saw it; ``client`` is None when authentication failed."""

    ref: ServiceRef
    client: str | None
    purpose: str | None
    params: Mapping[str, object]
    request_id: str
    auth_error: LienthongError | None = None


@dataclass(frozen=True)
class CallResult:
    ref: ServiceRef
    purpose: str
    fields: tuple[str, ...]
    rows: list[dict[str, object]]
    request_id: str
    deprecation: Deprecation | None = None


@dataclass
class _Trace:
    """What the worker learned before it stopped: whose data, which fields, which label."""

    subjects: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    label: str = "unknown"
    agency: str | None = None
    rows: int = 0
    deprecation: Deprecation | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _CallState:
    """Who audits a call that overran its deadline: the worker thread or the event loop.

    Exactly one entry per call: the thread claims the audit before writing its outcome; once
    the loop has given up waiting (and audits a 504), the thread drops its result unwritten.
    A thread already writing keeps the caller waiting for it instead.
    """

    __slots__ = ("_lock", "_owner", "trace")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: str | None = None
        self.trace = _Trace()

    def begin_audit(self) -> bool:
        with self._lock:
            if self._owner is None:
                self._owner = "thread"
            return self._owner == "thread"

    def abandon(self) -> bool:
        """Called on the loop at the deadline: True if the caller may stop waiting."""
        with self._lock:
            if self._owner is None:
                self._owner = "loop"
            return self._owner == "loop"


#: The decision step of a call (in the worker thread): fills the trace, returns the rows.
_Decide = Callable[["_Trace", str, ServiceRef, str, Mapping[str, object]], list[dict[str, object]]]


def _outcome(exc: LienthongError) -> str:
    if exc.http_status in (401, 403):
        return REFUSED
    if exc.http_status >= 500:
        return FAILED
    return INVALID


def _row_subjects(
    rows: list[dict[str, Any]], columns: tuple[str, ...], *, known: tuple[str, ...]
) -> tuple[str, ...]:
    """CCCDs in ``columns`` of ``rows`` that are not already in ``known``, in order."""
    seen = set(known)
    found: list[str] = []
    for row in rows:
        for column in columns:
            value = row.get(column)
            if value and str(value) not in seen:
                seen.add(str(value))
                found.append(str(value))
    return tuple(found)


class Gateway:
    """Decides and serves data-service calls; shared by every request of one app."""

    def __init__(
        self,
        store: Store,
        catalog: ServiceCatalog,
        audit: AuditSink,
        *,
        subject_hash: Callable[[str], str],
        timeout_s: float,
        metrics: GatewayMetrics | None = None,
        max_threads: int = 64,
        rights_cache_s: float = 1.0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.audit = audit
        self.rights = RightsBook(store)
        self.consents = ConsentRegistry(store, subject_hash)
        self.directory = ClientDirectory(store)
        self._agencies: dict[str, str | None] = {}
        #: Rights change rarely and by hand: a grant or revocation takes effect within this many
        #: seconds. Consent is never cached: it is re-read before every release.
        self.rights_cache_s = rights_cache_s
        self._rights: dict[tuple[str, ServiceRef], tuple[float, dict[str, tuple[str, ...]]]] = {}
        self.timeout_s = timeout_s
        self.metrics = metrics
        self._clock = clock
        self.workers = Workers(max_threads)
        #: Right and consent look-ups hold a kept connection for a fraction of a millisecond;
        #: a few suffice, and the store's pool keeps the rest for the audit writer and the APIs.
        pool_size = getattr(store.engine.pool, "size", lambda: 5)()
        self.lookups = LookupConnections(store, max(1, min(4, pool_size - 1)))

    async def call(self, request: CallRequest) -> CallResult:
        """Serve one call or raise the error to answer with; either way, audit it first."""
        return await self._dispatch(request, self._decide_and_fetch)

    async def call_platform(
        self,
        request: CallRequest,
        work: Callable[[tuple[str, ...]], dict[str, object]],
        *,
        fields: tuple[str, ...],
        subjects: tuple[str, ...] = (),
        also: tuple[ServiceRef, ...] = (),
    ) -> CallResult:
        """A service the platform answers itself (``request.ref``, e.g. linkage resolve), held to
        the rules of a data service: identity, a right for the declared purpose (and a right to
        each service in ``also`` — the extra powers the request asks for), the answer narrowed
        to the granted ``fields``, and an audit entry before anything leaves.

        ``work(granted)`` runs in the worker thread and returns the answer. ``subjects`` are
        the CCCDs the request is about: they go in the audit entry, refused or not, so the
        citizens see the attempt in their access log.
        """

        def decide(
            trace: _Trace, client: str, ref: ServiceRef, purpose: str, _: Mapping[str, object]
        ) -> list[dict[str, object]]:
            trace.agency = self._agency(client)
            trace.label = str(ref)
            trace.subjects = subjects
            with self.lookups.connect() as conn:

                def granted_for(service: ServiceRef) -> tuple[str, ...]:
                    return granted_fields(
                        client=client,
                        service=str(service),
                        purpose=purpose,
                        rights=self._rights_for(client, service, conn),
                        service_fields=fields,
                    )

                granted = granted_for(ref)
                for extra in also:  # each extra power needs a right too, or the call is refused
                    granted_for(extra)
            answer = work(granted)
            trace.fields, trace.rows = granted, 1
            return minimise([answer], granted)

        return await self._dispatch(request, decide)

    async def _dispatch(self, request: CallRequest, decide: _Decide) -> CallResult:
        started = time.perf_counter()
        try:
            if request.auth_error is not None or request.client is None:
                raise request.auth_error or InputError("No client identity.")
            if not request.purpose:
                raise InputError(
                    "Every call must declare its purpose.",
                    hint="Send the legal-basis code in the X-Purpose header.",
                )
            purpose = check_purpose(request.purpose)
        except LienthongError as exc:  # refused before any thread or store is touched
            await self._audit_async(request, _Trace(), exc, started)
            raise
        state = _CallState()
        work = partial(self._serve, state, request, purpose, started, decide)
        try:
            result: CallResult = await self.workers.run_deferred(
                work, timeout_s=self.timeout_s + GRACE_S, may_expire=state.abandon
            )
            return result
        except TimeoutError:
            error = SourceTimeoutError(
                f"{request.ref} did not answer within {self.timeout_s:g} seconds.",
                hint="The provider's database is slow; retry later.",
            )
            await self._audit_async(request, state.trace, error, started)
            raise error from None

    def _serve(
        self,
        state: _CallState,
        request: CallRequest,
        purpose: str,
        started: float,
        decide: _Decide,
        done: Done,
    ) -> None:
        """Decide and fetch in the worker thread, then hand the audit entry to the writer's
        group commit without waiting: the caller is answered (``done``) from the committing
        thread once the entry is durable, and the worker thread takes the next call meanwhile
        (a thread waiting on each commit kept dozens of threads contending for the GIL)."""
        assert request.client is not None
        trace = state.trace
        error: LienthongError | None = None
        result: CallResult | None = None
        try:
            rows = decide(trace, request.client, request.ref, purpose, request.params)
            result = CallResult(
                request.ref, purpose, trace.fields, rows, request.request_id, trace.deprecation
            )
        except LienthongError as exc:
            error = exc
        if not state.begin_audit():  # the caller gave up waiting and audited the timeout
            done(False, TimeoutError())
            return
        event, outcome, status, latency_ms = self._event(request, trace, error, started)

        def committed(_: Any, failure: BaseException | None) -> None:  # committing thread
            if failure is not None:
                done(False, self._audit_failed(request))
                return
            if error is not None:
                done(False, error)
            else:
                done(True, result)
            self._observe(request, trace, outcome, status, error, latency_ms)

        try:
            self.audit.submit(event, committed)
        except Exception as exc:
            raise self._audit_failed(request) from exc

    async def _audit_async(
        self, request: CallRequest, trace: _Trace, error: LienthongError, started: float
    ) -> None:
        event, outcome, status, latency_ms = self._event(request, trace, error, started)
        try:
            await self.audit.write(event)
        except Exception as exc:
            raise self._audit_failed(request) from exc
        self._observe(request, trace, outcome, status, error, latency_ms)

    def _event(
        self,
        request: CallRequest,
        trace: _Trace,
        error: LienthongError | None,
        started: float,
    ) -> tuple[AuditEvent, str, int, float]:
        latency_ms = (time.perf_counter() - started) * 1000
        status = 200 if error is None else error.http_status
        outcome = ALLOWED if error is None else _outcome(error)
        reason = None if error is None else getattr(error, "reason", None) or error.message
        event = AuditEvent(
            event=EventType.SERVICE_CALL.twin(_AUDIT_OUTCOME[outcome]),
            outcome=_AUDIT_OUTCOME[outcome],
            client=request.client or "anonymous",
            client_agency=trace.agency,
            provider=request.ref.provider,
            service=request.ref.service,
            version=request.ref.version,
            purpose=request.purpose[:64] if request.purpose else None,
            subjects=trace.subjects,
            fields=trace.fields if error is None else (),
            status=status,
            reason=reason,
            latency_ms=latency_ms,
            request_id=request.request_id,
            time=self._clock(),
            data={"rows": trace.rows if error is None else 0},
        )
        return event, outcome, status, latency_ms

    @staticmethod
    def _audit_failed(request: CallRequest) -> SourceUnavailableError:
        log.error("audit write failed", extra={"request_id": request.request_id})
        return SourceUnavailableError(
            "The audit log cannot record this call, so no data is released.",
            hint="Retry shortly; operators are alerted by the readiness check.",
        )

    def _decide_and_fetch(
        self,
        trace: _Trace,
        client: str,
        ref: ServiceRef,
        purpose: str,
        raw: Mapping[str, object],
    ) -> list[dict[str, object]]:
        trace.agency = self._agency(client)
        service = self.catalog.lookup(ref)
        trace.label = str(ref)
        if service.sunset is not None and still_served(  # retired: deprecated, or 410 Gone
            service=str(ref), sunset=service.sunset, successor=service.successor, now=self._clock()
        ):
            since = service.deprecated_at or service.sunset
            trace.deprecation = Deprecation(since, service.sunset, service.successor or "")
        offered_for(service=str(ref), purpose=purpose, purposes=service.purposes)
        bound, subjects = bind_parameters(service, raw)
        trace.subjects = subjects
        with self.lookups.connect() as conn:  # one store connection for right and consent
            fields = granted_fields(
                client=client,
                service=str(ref),
                purpose=purpose,
                rights=self._rights_for(client, ref, conn),
                service_fields=service.fields,
            )
            if service.personal and subjects:  # no consent, no query
                fields = self._consented(client, ref, purpose, subjects, fields, conn=conn)
        rows = self.catalog.fetch(service, bound, timeout_s=self.timeout_s)
        found = _row_subjects(rows, service.subject_columns, known=subjects)
        if found:  # people the parameters did not name (a household, a search)
            trace.subjects = subjects + found
            if service.personal:
                fields = self._consented(client, ref, purpose, found, fields)
        trace.fields = fields
        trace.rows = len(rows)
        return minimise(rows, fields)

    def _consented(
        self,
        client: str,
        ref: ServiceRef,
        purpose: str,
        subjects: tuple[str, ...],
        fields: tuple[str, ...],
        *,
        conn: Connection | None = None,
    ) -> tuple[str, ...]:
        now = self._clock()
        found = {s: self.consents.for_call(s, client, ref, purpose, conn=conn) for s in subjects}
        return consented_fields(fields=fields, consents=found, now=now)

    def _rights_for(
        self, client: str, ref: ServiceRef, conn: Connection
    ) -> dict[str, tuple[str, ...]]:
        now = time.monotonic()
        hit = self._rights.get((client, ref))
        if hit is not None and now - hit[0] < self.rights_cache_s:
            return hit[1]
        found = self.rights.for_service(client, ref, conn=conn)
        if self.rights_cache_s > 0:
            self._rights[(client, ref)] = (now, found)
        return found

    def _agency(self, client: str) -> str | None:
        """The agency owning ``client`` (for the audit entry), cached: it never changes."""
        if client not in self._agencies:
            found = self.directory.find(client)
            self._agencies[client] = found.agency if found else None
        return self._agencies[client]

    def _observe(
        self,
        request: CallRequest,
        trace: _Trace,
        outcome: str,
        status: int,
        error: LienthongError | None,
        latency_ms: float,
    ) -> None:
        reason = error.reason if isinstance(error, AccessDenied) else None
        if self.metrics is not None:
            self.metrics.observe(
                service=trace.label,
                client=request.client or "anonymous",
                outcome=outcome,
                reason=reason or (type(error).__name__ if error else None),
                seconds=latency_ms / 1000,
            )
        if log.isEnabledFor(logging.INFO):
            # No parameters, no subjects: logs must never carry personal data.
            log.info(
                "service call",
                extra={
                    "request_id": request.request_id,
                    "client": request.client,
                    "service": trace.label,
                    "purpose": clip(request.purpose, MAX_NAME) if request.purpose else None,
                    "outcome": outcome,
                    "status": status,
                    "reason": reason,
                    "rows": trace.rows if error is None else 0,
                    "latency_ms": round(latency_ms, 3),
                },
            )
