"""`lienthong eid jwks` and `lienthong eid sandbox`, run as a user would."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
from gateway_world import free_port


def _cli(home: Path, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    env = {**os.environ, "LIENTHONG_HOME": str(home)}
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "lienthong"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[call-overload]
    )


def test_jwks_prints_only_the_public_half(tmp_path: Path) -> None:
    out, _ = _cli(tmp_path, "eid", "jwks").communicate(timeout=60)
    key = json.loads(out)["keys"][0]
    assert key["kty"] == "EC" and key["crv"] == "P-256" and key["alg"] == "ES256"
    assert "d" not in key, "the private key must never be printed"
    assert oct((tmp_path / "eid-client-key.pem").stat().st_mode & 0o777) == "0o600"


def test_the_sandbox_serves_discovery_for_the_city(tmp_path: Path) -> None:
    population = tmp_path / "population.db"
    with sqlite3.connect(population) as db:
        db.execute("CREATE TABLE cong_dan (so_dinh_danh TEXT, ho_ten TEXT, ngay_sinh TEXT)")
        db.execute("INSERT INTO cong_dan VALUES ('079090000001', 'Nguyễn Văn An', '1990-01-02')")
    port = free_port()
    process = _cli(tmp_path, "eid", "sandbox", "--port", str(port), "--population", str(population))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                found = httpx.get(f"http://127.0.0.1:{port}/.well-known/openid-configuration")
                break
            except httpx.TransportError:
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.2)
        metadata = found.json()
        assert metadata["issuer"] == f"http://127.0.0.1:{port}"
        assert "private_key_jwt" in metadata["token_endpoint_auth_methods_supported"]
        assert metadata["code_challenge_methods_supported"] == ["S256"]
    finally:
        process.terminate()
        out, err = process.communicate(timeout=20)
    assert "SANDBOX" in err and "079090000001" in out
