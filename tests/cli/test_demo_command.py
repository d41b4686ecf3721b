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
    port = free_port()
    server = subprocess.Popen(
        lienthong("demo", "--people", "300", "--home", str(home), "--port", str(port)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
        else:
            pytest.fail("the demo server did not come up")
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
    finally:
        server.terminate()
        server.wait(timeout=30)
