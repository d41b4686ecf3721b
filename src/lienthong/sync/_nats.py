"""The change log on NATS JetStream, for scale: one stream per dataset, de-duplicated on publish.

Each change is published as its own message with ``Nats-Msg-Id: <change_id>``, so a change
re-sent by a restarted capture within the stream's duplicate window (set to 1 hour here) is
acknowledged as a duplicate and not stored again. The stream sequence is the subscribers'
cursor. nats-py is asynchronous; this class keeps its own event loop so capture and delivery
stay plain code.

A cluster is named by its servers, comma-separated (``nats://a:4222,nats://b:4222,nats://c:4222``):
the client fails over between them, and each stream is created with as many replicas as servers
named, up to three (JetStream's R=3), so a node can die without losing an acknowledged change.
A publish interrupted by a failover is simply re-sent by capture; ``Nats-Msg-Id`` makes the
re-send harmless.

Why the hand-rolled publish and pull (see ``_nats_wire``): nats-py's ``publish_async`` and
``fetch`` spend several asyncio futures, tasks and timers per message, which made the NATS path
cost twice the CPU per change of the embedded log. A batch is published with one shared reply
subject and its acknowledgements are counted by one callback; it is only reported logged once
every message of it has been acknowledged by the stream (so capture saves its position only
after a durable hand-off). A read is one ``no_wait`` pull request for a whole batch, which
answers at once with what is there (or that nothing is).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Sequence
from typing import Any

import nats
from nats.errors import ConnectionClosedError, NoServersError
from nats.errors import Error as NatsError
from nats.js import api
from nats.js.errors import NotFoundError as StreamNotFound

from lienthong.errors import SourceUnavailableError
from lienthong.sync._log import ChangeLog
from lienthong.sync._model import Change, LoggedChange
from lienthong.sync._nats_wire import (
    AckCounter,
    PublishRefused,
    Puller,
    logged_change,
    message_body,
)

_log = logging.getLogger(__name__)

DUPLICATE_WINDOW_S = 3600.0
ACK_TIMEOUT_S = 30.0  # a batch not fully acknowledged by then is treated as not logged
FETCH_WAIT_S = 2.0
CONSUMER_IDLE_S = 60.0  # the server deletes a reader's consumer after this long unused


MAX_REPLICAS = 3  # JetStream's recommended (and, for file streams, usual maximum) replication


def servers(url: str) -> list[str]:
    """The servers of a change-log URL: one, or a cluster's, comma-separated."""
    return [part.strip() for part in url.split(",") if part.strip()]


def stream_name(dataset: str) -> str:
    return "LT_" + re.sub(r"[^A-Za-z0-9_-]", "_", dataset)


def subject(dataset: str) -> str:
    return "lienthong.sync." + re.sub(r"[^A-Za-z0-9_-]", "_", dataset)


class NatsChangeLog(ChangeLog):
    """JetStream-backed change log (``nats://host:port``)."""

    def __init__(self, url: str, replicas: int | None = None) -> None:
        self.url = url
        self.servers = servers(url)
        self.replicas = replicas or min(MAX_REPLICAS, len(self.servers))
        self._loop = asyncio.new_event_loop()
        self._nc: Any = None
        self._js: Any = None
        self._acks: AckCounter | None = None
        self._streams: set[str] = set()
        self._readers: dict[str, Puller] = {}  # dataset -> pull consumer positioned at .next

    @property
    def connected_url(self) -> str | None:
        """The server this log is connected to now (a cluster fails over between them)."""
        if self._nc is None or self._nc.is_closed or self._nc.connected_url is None:
            return None
        url = self._nc.connected_url
        return f"{url.scheme}://{url.hostname}:{url.port}"

    def _reset(self) -> None:
        """Forget the connection and what hangs on it; the next call starts afresh."""
        if self._nc is not None and not self._nc.is_closed:
            with contextlib.suppress(Exception):
                self._loop.run_until_complete(asyncio.wait_for(self._nc.close(), 5))
        self._nc = self._js = self._acks = None
        self._streams.clear()
        self._readers.clear()

    def _run(self, coro: Any) -> Any:
        try:
            return self._loop.run_until_complete(coro)
        except (NoServersError, ConnectionClosedError, ConnectionError) as exc:
            self._reset()
            raise SourceUnavailableError(
                f"The NATS change log at {self.url} cannot be reached: {exc}.",
                hint="Start NATS JetStream (scripts/services.sh); sync resumes where it stopped.",
            ) from exc
        except (OSError, NatsError, PublishRefused) as exc:  # timeouts, API errors, …
            self._reset()
            raise SourceUnavailableError(
                f"The NATS change log at {self.url} failed: {type(exc).__name__}: {exc}.",
                hint="Nothing was marked as logged or delivered; sync retries from its saved"
                " position.",
            ) from exc

    async def _connect(self) -> Any:
        if self._nc is None or self._nc.is_closed:
            self._nc = await nats.connect(
                servers=self.servers,
                connect_timeout=2,
                max_reconnect_attempts=2 * len(self.servers),
                allow_reconnect=True,
                skip_subject_validation=True,  # ours are built from sanitised names, per message
                disconnected_cb=self._on_disconnect,
                error_cb=self._on_error,
            )
            self._js = self._nc.jetstream(timeout=10)
            self._acks = None
        return self._js

    async def _on_error(self, exc: Exception) -> None:
        """A server of the pool refused or dropped us: the client fails over by itself.

        (nats-py's default prints a traceback per attempt; a dead cluster node is an operator
        matter for logs and metrics, and a call that cannot complete still raises.)
        """
        _log.warning("NATS change log %s: %s: %s", self.url, type(exc).__name__, exc)

    async def _on_disconnect(self) -> None:
        if self._acks is not None:
            self._acks.fail_all("the connection to the NATS server dropped")

    async def _stream(self, dataset: str) -> Any:
        js = await self._connect()
        name = stream_name(dataset)
        if name not in self._streams:
            try:
                await js.stream_info(name)
            except StreamNotFound:
                await js.add_stream(
                    api.StreamConfig(
                        name=name,
                        subjects=[subject(dataset)],
                        storage=api.StorageType.FILE,
                        duplicate_window=DUPLICATE_WINDOW_S,
                        num_replicas=self.replicas,
                    )
                )
            self._streams.add(name)
        return js

    def append(self, changes: Sequence[Change]) -> int:
        if not changes:
            return 0
        return int(self._run(self._append(changes)))

    async def _append(self, changes: Sequence[Change]) -> int:
        new = 0
        by_dataset: dict[str, list[Change]] = {}
        for change in changes:
            by_dataset.setdefault(change.dataset, []).append(change)
        for dataset, items in by_dataset.items():
            await self._stream(dataset)
            if self._acks is None:
                self._acks = await AckCounter.start(self._nc)
            batch = self._acks.batch(len(items))
            publish, to, reply = self._nc.publish, subject(dataset), batch.reply
            when, iso = None, ""
            try:
                for change in items:  # pipelined on one connection: the stream keeps this order
                    if change.commit_time is not when:
                        when, iso = change.commit_time, change.commit_time.isoformat()
                    body = message_body(change, iso)
                    await publish(to, body, reply=reply, headers={"Nats-Msg-Id": change.change_id})
                new += await batch.wait(ACK_TIMEOUT_S)
            finally:
                self._acks.forget(batch)
        return new

    def read(self, dataset: str, after: int, limit: int) -> list[LoggedChange]:
        return list(self._run(self._read(dataset, after, limit)))

    async def _reader(self, dataset: str, after: int) -> Puller:
        found = self._readers.get(dataset)
        fresh = found is not None and time.monotonic() - found.used_at < CONSUMER_IDLE_S / 2
        if found is not None and found.next == after + 1 and not found.broken and fresh:
            return found
        if found is not None:
            self._readers.pop(dataset, None)
            await found.close(self._js)
        js = await self._stream(dataset)
        config = api.ConsumerConfig(
            deliver_policy=api.DeliverPolicy.BY_START_SEQUENCE,
            opt_start_seq=after + 1,
            ack_policy=api.AckPolicy.NONE,
            inactive_threshold=CONSUMER_IDLE_S,
            mem_storage=True,
            filter_subject=subject(dataset),
        )
        info = await js.add_consumer(stream_name(dataset), config=config)
        reader = await Puller.start(self._nc, stream_name(dataset), info.name, after + 1)
        self._readers[dataset] = reader
        return reader

    async def _read(self, dataset: str, after: int, limit: int) -> list[LoggedChange]:
        reader = await self._reader(dataset, after)
        messages = await reader.take(limit, FETCH_WAIT_S)
        if not messages and reader.broken:  # the consumer expired (idle) or was deleted
            reader = await self._reader(dataset, after)
            messages = await reader.take(limit, FETCH_WAIT_S)
        out = [item for item in map(logged_change, messages) if item.seq > after]
        if out:
            reader.next = out[-1].seq + 1
        return out

    def head(self, dataset: str) -> int:
        return int(self._run(self._head(dataset)))

    async def _head(self, dataset: str) -> int:
        js = await self._stream(dataset)
        info = await js.stream_info(stream_name(dataset))
        return int(info.state.last_seq)

    def count_after(self, dataset: str, after: int) -> int:
        return max(0, self.head(dataset) - after)

    def delete_stream(self, dataset: str) -> None:
        """Remove a dataset's stream (tests, or unwatching for good)."""

        async def _delete() -> None:
            js = await self._connect()
            reader = self._readers.pop(dataset, None)
            if reader is not None:
                await reader.close(None)
            with contextlib.suppress(StreamNotFound):
                await js.delete_stream(stream_name(dataset))
            self._streams.discard(stream_name(dataset))

        self._run(_delete())

    def close(self) -> None:
        if self._loop.is_closed():
            return
        if self._nc is not None and not self._nc.is_closed:
            with contextlib.suppress(Exception):
                self._loop.run_until_complete(self._nc.close())
        pending = [t for t in asyncio.all_tasks(self._loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._reset()
        self._loop.close()
