"""What oversized or ambiguous requests cost the gateway: response size and audit-log growth.

    .venv/bin/python bench/request_bounds.py

Against a real uvicorn server over a throwaway store (the gateway tests' world): a POST whose
parameter name is 10 MB, a GET whose unknown parameter name is 12 KB, a GET with two
``Authorization`` headers and an unauthenticated ``/metrics``. Issue 11 (item 3) measured a
10 MB parameter name as a 10.5 MB audit entry and a 10 MB 422 response.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "exchange"))
from gateway_world import PURPOSE, build_world, serving, write_population

from lienthong.store import Store

URL = "/v1/services/CA-HCM/cong-dan/v1"
CCCD = "079090000001"


def main() -> None:
    home = Path(tempfile.mkdtemp())
    store = Store.open(f"sqlite:///{home / 'platform.db'}")
    world = build_world(home, store, str(write_population(home / "population.db")))

    def audit_bytes() -> int:
        return sum(len(str(record)) for record in world.audit().records())

    with (
        serving(world.app) as port,
        httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as http,
    ):
        token = world.headers()["Authorization"]
        cases: list[tuple[str, Callable[[], httpx.Response]]] = [
            (
                "POST, 10 MB parameter name",
                lambda: http.post(
                    URL, json={"params": {"a" * 10_000_000: "1"}}, headers=world.headers()
                ),
            ),
            (
                "GET, 12 KB parameter name",
                lambda: http.get(
                    URL, params={"cccd": CCCD, "b" * 12_000: "1"}, headers=world.headers()
                ),
            ),
            (
                "GET, two Authorization headers",
                lambda: http.get(
                    URL,
                    params={"cccd": CCCD},
                    headers=[
                        ("Authorization", token),
                        ("Authorization", "Bearer x"),
                        ("X-Purpose", PURPOSE),
                    ],
                ),
            ),
            ("GET /metrics without a token", lambda: http.get("/metrics")),
        ]
        for label, send in cases:
            before, started = audit_bytes(), time.perf_counter()
            response = send()
            print(
                f"{label}: {response.status_code}, response {len(response.content):,} B, "
                f"audit +{audit_bytes() - before:,} B, {time.perf_counter() - started:.2f} s"
            )
    world.catalog.close()
    store.close()


if __name__ == "__main__":
    main()
