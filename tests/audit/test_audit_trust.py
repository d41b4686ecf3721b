"""Which keys a verification trusts: never an archive's own header; rotation keeps old ones.

Issue 11, item 2: an archive rewritten and re-signed with the forger's key, the forger's key put
in its header, verified "intact" because the verifier trusted whatever key the header named.
"""

from __future__ import annotations

import base64
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from audit_helpers import make_event
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from lienthong.audit import AuditLog, PublicKey, canonical_json, chain_hash, load_trusted_keys
from lienthong.audit._records import checkpoint_message
from lienthong.cli import _register_commands, app
from lienthong.cli._context import settings
from lienthong.errors import InputError
from lienthong.store import Store

runner = CliRunner()


def _use_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIENTHONG_HOME", str(home))
    for name in ("LIENTHONG_STORE_URL", "LIENTHONG_AUDIT_WITNESS", "LIENTHONG_AUDIT_TRUSTED_KEYS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("LIENTHONG_AUDIT_CHECKPOINT_EVERY", raising=False)
    settings.cache_clear()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A platform home with 10 audit entries and an exported archive of them."""
    platform = tmp_path / "platform"
    _use_home(platform, monkeypatch)
    _register_commands()
    store = Store.open(f"sqlite:///{platform / 'platform.db'}")
    AuditLog.open(store, platform, checkpoint_every=4).append_many(
        [make_event(i) for i in range(1, 11)]
    )
    store.close()
    exported = runner.invoke(app, ["audit", "export", str(tmp_path / "audit.jsonl")])
    assert exported.exit_code == 0, exported.output
    yield platform
    settings.cache_clear()


def forge(archive: Path, out: Path, forger: Ed25519PrivateKey) -> PublicKey:
    """Rewrite entry 3, re-chain, re-sign every checkpoint and name the forger's key."""
    public = PublicKey(forger.public_key())
    lines = [json.loads(line) for line in archive.read_text("utf-8").splitlines()]
    lines[0]["public_keys"] = [
        {"key_id": public.key_id, "alg": "Ed25519", "public_key": public.base64}
    ]
    running, hashes = "0" * 64, {}
    for obj in lines[1:]:
        if obj["kind"] == "entry":
            if obj["seq"] == 3:
                obj["entry"]["purpose"] = "FORGED"
            obj["prev_hash"] = running
            obj["hash"] = running = chain_hash(running, canonical_json(obj["entry"]))
            hashes[obj["seq"]] = running
        elif obj["kind"] == "checkpoint":
            obj["hash"] = hashes[obj["seq"]]
            message = checkpoint_message(obj["seq"], obj["hash"], obj["time"])
            obj["signature"] = base64.b64encode(forger.sign(message)).decode()
            obj["key_id"] = public.key_id
        else:
            obj["last_hash"] = running
    out.write_text("".join(json.dumps(obj) + "\n" for obj in lines), "utf-8")
    return public


def test_an_archive_re_signed_with_another_key_fails_on_the_platform(
    home: Path, tmp_path: Path
) -> None:
    forge(tmp_path / "audit.jsonl", tmp_path / "forged.jsonl", Ed25519PrivateKey.generate())
    result = runner.invoke(
        app, ["audit", "verify", "--archive", str(tmp_path / "forged.jsonl"), "--json"]
    )
    assert result.exit_code == 8, result.output
    brk = json.loads(result.stdout)["first_break"]
    assert (brk["seq"], brk["kind"]) == (4, "bad_checkpoint") and "not trusted" in brk["message"]


def test_without_a_trusted_key_an_archive_is_not_verified_at_all(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A third party with no key pinned: the header's key proves nothing, so say so."""
    forge(tmp_path / "audit.jsonl", tmp_path / "forged.jsonl", Ed25519PrivateKey.generate())
    _use_home(tmp_path / "auditor", monkeypatch)
    result = runner.invoke(app, ["audit", "verify", "--archive", str(tmp_path / "forged.jsonl")])
    assert isinstance(result.exception, InputError)  # `lienthong` prints it and exits 2
    assert "No trusted key" in str(result.exception)
    assert "--public-key" in str(result.exception.hint)


def test_an_explicitly_trusted_key_verifies(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    published = runner.invoke(app, ["audit", "public-key"]).stdout
    (tmp_path / "platform.pem").write_text(published)
    forger = Ed25519PrivateKey.generate()
    public = forge(tmp_path / "audit.jsonl", tmp_path / "forged.jsonl", forger)
    (tmp_path / "forger.pem").write_text(public.pem)
    _use_home(tmp_path / "auditor", monkeypatch)
    honest = ["audit", "verify", "--archive", str(tmp_path / "audit.jsonl")]
    assert (
        runner.invoke(app, [*honest, "--trust-key", str(tmp_path / "platform.pem")]).exit_code == 0
    )
    (tmp_path / "trusted.pem").write_text(published)
    assert (
        runner.invoke(app, [*honest, "--trusted-keys", str(tmp_path / "trusted.pem")]).exit_code
        == 0
    )
    forged = ["audit", "verify", "--json", "--archive", str(tmp_path / "forged.jsonl")]
    assert (
        runner.invoke(app, [*forged, "--trust-key", str(tmp_path / "platform.pem")]).exit_code == 8
    )
    # trusting the forger's key is a choice the verifier makes, and then it verifies
    assert runner.invoke(app, [*forged, "--trust-key", str(tmp_path / "forger.pem")]).exit_code == 0


def test_rotating_the_key_keeps_old_checkpoints_verifiable(home: Path, tmp_path: Path) -> None:
    rotated = runner.invoke(app, ["audit", "rotate-key", "--json"])
    assert rotated.exit_code == 0, rotated.output
    ids = json.loads(rotated.stdout)
    assert ids["retired_key_id"] != ids["key_id"]
    trusted_file = home / "keys" / "trusted-audit-keys.pem"
    assert [k.key_id for k in load_trusted_keys(trusted_file)] == [ids["retired_key_id"]]
    assert stat.S_IMODE(trusted_file.stat().st_mode) == 0o600
    pem = (home / "keys" / "audit-ed25519.pem").read_bytes()
    current = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(current, Ed25519PrivateKey)
    assert PublicKey(current.public_key()).key_id == ids["key_id"]  # the old one is gone
    store = Store.open(f"sqlite:///{home / 'platform.db'}")
    AuditLog.open(store, home, checkpoint_every=4).append_many([make_event(i) for i in range(5)])
    store.close()
    result = runner.invoke(app, ["audit", "verify", "--json"])  # no flag: the file is read
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)["key_ids"]) == {ids["key_id"], ids["retired_key_id"]}
    assert runner.invoke(app, ["audit", "export", str(tmp_path / "after.jsonl")]).exit_code == 0
    archive = ["audit", "verify", "--archive", str(tmp_path / "after.jsonl")]
    assert runner.invoke(app, archive).exit_code == 0
