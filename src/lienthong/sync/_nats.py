"""The change log on NATS JetStream, for scale: one stream per dataset, de-duplicated on publish.

Each change is published with ``Nats-Msg-Id: <change_id>``, so a change re-sent by a restarted
capture within the stream's duplicate window (set to 1 hour here) is acknowledged as a
duplicate and not stored again. The stream sequence is the subscribers' cursor. nats-py is
asynchronous; this class keeps its own event loop so capture and delivery stay plain code.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import nats
from nats.errors import NoServersError
from nats.errors import TimeoutError as NatsTimeout
from nats.js import api
from nats.js.errors import NotFoundError as StreamNotFound

from lienthong.errors import SourceUnavailableError
from lienthong.sync._log import ChangeLog
from lienthong.sync._model import Change, LoggedChange

DUPLICATE_WINDOW_S = 3600.0


def stream_name(dataset: str) -> str:
    return "LT_" + re.sub(r"[^A-Za-z0-9_-]", "_", dataset)


def subject(dataset: str) -> str:
    return "lienthong.sync." + re.sub(r"[^A-Za-z0-9_-]", "_", dataset)


class NatsChangeLog(ChangeLog):
    """JetStream-backed change log (``nats://host:port``)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._loop = asyncio.new_event_loop()
        self._nc: Any = None
        self._js: Any = None
        self._streams: set[str] = set()
        self._readers: dict[str, tuple[Any, int]] = {}  # dataset -> (pull subscription, next)

    def _run(self, coro: Any) -> Any:
        try:
            return self._loop.run_until_complete(coro)
        except (NoServersError, OSError, ConnectionError) as exc:
            self._nc = self._js = None
            self._streams.clear()
            self._readers.clear()
            raise SourceUnavailableError(
                f"The NATS change log at {self.url} cannot be reached: {exc}.",
                hint="Start NATS JetStream (scripts/services.sh); sync resumes where it stopped.",
            ) from exc

    async def _connect(self) -> Any:
        if self._nc is None or self._nc.is_closed:
            self._nc = await nats.connect(
                self.url, connect_timeout=2, max_reconnect_attempts=2, allow_reconnect=True
            )
            self._js = self._nc.jetstream(timeout=10)
        return self._js

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
            js = await self._stream(dataset)
            futures = []
            for change in items:
                body = json.dumps(change.to_json(), ensure_ascii=False).encode("utf-8")
                futures.append(
                    await js.publish_async(
                        subject(dataset), body, headers={"Nats-Msg-Id": change.change_id}
                    )
                )
            for ack in await asyncio.gather(*futures):
                if not ack.duplicate:
                    new += 1
        return new

    def read(self, dataset: str, after: int, limit: int) -> list[LoggedChange]:
        return list(self._run(self._read(dataset, after, limit)))

    async def _reader(self, dataset: str, after: int) -> Any:
        found = self._readers.get(dataset)
        if found is not None and found[1] == after + 1:
            return found[0]
        if found is not None:
            await found[0].unsubscribe()
        js = await self._stream(dataset)
        config = api.ConsumerConfig(
            deliver_policy=api.DeliverPolicy.BY_START_SEQUENCE,
            opt_start_seq=after + 1,
            ack_policy=api.AckPolicy.NONE,
            inactive_threshold=60.0,
            mem_storage=True,
        )
        sub = await js.pull_subscribe(subject(dataset), stream=stream_name(dataset), config=config)
        self._readers[dataset] = (sub, after + 1)
        return sub

    async def _read(self, dataset: str, after: int, limit: int) -> list[LoggedChange]:
        available = await self._head(dataset) - after
        if available <= 0:  # caught up: answer at once instead of waiting out a fetch
            return []
        sub = await self._reader(dataset, after)
        try:  # ask for exactly what is there, so the fetch returns as soon as it has it
            messages = await sub.fetch(min(limit, available), timeout=2.0)
        except (TimeoutError, NatsTimeout):
            return []
        out: list[LoggedChange] = []
        for message in messages:
            seq = int(message.metadata.sequence.stream)
            if seq <= after:
                continue
            out.append(
                LoggedChange(
                    seq=seq,
                    change=Change.from_json(json.loads(message.data)),
                    logged_at=message.metadata.timestamp
                    if isinstance(message.metadata.timestamp, datetime)
                    else datetime.now(UTC),
                )
            )
        if out:
            self._readers[dataset] = (sub, out[-1].seq + 1)
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
            with contextlib.suppress(StreamNotFound):
                await js.delete_stream(stream_name(dataset))
            self._streams.discard(stream_name(dataset))
            self._readers.pop(dataset, None)

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
        self._nc = self._js = None
        self._loop.close()
