"""``lienthong demo`` serving, started as a new user starts it, and what it prints read back.

The tests that use it know nothing the demo did not print: the URL, the sandbox citizens'
CCCDs and levels, the officers' accounts and password (lienthong.demo._access renders them).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Printed:
    """What a new user reads in the demo's start-up text."""

    text: str
    url: str = ""
    procedures_url: str = ""
    citizens: list[tuple[str, int, str, str]] = field(
        default_factory=list
    )  # cccd, level, name, code
    officers: dict[str, str] = field(default_factory=dict)  # account -> agency or role
    password: str = ""
    any_password: bool = False

    @classmethod
    def read(cls, text: str) -> Printed:
        found = cls(text)
        found.url = _one(r"Mở / Open: (\S+)", text).rstrip("/")
        found.procedures_url = _one(r"Thủ tục hành chính / Procedures: (\S+)", text)
        for cccd, level, name, code in re.findall(
            r"CCCD (\d{12})  mức/level (\d)  (.+?)  → (\S+)", text
        ):
            found.citizens.append((cccd, int(level), name, code))
        for account, role in re.findall(r"Tài khoản/Account (\S+)  \((.+)\)", text):
            found.officers[account] = role
        found.password = _one(r"Mật khẩu / Password: (\S+)", text)
        found.any_password = "Mật khẩu: bất kỳ / Password: anything" in text
        return found


def _one(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    assert match is not None, f"the demo did not print {pattern!r}:\n{text[-3000:]}"
    return match.group(1)


@contextmanager
def demo_serving(home: Path, people: int = 300) -> Iterator[tuple[Printed, subprocess.Popen[str]]]:
    """The demo built in ``home`` and serving on free ports, until the block ends."""
    port, eid_port = free_port(), free_port()
    out = home.parent / f"{home.name}-stdout.txt"
    with out.open("w") as sink:
        server = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from lienthong.cli import main; main()",
                "demo",
                *("--people", str(people), "--home", str(home)),
                *("--port", str(port), "--eid-port", str(eid_port)),
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
            text=True,
            env={k: v for k, v in os.environ.items() if k != "LIENTHONG_STORE_URL"},
        )
    try:
        deadline = time.monotonic() + 400
        while time.monotonic() < deadline:
            text = out.read_text()
            if "Serving the API" in text:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
            assert server.poll() is None, text[-3000:]
            time.sleep(0.5)
        else:
            raise AssertionError("the demo server did not come up")
        yield Printed.read(out.read_text()), server
    finally:
        server.terminate()
        server.wait(timeout=30)
