"""`lienthong procedures list | check | stats`, as an operator runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lienthong.procedures import SHIPPED


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "lienthong"), *args],
        env={**os.environ, "LIENTHONG_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_list_check_and_stats(tmp_path: Path) -> None:
    listed = json.loads(_cli(tmp_path, "procedures", "list", "--json").stdout)
    assert sorted(p["code"] for p in listed) == [
        "SANDBOX-BHYT-01",
        "SANDBOX-CT-01",
        "SANDBOX-HKD-01",
        "SANDBOX-TCXH-01",
        "SANDBOX-TS1-01",
    ]
    residence = next(p for p in listed if p["code"] == "SANDBOX-CT-01")
    assert residence["citizen"] == ["ly_do"]
    good = _cli(tmp_path, "procedures", "check", str(SHIPPED))
    assert good.returncode == 0 and "5 procedure file(s)" in good.stdout
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.yaml").write_text("code: X1\nname: {vi: a}\n", "utf-8")
    refused = _cli(tmp_path, "procedures", "check", str(bad))
    assert refused.returncode != 0 and "x.yaml line" in refused.stderr
    assert "Traceback" not in refused.stderr
    (tmp_path / "platform.db").touch()  # an empty platform: no dossier yet
    assert json.loads(_cli(tmp_path, "procedures", "stats", "--json").stdout) == []


def test_corrections_list_and_resolve(tmp_path: Path) -> None:
    (tmp_path / "platform.db").touch()
    listed = _cli(tmp_path, "procedures", "corrections", "--agency", "CA-HCM", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    missing = _cli(tmp_path, "procedures", "resolve", "nope", "corrected", "--by", "can-bo")
    assert missing.returncode == 4 and "No such correction request" in missing.stderr
    wrong = _cli(tmp_path, "procedures", "resolve", "nope", "done", "--by", "can-bo")
    assert wrong.returncode == 2 and "corrected, confirmed" in wrong.stderr
    assert "Traceback" not in missing.stderr + wrong.stderr


def test_enable_grants_the_portal_what_each_procedure_reads(tmp_path: Path) -> None:
    city = tmp_path / "city"
    assert _cli(tmp_path, "city", "generate", "--people", "200", "--out", str(city)).returncode == 0
    assert _cli(tmp_path, "registry", "import", str(city / "manifest.json")).returncode == 0
    done = _cli(tmp_path, "procedures", "enable", "--json")
    assert done.returncode == 0, done.stderr
    granted = {(g["procedure"], g["service"]) for g in json.loads(done.stdout)}
    assert ("SANDBOX-TCXH-01", "SYT-HCM/bao-tro-xa-hoi/v1") in granted
    assert ("SANDBOX-HKD-01", "STC-HCM/da-dang-ky-kinh-doanh/v1") in granted
    assert len(granted) == 10  # 5 procedures, 10 (procedure, service) pairs
    rights = json.loads(_cli(tmp_path, "rights", "list", "--json").stdout)["rights"]
    portal = [r for r in rights if r["client"] == "LIENTHONG-PORTAL"]
    assert {(r["purpose"], r["service"]) for r in portal} == granted
    unknown = _cli(tmp_path, "procedures", "enable", "NOPE")
    assert unknown.returncode == 4 and "lienthong procedures list" in unknown.stderr
