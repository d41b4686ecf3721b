"""Crash-test machinery: worker processes to SIGKILL, a random load, and the final checks.

The load writes to a table ``ho_so(id, version, dia_chi)``: each update bumps ``version``, so
per-key order can be checked in the change log (versions only ever increase per key), and the
number of row events the load made must equal the number of changes logged (nothing lost,
nothing logged twice). After the chaos the target must equal the source and the target's
applied-changes table must hold every logged change exactly once.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lienthong.store import Store
from lienthong.sync import ChangeLog, LoggedChange, Subscriptions

WORKER = Path(__file__).with_name("crash_worker.py")
Execute = Callable[[list[tuple[str, tuple[object, ...]]]], None]


class Worker:
    """One sync process (capture or deliver) that can be killed with SIGKILL and restarted."""

    def __init__(self, role: str, store_url: str, home: Path) -> None:
        self.args = [sys.executable, str(WORKER), role, store_url, str(home)]
        self.proc: subprocess.Popen[bytes] | None = None
        self.kills = 0
        self.log = home / f"{role}.log"

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(self.args, stdout=out, stderr=out, env=env)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            self.kills += 1

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Load:
    """A random, bounded load of inserts, updates and deletes, written in small transactions."""

    seed: int
    initial: int = 100
    live: set[str] = field(default_factory=set)
    versions: dict[str, int] = field(default_factory=dict)
    events: int = 0
    next_id: int = 0

    def initial_rows(self) -> list[tuple[str, int, str]]:
        rows = []
        for _ in range(self.initial):
            key = self._new()
            rows.append((key, 0, f"{key} Lê Lợi"))
        return rows

    def _new(self) -> str:
        self.next_id += 1
        key = f"079{self.next_id:09d}"
        self.live.add(key)
        self.versions[key] = 0
        return key

    def run(
        self, execute: Execute, transactions: int, *, pause_s: float = 0.002, mark: str = "?"
    ) -> None:
        rng = random.Random(self.seed)
        for _ in range(transactions):
            statements: list[tuple[str, tuple[object, ...]]] = []
            touched: set[str] = set()
            for _ in range(rng.randint(1, 4)):
                roll = rng.random()
                candidates = sorted(self.live - touched)
                if roll < 0.25 or not candidates:
                    key = self._new()
                    statements.append(
                        (
                            f"INSERT INTO ho_so (id, version, dia_chi) VALUES ({mark}, 0, {mark})",
                            (key, f"{key} mới"),
                        )
                    )
                elif roll < 0.85:
                    key = rng.choice(candidates)
                    self.versions[key] += 1
                    statements.append(
                        (
                            f"UPDATE ho_so SET version = {mark}, dia_chi = {mark}"
                            f" WHERE id = {mark}",
                            (self.versions[key], f"{key} số {self.versions[key]}", key),
                        )
                    )
                else:
                    key = rng.choice(candidates)
                    self.live.discard(key)
                    statements.append((f"DELETE FROM ho_so WHERE id = {mark}", (key,)))
                touched.add(key)
            execute(statements)
            self.events += len(statements)
            time.sleep(pause_s)


def chaos(
    workers: list[Worker],
    load: Callable[[], None],
    *,
    seed: int,
    kills: int,
    extra: Callable[[], None] | None = None,
) -> None:
    """Run ``load`` while killing random workers at random moments, restarting each at once."""
    import threading

    rng = random.Random(seed)
    failures: list[BaseException] = []

    def guarded() -> None:
        try:
            load()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread below
            failures.append(exc)

    thread = threading.Thread(target=guarded)
    thread.start()
    done = 0
    while thread.is_alive() and done < kills:
        time.sleep(rng.uniform(0.3, 1.0))
        victim = rng.choice(workers)
        if extra is not None and rng.random() < 0.3:
            extra()  # e.g. cut the subscriber's database connections
            continue
        victim.kill()
        victim.start()
        done += 1
    thread.join()
    if failures:
        raise failures[0]
    for worker in workers:
        if not worker.alive():
            worker.start()


def wait_until(done: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if done():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def read_all(log: ChangeLog, dataset: str) -> list[LoggedChange]:
    out: list[LoggedChange] = []
    while True:
        batch = log.read(dataset, out[-1].seq if out else 0, 5000)
        if not batch:
            return out
        out += batch


def check_log(changes: list[LoggedChange], load: Load) -> None:
    """Nothing lost, nothing logged twice, versions increase per key."""
    ids = [c.change_id for c in changes]
    assert len(ids) == len(set(ids)), "a change was logged twice"
    streamed = [c for c in changes if c.change.op != "snapshot"]
    assert len(streamed) == load.events, (len(streamed), load.events)
    last: dict[str, int] = {}
    for item in streamed:
        row = item.change.after or item.change.before or {}
        key = item.change.key
        if item.change.op == "update":
            version = int(row["version"])
            assert version > last.get(key, -1), f"per-key order broken for {key}"
            last[key] = version
        elif item.change.op == "insert":
            last[key] = 0


def check_applied(
    store: Store, name: str, applied: list[tuple[object, ...]], changes: list[LoggedChange]
) -> None:
    """Every logged change applied exactly once, nothing dead-lettered."""
    assert Subscriptions(store).dead_letters(name) == []
    ids = [str(row[0]) for row in applied]
    assert len(ids) == len(set(ids))
    assert sorted(ids) == sorted(c.change_id for c in changes)


def dump(rows: list[tuple[object, ...]]) -> str:
    return json.dumps(rows[:5], default=str)
