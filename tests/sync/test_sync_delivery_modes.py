"""Webhook and pull delivery: signed pushes to a real local receiver, cursor pulls over the API."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import FIELDS

from lienthong.audit import AuditLog
from lienthong.config import Settings
from lienthong.errors import AuthenticationError
from lienthong.exchange import ClientDirectory, mint_token
from lienthong.store import Store
from lienthong.sync import SIGNATURE_HEADER, CaptureSpec, SubscriptionSpec, Sync, sign, verify
from lienthong.web import create_app

SECRET = "khóa-bí-mật-của-bhxh"


def test_a_signature_covers_body_and_time() -> None:
    body = b'{"changes": []}'
    header = sign(SECRET, body, 1_700_000_000)
    verify(SECRET, body, header, now=1_700_000_010)
    with pytest.raises(AuthenticationError):
        verify(SECRET, body + b" ", header, now=1_700_000_010)
    with pytest.raises(AuthenticationError):
        verify("other", body, header, now=1_700_000_010)
    with pytest.raises(AuthenticationError):
        verify(SECRET, body, header, now=1_700_000_000 + 3600)  # a replayed old request


class Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []
    fail_next: ClassVar[int] = 0

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if Receiver.fail_next:
            Receiver.fail_next -= 1
            self.send_response(503)
            self.end_headers()
            return
        verify(SECRET, body, self.headers[SIGNATURE_HEADER])
        Receiver.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[str]:
    Receiver.received = []
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook"
    server.shutdown()


def test_webhook_receives_signed_minimised_batches_and_retries_after_a_refusal(
    store: Store, audit: AuditLog, source_db: Path, receiver: str
) -> None:
    with Sync(store, audit) as sync:
        sync.watch(
            CaptureSpec(
                "population.cong_dan", "sqlite", str(source_db), "cong_dan", ("so_dinh_danh",)
            )
        )
        sync.subscribe(
            SubscriptionSpec(
                name="hook",
                dataset="population.cong_dan",
                client="BHXH-HCM",
                purpose="p",
                fields=("so_dinh_danh", "dia_chi"),
                mode="webhook",
                target=receiver,
                secret=SECRET,
            )
        )
        sync.run(roles=("capture",), until_idle=True)
        Receiver.fail_next = 1
        assert sync.deliver_once("hook") == 0  # the receiver answers 503: nothing moves
        [lag] = sync.status()
        assert lag.lag_changes == 50 and "503" in (lag.last_error or "")
        sync.run(until_idle=True)
        [lag] = sync.status()
        assert lag.lag_changes == 0 and lag.last_error is None
    changes = [c for body in Receiver.received for c in body["changes"]]
    assert len(changes) == 50 and changes[0]["seq"] == 1
    assert set(changes[0]["after"]) == {"so_dinh_danh", "dia_chi"}  # ho_ten never leaves


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_pull_reads_pages_with_a_cursor_and_moves_the_position(
    store: Store, audit: AuditLog, source_db: Path, tmp_path: Path
) -> None:
    key = Ed25519PrivateKey.generate()
    directory = ClientDirectory(store)
    directory.register("BHXH-HCM-app", "BHXH", agency="BHXH-HCM")
    directory.add_key(
        "BHXH-HCM-app",
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
    )
    with Sync(store, audit) as sync:
        sync.watch(
            CaptureSpec(
                "population.cong_dan", "sqlite", str(source_db), "cong_dan", ("so_dinh_danh",)
            )
        )
        sync.subscribe(
            SubscriptionSpec(
                name="pull",
                dataset="population.cong_dan",
                client="BHXH-HCM-app",
                purpose="p",
                fields=FIELDS[:2],
                mode="pull",
            )
        )
        sync.run(until_idle=True)
    settings = Settings(home=tmp_path, dev_mode=True)
    app = create_app(settings, store, json_logs=False)
    token = mint_token("BHXH-HCM-app", key, audience=settings.gateway_audience)
    headers = {"Authorization": f"Bearer {token}"}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        assert (await http.get("/v1/sync/pull/changes")).status_code == 401
        first = (await http.get("/v1/sync/pull/changes?limit=30", headers=headers)).json()
        assert len(first["changes"]) == 30 and first["head"] == 50
        assert set(first["changes"][0]["after"]) == {"so_dinh_danh", "ho_ten"}
        after = first["next_after"]
        second = (await http.get(f"/v1/sync/pull/changes?after={after}", headers=headers)).json()
        assert [c["seq"] for c in second["changes"]] == list(range(31, 51))
        await app.state.audit_writer.close()
    with Sync(store, audit) as sync:
        assert sync.status()[0].position == 30  # the second page acknowledged the first
