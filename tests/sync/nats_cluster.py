"""A three-node NATS JetStream cluster on loopback ports, for tests and benchmarks.

Each node is a real ``nats-server`` process (Debian's package, the same binary as the local
service) with its own store directory and cluster routes to the other two; :meth:`kill` sends
SIGKILL, as a crashed machine would.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import nats
from nats.errors import Error as NatsError

NATS_SERVER = shutil.which("nats-server") or "/usr/sbin/nats-server"


async def _quiet(exc: Exception) -> None:
    """Not yet listening is expected while the nodes start."""


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


class NatsCluster:
    """JetStream nodes clustered on loopback (three by default); ``url`` names them all."""

    def __init__(self, root: Path, nodes: int = 3) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        ports = _free_ports(2 * nodes)
        self.client_ports, self.route_ports = ports[:nodes], ports[nodes:]
        self.processes: list[subprocess.Popen[bytes] | None] = [None] * nodes
        self.url = ",".join(f"nats://127.0.0.1:{port}" for port in self.client_ports)

    def _config(self, index: int) -> Path:
        routes = ", ".join(
            f"nats-route://127.0.0.1:{port}"
            for other, port in enumerate(self.route_ports)
            if other != index
        )
        store = self.root / f"n{index}"
        store.mkdir(parents=True, exist_ok=True)
        path = self.root / f"n{index}.conf"
        cluster = (
            f"cluster {{ name: lt, listen: 127.0.0.1:{self.route_ports[index]},"
            f" routes: [{routes}] }}\n"
            if len(self.processes) > 1
            else ""  # one node: a plain JetStream server, the baseline of bench/nats_cluster.py
        )
        path.write_text(
            f"server_name: n{index}\n"
            f"listen: 127.0.0.1:{self.client_ports[index]}\n"
            f'jetstream {{ store_dir: "{store}" }}\n' + cluster
        )
        return path

    def start(self, timeout: float = 30.0) -> NatsCluster:
        for index in range(len(self.processes)):
            log = (self.root / f"n{index}.log").open("ab")
            self.processes[index] = subprocess.Popen(
                [NATS_SERVER, "-c", str(self._config(index))], stdout=log, stderr=log
            )
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Until JetStream answers through the cluster (a meta leader has been elected)."""

        async def ready() -> bool:
            try:
                nc = await nats.connect(
                    servers=self.url.split(","), connect_timeout=1, error_cb=_quiet
                )
            except (OSError, NatsError):
                return False
            try:
                await nc.jetstream(timeout=2).account_info()
                return True
            except (OSError, NatsError):
                return False
            finally:
                await nc.close()

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if asyncio.run(ready()):
                return
            time.sleep(0.3)
        logs = "\n".join(p.read_text()[-800:] for p in sorted(self.root.glob("n*.log")))
        raise RuntimeError(f"the NATS cluster did not become ready:\n{logs}")

    def index_of(self, url: str) -> int:
        return self.client_ports.index(int(url.rsplit(":", 1)[1]))

    def kill(self, index: int) -> None:
        process = self.processes[index]
        if process is not None:
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            self.processes[index] = None

    def stop(self) -> None:
        for index, process in enumerate(self.processes):
            if process is not None:
                process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(10)
                if process.poll() is None:
                    self.kill(index)
                self.processes[index] = None
