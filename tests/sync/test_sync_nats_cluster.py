"""The change log on a three-node JetStream cluster (R=3): a node is killed mid-stream and every
change still reaches the subscriber once, in order."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from nats_cluster import NatsCluster

from lienthong.errors import SourceUnavailableError
from lienthong.sync._model import Change
from lienthong.sync._nats import NatsChangeLog

pytestmark = pytest.mark.integration

BATCH = 50
BATCHES = 20


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[NatsCluster]:
    started = NatsCluster(tmp_path / "nats").start()
    try:
        yield started
    finally:
        started.stop()


def _change(dataset: str, n: int) -> Change:
    key = n % 37  # several changes per key: their order must survive
    when = datetime(2026, 1, 1, tzinfo=UTC)
    return Change(dataset, "update", f"[{key}]", f"pg:0/{n:X}:0", when, None, {"id": key, "v": n})


def _append_until_logged(log: NatsChangeLog, batch: list[Change], attempts: int = 40) -> None:
    """What capture does: a batch not acknowledged is re-sent until it is (de-duplicated)."""
    for _ in range(attempts):
        try:
            log.append(batch)
            return
        except SourceUnavailableError:
            continue
    raise AssertionError("the cluster never acknowledged the batch")


def test_a_killed_node_loses_and_duplicates_nothing(cluster: NatsCluster) -> None:
    dataset = f"c{uuid.uuid4().hex[:8]}.cong_dan"
    log = NatsChangeLog(cluster.url)
    assert log.replicas == 3
    changes = [_change(dataset, n) for n in range(BATCH * BATCHES)]
    try:
        for index in range(BATCHES):
            if index == BATCHES // 2:
                connected = log.connected_url
                assert connected is not None
                cluster.kill(cluster.index_of(connected))  # the node this client talks to
            _append_until_logged(log, changes[index * BATCH : (index + 1) * BATCH])
        # Re-sending an already logged batch (a capture restarted after the kill) stores nothing.
        _append_until_logged(log, changes[:BATCH])

        read: list[int] = []
        after = 0
        for _ in range(200):
            try:
                got = log.read(dataset, after, 300)
            except SourceUnavailableError:
                continue
            if not got:
                break
            read.extend(int((item.change.after or {})["v"]) for item in got)
            after = got[-1].seq
        assert read == list(range(BATCH * BATCHES))  # each once, in the order captured
        assert log.head(dataset) == BATCH * BATCHES
        assert log.connected_url != connected  # it did fail over
    finally:
        log.close()
