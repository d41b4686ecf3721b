"""The sandbox e-ID provider (node oidc-provider) started on loopback for the test that needs it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "exchange"))  # the gateway's test world

ROOT = Path(__file__).parents[2]
PROVIDER = ROOT / "tools" / "oidc-sandbox" / "provider.mjs"
CITIZENS = {
    "079090000001": {"name": "Nguyễn Văn An", "birthdate": "1990-01-02", "level": 2},
    "079190000002": {"name": "Trần Thị Bình", "birthdate": "1991-03-04", "level": 1},
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class SandboxProvider:
    """``node provider.mjs`` for one relying party; ``issuer`` once it listens."""

    def __init__(
        self,
        folder: Path,
        client_jwks: dict[str, object],
        redirect_uri: str,
        citizens: dict[str, dict[str, object]] | None = None,
    ) -> None:
        assert (PROVIDER.parent / "node_modules" / "oidc-provider").exists(), (
            "node oidc-provider is missing: run `bash scripts/oidc-sandbox.sh` (make test does)"
        )
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        (folder / "client-jwks.json").write_text(json.dumps(client_jwks))
        (folder / "citizens.json").write_text(json.dumps(citizens or CITIZENS, ensure_ascii=False))
        env = {
            **os.environ,
            "PORT": str(self.port),
            "CLIENT_ID": "lienthong",
            "REDIRECT_URI": redirect_uri,
            "CLIENT_JWKS": str(folder / "client-jwks.json"),
            "SANDBOX_CITIZENS": str(folder / "citizens.json"),
        }
        self.log = (folder / "provider.log").open("w")
        self.process = subprocess.Popen(
            ["node", str(PROVIDER)], env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        # node starts in a second or two; on a 2-core CI box beside the suite's workers it once
        # took over twenty (clean-clone run, 2026-12-06 23:49)
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    break
            assert self.process.poll() is None, (folder / "provider.log").read_text()
            assert time.monotonic() < deadline, "the sandbox provider did not start"
            time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self.log.close()


@pytest.fixture
def sandbox_provider(tmp_path: Path) -> Iterator[type[SandboxProvider]]:
    started: list[SandboxProvider] = []

    class Tracked(SandboxProvider):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            started.append(self)

    yield Tracked
    for provider in started:
        provider.stop()
