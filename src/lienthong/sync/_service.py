"""The sync service: watch datasets, subscribe agencies, run capture and delivery.

`Sync` composes the pieces (capture, change log, subscriptions, delivery); the CLI, the API
and the demo all go through it. ``run`` is the long-running loop behind `lienthong sync start`;
it can run capture only, delivery only, or both, so the two can live in separate processes
(and be killed separately) while sharing their state through the platform store.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import insert, select

from lienthong.audit import AuditLog
from lienthong.errors import ConflictError, InputError, LienthongError, NotFoundError
from lienthong.exchange import ConsentRegistry
from lienthong.store import Store
from lienthong.sync._capture import Capture, CaptureSpec, capture_step, open_capture, spec_of
from lienthong.sync._deliver import Deliverer
from lienthong.sync._lag import subscription_lag
from lienthong.sync._log import ChangeLog, open_log
from lienthong.sync._model import LagRecord
from lienthong.sync._subscriptions import Subscriptions, SubscriptionSpec
from lienthong.sync._tables import sync_capture


class Sync:
    """Change capture and delivery over one platform store."""

    def __init__(self, store: Store, audit: AuditLog | None = None) -> None:
        """``audit`` defaults to the platform's log (keys under ``Settings().home``)."""
        self.store = store
        self._audit = audit
        self.subscriptions = Subscriptions(store)
        self._logs: dict[str, ChangeLog] = {}
        self._captures: dict[str, Capture] = {}
        self._deliverers: dict[str, Deliverer] = {}

    # configuration --------------------------------------------------------------------------

    def watch(self, spec: CaptureSpec, *, snapshot: bool = True) -> dict[str, Any]:
        """Start capturing a dataset: ``snapshot`` first sends every existing row."""
        with self.store.begin() as conn:
            if (
                conn.execute(
                    select(sync_capture.c.dataset).where(sync_capture.c.dataset == spec.dataset)
                ).first()
                is not None
            ):
                raise ConflictError(f"Dataset {spec.dataset!r} is already watched.")
            conn.execute(
                insert(sync_capture).values(
                    dataset=spec.dataset,
                    kind=spec.kind,
                    url=spec.url,
                    table_name=spec.table,
                    key_columns=list(spec.key),
                    log_url=spec.log_url,
                    position=None,
                    snapshot_state="preparing",
                    status="idle",
                    captured=0,
                )
            )
        capture = open_capture(spec, self.store)
        try:  # recording starts now, before the snapshot reads the existing rows
            position = capture.prepare()
        except BaseException:
            with self.store.begin() as conn:
                conn.execute(sync_capture.delete().where(sync_capture.c.dataset == spec.dataset))
            raise
        finally:
            capture.close()
        with self.store.begin() as conn:
            conn.execute(
                sync_capture.update()
                .where(sync_capture.c.dataset == spec.dataset)
                .values(position=position, snapshot_state="pending" if snapshot else "done")
            )
        return self.capture_state(spec.dataset)

    def watch_dataset(
        self, dataset: str, *, log_url: str = "store", snapshot: bool = True
    ) -> dict[str, Any]:
        """Watch a dataset registered in the catalog (``source.table``)."""
        from lienthong.sync._resolve import capture_spec_for

        return self.watch(capture_spec_for(self.store, dataset, log_url=log_url), snapshot=snapshot)

    def unwatch(self, dataset: str) -> None:
        """Stop capturing ``dataset`` and free what capture holds at the source (a slot)."""
        state = self.capture_state(dataset)
        capture = self._captures.pop(dataset, None) or open_capture(spec_of(state), self.store)
        drop = getattr(capture, "drop", None)
        if callable(drop):
            drop()
        capture.close()
        with self.store.begin() as conn:
            conn.execute(sync_capture.delete().where(sync_capture.c.dataset == dataset))

    def capture_state(self, dataset: str) -> dict[str, Any]:
        from lienthong.sync._capture import load_state

        return load_state(self.store, dataset)

    def captures(self) -> list[dict[str, Any]]:
        with self.store.connect() as conn:
            return [
                dict(r)
                for r in conn.execute(
                    select(sync_capture).order_by(sync_capture.c.dataset)
                ).mappings()
            ]

    def subscribe(self, spec: SubscriptionSpec) -> dict[str, Any]:
        """Authorise and store a subscription (see ``_authorise``)."""
        from lienthong.sync._authorise import authorise

        granted = authorise(self.store, spec)
        state = self.capture_state(spec.dataset)
        head = self.log(state["log_url"]).head(spec.dataset)
        return self.subscriptions.create(spec, head=head, agency=granted.agency)

    # running --------------------------------------------------------------------------------

    @property
    def audit(self) -> AuditLog:
        if self._audit is None:
            from lienthong.config import load_settings

            self._audit = AuditLog.open(self.store, load_settings().home)
        return self._audit

    def log(self, log_url: str) -> ChangeLog:
        if log_url not in self._logs:
            self._logs[log_url] = open_log(self.store, log_url)
        return self._logs[log_url]

    def capture_once(self, dataset: str, *, batch_size: int = 2000) -> int:
        """One capture step for ``dataset`` (a snapshot batch or one poll)."""
        state = self.capture_state(dataset)
        capture = self._captures.get(dataset)
        if capture is None:
            capture = self._captures[dataset] = open_capture(spec_of(state), self.store)
        return capture_step(
            self.store, state, capture, self.log(state["log_url"]), batch_size=batch_size
        )

    def deliver_once(
        self,
        name: str,
        *,
        batch_size: int = 2000,
        sub: dict[str, Any] | None = None,
        partition: tuple[int, int] | None = None,
    ) -> int:
        """One delivery step for subscription ``name`` (``sub``: its row, if just read).

        ``partition=(K, N)``: this process is worker K of N sharing every subscription.
        """
        deliverer = self._deliverers.get(name)
        if deliverer is None:
            sub = self.subscriptions.get(name)
            state = self.capture_state(sub["dataset"])
            audit = self.audit
            deliverer = Deliverer(
                self.store,
                self.log(state["log_url"]),
                name,
                audit,
                ConsentRegistry(self.store, audit.keys.subject_hash),
                batch_size=batch_size,
            )
            self._deliverers[name] = deliverer
        deliverer.partition = partition  # the same process may run as another worker later
        return deliverer.step(sub)

    def run(
        self,
        *,
        roles: Sequence[str] = ("capture", "deliver"),
        duration_s: float | None = None,
        until_idle: bool = False,
        idle_sleep_s: float = 0.02,
        batch_size: int = 2000,
        on_step: Callable[[int, int], None] | None = None,
        stop: threading.Event | None = None,
        partition: tuple[int, int] | None = None,
    ) -> tuple[int, int]:
        """Loop capture and/or delivery; return (changes captured, changes delivered).

        ``partition=(K, N)``: deliver as worker K of N (run N such processes, one per K).

        Stops after ``duration_s``, (``until_idle``) at the first round with nothing to do, or
        once ``stop`` is set: the step in hand finishes first, so a service manager's stop
        signal never cuts a batch in half (which would be safe, but redone on restart).
        """
        with _collector_for_batches():
            return self._run(
                roles,
                deadline=None if duration_s is None else time.monotonic() + duration_s,
                until_idle=until_idle,
                idle_sleep_s=idle_sleep_s,
                batch_size=batch_size,
                on_step=on_step,
                stop=stop or threading.Event(),
                partition=_checked_partition(partition),
            )

    def _run(
        self,
        roles: Sequence[str],
        *,
        deadline: float | None,
        until_idle: bool,
        idle_sleep_s: float,
        batch_size: int,
        on_step: Callable[[int, int], None] | None,
        stop: threading.Event,
        partition: tuple[int, int] | None,
    ) -> tuple[int, int]:
        captured = delivered = 0
        while (deadline is None or time.monotonic() < deadline) and not stop.is_set():
            round_captured = round_delivered = 0
            busy = False  # a snapshot in progress is work even when a batch adds nothing
            if "capture" in roles:
                for state in self.captures():
                    if state["snapshot_state"] == "preparing":
                        continue  # `watch` is still installing triggers / the slot
                    busy = busy or (
                        state["snapshot_state"] in ("pending", "running")
                        and state["status"] != "paused"
                    )
                    round_captured += self._guarded_capture(state["dataset"], batch_size)
            if "deliver" in roles:
                for sub in self.subscriptions.all():
                    if sub["active"] and sub["mode"] != "pull":
                        round_delivered += self._guarded_delivery(sub, batch_size, partition)
            captured += round_captured
            delivered += round_delivered
            if on_step is not None:
                on_step(round_captured, round_delivered)
            if not (round_captured or round_delivered or busy):
                if until_idle:
                    break
                stop.wait(idle_sleep_s)
        return captured, delivered

    def _guarded_capture(self, dataset: str, batch_size: int) -> int:
        """One capture step; a misconfigured source is marked in error, the others go on."""
        try:
            return self.capture_once(dataset, batch_size=batch_size)
        except LienthongError as exc:
            self._captures.pop(dataset, None)
            with self.store.begin() as conn:
                conn.execute(
                    sync_capture.update()
                    .where(sync_capture.c.dataset == dataset)
                    .values(status="error", status_detail=str(exc), status_ts=time.time())
                )
            return 0

    def _guarded_delivery(
        self, sub: dict[str, Any], batch_size: int, partition: tuple[int, int] | None = None
    ) -> int:
        """One delivery step; its error is already on the subscription, the others go on."""
        name = sub["name"]
        try:
            return self.deliver_once(name, batch_size=batch_size, sub=sub, partition=partition)
        except LienthongError:
            deliverer = self._deliverers.pop(name, None)
            if deliverer is not None:
                deliverer.close()
            return 0

    # reporting ------------------------------------------------------------------------------

    def status(self) -> list[LagRecord]:
        return subscription_lag(self.store, self._logs)

    def resume(self, name: str) -> dict[str, Any]:
        """Resume a paused subscription once its right holds again (checked as delivery checks)."""
        from lienthong.sync._release import authorise_release

        authorise_release(self.store, self.subscriptions.get(name))
        self.subscriptions.resume(name)
        return self.subscriptions.get(name)

    def replay(self, name: str, position: int) -> None:
        self.subscriptions.replay(name, position)
        deliverer = self._deliverers.pop(name, None)
        if deliverer is not None:
            deliverer.close()

    def close(self) -> None:
        for capture in self._captures.values():
            capture.close()
        for deliverer in self._deliverers.values():
            deliverer.close()
        for log in self._logs.values():
            log.close()
        self._captures.clear()
        self._deliverers.clear()
        self._logs.clear()

    def __enter__(self) -> Sync:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


@contextmanager
def _collector_for_batches() -> Iterator[None]:
    """Tune Python's cyclic garbage collector while sync runs, and put it back afterwards.

    Capture and delivery create thousands of small, acyclic objects per batch (changes, rows,
    dicts). With the default generation-0 threshold (700 allocations) the collector runs every
    few hundred changes and its older generations walk every live object (modules, SQLAlchemy
    metadata, the batch itself): measured at about a fifth of delivery CPU. Objects alive when
    the run starts are frozen out of collections and generation 0 waits for 10,000
    allocations; cyclic garbage is still collected, only less often.
    """
    previous = gc.get_threshold()
    gc.freeze()  # cheap (a list splice); unfreeze hands them back to the oldest generation
    gc.set_threshold(10_000, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()


def require_dataset(store: Store, dataset: str) -> None:
    with store.connect() as conn:
        if (
            conn.execute(
                select(sync_capture.c.dataset).where(sync_capture.c.dataset == dataset)
            ).first()
            is None
        ):
            raise NotFoundError(f"Dataset {dataset!r} is not watched by sync.")


MAX_PARTITIONS = 64


def _checked_partition(partition: tuple[int, int] | None) -> tuple[int, int] | None:
    if partition is None:
        return None
    mine, partitions = partition
    if not (1 <= partitions <= MAX_PARTITIONS and 0 <= mine < partitions):
        raise InputError(
            f"A delivery partition is K/N with 0 <= K < N <= {MAX_PARTITIONS};"
            f" got {mine}/{partitions}."
        )
    return partition
