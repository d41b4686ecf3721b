"""Property-based API testing with schemathesis: no 5xx and every response matches the
published OpenAPI document, over a real server with a real store, source and audit log.

Two drivers: hypothesis over each operation's strategies (bounded, with the real service hit half
the time), and the ``schemathesis run --checks all`` command itself, all phases, as CI runs it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from gateway_world import World, build_world, serving, write_population
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import SecretStr
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS

from lienthong.store import Store

DOCUMENT = Path(__file__).parents[2] / "docs" / "openapi.json"
METRICS_TOKEN = "metrics-secret"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, str, str]]:
    home = tmp_path_factory.mktemp("schema")
    store = Store.open(f"sqlite:///{home / 'platform.db'}")
    # Rate limits off: a fuzzer from one address is what they stop, and the logic behind them
    # must be exercised here (they have their own tests: test_refusal_audit).
    limits_off = {
        "rate_limit_per_address": 0,
        "auth_failures_per_address": 0,
        "rate_limit_per_client": 0,
    }
    world = build_world(home, store, str(write_population(home / "population.db")), **limits_off)
    world.consent("079090000001")
    world.app.state.settings = world.settings.model_copy(
        update={"metrics_token": SecretStr(METRICS_TOKEN)}
    )
    with serving(world.app) as port:
        base_url = f"http://127.0.0.1:{port}"
        login = httpx.post(f"{base_url}/v1/dev/citizen-login", json={"cccd": "079090000001"})
        yield world, base_url, login.json()["token"]
    world.catalog.close()
    store.close()


def cases() -> list[Any]:
    """(operation, mode) pairs; negative mode only where there is input to get wrong."""
    found = []
    for result in schemathesis.openapi.from_path(DOCUMENT).get_all_operations():
        operation = result.ok()
        found.append(pytest.param(operation, GenerationMode.POSITIVE, id=f"{operation.label}+"))
        raw = operation.definition.raw
        if raw.get("parameters") or raw.get("requestBody"):
            found.append(pytest.param(operation, GenerationMode.NEGATIVE, id=f"{operation.label}-"))
    return found


# schemathesis's own pytest plugin does not run under pytest 9 yet, so we drive its strategies
# with hypothesis directly: one bounded property test per operation and generation mode.
@pytest.mark.parametrize(("operation", "mode"), cases())
def test_api_matches_its_document_and_never_fails(
    operation: Any, mode: GenerationMode, live: tuple[World, str, str]
) -> None:
    world, base_url, citizen_token = live
    if operation.path.startswith("/v1/me/"):
        headers = {"Authorization": f"Bearer {citizen_token}"}
    elif operation.path == "/metrics":
        headers = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    else:
        headers = world.headers(token=world.token(lifetime_s=600))
    real_service = "{provider}" in operation.path

    @settings(
        max_examples=8,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode), aim=st.booleans())
    def check(case: Any, aim: bool) -> None:
        if (
            real_service and aim and mode is GenerationMode.POSITIVE
        ):  # half the time, hit the real service instead of a random one
            case.path_parameters = {"provider": "CA-HCM", "service": "cong-dan", "version": "v1"}
            if case.method == "POST":  # the service's own parameters, which the document
                case.body = {"params": {"cccd": "079090000001"}}  # cannot describe
            else:
                case.query = {"cccd": "079090000001"}
        # Every check schemathesis has: no 5xx, every response matches the document, schema-valid
        # input is accepted (2xx, or a refusal: 401/403/404) and invalid input is rejected.
        case.call_and_validate(base_url=base_url, headers=headers, checks=list(CHECKS.get_all()))

    check()


#: The data-service call is generic: each service declares its own parameters, which the document
#: cannot list, so a schema-valid call to a real service with the wrong parameters is rightly a
#: 422. Only there, and only in positive mode, is 422 an accepted answer.
CONFIG = """
headers = {{ Authorization = "Bearer {client}" }}

[[operations]]
include-path-regex = "^/v1/me/"
headers = {{ Authorization = "Bearer {citizen}" }}

[[operations]]
include-path = "/metrics"
headers = {{ Authorization = "Bearer {metrics}" }}

[[operations]]
include-path-regex = "^/v1/services/"
checks.positive_data_acceptance.expected-statuses = ["2xx", "401", "403", "404", "422", "5xx"]
"""


def test_schemathesis_run_with_every_check_passes(
    live: tuple[World, str, str], tmp_path: Path
) -> None:
    """``schemathesis run --checks all`` (examples, coverage, fuzzing and stateful phases)."""
    world, base_url, citizen_token = live
    config = tmp_path / "schemathesis.toml"
    config.write_text(
        CONFIG.format(
            client=world.token(lifetime_s=900), citizen=citizen_token, metrics=METRICS_TOKEN
        )
    )
    command = [
        sys.executable,  # the `schemathesis` command, in this interpreter
        "-c",
        "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())",
        "--config-file",
        str(config),
        "run",
        str(DOCUMENT),
        "--url",
        base_url,
        "--checks",
        "all",
        "--max-examples",
        "10",
        "--seed",
        "1",
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--no-color",
    ]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
