"""The unit files in deploy/ are what docs/deploy.md tells a city to install: systemd accepts
them, every command they run parses, the environment file names real settings, and the gateway
and sync units start on this machine (against the local PostgreSQL) and stop cleanly."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from lienthong.config import Settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service")) + sorted(
    (DEPLOY / "systemd").glob("*.timer")
)
LIENTHONG = str(Path(sys.executable).parent / "lienthong")
INSTALLED = "/opt/lienthong/.venv/bin/lienthong"


def _unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text())
    return parser


def _exec_start(path: Path) -> list[str]:
    return shlex.split(_unit(path)["Service"]["ExecStart"])


def test_there_is_a_unit_for_every_long_running_role() -> None:
    names = {path.name for path in UNITS}
    assert {
        "lienthong-gateway.service",
        "lienthong-sync-capture.service",
        "lienthong-sync-deliver.service",
    } <= names
    for timer in (p for p in UNITS if p.suffix == ".timer"):
        assert timer.with_suffix(".service").name in names  # a timer starts a unit that exists


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_systemd_accepts_the_unit_without_a_warning(path: Path, tmp_path: Path) -> None:
    systemd_analyze = shutil.which("systemd-analyze")
    assert systemd_analyze, "systemd-analyze (Debian's systemd package) is needed"
    for unit in UNITS:  # a timer is verified next to the service it starts
        text = unit.read_text().replace(INSTALLED, LIENTHONG)
        text = text.replace("EnvironmentFile=/etc/lienthong/", f"EnvironmentFile={tmp_path}/")
        (tmp_path / unit.name).write_text(text)
    shutil.copy(DEPLOY / "systemd" / "lienthong.env", tmp_path / "lienthong.env")
    done = subprocess.run(
        [systemd_analyze, "verify", str(tmp_path / path.name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr  # unknown keys and bad values only warn


@pytest.mark.parametrize("path", [p for p in UNITS if p.suffix == ".service"], ids=lambda p: p.name)
def test_every_command_a_unit_runs_parses(path: Path) -> None:
    command = _exec_start(path)
    assert command[0] == INSTALLED
    done = subprocess.run(
        [LIENTHONG, *command[1:], "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_environment_file_names_only_real_settings() -> None:
    fields = {name.upper() for name in Settings.model_fields}
    for line in (DEPLOY / "systemd" / "lienthong.env").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key = line.split("=", 1)[0]
            assert key.startswith("LIENTHONG_") and key.removeprefix("LIENTHONG_") in fields, key


def test_nats_accepts_the_cluster_node_configuration() -> None:
    nats_server = shutil.which("nats-server") or "/usr/sbin/nats-server"
    done = subprocess.run(
        [nats_server, "-t", "-c", str(DEPLOY / "nats" / "nats-node.conf")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0 and "is valid" in done.stdout + done.stderr, done.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGINT)  # the units' KillSignal
    try:
        process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    return process.returncode


@pytest.mark.integration
def test_the_gateway_and_sync_units_start_here_and_stop_cleanly(
    pg_url: str, tmp_path: Path
) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "LIENTHONG_HOME": str(tmp_path),
        "LIENTHONG_STORE_URL": pg_url,
        "LIENTHONG_HOST": "127.0.0.1",
        "LIENTHONG_PORT": str(port),
    }
    subprocess.run([LIENTHONG, "store", "upgrade"], env=env, check=True, capture_output=True)
    gateway = subprocess.Popen(
        [LIENTHONG, *_exec_start(DEPLOY / "systemd" / "lienthong-gateway.service")[1:]],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deliver = subprocess.Popen(
        [LIENTHONG, *_exec_start(DEPLOY / "systemd" / "lienthong-sync-deliver.service")[1:]],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            assert gateway.poll() is None, gateway.communicate()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the gateway unit's command did not start"
            time.sleep(0.3)
        assert deliver.poll() is None, deliver.communicate()
    finally:
        gateway_rc, deliver_rc = _stop(gateway), _stop(deliver)
    assert gateway_rc == 0
    assert deliver_rc == 0, deliver.stderr
