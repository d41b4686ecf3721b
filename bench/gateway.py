"""Gateway benchmark: what do authentication, rights, consent, minimisation and the audit write
cost on top of the query itself?

    .venv/bin/python bench/gateway.py [--small]

In one run, on this machine, with the load generator in its own process:
  (1) direct   the service query straight against the source database (connector, one thread)
  (2) bare     a bare FastAPI endpoint running that query (uvicorn, uvloop, httptools)
  (3) gateway  the full lienthong gateway: EdDSA token, right, consent, minimisation, audit
               entry durable before the response (group commit), problem+json, metrics, logs
then (3) again with 1,000 concurrent connections. Prints req/s, p50/p99 and the ratios
(3)/(2), (3)/(1). Both servers run side by side and the maximum-throughput runs alternate
(bare, gateway / gateway, bare / …, ``--rounds``), so load from other processes that comes and
goes falls on both; the ratio reported is the median of the per-round ratios. The load
generator is a small asyncio HTTP/1.1 keep-alive client (httpx itself would saturate before
the server does; see bench/loadgen.py).

    .venv/bin/python bench/gateway.py --workers 1,2 [--small]

Scale-out mode: the platform store on PostgreSQL (a fresh database per run), and for each worker
count N, N gateway processes and N bare FastAPI processes sharing one port each (SO_REUSEPORT, the
kernel spreads connections), measured alternately at 32 connections. Prints req/s per N for both,
each side's scaling over one worker, and gateway/bare at each N.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from loadgen import summarise

SERVICE = ("CA-HCM", "cong-dan", "v1")
FIELDS = ("so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh", "thuong_tru_dia_chi")
QUERY = "SELECT " + ", ".join(FIELDS) + " FROM cong_dan WHERE so_dinh_danh = :cccd"
GRANTED = ("so_dinh_danh", "ho_ten", "ngay_sinh")
CLIENT, PURPOSE = "BHXH-HCM", "BHYT-CAP-THE"
#: Open-loop rates: latency is compared at a load both servers carry (GovStack's example target
#: is 100 req/s); 1,000 connections carry Estonia's national X-Road average (~250 req/s).
LATENCY_RATE = 100.0
MANY_RATE = 250.0


# ---- setup -------------------------------------------------------------------------------------
def build(home: Path, people: int, consented: int, store_url: str | None = None) -> list[str]:
    """A population register, a platform store with one client, its right and consents."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from lienthong.exchange import (
        ClientDirectory,
        ConsentRegistry,
        ConsentStatus,
        RightsBook,
        ServiceRef,
        mint_token,
    )
    from lienthong.store import Store

    rng = random.Random(7)
    cccds = sorted({f"079{rng.randrange(10**9):09d}" for _ in range(people)})
    con = sqlite3.connect(home / "population.db")
    con.execute(
        "CREATE TABLE cong_dan (so_dinh_danh TEXT PRIMARY KEY, ho_ten TEXT, ngay_sinh TEXT,"
        " gioi_tinh TEXT, thuong_tru_dia_chi TEXT)"
    )
    con.executemany(
        "INSERT INTO cong_dan VALUES (?, ?, ?, ?, ?)",
        [(c, f"Nguyễn Văn {i}", "1990-01-01", "Nam", f"{i} Lê Lợi") for i, c in enumerate(cccds)],
    )
    con.commit()
    con.close()

    store = Store.open(store_url or f"sqlite:///{home / 'platform.db'}")
    ref = ServiceRef(*SERVICE)
    directory = ClientDirectory(store)
    directory.register(CLIENT, "Bảo hiểm xã hội TP.HCM", agency="BHXH-HCM")
    key = Ed25519PrivateKey.generate()
    directory.add_key(
        CLIENT,
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
    )
    rights = RightsBook(store)
    rights.define_purpose(PURPOSE, "Cấp thẻ BHYT")
    rights.grant(CLIENT, ref, PURPOSE, GRANTED)
    subjects = rng.sample(cccds, consented)
    from lienthong.audit import AuditKeys

    # keyed as the platform's audit keys them (the app loads the same keys from home/keys)
    consents = ConsentRegistry(store, AuditKeys.load_or_create(home / "keys").subject_hash)
    for cccd in subjects:
        consents.request(
            cccd, CLIENT, ref, PURPOSE, GRANTED, "Tôi đồng ý.", status=ConsentStatus.ACTIVE
        )
    store.close()
    token = mint_token(CLIENT, key, audience="lienthong-gateway", lifetime_s=3600)
    (home / "token").write_text(token)
    return subjects


def definition(home: Path) -> Any:
    from lienthong.exchange import Parameter, ServiceDefinition, ServiceRef

    return ServiceDefinition(
        ref=ServiceRef(*SERVICE),
        title="Tra cứu công dân",
        source="population",
        query=QUERY,
        parameters=(Parameter("cccd", "cccd", True),),
        fields=FIELDS,
        personal=True,
    )


# ---- servers (run in their own process) -------------------------------------------------------
def bare_app(home: Path) -> Any:
    import anyio.to_thread
    from fastapi import FastAPI

    from lienthong.sources import open_connector_url

    connector = open_connector_url(str(home / "population.db"))
    app = FastAPI()

    @app.get("/v1/services/CA-HCM/cong-dan/v1")
    async def lookup(cccd: str) -> dict[str, Any]:
        rows = await anyio.to_thread.run_sync(lambda: connector.fetch(QUERY, {"cccd": cccd}))
        return {"rows": rows}

    return app


def gateway_app(home: Path, store_url: str | None = None) -> Any:
    from lienthong.config import Settings
    from lienthong.exchange._catalog import StaticCatalog
    from lienthong.store import Store
    from lienthong.web import create_app

    store = Store.open(store_url or f"sqlite:///{home / 'platform.db'}")
    catalog = StaticCatalog([definition(home)], {"population": str(home / "population.db")})
    return create_app(Settings(home=home), store, catalog=catalog)


def serve(kind: str, home: Path, port: int, store_url: str | None, reuse_port: bool) -> None:
    import socket

    import uvicorn

    from lienthong.web import MutualTLSProtocol

    app = bare_app(home) if kind == "bare" else gateway_app(home, store_url)
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        loop="uvloop",
        http=MutualTLSProtocol,
        log_level="error",
        access_log=False,
        backlog=4096,
    )
    if not reuse_port:
        uvicorn.Server(config).run()
        return
    # Several processes on one port: each binds its own socket and the kernel balances
    # connections between them (what `lienthong serve --workers` does through uvicorn).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(4096)
    uvicorn.Server(config).run(sockets=[sock])


# ---- orchestration ----------------------------------------------------------------------------
def direct(home: Path, subjects: list[str], seconds: float) -> dict[str, Any]:
    from lienthong.sources import open_connector_url

    connector = open_connector_url(str(home / "population.db"))
    latencies: list[float] = []
    started = time.perf_counter()
    cpu_started = time.process_time()
    deadline = started + seconds
    i = 0
    while time.perf_counter() < deadline:
        t0 = time.perf_counter()
        connector.fetch(QUERY, {"cccd": subjects[i % len(subjects)]})
        latencies.append(time.perf_counter() - t0)
        i += 1
    result = summarise(latencies, time.perf_counter() - started)
    result["cpu_ms_per_req"] = (time.process_time() - cpu_started) / max(1, i) * 1000
    connector.close()
    return result


def fsync_latency(home: Path, count: int = 200) -> dict[str, Any]:
    """How long one small write + fsync takes where the platform store lives."""
    latencies = []
    with open(home / "fsync-probe", "wb") as handle:
        for _ in range(count):
            started = time.perf_counter()
            handle.write(b"x" * 512)
            handle.flush()
            os.fsync(handle.fileno())
            latencies.append(time.perf_counter() - started)
    return summarise(latencies, sum(latencies))


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """One benchmark server (bare or gateway): one process, or ``workers`` sharing a port."""

    def __init__(
        self, kind: str, home: Path, workers: int = 0, store_url: str | None = None
    ) -> None:
        self.kind, self.home, self.port = kind, home, _free_port()
        command = [sys.executable, __file__, "--serve", kind, "--home", str(home)]
        command += ["--port", str(self.port)]
        if store_url:
            command += ["--store", store_url]
        if workers:
            command.append("--reuse-port")
        self.processes = [
            subprocess.Popen(command, stderr=subprocess.DEVNULL) for _ in range(max(1, workers))
        ]
        self.process = self.processes[0]
        _wait_for(self.port)
        if workers > 1:
            time.sleep(2.0)  # every worker has bound its socket before load starts

    def load(self, connections: int, seconds: float, rate: float | None) -> dict[str, Any]:
        """Run the load generator against this server; req/s, latency, server CPU per request."""
        cpu_before = sum(_cpu_seconds(p.pid) for p in self.processes)
        out = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).with_name("loadgen.py")),
                str(self.port),
                "--purpose",
                PURPOSE,
                "--home",
                str(self.home),
                "--connections",
                str(connections),
                "--seconds",
                str(seconds),
                *(["--rate", str(rate)] if rate else []),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        result = {"connections": connections, "rate": rate, **json.loads(out)}
        # Server CPU per request (warm-up requests included, a few percent): unlike req/s it
        # barely moves when other processes compete for the cores.
        cpu = sum(_cpu_seconds(p.pid) for p in self.processes) - cpu_before
        result["server_cpu_ms_per_req"] = cpu / max(1, result["requests"]) * 1000
        return result

    def stop(self) -> None:
        for process in self.processes:
            process.send_signal(signal.SIGINT)
        for process in self.processes:
            process.wait(30)


def interleaved(
    bare: Server, gateway: Server, rounds: int, seconds: float
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Closed-loop runs of both servers, alternating (bare, gateway / gateway, bare / …), so a
    neighbour's load that comes and goes hits both sides alike; the ratio is taken per round."""
    bare_runs: list[dict[str, Any]] = []
    gateway_runs: list[dict[str, Any]] = []
    for round_ in range(rounds):
        order = [(bare, bare_runs), (gateway, gateway_runs)]
        for server, runs in order if round_ % 2 == 0 else order[::-1]:
            runs.append(server.load(32, seconds, None))
    return bare_runs, gateway_runs


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_for(port: int) -> None:
    import socket

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", action="store_true", help="short runs (CI smoke test)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved bare/gateway rounds at 32 connections"
    )
    parser.add_argument("--serve", choices=["bare", "gateway"])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--port", type=int)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--reuse-port", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--workers",
        help="scale-out mode: comma-separated worker counts (e.g. 1,2), store on PostgreSQL",
    )
    parser.add_argument("--pg", default=PG_ADMIN, help="PostgreSQL server for --workers")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.home, args.port, args.store, args.reuse_port)
        return
    if args.workers:
        scale_out(args)
        return

    seconds = 3.0 if args.small else 10.0
    rounds = 1 if args.small else args.rounds
    people, consented = (2_000, 200) if args.small else (100_000, 2_000)
    with tempfile.TemporaryDirectory(prefix="lienthong-bench-") as tmp:
        home = Path(tmp)
        subjects = build(home, people, consented)
        (home / "subjects.json").write_text(json.dumps(subjects))
        print(
            f"source: SQLite, {people:,} people; {consented:,} consented citizens; "
            f"{os.cpu_count()} CPUs; {seconds:g} s per run; {rounds} interleaved round(s)",
            flush=True,
        )
        results: dict[str, Any] = {"direct": direct(home, subjects, seconds)}
        results["fsync"] = fsync_latency(home)
        bare, gateway = Server("bare", home), Server("gateway", home)
        try:
            results["bare_max"], results["gateway_max"] = interleaved(
                bare, gateway, rounds, seconds
            )
            results["bare_rate"] = bare.load(16, seconds, LATENCY_RATE)
            results["gateway_rate"] = gateway.load(16, seconds, LATENCY_RATE)
            results["gateway_many"] = gateway.load(1000, seconds, MANY_RATE)
        finally:
            bare.stop()
            gateway.stop()
    report(results)


PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432"


def scale_out(args: argparse.Namespace) -> None:
    """Gateway and bare FastAPI at 1, 2, … worker processes, store on PostgreSQL."""
    import uuid

    import sqlalchemy

    counts = [int(part) for part in args.workers.split(",")]
    seconds = 3.0 if args.small else 10.0
    rounds = 1 if args.small else args.rounds
    people, consented = (2_000, 200) if args.small else (100_000, 2_000)
    database = f"lt_bench_{uuid.uuid4().hex[:8]}"
    admin = sqlalchemy.create_engine(f"{args.pg}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{database}"'))
    store_url = f"{args.pg}/{database}"
    table: dict[int, dict[str, float]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="lienthong-bench-") as tmp:
            home = Path(tmp)
            subjects = build(home, people, consented, store_url)
            (home / "subjects.json").write_text(json.dumps(subjects))
            print(
                f"store: PostgreSQL; source: SQLite, {people:,} people; {os.cpu_count()} CPUs;"
                f" {seconds:g} s per run; {rounds} round(s) per worker count",
                flush=True,
            )
            for count in counts:
                bare = Server("bare", home, workers=count)
                gateway = Server("gateway", home, workers=count, store_url=store_url)
                try:
                    bare_runs, gateway_runs = interleaved(bare, gateway, rounds, seconds)
                finally:
                    bare.stop()
                    gateway.stop()
                table[count] = {
                    "bare_rps": statistics.median(r["rps"] for r in bare_runs),
                    "gateway_rps": statistics.median(r["rps"] for r in gateway_runs),
                    "gateway_errors": sum(r["errors"] for r in gateway_runs),
                }
    finally:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()
    one = table[counts[0]]
    print(
        f"{'workers':>8} {'bare req/s':>11} {'scaling':>8} {'gateway req/s':>14} {'scaling':>8}"
        f" {'gateway/bare':>13} {'non-200':>8}"
    )
    for count, row in table.items():
        print(
            f"{count:>8} {row['bare_rps']:>11.0f} {row['bare_rps'] / one['bare_rps']:>7.2f}x"
            f" {row['gateway_rps']:>14.0f} {row['gateway_rps'] / one['gateway_rps']:>7.2f}x"
            f" {row['gateway_rps'] / row['bare_rps']:>13.2f} {row['gateway_errors']:>8.0f}"
        )
    print(json.dumps({"workers": table}))


def report(results: dict[str, Any]) -> None:
    d = results["direct"]
    pairs = list(zip(results["bare_max"], results["gateway_max"], strict=True))
    ratios = [g["rps"] / b["rps"] for b, g in pairs]
    median = sorted(range(len(ratios)), key=ratios.__getitem__)[len(ratios) // 2]
    b32, g32 = results["bare_max"][median], results["gateway_max"][median]
    b4, g4, g1000 = results["bare_rate"], results["gateway_rate"], results["gateway_many"]
    rate, many = int(LATENCY_RATE), int(MANY_RATE)
    rows = [
        ("(1) direct query, 1 thread", d),
        ("(2) bare FastAPI, 32 conns, max", b32),
        (f"(2) bare FastAPI, {rate} req/s", b4),
        ("(3) gateway, 32 conns, max", g32),
        (f"(3) gateway, {rate} req/s", g4),
        (f"(3) gateway, 1000 conns, {many} req/s", g1000),
    ]
    print(f"{'':36} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-200':>8} {'cpu ms/req':>10}")
    for name, r in rows:
        cpu = r.get("server_cpu_ms_per_req", r.get("cpu_ms_per_req", 0.0))
        print(
            f"{name:36} {r['rps']:9.0f} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['errors']:8d}"
            f" {cpu:10.3f}"
        )
    rounds = ", ".join(
        f"{b['rps']:.0f}/{g['rps']:.0f}={r:.2f}"
        for b, g, r in zip(results["bare_max"], results["gateway_max"], ratios, strict=True)
    )
    print(f"rounds (bare/gateway req/s):    {rounds}  (the table shows the median round)")
    print(f"throughput (3)/(2) at 32 conns: {ratios[median]:.2f}  (median of rounds; goal ≥ 0.5)")
    print(f"throughput (3)/(1):             {g32['rps'] / d['rps']:.2f}")
    cpu_ratio = b32["server_cpu_ms_per_req"] / g32["server_cpu_ms_per_req"]
    print(f"server CPU per request (2)/(3): {cpu_ratio:.2f}  (throughput ratio on idle cores)")
    print(f"added p50 at {rate} req/s:        {g4['p50_ms'] - b4['p50_ms']:+.2f} ms")
    print(f"added p99 at {rate} req/s:        {g4['p99_ms'] - b4['p99_ms']:+.2f} ms  (goal < 2 ms)")
    fs = results["fsync"]
    print(
        f"fsync on this disk (the floor of a durable audit commit): p50 {fs['p50_ms']:.2f} ms,"
        f" p99 {fs['p99_ms']:.2f} ms"
    )
    print(
        f"p99 with 1,000 connections:     {g1000['p99_ms']:.1f} ms at {g1000['rps']:.0f} req/s"
        f"  (goal < 100 ms)"
    )
    print(json.dumps(results, indent=None))


if __name__ == "__main__":
    main()
