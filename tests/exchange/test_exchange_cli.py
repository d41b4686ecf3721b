"""The admin commands end to end: CA, client registration, purposes, rights, consents, tokens."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from gateway_world import register_population
from typer.testing import CliRunner

from lienthong.audit import AuditLog
from lienthong.cli import _context, app
from lienthong.cli import _register_commands as register
from lienthong.errors import AuthenticationError
from lienthong.exchange import ClientDirectory, TokenVerifier, load_private_key, mint_token
from lienthong.store import Store

runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("LIENTHONG_HOME", str(tmp_path))
    monkeypatch.delenv("LIENTHONG_STORE_URL", raising=False)
    _context.settings.cache_clear()
    if not any(group.name == "ca" for group in app.registered_groups):
        register()
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    register_population(store, f"sqlite:///{tmp_path / 'population.db'}")
    store.close()
    yield tmp_path
    _context.settings.cache_clear()


def lienthong(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.stdout


def test_admin_commands_set_up_a_working_client(home: Path) -> None:
    lienthong("ca", "init")
    issued = json.loads(lienthong("ca", "issue", "BHXH-HCM", "--agency", "BHXH-HCM", "--json"))
    assert Path(issued["certificate"]).exists()
    assert Path(issued["key"]).stat().st_mode & 0o777 == 0o600
    lienthong("rights", "purpose", "BHYT-CAP-THE", "--title", "Cấp thẻ BHYT")
    granted = json.loads(
        lienthong(
            "rights",
            "grant",
            "BHXH-HCM",
            "CA-HCM/cong-dan/v1",
            "--purpose",
            "BHYT-CAP-THE",
            "--fields",
            "ho_ten,ngay_sinh",
            "--json",
        )
    )
    assert granted["fields"] == ["ho_ten", "ngay_sinh"]
    consent = json.loads(
        lienthong(
            "consent",
            "grant",
            "079090000001",
            "BHXH-HCM",
            "CA-HCM/cong-dan/v1",
            "--purpose",
            "BHYT-CAP-THE",
            "--fields",
            "ho_ten",
            "--agreement",
            "Tôi đồng ý.",
            "--json",
        )
    )
    assert consent["status"] == "ACTIVE"
    lienthong("consent", "revoke", consent["id"], "--cccd", consent["subject"])
    [listed] = json.loads(lienthong("consent", "list", "--cccd", "079090000001", "--json"))
    assert listed["status"] == "REVOKED"

    token = lienthong("ca", "token", "BHXH-HCM").strip()
    store = Store.open(f"sqlite:///{home / 'platform.db'}")
    log = AuditLog.open(store, home)
    assert [(r.event, r.client.split(":")[0]) for r in log.records()] == [
        ("CLIENT_REGISTERED", "operator"),
        ("CLIENT_CERTIFICATE_ISSUED", "operator"),
        ("RIGHT_GRANTED", "operator"),
        ("CONSENT_GRANTED", "operator"),
        ("CONSENT_REVOKED", "operator"),
    ]
    assert [r.event for r in log.for_subject("079090000001")] == [
        "CONSENT_REVOKED",
        "CONSENT_GRANTED",
    ]
    verifier = TokenVerifier(
        ClientDirectory(store), audience="lienthong-gateway", max_lifetime_s=3600
    )
    assert verifier.verify(token)[0] == "BHXH-HCM"
    lienthong("ca", "revoke", issued["fingerprint"])
    refused = runner.invoke(app, ["ca", "token", "BHXH-HCM", "--lifetime", "60"])
    assert isinstance(refused.exception, AuthenticationError)  # no token from a revoked key
    assert "revoked" in str(refused.exception)
    assert "eyJ" not in refused.stdout
    fresh = mint_token(  # minted by hand, the gateway still refuses it
        "BHXH-HCM", load_private_key(Path(issued["key"])), audience="lienthong-gateway"
    )
    with pytest.raises(AuthenticationError, match="revoked"):
        verifier.verify(fresh)
    assert list(log.records())[-1].event == "CLIENT_CERTIFICATE_REVOKED"
    store.close()


def test_granting_an_unknown_field_fails_with_a_sentence(home: Path) -> None:
    lienthong("ca", "init")
    lienthong("ca", "issue", "BHXH-HCM")
    lienthong("rights", "purpose", "BHYT-CAP-THE", "--title", "Cấp thẻ BHYT")
    result = runner.invoke(
        app,
        [
            "rights",
            "grant",
            "BHXH-HCM",
            "CA-HCM/cong-dan/v1",
            "--purpose",
            "BHYT-CAP-THE",
            "--fields",
            "ho_ten,mat_khau",
        ],
    )
    assert result.exit_code != 0
    assert "mat_khau" in str(result.exception)


def test_serve_with_mtls_issues_the_gateway_certificate_once(home: Path) -> None:
    import ssl

    from lienthong.cli.serve import _tls_options

    lienthong("ca", "init")
    options = _tls_options(home / "pki", "127.0.0.1", required=True)
    assert options["ssl_cert_reqs"] == ssl.CERT_REQUIRED
    assert Path(options["ssl_certfile"]).name == "127.0.0.1.crt"
    first = Path(options["ssl_certfile"]).read_text()
    again = _tls_options(home / "pki", "127.0.0.1", required=False)
    assert again["ssl_cert_reqs"] == ssl.CERT_OPTIONAL
    assert Path(again["ssl_certfile"]).read_text() == first  # reused, not re-issued
    context = ssl.create_default_context(cafile=options["ssl_ca_certs"])
    context.load_cert_chain(options["ssl_certfile"], options["ssl_keyfile"])  # a valid pair


def test_help_teaches_the_admin_commands() -> None:
    if not any(group.name == "ca" for group in app.registered_groups):
        register()
    for group in ("ca", "rights", "consent"):
        text = lienthong(group, "--help")
        assert "Typical start" in text or "Example" in text
    assert "mtls" in lienthong("serve", "--help").lower()


def test_the_platforms_own_services_can_be_granted(home: Path) -> None:
    lienthong("ca", "init")
    lienthong("ca", "issue", "BHXH-HCM")
    lienthong("rights", "purpose", "DOI-SOAT", "--title", "Đối soát hồ sơ")
    lienthong(
        "rights",
        "grant",
        "BHXH-HCM",
        "LIENTHONG/link-resolve/v1",
        "--purpose",
        "DOI-SOAT",
        "--fields",
        "master_id,evidence",
    )
    unknown = ["LIENTHONG/no-such/v1", "--purpose", "DOI-SOAT", "--fields", "master_id"]
    bad = runner.invoke(app, ["rights", "grant", "BHXH-HCM", *unknown])
    assert bad.exit_code != 0
    assert "link-resolve" in str(bad.exception) or "link-resolve" in bad.output


def test_ca_token_refuses_a_key_not_registered_to_the_system(home: Path) -> None:
    lienthong("ca", "init")
    issued = json.loads(lienthong("ca", "issue", "BHXH-HCM", "--json"))
    lienthong("ca", "issue", "SYT-HCM", "--json")
    result = runner.invoke(app, ["ca", "token", "SYT-HCM", "--key", issued["key"]])
    assert isinstance(result.exception, AuthenticationError)
    assert "not registered to SYT-HCM" in str(result.exception)
    assert "eyJ" not in result.stdout
