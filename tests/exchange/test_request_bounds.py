"""Caller-controlled text is bounded before it is audited or echoed, and the server refuses
oversized requests: a 10 MB parameter name once became a 10.5 MB audit entry (kept forever)
and a 10 MB error response."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import httpx
import pytest
from gateway_world import World, serving

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.bounds import MAX_NAME, MAX_SENTENCE

pytestmark = pytest.mark.anyio

CCCD = "079090000001"
URL = "/v1/services/CA-HCM/cong-dan/v1"
HEAD_LIMIT = 16 * 1024  # the defaults of Settings.max_request_head_bytes / _body_bytes
BODY_LIMIT = 1024 * 1024


def entries(world: World) -> list[object]:
    return list(world.audit().records())


async def test_a_huge_unknown_parameter_name_is_audited_and_answered_short(
    world: World, client: httpx.AsyncClient
) -> None:
    name = "x" * 12_000  # fits the head limit
    response = await client.get(URL, params={"cccd": CCCD, name: "1"}, headers=world.headers())
    assert response.status_code == 422
    assert len(response.content) < 2 * MAX_SENTENCE
    entry = entries(world)[-1]
    assert entry.status == 422  # type: ignore[attr-defined]
    assert len(entry.reason) <= MAX_SENTENCE  # type: ignore[attr-defined]


async def test_a_huge_parameter_name_in_a_body_is_refused_short(
    world: World, client: httpx.AsyncClient
) -> None:
    before = len(entries(world))
    body = {"params": {"y" * 500_000: "1", **{f"p{i}": "v" * 300 for i in range(50)}}}
    response = await client.post(URL, json=body, headers=world.headers())
    assert response.status_code == 422
    assert len(response.content) < 4 * MAX_SENTENCE
    problem = response.json()
    assert len(problem["errors"]) <= 10
    assert all(len(e["location"]) <= MAX_NAME for e in problem["errors"])
    assert len(entries(world)) == before  # refused by validation: nothing reached the gateway


async def test_a_body_over_the_limit_is_413(world: World, client: httpx.AsyncClient) -> None:
    big = {"params": {"cccd": "0" * (BODY_LIMIT + 10)}}
    response = await client.post(URL, json=big, headers=world.headers())
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert str(BODY_LIMIT) in response.json()["detail"]

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"params": {"cccd": "'
        for _ in range(20):
            yield b"0" * 100_000
        yield b'"}}'

    streamed = await client.post(
        URL, content=chunks(), headers={**world.headers(), "Content-Type": "application/json"}
    )
    assert streamed.status_code == 413
    assert streamed.headers["content-type"] == "application/problem+json"


async def test_headers_and_urls_over_the_limit_are_431_and_414(
    world: World, client: httpx.AsyncClient
) -> None:
    headers = {**world.headers(), "X-Padding": "p" * HEAD_LIMIT}
    too_many = await client.get(URL, params={"cccd": CCCD}, headers=headers)
    assert too_many.status_code == 431
    assert too_many.headers["content-type"] == "application/problem+json"
    too_long = await client.get(URL, params={"cccd": CCCD, "q": "q" * HEAD_LIMIT})
    assert too_long.status_code == 414


def test_the_audit_event_keeps_caller_text_short() -> None:
    event = AuditEvent(
        event=EventType.SERVICE_CALL_REFUSED,
        outcome=Outcome.DENIED,
        client="c" * 10_000,
        purpose="p" * 10_000,
        reason="r" * 1_000_000,
        request_id="i" * 10_000,
        data={"note": "n" * 1_000_000},
    )
    assert len(event.reason or "") == MAX_SENTENCE
    assert max(len(event.client), len(event.purpose or ""), len(event.request_id or "")) == (
        MAX_NAME
    )
    assert len(str(event.data["note"])) < 10_000


def _raw(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_the_server_stops_reading_an_oversized_head(world: World) -> None:
    with serving(world.app) as port:
        # Past the limit but within one read: the server answers, then closes without reading on.
        padding = b"X-Padding: " + b"p" * 40_000 + b"\r\n"
        answer = _raw(port, b"GET /healthz HTTP/1.1\r\nHost: t\r\n" + padding + b"\r\n")
        assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]
        assert b"application/problem+json" in answer
        url = b"/healthz?" + b"q" * 40_000
        answer = _raw(port, b"GET " + url + b" HTTP/1.1\r\nHost: t\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 414 "), answer[:200]
        ok = _raw(port, b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        assert ok.startswith(b"HTTP/1.1 200 ")
