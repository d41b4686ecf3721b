"""Prefill of a three-register procedure against the same three gateway calls made directly by a
client, and the prefilled form page's server time, measured in the same run.

    .venv/bin/python bench/procedures.py [--people 2000] [--citizens 50] [--rounds 8]
                                         [--stats-dossiers 1000000] [--json]

Builds a synthetic city (``--people``), imports it into a throwaway platform (SQLite store, the
real registry, gateway, consents and audit log), and grants the platform's portal client the
three services (population, social welfare, health insurance) of procedure SANDBOX-TCXH-01.
Then, in alternating rounds of ``--citizens`` concurrent citizens (each a different person, each
having approved the fetch):

  prefill   ``lienthong.procedures.prefill`` for the procedure (three gateway calls, concurrent,
            consent-checked, minimised, audited) plus building the form's components;
  baseline  the same three ``Gateway.call``s made directly by the same client system (same
            right, same consents), also concurrently: the difference is what prefill adds.
            ``--other-client`` makes them as a second client system with its own right and
            consents instead.

The issue's goal is prefill p99 <= 1.5x the baseline's p99 at 50 concurrent citizens. Then the
draft's page ``GET /ho-so/{id}`` is rendered ``--views`` times through the app (httpx over ASGI,
an e-ID session cookie): its p99 server time is the time the page adds beyond prefill (goal
< 100 ms). Last, ``lienthong procedures stats`` (``Dossiers.stats``) over ``--stats-dossiers``
generated dossiers in a fresh store (goal < 1 s), against the same figures computed by scanning
every dossier (the rollup is what submissions and decisions keep up to date as they happen).
Absolute numbers depend on the shared, noisy machine; read the ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

CODE = "SANDBOX-TCXH-01"
CLIENT = "BENCH-DIRECT"


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _setup(folder: Path, people: int, needed: int) -> dict[str, Any]:
    from lienthong.city import CityConfig, generate_city
    from lienthong.config import Settings
    from lienthong.exchange import ClientDirectory, ConsentStatus, RightsBook
    from lienthong.procedures import PORTAL_CLIENT, SHIPPED, load_catalogue, record_approval
    from lienthong.registry import Registry
    from lienthong.store import Store
    from lienthong.web import create_app

    generate_city(CityConfig(people=people, seed=57, out=folder / "city"))
    store = Store.open(f"sqlite:///{folder / 'platform.db'}")
    Registry(store).import_manifest(folder / "city" / "manifest.json")
    settings = Settings(home=folder, dev_mode=False)
    app = create_app(settings, store, json_logs=False)
    procedure = load_catalogue(SHIPPED).get(CODE)
    directory = ClientDirectory(store)
    directory.ensure(PORTAL_CLIENT, "Cổng dịch vụ công lienthong", agency="LIENTHONG")
    directory.ensure(CLIENT, "A client calling the three services itself", agency="SYT-HCM")
    # (the baseline runs as PORTAL_CLIENT unless --other-client: see _rounds)
    rights = RightsBook(store)
    rights.define_purpose(CODE, procedure.name.vi, legal_basis=procedure.legal_basis)
    for ref, fields in procedure.services.items():
        rights.grant(PORTAL_CLIENT, ref, CODE, fields)
        rights.grant(CLIENT, ref, CODE, fields)
    import sqlite3

    con = sqlite3.connect(folder / "city" / "population.db")
    citizens = [
        r[0]
        for r in con.execute(
            "SELECT so_dinh_danh FROM cong_dan WHERE ngay_mat IS NULL ORDER BY 1 LIMIT ?",
            (needed,),
        )
    ]
    con.close()
    consents = app.state.exchange.gateway.consents
    for cccd in citizens:
        record_approval(consents, procedure, cccd)  # the citizen's explicit request
        for ref, fields in procedure.services.items():
            consents.request(
                cccd, CLIENT, ref, CODE, fields, "bench", status=ConsentStatus.ACTIVE, days=1
            )
    return {"store": store, "app": app, "procedure": procedure, "citizens": citizens}


async def _rounds(
    world: dict[str, Any], concurrent: int, rounds: int, caller: str
) -> dict[str, list[float]]:
    from lienthong.exchange import CallRequest
    from lienthong.procedures import prefill

    gateway = world["app"].state.exchange.gateway
    procedure = world["procedure"]
    citizens: list[str] = world["citizens"]
    refs = list(procedure.services)

    async def direct(cccd: str) -> float:
        started = time.perf_counter()
        await asyncio.gather(
            *(
                gateway.call(
                    CallRequest(ref, caller, CODE, {"cccd": cccd}, f"direct-{uuid.uuid4().hex}")
                )
                for ref in refs
            )
        )
        return time.perf_counter() - started

    async def portal(cccd: str) -> float:
        started = time.perf_counter()
        components = await prefill(gateway, procedure, cccd)
        assert any(c.reused for c in components)
        return time.perf_counter() - started

    out: dict[str, list[float]] = {"prefill": [], "baseline": []}
    await asyncio.gather(*(direct(c) for c in citizens[:concurrent]))  # warm pools and caches
    await asyncio.gather(*(portal(c) for c in citizens[:concurrent]))
    for i in range(rounds):
        batch = citizens[(i * concurrent) % len(citizens) :][:concurrent]
        order = [("baseline", direct), ("prefill", portal)]
        for name, run in order if i % 2 == 0 else order[::-1]:  # alternate: drift hits both
            out[name] += await asyncio.gather(*(run(c) for c in batch))
    return out


async def _render(world: dict[str, Any], views: int) -> list[float]:
    from lienthong.eid._session import COOKIE, signer
    from lienthong.procedures import Dossiers, prefill

    app = world["app"]
    cccd = world["citizens"][-1]
    components = await prefill(app.state.exchange.gateway, world["procedure"], cccd)
    draft = Dossiers(world["store"]).draft(world["procedure"], cccd, components)
    home = app.state.settings.home
    cookie = signer(home).sign([cccd, "2", secrets.token_urlsafe(24)], 3600)
    transport = httpx.ASGITransport(app=app)
    times = []
    async with httpx.AsyncClient(
        transport=transport, base_url="http://bench", cookies={COOKIE: cookie}
    ) as client:
        await client.get(f"/ho-so/{draft.id}")  # templates compiled once, not timed
        for _ in range(views):
            started = time.perf_counter()
            page = await client.get(f"/ho-so/{draft.id}")
            times.append(time.perf_counter() - started)
            assert page.status_code == 200 and 'class="prefilled' in page.text, page.status_code
    return times


def _stats(folder: Path, count: int) -> dict[str, float]:
    """Reuse figures over ``count`` stored dossiers (5 procedures, 80 % reusing, 60 % decided):
    ``Dossiers.stats`` (stored rollup + one index seek per median) against the same figures
    computed by scanning every dossier (GROUP BY, then an ordered read per median)."""
    import random
    import sqlite3

    from lienthong.procedures import Dossiers
    from lienthong.store import Store

    path = folder / "stats.db"
    Store.open(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    rng = random.Random(14)
    codes = ["SANDBOX-BHYT-01", "SANDBOX-CT-01", "SANDBOX-HKD-01", "SANDBOX-TCXH-01", "TS1"]

    def rows() -> Any:
        for i in range(count):
            submitted = 1.7e9 + i
            took = float(rng.randint(60, 86_400)) if rng.random() < 0.6 else None
            reused = rng.randint(1, 6) if i % 5 else 0
            yield (
                f"{i:08d}-0000-4000-8000-000000000000",
                codes[i % 5],
                "CA-HCM",
                "079090000001",
                "approved" if took else "submitted",
                submitted,
                submitted,
                None if took is None else submitted + took,
                took,
                "[]",
                reused,
                rng.randint(0, 1) if reused else 0,
                rng.randint(0, 2) if reused else 0,
            )

    con.executemany(
        "INSERT INTO procedure_dossier (id, procedure, agency, subject, status, created_ts,"
        " submitted_ts, decided_ts, decision_s, components, reused_fields, flagged_fields,"
        " papers_avoided) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),
    )
    con.commit()
    started = time.perf_counter()  # baseline: scan every dossier
    totals = con.execute(
        "SELECT procedure, min(agency), count(*), sum(reused_fields > 0), sum(reused_fields),"
        " sum(flagged_fields), sum(papers_avoided), count(decided_ts) FROM procedure_dossier"
        " WHERE status != 'draft' GROUP BY procedure ORDER BY procedure"
    ).fetchall()
    medians = [
        None
        if not row[7]
        else con.execute(
            "SELECT decided_ts - submitted_ts AS took FROM procedure_dossier WHERE procedure = ?"
            " AND status != 'draft' AND decided_ts IS NOT NULL ORDER BY took LIMIT 1 OFFSET ?",
            (row[0], (row[7] - 1) // 2),
        ).fetchone()[0]
        for row in totals
    ]
    scan_s = time.perf_counter() - started
    # what submissions and decisions would have added to the rollup, one by one
    con.executemany("INSERT INTO procedure_rollup VALUES (?, ?, ?, ?, ?, ?, ?, ?)", totals)
    con.commit()
    con.close()
    store = Store.open(f"sqlite:///{path}")
    try:
        started = time.perf_counter()
        figures = Dossiers(store).stats()
        took = time.perf_counter() - started
    finally:
        store.close()
    assert [f["dossiers"] for f in figures] == [row[2] for row in totals]
    assert [f["median_decision_s"] for f in figures] == [
        None if m is None else round(m, 1) for m in medians
    ]
    return {"stats_s": took, "scan_s": scan_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--citizens", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--views", type=int, default=200)
    parser.add_argument("--stats-dossiers", type=int, default=1_000_000)
    parser.add_argument("--other-client", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-procedures-") as tmp:
        started = time.perf_counter()
        world = _setup(Path(tmp), args.people, args.citizens * max(args.rounds, 1) + 1)
        setup_s = time.perf_counter() - started

        async def run() -> tuple[dict[str, list[float]], list[float]]:
            try:
                from lienthong.procedures import PORTAL_CLIENT

                caller = CLIENT if args.other_client else PORTAL_CLIENT
                found = await _rounds(world, args.citizens, args.rounds, caller)
                return found, await _render(world, args.views)
            finally:
                await world["app"].state.audit_writer.close()

        timings, render = asyncio.run(run())
        world["store"].close()
        stats = _stats(Path(tmp), args.stats_dossiers) if args.stats_dossiers else None
    ms = {k: [v * 1000 for v in vs] for k, vs in timings.items()}
    result = {
        "procedure": CODE,
        "registers": 3,
        "people": args.people,
        "concurrent_citizens": args.citizens,
        "baseline_client": "other" if args.other_client else "same",
        "samples_each": len(ms["prefill"]),
        "prefill_p50_ms": round(statistics.median(ms["prefill"]), 2),
        "prefill_p99_ms": round(_p(ms["prefill"], 0.99), 2),
        "baseline_p50_ms": round(statistics.median(ms["baseline"]), 2),
        "baseline_p99_ms": round(_p(ms["baseline"], 0.99), 2),
        "p99_ratio": round(_p(ms["prefill"], 0.99) / _p(ms["baseline"], 0.99), 3),
        "p50_ratio": round(statistics.median(ms["prefill"]) / statistics.median(ms["baseline"]), 3),
        "form_page_p50_ms": round(statistics.median(render) * 1000, 2),
        "form_page_p99_ms": round(_p(render, 0.99) * 1000, 2),
        "stats_dossiers": args.stats_dossiers,
        "stats_s": None if stats is None else round(stats["stats_s"], 3),
        "stats_scan_s": None if stats is None else round(stats["scan_s"], 3),
        "stats_vs_scan_ratio": None
        if stats is None
        else round(stats["stats_s"] / stats["scan_s"], 4),
        "setup_s": round(setup_s, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": sys.version.split()[0],
    }
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>22}  {value}")


if __name__ == "__main__":
    main()
