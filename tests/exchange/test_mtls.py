"""Mutual TLS against a real uvicorn server: the certificate's CN is the caller's identity."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest
from gateway_world import CONSUMER, PURPOSE, World, serving

from lienthong.client import Client
from lienthong.errors import AuthenticationError
from lienthong.exchange import PlatformCA

CCCD = "079090000001"


@pytest.fixture
def pki(world: World, tmp_path: Path) -> PlatformCA:
    ca = PlatformCA.init(tmp_path / "pki")
    ca.issue_server(["127.0.0.1"]).write(tmp_path / "pki" / "server")
    issued = ca.issue_client(CONSUMER)
    issued.write(tmp_path / "pki" / "clients")
    world.directory.add_key(CONSUMER, certificate_pem=issued.certificate_pem)
    return ca


def tls_options(ca: PlatformCA, reqs: ssl.VerifyMode) -> dict[str, object]:
    server = ca.directory / "server"
    return {
        "ssl_certfile": str(server / "127.0.0.1.crt"),
        "ssl_keyfile": str(server / "127.0.0.1.key"),
        "ssl_ca_certs": str(ca.cert_path),
        "ssl_cert_reqs": reqs,
    }


def test_client_certificate_identifies_the_system(world: World, pki: PlatformCA) -> None:
    world.consent(CCCD)
    clients = pki.directory / "clients"
    with (
        serving(world.app, **tls_options(pki, ssl.CERT_REQUIRED)) as port,
        Client(
            f"https://127.0.0.1:{port}",
            cert=clients / f"{CONSUMER}.crt",
            key=clients / f"{CONSUMER}.key",
            ca=pki.cert_path,
        ) as client,
    ):
        result = client.call("CA-HCM", "cong-dan", "v1", purpose=PURPOSE, cccd=CCCD)
    assert result.rows[0]["ho_ten"] == "Nguyễn Văn An"
    entry = world.audit().for_subject(CCCD)[0]
    assert (entry.client, entry.outcome) == (CONSUMER, "allowed")


def test_without_a_certificate_the_handshake_is_refused(world: World, pki: PlatformCA) -> None:
    context = ssl.create_default_context(cafile=str(pki.cert_path))
    with (
        serving(world.app, **tls_options(pki, ssl.CERT_REQUIRED)) as port,
        pytest.raises(httpx.HTTPError),
    ):
        httpx.get(f"https://127.0.0.1:{port}/healthz", verify=context)


def test_a_certificate_from_another_ca_is_refused(
    world: World, pki: PlatformCA, tmp_path: Path
) -> None:
    rogue = PlatformCA.init(tmp_path / "rogue")
    rogue.issue_client(CONSUMER).write(tmp_path / "rogue")  # same CN, wrong issuer
    context = ssl.create_default_context(cafile=str(pki.cert_path))
    context.load_cert_chain(
        tmp_path / "rogue" / f"{CONSUMER}.crt", tmp_path / "rogue" / f"{CONSUMER}.key"
    )
    with (
        serving(world.app, **tls_options(pki, ssl.CERT_REQUIRED)) as port,
        pytest.raises(httpx.HTTPError),
    ):
        httpx.get(f"https://127.0.0.1:{port}/healthz", verify=context)


def test_an_unregistered_certificate_of_our_ca_is_401(world: World, pki: PlatformCA) -> None:
    issued = pki.issue_client("SYT-HCM")  # signed by our CA, never registered
    issued.write(pki.directory / "clients")
    clients = pki.directory / "clients"
    with (
        serving(world.app, **tls_options(pki, ssl.CERT_REQUIRED)) as port,
        Client(
            f"https://127.0.0.1:{port}",
            cert=clients / "SYT-HCM.crt",
            key=clients / "SYT-HCM.key",
            ca=pki.cert_path,
        ) as client,
        pytest.raises(AuthenticationError, match="not registered"),
    ):
        client.call("CA-HCM", "cong-dan", "v1", purpose=PURPOSE, cccd=CCCD)


def test_optional_mtls_also_accepts_tokens(world: World, pki: PlatformCA) -> None:
    world.consent(CCCD)
    key = pki.directory / "clients" / f"{CONSUMER}.key"
    with serving(world.app, **tls_options(pki, ssl.CERT_OPTIONAL)) as port:
        with Client(
            f"https://127.0.0.1:{port}", ca=pki.cert_path, system=CONSUMER, signing_key=key
        ) as client:
            assert client.call("CA-HCM", "cong-dan", "v1", purpose=PURPOSE, cccd=CCCD).rows
        anonymous = httpx.get(
            f"https://127.0.0.1:{port}/v1/services/CA-HCM/cong-dan/v1?cccd={CCCD}",
            verify=ssl.create_default_context(cafile=str(pki.cert_path)),
        )
    assert anonymous.status_code == 401
