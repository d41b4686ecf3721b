"""The relying party refuses every id_token and callback that is not exactly right.

id_tokens are minted here with joserfc (the provider's side), so each bad case is one field:
another signing key, another audience, issuer or nonce, expired, no ``sub``, a bad CCCD.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from lienthong.audit import AuditLog
from lienthong.config import Settings
from lienthong.eid import RelyingParty, citizen_from, claim_map, client_key
from lienthong.errors import AuthenticationError, ConfigError
from lienthong.store import Store
from lienthong.web import create_app

ISSUER = "https://eid.example.vn"
NAMES = claim_map(Settings().eid_claims)
PROVIDER_KEY = RSAKey.generate_key(2048, parameters={"kid": "p1"})
KEYS = KeySet([PROVIDER_KEY])


def _token(key: RSAKey = PROVIDER_KEY, **changes: Any) -> str:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "aud": "lienthong",
        "sub": "079090000001",
        "iat": now,
        "exp": now + 300,
        "nonce": "n-1",
        "cccd": "079090000001",
        "name": "Nguyễn Văn An",
        "birthdate": "1990-01-02",
        "eid_level": "2",
    }
    claims.update(changes)
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode({"alg": "RS256", "kid": key.kid}, claims, key)


@pytest.fixture
def party(tmp_path: Path) -> RelyingParty:
    return RelyingParty(ISSUER, "lienthong", client_key(tmp_path), NAMES)


def test_a_good_id_token_names_the_citizen(party: RelyingParty) -> None:
    citizen = party.verify(_token(), KEYS, nonce="n-1")
    assert (citizen.cccd, citizen.name, citizen.level) == ("079090000001", "Nguyễn Văn An", 2)


@pytest.mark.parametrize(
    ("case", "token"),
    [
        ("another key", lambda: _token(RSAKey.generate_key(2048, parameters={"kid": "p1"}))),
        ("another audience", lambda: _token(aud="someone-else")),
        ("another issuer", lambda: _token(iss="https://evil.example")),
        ("another nonce", lambda: _token(nonce="n-2")),
        ("no nonce", lambda: _token(nonce=None)),
        ("expired", lambda: _token(exp=int(time.time()) - 3600)),
        ("no sub", lambda: _token(sub=None)),
        ("fullwidth CCCD", lambda: _token(cccd="０７９０９００００００１")),
        ("CCCD with a newline", lambda: _token(cccd="079090000001\n")),
        ("unknown province", lambda: _token(cccd="999090000001")),
        ("no level", lambda: _token(eid_level=None)),
        ("level 3", lambda: _token(eid_level="3")),
        ("tampered payload", lambda: _tampered()),
    ],
)
def test_a_bad_id_token_is_refused(party: RelyingParty, case: str, token: Any) -> None:
    with pytest.raises(AuthenticationError):
        party.verify(token(), KEYS, nonce="n-1")


def _tampered() -> str:
    header, payload, signature = _token().split(".")
    other = _token(cccd="079190000002").split(".")[1]
    assert other != payload
    return f"{header}.{other}.{signature[:-4]}AAAA"


def test_another_provider_is_one_setting() -> None:
    names = claim_map('{"cccd": "personal_id", "level": "loa"}')
    citizen = citizen_from({"personal_id": "079090000001", "loa": 1}, names)
    assert citizen.level == 1 and citizen.name is None
    for bad in ("not json", "[]", '{"name": "name"}', '{"cccd": "x", "mood": "y"}'):
        with pytest.raises(ConfigError):
            claim_map(bad)


@given(st.dictionaries(st.sampled_from(["cccd", "eid_level", "name"]), st.text(max_size=20)))
@settings(max_examples=200, deadline=None)
def test_garbage_claims_never_crash(claims: dict[str, str]) -> None:
    try:
        citizen = citizen_from(claims, NAMES)
    except AuthenticationError:
        return
    assert len(citizen.cccd) == 12 and citizen.cccd.isascii() and citizen.level in (1, 2)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_bad_callbacks_get_a_clear_page_and_an_audit_entry(tmp_path: Path) -> None:
    settings_ = Settings(home=tmp_path, eid_issuer="http://127.0.0.1:9")  # nothing listens there
    store = Store.open(settings_.resolved_store_url)
    app = create_app(settings_, store, json_logs=False)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://gw"
    ) as http:
        down = await http.get("/eid/login")
        forged = await http.get("/eid/callback?code=abc&state=xyz")
        error = await http.get("/eid/callback?error=<script>alert(1)</script>")
        await app.state.audit_writer.close()
    unconfigured = create_app(Settings(home=tmp_path / "x"), store, json_logs=False)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=unconfigured), base_url="http://gw"
    ) as http:
        off = await http.get("/eid/login")
        await unconfigured.state.audit_writer.close()
    assert down.status_code == 503 and "thử lại" in down.text
    assert forged.status_code == 401 and "Đăng nhập không thành công" in forged.text
    assert error.status_code == 401 and "<script>" not in error.text
    assert off.status_code == 503 and "LIENTHONG_EID_ISSUER" in off.text
    refused = [
        r
        for r in AuditLog.open(store, tmp_path).records()
        if str(r.event) == "CITIZEN_LOGIN_REFUSED"
    ]
    assert len(refused) == 2
    store.close()


@pytest.mark.anyio
async def test_logout_sends_the_browser_to_the_providers_end_session(party: RelyingParty) -> None:
    from urllib.parse import parse_qs, urlsplit

    metadata = {"issuer": ISSUER, "end_session_endpoint": f"{ISSUER}/session/end"}
    party._metadata = (time.monotonic(), metadata, KEYS)  # discovery already read
    url = await party.end_session_url("the-id-token", "http://portal.example/")
    assert url is not None and url.startswith(f"{ISSUER}/session/end?")
    assert parse_qs(urlsplit(url).query) == {
        "client_id": ["lienthong"],
        "post_logout_redirect_uri": ["http://portal.example/"],
        "id_token_hint": ["the-id-token"],
    }
    no_hint = await party.end_session_url(None, "http://portal.example/")
    assert no_hint is not None and "id_token_hint" not in no_hint
    for endpoint in (None, "javascript:alert(1)", 42):
        party._metadata = (
            time.monotonic(),
            {"issuer": ISSUER, "end_session_endpoint": endpoint},
            KEYS,
        )
        assert await party.end_session_url("t", "http://portal.example/") is None
