"""Take the README's screenshots of the web pages, at desktop and phone width, in Chromium.

    .venv/bin/python scripts/screenshots.py [--people 2000] [--out docs/img]

Builds the demo city (``lienthong demo --no-serve``, in a temporary folder), then adds what a
month of use would leave, so the pages have something to show:

* citizens' dossiers for the shipped procedure, each prefilled through the real gateway
  (:func:`lienthong.procedures.prefill`, after the citizen's approval; the demo granted the
  portal its rights) and submitted; a quarter typed by hand;
* 30 days of exchange traffic between the city's agencies, appended to the audit log as the
  gateway records it (synthetic calls, as ``bench/dashboard.py`` makes them: the demo itself
  makes only a handful of real calls).

It then serves the app, logs in as a leader and as the health-insurance agency's team and saves
PNGs of the front door, the overview, the sharing matrix, the monthly report and a dataset's
drill-down (1280 px wide), and the overview and the report at phone width (390 px). Then, with
the SANDBOX e-ID provider (``bash scripts/oidc-sandbox.sh``), a parent's journey for their
child's health-insurance card at both widths: the e-ID login, what will be fetched from whom,
the prefilled form (locks and sources), the status after submitting, and the officers' queue
(``citizen-*-desktop.png``, ``citizen-*-phone.png``, ``officer-queue-*.png``). Needs Debian's
Chromium (``bash scripts/browser.sh``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "mật-khẩu-ảnh-chụp-123"
AGENCIES = ("CA-HCM", "BHXH-HCM", "SYT-HCM", "SGDDT-HCM", "STC-HCM", "SNNMT-HCM")
SERVICES = {"CA-HCM": "cong-dan", "BHXH-HCM": "the-bhyt", "STC-HCM": "doanh-nghiep"}
PROCEDURE = "SANDBOX-BHYT-01"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _demo(home: Path, people: int) -> None:
    lienthong = Path(sys.executable).parent / "lienthong"
    subprocess.run(
        [str(lienthong), "demo", "--people", str(people), "--no-serve", "--home", str(home)],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "LIENTHONG_HOME": str(home)},
    )


def _traffic(home: Path, store: object, calls: int = 20_000) -> None:
    from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome

    log = AuditLog.open(store, home)  # type: ignore[arg-type]
    start = datetime.now(UTC) - timedelta(days=30)
    providers = list(SERVICES)
    events = []
    for i in range(calls):
        # Refusals grow towards the end at one service: the kind of thing the overview ranks.
        refused = i % 23 == 0 or (i > calls * 0.8 and i % 5 == 0 and i % 3 == 1)
        outcome = Outcome.DENIED if refused else Outcome.ALLOWED
        provider = providers[(i // 7) % len(providers)] if i % 3 else "CA-HCM"
        client = AGENCIES[1 + i % 5]
        events.append(
            AuditEvent(
                event=EventType.SERVICE_CALL.twin(outcome),
                outcome=outcome,
                client=f"{client}-app",
                client_agency=client,
                provider=provider,
                service=SERVICES[provider],
                version="v1",
                purpose="DEMO",
                subjects=(f"079{i % 1_000_000:09d}",),
                status=403 if refused else 200,
                reason=("consent-revoked" if i % 2 else "no-right") if refused else None,
                latency_ms=2.0 + (i % 17),
                time=start + timedelta(seconds=i * 30 * 86400 / calls),
            )
        )
    for first in range(0, len(events), 5_000):
        log.append_many(events[first : first + 5_000])
    log.close()


async def _dossiers(app: object, store: object, count: int = 24) -> None:
    """Citizens from the population register ask for the shipped procedure, prefilled."""
    from lienthong.procedures import SHIPPED, Dossiers, load_catalogue, prefill, record_approval

    state = app.state  # type: ignore[attr-defined]
    gateway = state.exchange.gateway
    procedure = load_catalogue(SHIPPED).get("SANDBOX-CT-01")  # residence: anyone may ask
    cccds = _population_ids(state.settings.home, count)
    dossiers = Dossiers(store)  # type: ignore[arg-type]
    for i, cccd in enumerate(cccds):
        if i % 4 != 3:  # a quarter of the citizens type everything by hand
            record_approval(gateway.consents, procedure, cccd)
            components = await prefill(gateway, procedure, cccd)
        else:
            from lienthong.procedures._prefill import Component

            components = [Component(f.name, None, reused=False) for f in procedure.fields]
        draft = dossiers.draft(procedure, cccd, components)
        typed = {
            f.name: "Nộp hồ sơ vay vốn" if f.name == "ly_do" else "—" for f in procedure.fields
        }
        dossiers.submit(procedure, draft.id, cccd, typed, set())


def _population_ids(home: Path, count: int) -> list[str]:
    import sqlite3

    found = sorted((home / "city").rglob("*.db")) + sorted((home / "city").rglob("*.sqlite"))
    for path in found:
        with sqlite3.connect(path) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "cong_dan" in tables:
                rows = conn.execute(
                    "SELECT so_dinh_danh FROM cong_dan WHERE ngay_mat IS NULL LIMIT ?", (count,)
                ).fetchall()
                return [str(r[0]) for r in rows]
    raise SystemExit("the demo city has no population register (cong_dan)")


def _serve(app: object) -> tuple[str, object]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")  # type: ignore[arg-type]
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def _shoot(url: str, out: Path, citizen: str | None) -> list[Path]:
    from playwright.sync_api import sync_playwright

    taken: list[Path] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")

        def login(viewport: dict[str, int], name: str) -> object:
            context = browser.new_context(viewport=viewport, device_scale_factor=1)
            page = context.new_page()
            page.goto(f"{url}/login")
            page.fill("#name", name)
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_load_state()
            return page

        def save(page: object, path: str, name: str, *, full: bool = False) -> None:
            page.goto(f"{url}{path}")  # type: ignore[attr-defined]
            target = out / name
            page.screenshot(path=str(target), full_page=full)  # type: ignore[attr-defined]
            taken.append(target)

        leader = login(DESKTOP, "lanh-dao")
        save(leader, "/", "home-desktop.png")
        save(leader, "/dashboard", "dashboard-desktop.png")
        save(leader, "/dashboard/sharing", "sharing-desktop.png")
        save(leader, "/dashboard/report", "report-desktop.png")
        team = login(DESKTOP, "bhxh")
        save(team, "/dashboard/dataset/health_insurance.TheBHYT", "dataset-desktop.png")
        phone = login(PHONE, "lanh-dao")
        save(phone, "/dashboard", "dashboard-phone.png")
        save(phone, "/dashboard/report", "report-phone.png")
        if citizen is not None:
            for viewport, width in ((DESKTOP, "desktop"), (PHONE, "phone")):
                taken += _citizen_journey(browser, url, citizen, viewport, width, out)
                officer = login(viewport, "bhxh")
                save(officer, "/dashboard/ho-so", f"officer-queue-{width}.png", full=True)
        browser.close()
    return taken


def _citizen_journey(
    browser: object, url: str, cccd: str, viewport: dict[str, int], width: str, out: Path
) -> list[Path]:
    """A parent asks for their child's health-insurance card: the sandbox e-ID login, what will
    be fetched from whom, the prefilled form (locks and sources), the status after submitting."""
    context = browser.new_context(viewport=viewport, device_scale_factor=1)  # type: ignore[attr-defined]
    page = context.new_page()
    shots: list[Path] = []

    def shoot(name: str, *, full: bool = False) -> None:
        target = out / f"citizen-{name}-{width}.png"
        page.screenshot(path=str(target), full_page=full)
        shots.append(target)

    page.goto(f"{url}/thu-tuc/{PROCEDURE}")  # the procedure needs an e-ID login
    page.wait_for_selector("input[name=login]")
    page.fill("input[name=login]", cccd)
    page.fill("input[name=password]", "sandbox")
    shoot("login")
    page.click("button[type=submit]")
    page.click("button[type=submit]")  # the provider's consent screen
    page.wait_for_url(f"{url}/thu-tuc/{PROCEDURE}")
    shoot("fetch", full=True)
    page.click("button:has-text('Đồng ý lấy dữ liệu')")
    page.wait_for_url(f"{url}/ho-so/*")
    page.fill("input[name=noi_kcb_ban_dau]", "Trạm y tế phường")
    shoot("form", full=True)
    page.click("button:has-text('Nộp hồ sơ')")
    page.wait_for_url(f"{url}/toi")
    shoot("status", full=True)
    context.close()
    return shots


def _eid_provider(home: Path, url: str, client_id: str) -> tuple[str | None, object, str | None]:
    """The SANDBOX e-ID provider for a parent of a child under six (None without Node.js)."""
    from lienthong.demo._access import choose_citizens
    from lienthong.eid._sandbox import node, sandbox_command

    parents = [
        c for c in choose_citizens(home / "city" / "population.db") if PROCEDURE in c.procedures
    ]
    if node() is None or not parents:
        print("no sandbox e-ID provider (bash scripts/oidc-sandbox.sh): citizen pages skipped")
        return None, None, None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    parent = parents[0]
    accounts = {parent.cccd: {"name": parent.name, "birthdate": parent.birthdate, "level": 2}}
    argv, env = sandbox_command(
        home, port=port, app_url=url, client_id=client_id, accounts=accounts
    )
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    while True:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    return f"http://127.0.0.1:{port}", process, parent.cccd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    from lienthong.config import Settings
    from lienthong.dashboard import Accounts
    from lienthong.store import Store
    from lienthong.web import create_app

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "demo"
        _demo(home, args.people)
        settings = Settings(home=home, dev_mode=False)
        store = Store.open(settings.resolved_store_url)
        _traffic(home, store)
        Accounts(home).add("lanh-dao", PASSWORD, "leader")
        Accounts(home).add("bhxh", PASSWORD, "agency", "BHXH-HCM")
        app = create_app(settings, store, json_logs=False)
        url, server = _serve(app)
        asyncio.run(_dossiers(app, store))
        issuer, provider, citizen = _eid_provider(home, url, settings.eid_client_id)
        if issuer is not None:
            app.state.settings = settings.model_copy(update={"eid_issuer": issuer})
        try:
            for path in _shoot(url, args.out, citizen):
                print(f"{path}  {path.stat().st_size // 1024} KiB")
        finally:
            if provider is not None:
                provider.terminate()  # type: ignore[attr-defined]
            server.should_exit = True  # type: ignore[attr-defined]
            store.close()


if __name__ == "__main__":
    main()
