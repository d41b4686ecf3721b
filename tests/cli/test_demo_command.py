"""`lienthong demo` end to end: the README's main job, on a small city, with every step green."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from lienthong.cli.demo import DEMO_STEPS

sys.path.insert(0, str(Path(__file__).parents[1] / "web"))
from demo_server import demo_serving

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("demo")]


def lienthong(*args: str, **kwargs: object) -> list[str]:
    return [sys.executable, "-c", "from lienthong.cli import main; main()", *args]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_demo_builds_registers_and_runs_every_step(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    result = subprocess.run(
        lienthong("demo", "--people", "400", "--no-serve", "--json", "--home", str(home)),
        capture_output=True,
        text=True,
        timeout=600,
        env={k: v for k, v in os.environ.items() if k != "LIENTHONG_STORE_URL"},
        preexec_fn=lambda: os.umask(0o022),  # the usual umask: files 0644 unless made private
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout)
    assert summary["people"] == 400
    # Secrets and personal data are owner-only (hardening issue, item 6).
    tokens = list(home.rglob("*.token"))
    assert tokens, "the demo wrote no bearer token"
    private = [home / "platform.db", home / "keys" / "audit-ed25519.pem", *tokens]
    private += list(home.rglob("*.key"))
    modes = {str(p.relative_to(home)): oct(stat.S_IMODE(p.stat().st_mode)) for p in private}
    assert set(modes.values()) == {"0o600"}, modes
    assert oct(stat.S_IMODE(home.stat().st_mode)) == "0o700"
    for folder in {p.parent for p in private}:
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, folder
    assert summary["city"]["records"]["population.cong_dan"] >= 400
    for package, _title in DEMO_STEPS:
        assert package in summary["steps"], f"{package} did not run"
        assert "error" not in summary["steps"][package], summary["steps"][package]
    assert (home / "city" / "manifest.json").exists()
    # The portal may prefill every shipped procedure: one grant per (procedure, data service).
    from lienthong.procedures import SHIPPED, load_catalogue

    pairs = sum(len(p.services) for p in load_catalogue(SHIPPED).procedures.values())
    assert summary["steps"]["lienthong.procedures"]["grants"] == pairs


def test_demo_refuses_to_wipe_a_folder_it_did_not_make(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.docx").write_text("do not delete")
    result = subprocess.run(
        lienthong("demo", "--people", "100", "--no-serve", "--home", str(precious)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 5
    assert "left untouched" in result.stderr
    assert (precious / "thesis.docx").read_text() == "do not delete"


def test_demo_serves_the_gateway_and_the_readme_call_works(tmp_path: Path) -> None:
    home = tmp_path / "served"
    with demo_serving(home) as (printed, _server):
        port = int(printed.url.rsplit(":", 1)[1])
        token = (home / "pki" / "clients" / "BHXH-HCM.token").read_text().strip()
        import sqlite3

        with sqlite3.connect(home / "city" / "population.db") as db:
            (cccd,) = db.execute("SELECT so_dinh_danh FROM cong_dan LIMIT 1").fetchone()
        response = httpx.get(
            f"http://127.0.0.1:{port}/v1/services/CA-HCM/cong-dan/v1",
            params={"cccd": cccd},
            headers={"Authorization": f"Bearer {token}", "X-Purpose": "BHYT-CAP-THE"},
        )
        # The demo grants BHXH-HCM a right and consent only for its chosen citizen; any
        # answer must be a decision of the gateway (200 or a problem+json refusal), never a 5xx.
        assert response.status_code in (200, 403), response.text
        unauthenticated = httpx.get(
            f"http://127.0.0.1:{port}/v1/services/CA-HCM/cong-dan/v1", params={"cccd": cccd}
        )
        assert unauthenticated.status_code == 401
        assert unauthenticated.headers["content-type"].startswith("application/problem+json")


def test_demo_prints_its_url_and_sandbox_logins_and_they_work(tmp_path: Path) -> None:
    """At start-up the demo says, Vietnamese first then English, where to go and who can log
    in: sandbox citizens (CCCD, e-ID level, what they can do; any password; CCCD:1/CCCD:2
    chooses the level) and the officers' accounts with this run's password. Each works."""
    home = tmp_path / "logins"
    with demo_serving(home) as (printed, _server):
        text = printed.text
        for vi, en in [
            ("Mở", "Open"),
            ("Thủ tục hành chính", "Procedures"),
            ("Công dân", "Citizens"),
            ("Mật khẩu: bất kỳ", "Password: anything"),
            ("nhập CCCD:1 hoặc CCCD:2", "type CCCD:1 or CCCD:2"),
            ("Cán bộ", "Officers"),
        ]:
            assert -1 < text.index(vi) < text.index(en), (vi, en)
        assert printed.procedures_url == f"{printed.url}/thu-tuc"
        levels = {level for _cccd, level, _name, _code in printed.citizens}
        assert levels == {1, 2} and printed.any_password
        assert {"SANDBOX-BHYT-01", "SANDBOX-TS1-01"} <= {c[3] for c in printed.citizens}
        assert {"lanh-dao", "can-bo-bhxh-hcm", "can-bo-ca-hcm"} <= set(printed.officers)
        assert len(printed.password) >= 12

        # The printed citizens are the sandbox provider's accounts, and it is up.
        access = json.loads((home / "demo-access.json").read_text())
        issuer = access["eid_issuer"]
        discovery = httpx.get(f"{issuer}/.well-known/openid-configuration", timeout=5)
        assert discovery.status_code == 200 and discovery.json()["issuer"] == issuer
        accounts = json.loads((home / "eid-sandbox" / "citizens.json").read_text())
        assert {c[0]: c[1] for c in printed.citizens} == {
            k: v["level"] for k, v in accounts.items()
        }
        # A procedure sends a citizen to that provider to log in.
        login = httpx.get(f"{printed.url}/thu-tuc/SANDBOX-BHYT-01", follow_redirects=True)
        assert str(login.url).startswith(issuer) and 'name="login"' in login.text

        # The officers' printed password opens their queue; another does not.
        with httpx.Client(base_url=printed.url) as http:
            wrong = http.post("/login", data={"name": "can-bo-bhxh-hcm", "password": "x" * 12})
            assert "/dashboard/ho-so" not in str(wrong.headers.get("location", ""))
            done = http.post(
                "/login",
                data={
                    "name": "can-bo-bhxh-hcm",
                    "password": printed.password,
                    "next": "/dashboard/ho-so",
                },
            )
            assert done.status_code == 303 and done.headers["location"] == "/dashboard/ho-so"
            queue = http.get("/dashboard/ho-so")
            assert queue.status_code == 200 and 'id="password"' not in queue.text

        # The level choice: the level-2 citizen logging in as CCCD:1 is refused the level-2
        # procedure; as CCCD:2 they may ask for it.
        from playwright.sync_api import sync_playwright

        cccd = next(c[0] for c in printed.citizens if c[1] == 2)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
            for login, allowed in ((f"{cccd}:1", False), (f"{cccd}:2", True)):
                page = browser.new_page()  # a context of its own: a fresh login each time
                page.goto(f"{printed.url}/thu-tuc/SANDBOX-BHYT-01")
                page.fill("input[name=login]", login)
                page.fill("input[name=password]", "bat-ky")
                page.click("button[type=submit]")
                page.click("button[type=submit]")  # the provider's consent screen
                page.wait_for_url("**/thu-tuc/SANDBOX-BHYT-01")
                refused = "cần tài khoản định danh điện tử mức 2" in page.inner_text("main")
                assert refused is not allowed, login
                assert page.locator("button:has-text('Đồng ý lấy dữ liệu')").count() == allowed
                page.close()
            browser.close()
    # The provider ends with the demo.
    port = int(issuer.rsplit(":", 1)[1])
    deadline = time.monotonic() + 10
    while _listening(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _listening(port)


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0
