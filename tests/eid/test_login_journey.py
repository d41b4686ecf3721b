"""A citizen logs in with e-ID at node oidc-provider, sees who read their data, revokes a consent,
and the very next gateway call for that data is refused with ``consent-revoked``.

Real parts only: the OpenID-certified node ``oidc-provider`` (authorization code, PKCE S256,
``private_key_jwt``), the app under uvicorn, Debian's Chromium through Playwright.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from gateway_world import CONSUMER, build_world, serving, write_population
from playwright.sync_api import sync_playwright

from lienthong.audit import EventType
from lienthong.eid import public_jwks
from lienthong.store import Store

CHROMIUM = Path("/usr/bin/chromium")
URL = "/v1/services/CA-HCM/cong-dan/v1"
CCCD = "079090000001"

pytestmark = pytest.mark.xdist_group("browser")


def test_log_in_read_my_access_log_and_revoke_a_consent(
    tmp_path: Path, sandbox_provider: type
) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    world = build_world(
        tmp_path,
        store,
        f"sqlite:///{write_population(tmp_path / 'population.db')}",
        dev_mode=False,
    )
    world.consent(CCCD)
    with serving(world.app) as port:
        base = f"http://127.0.0.1:{port}"
        provider = sandbox_provider(tmp_path, public_jwks(tmp_path), f"{base}/eid/callback")
        world.app.state.settings = world.settings.model_copy(update={"eid_issuer": provider.issuer})
        with httpx.Client(base_url=base) as gateway:
            before = gateway.get(URL, params={"cccd": CCCD}, headers=world.headers())
            assert before.status_code == 200, before.text
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
            page = browser.new_page()
            page.goto(f"{base}/toi")
            assert page.url.startswith(provider.issuer)  # sent to the e-ID provider
            page.fill("input[name=login]", CCCD)
            page.fill("input[name=password]", "sandbox")
            page.click("button[type=submit]")
            page.click("button[type=submit]")  # the provider's consent screen: continue
            page.wait_for_url(f"{base}/toi")
            assert "079******001" in page.inner_text("main")
            assert CCCD not in page.content()  # the page masks the CCCD
            row = page.locator(f"tr:has-text('{CONSUMER}')")
            assert row.locator(".consent-status").inner_text() == "ACTIVE"
            assert "SERVICE_CALL" in page.inner_text("main")  # the call above, in my log
            row.locator("button:has-text('Thu hồi')").click()
            page.wait_for_url(f"{base}/toi?changed=1")
            assert row.locator(".consent-status").inner_text() == "REVOKED"
            page.click("button:has-text('Đăng xuất')")
            page.wait_for_url(f"{base}/")
            names = {c["name"] for c in page.context.cookies(base)}
            assert "lt_citizen" not in names  # the portal's session ended
            browser.close()
        with httpx.Client(base_url=base) as gateway:
            after = gateway.get(URL, params={"cccd": CCCD}, headers=world.headers())
    assert after.status_code == 403 and after.json()["reason"] == "consent-revoked"
    events = [str(r.event) for r in world.audit().for_subject(CCCD, limit=50)]
    assert str(EventType.CITIZEN_LOGIN) in events
    assert str(EventType.CONSENT_REVOKED) in events
    assert str(EventType.ACCESS_LOG_VIEWED) in events
    store.close()
