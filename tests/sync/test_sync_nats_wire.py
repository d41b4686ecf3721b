"""The NATS change log's batch publish and batch pull, against the real JetStream server.

What the hand-rolled wire code must keep: every change is its own de-duplicated message, a
batch counts as logged only when the stream acknowledged all of it, and reads return the
stream in order from any cursor, also after the pull consumer disappeared.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from lienthong.errors import SourceUnavailableError
from lienthong.sync import Change
from lienthong.sync._nats import NatsChangeLog, stream_name
from lienthong.sync._nats_wire import message_body

pytestmark = pytest.mark.integration


def _changes(dataset: str, first: int, count: int) -> list[Change]:
    now = datetime.now(UTC)
    return [
        Change(dataset, "insert", f"[{i}]", f"pg:0/{i:X}:0", now, None, {"id": i, "v": "Lê Lợi"})
        for i in range(first, first + count)
    ]


def test_a_batch_larger_than_a_read_comes_back_in_order_from_any_cursor(
    nats_log: tuple[NatsChangeLog, str],
) -> None:
    log, dataset = nats_log
    changes = _changes(dataset, 0, 250)
    assert log.append(changes) == 250
    assert log.append(changes[100:] + _changes(dataset, 250, 10)) == 10  # re-sent tail dropped
    seqs: list[int] = []
    while batch := log.read(dataset, seqs[-1] if seqs else 0, 40):
        assert len(batch) <= 40
        seqs += [item.seq for item in batch]
    assert seqs == list(range(1, 261))
    replayed = log.read(dataset, 10, 5)  # a cursor behind the reader: it is rebuilt there
    assert [item.seq for item in replayed] == [11, 12, 13, 14, 15]
    assert [item.change_id for item in replayed] == [c.change_id for c in changes[10:15]]
    assert replayed[0].change == changes[10]
    assert replayed[0].logged_at is not None


def test_reads_carry_on_after_the_pull_consumer_is_gone(
    nats_log: tuple[NatsChangeLog, str],
) -> None:
    log, dataset = nats_log
    log.append(_changes(dataset, 0, 20))
    assert len(log.read(dataset, 0, 10)) == 10
    reader = log._readers[dataset]
    log._run(log._js.delete_consumer(stream_name(dataset), reader.consumer))  # as if expired
    assert [item.seq for item in log.read(dataset, 10, 100)] == list(range(11, 21))


def test_a_batch_the_stream_does_not_take_is_not_counted_as_logged(
    nats_log: tuple[NatsChangeLog, str],
) -> None:
    log, dataset = nats_log
    log.append(_changes(dataset, 0, 5))
    log._run(log._js.delete_stream(stream_name(dataset)))  # behind the log's back
    with pytest.raises(SourceUnavailableError, match=r"NATS change log .* failed: PublishRefused"):
        log.append(_changes(dataset, 5, 50))
    assert log.append(_changes(dataset, 5, 50)) == 50  # the stream is made again, all logged
    assert log.head(dataset) == 50


def test_a_message_body_is_the_change_as_json() -> None:
    when = datetime(2026, 11, 24, 9, 30, 0, 123456, tzinfo=UTC)
    for change in (
        Change("dan_cu.ho_so", "insert", '["0\\"1"]', "pg:0/1:0", when, None, {"a": "Lê\n"}),
        Change("dan_cu.ho_so", "delete", "[1, 2]", "pg:0/1:1", when, {"a": None, "b": 1.5}),
    ):
        body = message_body(change, when.isoformat())
        assert json.loads(body) == change.to_json()
        assert Change.from_json(json.loads(body)) == change
