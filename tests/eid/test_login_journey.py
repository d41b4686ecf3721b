"""A citizen logs in with e-ID at node oidc-provider, sees who read their data, revokes a consent,
and the very next gateway call for that data is refused with ``consent-revoked``.

Real parts only: the OpenID-certified node ``oidc-provider`` (authorization code, PKCE S256,
``private_key_jwt``), the app under uvicorn, Debian's Chromium through Playwright.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from gateway_world import CONSUMER, POPULATION, build_world, serving, write_population
from playwright.sync_api import Page, sync_playwright

from browser_checks import axe_violations
from lienthong.audit import EventType
from lienthong.dashboard import Accounts
from lienthong.eid import public_jwks
from lienthong.procedures import PORTAL_CLIENT
from lienthong.store import Store

CHROMIUM = Path("/usr/bin/chromium")
URL = "/v1/services/CA-HCM/cong-dan/v1"
CCCD = "079090000001"

OFFICER_PASSWORD = "mật-khẩu-cán-bộ-dài"

pytestmark = pytest.mark.xdist_group("browser")


def _do_the_procedure(page: Page, base: str) -> None:
    """Pick a procedure, approve the fetch, check the locked values, submit; an officer approves."""
    assert axe_violations(page) == [], "/toi"
    page.click("a[href='/thu-tuc']")
    assert axe_violations(page) == [], "/thu-tuc"
    page.click("text=Xác nhận thông tin về cư trú")
    assert axe_violations(page) == [], "procedure"
    assert "CA-HCM/cong-dan/v1" in page.inner_text("main")  # what will be fetched, from whom
    page.click("button:has-text('Đồng ý lấy dữ liệu')")
    page.wait_for_url(f"{base}/ho-so/*")
    assert page.inner_text("[data-field=ho_ten] output") == "Nguyễn Văn An"  # prefilled, locked
    assert page.locator("input[name=ho_ten]").count() == 0  # nothing to type over it
    assert axe_violations(page) == [], "dossier form"
    page.fill("input[name=ly_do]", "Bổ sung hồ sơ vay vốn")
    page.click("button:has-text('Nộp hồ sơ')")
    page.wait_for_url(f"{base}/toi")
    assert "đã nộp" in page.inner_text("[data-dossier]")
    officer = page.context.browser.new_page(bypass_csp=True)  # type: ignore[union-attr]
    officer.goto(f"{base}/dashboard/ho-so")
    officer.fill("#name", "can-bo-ca")
    officer.fill("#password", OFFICER_PASSWORD)
    officer.click("button[type=submit]")
    officer.wait_for_url(f"{base}/dashboard/ho-so")
    assert "Bổ sung hồ sơ vay vốn" in officer.inner_text("main")
    assert axe_violations(officer) == [], "officer queue"
    officer.click("button:has-text('Duyệt')")
    officer.wait_for_url(f"{base}/dashboard/ho-so")
    officer.close()
    page.reload()
    assert "đã duyệt" in page.inner_text("[data-dossier]")


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
    # The data owner grants the platform's portal the fields one procedure prefills.
    world.directory.register(PORTAL_CLIENT, "Cổng dịch vụ công lienthong", agency="LIENTHONG")
    world.rights.define_purpose("SANDBOX-CT-01", "Xác nhận thông tin về cư trú")
    world.rights.grant(
        PORTAL_CLIENT, POPULATION, "SANDBOX-CT-01", ("ho_ten", "ngay_sinh", "thuong_tru_dia_chi")
    )
    Accounts(tmp_path).add("can-bo-ca", OFFICER_PASSWORD, "agency", "CA-HCM")
    with serving(world.app) as port:
        base = f"http://127.0.0.1:{port}"
        provider = sandbox_provider(tmp_path, public_jwks(tmp_path), f"{base}/eid/callback")
        world.app.state.settings = world.settings.model_copy(update={"eid_issuer": provider.issuer})
        with httpx.Client(base_url=base) as gateway:
            before = gateway.get(URL, params={"cccd": CCCD}, headers=world.headers())
            assert before.status_code == 200, before.text
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
            page = browser.new_page(bypass_csp=True)
            page.goto(f"{base}/toi")
            assert page.url.startswith(provider.issuer)  # sent to the e-ID provider
            page.fill("input[name=login]", CCCD)
            page.fill("input[name=password]", "sandbox")
            page.click("button[type=submit]")
            page.click("button[type=submit]")  # the provider's consent screen: continue
            page.wait_for_url(f"{base}/toi")
            assert "079******001" in page.inner_text("main")
            assert CCCD not in page.content()  # the page masks the CCCD
            _do_the_procedure(page, base)
            row = page.locator(f"tr:has-text('{CONSUMER}')")
            assert row.locator(".consent-status").inner_text() == "ACTIVE"
            assert "SERVICE_CALL" in page.inner_text("main")  # the call above, in my log
            row.locator("button:has-text('Thu hồi')").click()
            page.wait_for_url(f"{base}/toi?changed=1")
            assert row.locator(".consent-status").inner_text() == "REVOKED"
            page.click("button:has-text('Đăng xuất')")
            # RP-initiated logout: the provider ends its own session, then sends us home
            page.wait_for_url(f"{provider.issuer}/session/end**")
            page.click("button[value=yes]")
            page.wait_for_url(f"{base}/")
            names = {c["name"] for c in page.context.cookies(base)}
            assert not names & {"lt_citizen", "lt_eid_hint"}  # the portal's session ended
            page.goto(f"{base}/toi")  # and the provider's: it asks for the credentials again
            assert page.url.startswith(provider.issuer)
            assert page.locator("input[name=login]").count() == 1
            browser.close()
        with httpx.Client(base_url=base) as gateway:
            after = gateway.get(URL, params={"cccd": CCCD}, headers=world.headers())
    assert after.status_code == 403 and after.json()["reason"] == "consent-revoked"
    events = [str(r.event) for r in world.audit().for_subject(CCCD, limit=50)]
    assert str(EventType.CITIZEN_LOGIN) in events
    assert str(EventType.CONSENT_REVOKED) in events
    assert str(EventType.ACCESS_LOG_VIEWED) in events
    prefill = [r for r in world.audit().for_subject(CCCD, limit=50) if r.client == PORTAL_CLIENT]
    assert [(str(r.event), r.purpose) for r in prefill] == [("SERVICE_CALL", "SANDBOX-CT-01")]
    store.close()
