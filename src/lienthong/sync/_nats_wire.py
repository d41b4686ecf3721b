"""JetStream publish acknowledgements and pull requests, batch at a time, for ``_nats``.

Both speak JetStream's documented wire protocol over plain core-NATS subscriptions with one
callback each, instead of nats-py's per-message futures and timers:

- :class:`AckCounter`: every message of a published batch carries the same reply subject; the
  stream answers each with a ``PubAck`` (``{"stream", "seq", "duplicate"}``) or an error, and
  the batch is done when every message has been answered. A batch with any error, or not fully
  answered in time, is *not* logged: the caller raises and capture re-sends it, and the
  messages that did get stored are then recognised by their ``Nats-Msg-Id``.
- :class:`Puller`: one pull request (``$JS.API.CONSUMER.MSG.NEXT.<stream>.<consumer>``) asks
  for a whole batch; messages arrive in stream order into a buffer. With ``AckPolicy.NONE`` a
  message delivered is never delivered again, so anything received beyond what one read takes
  stays buffered for the next read; the subscriber's own cursor (saved only after a batch is
  applied and audited) stays the source of truth, and a reader not at that cursor is rebuilt.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from datetime import UTC, datetime
from typing import Any

from lienthong.sync._model import Change, LoggedChange

API_PREFIX = "$JS.API"
_HEARTBEAT = "100"
_REQUEST_OVER = ("404", "408")  # no messages / request expired: the pull simply ended


class PublishRefused(Exception):
    """JetStream answered a publish with an error (or no stream listens on the subject)."""


class AckBatch:
    """The acknowledgements of one published batch."""

    def __init__(self, reply: str, count: int) -> None:
        self.reply = reply
        self.left = count
        self.new = 0
        self.error: str | None = None
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if count == 0:
            self.done.set_result(None)

    def take(self, headers: dict[str, str] | None, data: bytes) -> None:
        if self.done.done():
            return
        status = headers.get("Status") if headers else None
        if status:  # 503: no responders, i.e. no stream takes this subject
            self.error = f"status {status} {(headers or {}).get('Description', '')}".strip()
        else:
            answer = json.loads(data.decode("utf-8"))
            if "error" in answer:
                error = answer["error"]
                self.error = str(error.get("description", error))
            elif not answer.get("duplicate"):
                self.new += 1
        self.left -= 1
        if self.error is not None or self.left <= 0:
            self.done.set_result(None)

    async def wait(self, timeout_s: float) -> int:
        """How many of the batch were new; raises unless every message was stored."""
        await asyncio.wait_for(asyncio.shield(self.done), timeout_s)
        if self.error is not None:
            raise PublishRefused(self.error)
        return self.new


class AckCounter:
    """One wildcard reply subscription for every batch published on a connection."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self._batches: dict[str, AckBatch] = {}
        self._count = 0
        self._sub: Any = None

    @classmethod
    async def start(cls, nc: Any) -> AckCounter:
        counter = cls(nc.new_inbox() + ".")
        counter._sub = await nc.subscribe(counter.prefix + "*", cb=counter._on_ack)
        return counter

    def batch(self, count: int) -> AckBatch:
        self._count += 1
        batch = AckBatch(f"{self.prefix}{self._count}", count)
        self._batches[batch.reply] = batch
        return batch

    def forget(self, batch: AckBatch) -> None:
        self._batches.pop(batch.reply, None)

    def fail_all(self, reason: str) -> None:
        """The connection dropped: acknowledgements still owed will never come on it.

        Failing the open batches at once (instead of waiting out the acknowledgement timeout)
        lets capture re-send them through the server the client fails over to.
        """
        for batch in self._batches.values():
            if not batch.done.done():
                batch.error = reason
                batch.done.set_result(None)

    async def _on_ack(self, msg: Any) -> None:
        batch = self._batches.get(msg.subject)
        if batch is not None:  # late answers to a forgotten batch are ignored
            batch.take(msg.headers, msg.data)


class Puller:
    """A pull consumer read a batch at a time; ``next`` is the stream seq it delivers next."""

    def __init__(self, nc: Any, stream: str, consumer: str, next_seq: int) -> None:
        self.next = next_seq
        self.broken = False
        self.stream, self.consumer = stream, consumer
        self._nc = nc
        self._subject = f"{API_PREFIX}.CONSUMER.MSG.NEXT.{stream}.{consumer}"
        self._inbox = ""
        self._sub: Any = None
        self._buffer: list[Any] = []
        self._asked = 0  # messages asked for by the open pull request and not yet received
        self._asked_until = 0.0
        self._want = 0
        self._wake: asyncio.Future[None] | None = None
        self._heard = False  # anything (message or status) answered the open request
        self.used_at = time.monotonic()

    @classmethod
    async def start(cls, nc: Any, stream: str, consumer: str, next_seq: int) -> Puller:
        puller = cls(nc, stream, consumer, next_seq)
        puller._inbox = nc.new_inbox()
        puller._sub = await nc.subscribe(puller._inbox, cb=puller._on_msg)
        return puller

    async def _on_msg(self, msg: Any) -> None:
        self._heard = True
        if msg.reply:  # a stored message ($JS.ACK.… reply subject)
            self._buffer.append(msg)
            self._asked -= 1
        else:  # a status: the pull request is over, or the consumer is gone
            status = msg.headers.get("Status") if msg.headers else None
            if status == _HEARTBEAT:
                return
            self._asked = 0
            if status not in _REQUEST_OVER:  # 409 consumer deleted, 503 no responders, …
                self.broken = True
        wake = self._wake
        enough = self._asked <= 0 or len(self._buffer) >= self._want or self.broken
        if wake is not None and not wake.done() and enough:
            wake.set_result(None)

    async def take(self, want: int, wait_s: float) -> list[Any]:
        """Up to ``want`` messages in stream order: what the buffer holds, else one pull.

        The pull is ``no_wait``: the server sends what it has at once, then a 404 (nothing)
        or 408 (fewer than asked) status, so a caught-up reader costs one small round trip.
        """
        if not self._buffer and (self._asked <= 0 or time.monotonic() > self._asked_until):
            self._asked, self._asked_until = want, time.monotonic() + wait_s + 1.0
            self._heard = False
            request = {"batch": want, "no_wait": True}
            await self._nc.publish(self._subject, json.dumps(request).encode(), reply=self._inbox)
        if not self._buffer and self._asked > 0 and not self.broken:
            self._want = want
            self._wake = asyncio.get_running_loop().create_future()
            try:
                await asyncio.wait_for(self._wake, wait_s)
            except TimeoutError:
                # not even a status: nobody serves the consumer (it expired or was deleted)
                self.broken = self.broken or not self._heard
            finally:
                self._wake = None
        self.used_at = time.monotonic()
        taken = self._buffer[:want]
        del self._buffer[:want]
        return taken

    async def close(self, js: Any) -> None:
        """Stop listening and (best effort) delete the consumer; the server also expires it."""
        with contextlib.suppress(Exception):
            await self._sub.unsubscribe()
        if js is not None:
            with contextlib.suppress(Exception):
                await js.delete_consumer(self.stream, self.consumer)


_TEXT = json.JSONEncoder(ensure_ascii=False).encode


def message_body(change: Change, commit_time: str) -> bytes:
    """``change.to_json()`` as JSON text, written field by field (``commit_time`` already in
    ISO form: one transaction's changes share it, so the caller formats it once). The same
    document ``json.loads`` reads back, without building and walking a dict per change."""
    before = "null" if change.before is None else _TEXT(change.before)
    after = "null" if change.after is None else _TEXT(change.after)
    return (
        f'{{"change_id":"{change.change_id}","dataset":{_TEXT(change.dataset)},'
        f'"op":{_TEXT(change.op)},"key":{_TEXT(change.key)},"position":{_TEXT(change.position)},'
        f'"commit_time":{_TEXT(commit_time)},"before":{before},"after":{after}}}'
    ).encode()


def logged_change(msg: Any) -> LoggedChange:
    """A stored message as a logged change; seq and time come from its ``$JS.ACK`` subject."""
    tokens = msg.reply.split(".")
    if len(tokens) == 9:  # $JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<dseq>.<ns>.<pending>
        seq, nanos = int(tokens[5]), int(tokens[7])
    else:  # v2: $JS.ACK.<domain>.<account>.<stream>.<consumer>.<delivered>.<sseq>.<dseq>.<ns>…
        seq, nanos = int(tokens[7]), int(tokens[9])
    return LoggedChange(
        seq=seq,
        change=Change.from_json(json.loads(msg.data.decode("utf-8"))),
        logged_at=datetime.fromtimestamp(nanos / 1e9, UTC),
    )
