"""`lienthong serve --workers 2` on a PostgreSQL store: one audit chain under concurrent load,
a worker killed with SIGKILL mid-load, and still every answered call audited and the chain intact.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).parents[1] / "exchange"))
from gateway_world import (
    CITIZENS,
    CONSUMER,
    GRANTED,
    POPULATION,
    PURPOSE,
    free_port,
    register_population,
)

from lienthong.audit import AuditLog
from lienthong.exchange import (
    ClientDirectory,
    ConsentRegistry,
    ConsentStatus,
    RightsBook,
    mint_token,
)
from lienthong.store import Store

pytestmark = pytest.mark.integration
CALLS = 240


def _children(pid: int) -> list[int]:
    """The server's worker processes (not multiprocessing's resource tracker, also a child)."""
    out = subprocess.run(
        ["ps", "-o", "pid=,args=", "--ppid", str(pid)], capture_output=True, text=True
    )
    return [int(line.split(None, 1)[0]) for line in out.stdout.splitlines() if "spawn_main" in line]


def test_two_workers_one_chain_and_a_killed_worker_loses_no_audit(
    pg_url: str, tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives import serialization

    store = Store.open(pg_url)
    register_population(store, f"sqlite:///{tmp_path / 'population.db'}")
    directory = ClientDirectory(store)
    directory.register(CONSUMER, "BHXH", agency="BHXH-HCM")
    key = Ed25519PrivateKey.generate()
    directory.add_key(
        CONSUMER,
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
    )
    rights = RightsBook(store)
    rights.define_purpose(PURPOSE, "Cấp thẻ BHYT")
    rights.grant(CONSUMER, POPULATION, PURPOSE, GRANTED)
    # The keys exist before two workers start at once; consents are keyed by their subject hash.
    subject_hash = AuditLog.open(store, tmp_path).keys.subject_hash
    for cccd in CITIZENS:
        ConsentRegistry(store, subject_hash).request(
            cccd, CONSUMER, POPULATION, PURPOSE, GRANTED, "đồng ý", status=ConsentStatus.ACTIVE
        )
    store.close()
    port = free_port()
    env = {**os.environ, "LIENTHONG_HOME": str(tmp_path), "LIENTHONG_STORE_URL": pg_url}
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "lienthong"),
            "serve",
            "--workers",
            "2",
            "--port",
            str(port),
        ],
        env=env,
        # to a file: a pipe nobody reads fills up and blocks the workers' log writes
        stdout=(tmp_path / "server.log").open("w"),
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while len(_children(server.pid)) < 2 or not _up(base):
            assert server.poll() is None, (tmp_path / "server.log").read_text()
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.2)
        token = mint_token(CONSUMER, key, audience="lienthong-gateway")
        workers_before = set(_children(server.pid))
        answered, broken = _load(base, token, killer=lambda: _kill_one(server.pid))
        # the killed worker is gone (uvicorn starts a replacement)
        assert len(workers_before - set(_children(server.pid))) == 1
        refusals = _refused_after_revoking(pg_url, base, token)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate()
    store = Store.open(pg_url)
    log = AuditLog.open(store, tmp_path)
    report = log.verify()
    audited = sum(1 for r in log.records() if str(r.event).startswith("SERVICE_CALL"))
    store.close()
    assert report.ok, report.first_break
    assert answered + broken == CALLS and answered >= CALLS // 2
    # Every answered call was audited; the only extra entries are calls whose worker died
    # after auditing them and before the answer left.
    assert answered + refusals <= audited <= answered + refusals + broken


def _refused_after_revoking(pg_url: str, base: str, token: str) -> int:
    """A right revoked in the store is seen by every worker once its one-second rights cache
    (``Gateway.rights_cache_s``) has passed: eight fresh connections (spread over the workers
    by the kernel) are all refused."""
    changed = Store.open(pg_url)
    RightsBook(changed).revoke(CONSUMER, POPULATION, PURPOSE)
    changed.close()
    time.sleep(1.1)
    cccds = list(CITIZENS)
    for i in range(8):
        with httpx.Client(base_url=base, timeout=30) as http:
            refused = http.get(
                "/v1/services/CA-HCM/cong-dan/v1",
                params={"cccd": cccds[i % len(cccds)]},
                headers={"Authorization": f"Bearer {token}", "X-Purpose": PURPOSE},
            )
        assert refused.status_code == 403, refused.text
    return 8


def _up(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _kill_one(pid: int) -> None:
    os.kill(_children(pid)[0], signal.SIGKILL)


def _load(base: str, token: str, *, killer: object) -> tuple[int, int]:
    answered = broken = served = 0
    lock = threading.Lock()
    sent = iter(range(CALLS))
    cccds = list(CITIZENS)

    def run() -> None:
        nonlocal answered, broken, served
        with httpx.Client(base_url=base, timeout=10) as http:
            for i in sent:
                if i == CALLS // 3:
                    killer()  # type: ignore[operator]
                try:
                    response = http.get(
                        "/v1/services/CA-HCM/cong-dan/v1",
                        params={"cccd": cccds[i % len(cccds)]},
                        headers={"Authorization": f"Bearer {token}", "X-Purpose": PURPOSE},
                    )
                    ok = response.status_code in (200, 403, 503)
                    data = response.status_code == 200
                except httpx.TransportError:
                    ok = data = False
                with lock:
                    served += data
                    if ok:
                        answered += 1
                    else:
                        broken += 1

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert served >= CALLS // 2, f"only {served} of {CALLS} calls returned data"
    return answered, broken
