"""The app's contract with operators and callers: problem+json for every error, health and
readiness, Prometheus metrics, JSON logs without personal data."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from lienthong.config import Settings
from lienthong.store import Store
from lienthong.web import create_app, routers
from lienthong.web._logging import JsonFormatter

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


METRICS_TOKEN = "scrape-me"


@pytest.fixture
def app(tmp_path: Path) -> FastAPI:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    settings = Settings(home=tmp_path, metrics_token=SecretStr(METRICS_TOKEN))
    return create_app(settings, store, json_logs=False)


@pytest.fixture
async def http(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client
    await app.state.audit_writer.close()


async def test_health_and_readiness(http: httpx.AsyncClient) -> None:
    assert (await http.get("/healthz")).json() == {"status": "ok"}
    ready = (await http.get("/readyz")).json()
    assert ready == {"status": "ready", "components": {"store": "ok", "audit": "ok"}}


async def test_unknown_path_and_method_are_problem_json(http: httpx.AsyncClient) -> None:
    missing = await http.get("/nope")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["detail"].startswith("There is nothing at /nope")
    wrong = await http.delete("/healthz")
    assert (wrong.status_code, wrong.json()["title"]) == (405, "Method not allowed")


async def test_validation_errors_name_the_wrong_field(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    sandbox = create_app(Settings(home=tmp_path, dev_mode=True), store, json_logs=False)
    transport = httpx.ASGITransport(app=sandbox)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.post("/v1/dev/citizen-login", json={"cccd": "12"})
    await sandbox.state.audit_writer.close()
    assert response.status_code == 422
    problem = response.json()
    assert problem["type"] == "urn:lienthong:problem:invalid-input"
    assert problem["errors"][0]["location"] == "body.cccd"
    assert "body.cccd" in problem["detail"]


async def test_dev_login_does_not_exist_outside_sandbox_mode(
    app: FastAPI, http: httpx.AsyncClient
) -> None:
    response = await http.post("/v1/dev/citizen-login", json={"cccd": "079090000001"})
    assert response.status_code == 404
    assert response.json()["detail"].startswith("There is nothing at /v1/dev/citizen-login")
    assert not [p for p in app.openapi()["paths"] if "/dev/" in p]  # not even documented
    me = await http.get("/v1/me/access-log")
    assert me.status_code == 401 and "/toi" in me.json()["hint"]


async def test_metrics_count_requests_per_route(http: httpx.AsyncClient) -> None:
    await http.get("/healthz")
    scrape = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    text = (await http.get("/metrics", headers=scrape)).text
    assert 'lienthong_http_requests_total{method="GET",route="/healthz",status="200"} 1.0' in text
    assert "lienthong_gateway_calls_total" in text


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Basic {METRICS_TOKEN}"},
        {"Authorization": f"Bearer {METRICS_TOKEN}x"},
    ],
)
async def test_metrics_need_the_metrics_token(
    http: httpx.AsyncClient, headers: dict[str, str]
) -> None:
    response = await http.get("/metrics", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert "lienthong_gateway" not in response.text
    assert "LIENTHONG_METRICS_TOKEN" in response.json()["hint"]


@pytest.mark.parametrize(
    ("loopback", "client", "status"),
    [
        (False, ("127.0.0.1", 5000), 401),  # secure by default: loopback is not trusted
        (True, ("127.0.0.1", 5000), 200),
        (True, ("::1", 5000), 200),
        (True, ("10.0.0.7", 5000), 401),
    ],
)
async def test_loopback_scraping_is_an_explicit_opt_in(
    tmp_path: Path, loopback: bool, client: tuple[str, int], status: int
) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    app = create_app(Settings(home=tmp_path, metrics_loopback=loopback), store, json_logs=False)
    transport = httpx.ASGITransport(app=app, client=client)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        assert (await http.get("/metrics")).status_code == status
    await app.state.audit_writer.close()
    store.close()


def test_other_packages_can_add_routers() -> None:
    from lienthong.exchange._api import router as exchange_router
    from lienthong.web._ops import router as ops_router

    mounted = routers()
    assert mounted[0] is exchange_router  # the hot path is matched first
    assert ops_router in mounted
    assert len({id(router) for router in mounted}) == len(mounted)


def test_json_log_lines_keep_only_whitelisted_fields() -> None:
    record = logging.LogRecord("lienthong.gateway", logging.INFO, "x", 1, "service call", (), None)
    record.client = "BHXH-HCM"
    record.cccd = "079090000001"  # must never reach the log
    record.status = 200
    line = json.loads(JsonFormatter().format(record))
    assert line["client"] == "BHXH-HCM"
    assert line["status"] == 200
    assert "079090000001" not in json.dumps(line)
