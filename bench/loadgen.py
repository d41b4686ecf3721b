"""A small HTTP/1.1 load generator for `bench/gateway.py`, run in its own process.

    python bench/loadgen.py PORT --requests FILE --connections N --seconds S [--rate R]

Keep-alive connections over asyncio streams (uvloop): httpx itself would saturate before the
server does. Closed loop (as fast as answers come) or open loop (``--rate`` requests/s spread over
the connections, latency counted from the scheduled send time, so queueing is not hidden).
Prints one JSON object: requests, rps, p50_ms, p99_ms, errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from pathlib import Path
from typing import Any


# ---- load generator (its own process) ---------------------------------------------------------
async def _connection(
    port: int, requests: list[bytes], deadline: float, latencies: list[float], errors: list[int]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = random.randrange(len(requests))
    try:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            writer.write(requests[i % len(requests)])
            i += 1
            status = await _read_response(reader)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 response (head and Content-Length body); return its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    await reader.readexactly(length)
    return int(head[9:12])


async def _paced_connection(
    port: int,
    requests: list[bytes],
    start: float,
    period: float,
    deadline: float,
    latencies: list[float],
    errors: list[int],
) -> None:
    """Open loop: one request every ``period`` seconds from ``start``; latency counts from the
    scheduled time, so a slow server cannot hide its queueing (no coordinated omission)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = random.randrange(len(requests))
    scheduled = start
    try:
        while scheduled < deadline:
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            writer.write(requests[i % len(requests)])
            i += 1
            status = await _read_response(reader)
            latencies.append(time.perf_counter() - scheduled)
            if status != 200:
                errors.append(status)
            scheduled += period
    finally:
        writer.close()


async def _load(
    port: int,
    connections: int,
    seconds: float,
    requests: list[bytes],
    rate: float | None = None,
) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[int] = []
    warmup = time.perf_counter() + min(1.0, seconds / 4)
    await asyncio.gather(
        *(_connection(port, requests, warmup, [], []) for _ in range(min(connections, 16)))
    )
    started = time.perf_counter()
    deadline = started + seconds
    if rate is None:  # closed loop: as fast as the server answers
        await asyncio.gather(
            *(_connection(port, requests, deadline, latencies, errors) for _ in range(connections))
        )
    else:  # open loop: ``rate`` requests/s spread evenly over all connections
        period = connections / rate
        await asyncio.gather(
            *(
                _paced_connection(
                    port,
                    requests,
                    started + period * k / connections,
                    period,
                    deadline,
                    latencies,
                    errors,
                )
                for k in range(connections)
            )
        )
    elapsed = time.perf_counter() - started
    return summarise(latencies, elapsed, errors)


def summarise(
    latencies: list[float], elapsed: float, errors: list[int] | None = None
) -> dict[str, Any]:
    ordered = sorted(latencies)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return {
        "requests": len(ordered),
        "rps": len(ordered) / elapsed,
        "p50_ms": pick(0.50),
        "p99_ms": pick(0.99),
        "errors": len(errors or []),
    }


def requests_for(home: Path, purpose: str) -> list[bytes]:
    """One GET per consented citizen of the benchmark's population register."""
    subjects = json.loads((home / "subjects.json").read_text())
    token = (home / "token").read_text()
    return [
        (
            f"GET /v1/services/CA-HCM/cong-dan/v1?cccd={cccd} HTTP/1.1\r\nHost: bench\r\n"
            f"Authorization: Bearer {token}\r\nX-Purpose: {purpose}\r\n\r\n"
        ).encode()
        for cccd in subjects
    ]


def main() -> None:
    import uvloop

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("port", type=int)
    parser.add_argument("--home", type=Path, required=True, help="benchmark folder")
    parser.add_argument("--purpose", default="BHYT-CAP-THE")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--rate", type=float, help="open loop: requests/s (default: closed loop)")
    args = parser.parse_args()
    requests = requests_for(args.home, args.purpose)
    result = uvloop.run(_load(args.port, args.connections, args.seconds, requests, args.rate))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
