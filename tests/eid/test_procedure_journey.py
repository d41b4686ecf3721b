"""A parent logs in with e-ID, asks for their child's health-insurance card, finds the form
filled from the registers, flags a wrong value and submits; BHXH's officer approves and the card
lands in BHXH's register; the population register's officer sees the correction and closes it.

Real parts only: a generated city in real registers, node oidc-provider (authorization code,
PKCE S256, ``private_key_jwt``), the app under uvicorn, Debian's Chromium through Playwright.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gateway_world import serving
from playwright.sync_api import Browser, sync_playwright

sys.path.insert(0, str(Path(__file__).parents[1] / "procedures"))
from procedure_city import TODAY, build_city, parents_with_youngest, years_ago

from browser_checks import axe_violations
from lienthong.audit import EventType
from lienthong.dashboard import Accounts
from lienthong.eid import public_jwks
from lienthong.procedures import Corrections

CHROMIUM = Path("/usr/bin/chromium")
PASSWORD = "mật-khẩu-cán-bộ-dài"
CODE = "SANDBOX-BHYT-01"

pytestmark = pytest.mark.xdist_group("browser")


def _officer(browser: Browser, base: str, name: str) -> object:
    page = browser.new_page(bypass_csp=True)  # its own context: its own session
    page.goto(f"{base}/dashboard/ho-so")
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/dashboard/ho-so")
    return page


def test_child_health_insurance_from_login_to_the_register(
    tmp_path: Path, sandbox_provider: type
) -> None:
    city = build_city(tmp_path)
    cards = 'SELECT "MaThe", "HoTen" FROM "TheBHYT" WHERE "SoCCCD" = ?'
    parent, child = next(
        (p, c)
        for p, c in parents_with_youngest(city, years_ago(6)[:-2] + "99", TODAY.isoformat())
        if not city.query("health_insurance", cards, c)
    )
    [(name, born, address)] = city.query(
        "population",
        "SELECT ho_ten, ngay_sinh, thuong_tru_dia_chi FROM cong_dan WHERE so_dinh_danh = ?",
        parent,
    )
    [(child_name,)] = city.query(
        "population", "SELECT ho_ten FROM cong_dan WHERE so_dinh_danh = ?", child
    )
    accounts = Accounts(tmp_path)
    accounts.add("can-bo-bhxh", PASSWORD, "agency", "BHXH-HCM")
    accounts.add("can-bo-ca", PASSWORD, "agency", "CA-HCM")
    with serving(city.app) as port:
        base = f"http://127.0.0.1:{port}"
        provider = sandbox_provider(
            tmp_path,
            public_jwks(tmp_path),
            f"{base}/eid/callback",
            {parent: {"name": name, "birthdate": born, "level": 2}},
        )
        settings = city.app.state.settings
        city.app.state.settings = settings.model_copy(update={"eid_issuer": provider.issuer})
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
            page = browser.new_page(bypass_csp=True)
            page.goto(f"{base}/thu-tuc")
            page.click("text=Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi")
            assert page.url.startswith(provider.issuer)  # the procedure needs an e-ID login
            page.fill("input[name=login]", parent)
            page.fill("input[name=password]", "sandbox")
            page.click("button[type=submit]")
            page.click("button[type=submit]")  # the provider's consent screen
            page.wait_for_url(f"{base}/thu-tuc/{CODE}")
            main = page.inner_text("main")
            assert "CA-HCM/tre-em/v1" in main and "CA-HCM/cong-dan/v1" in main
            page.click("button:has-text('Đồng ý lấy dữ liệu')")
            page.wait_for_url(f"{base}/ho-so/*")
            assert page.inner_text("[data-field=con_ho_ten] output") == child_name
            assert page.inner_text("[data-field=nguoi_khai_dia_chi] output") == address
            assert page.locator("[data-rule-met=yes]").count() == 1  # the child is under six
            assert axe_violations(page) == [], "dossier form"
            page.check("input[name='wrong:nguoi_khai_dia_chi']")
            page.fill("#wrong-note", "Tôi đã chuyển về 5 Hai Bà Trưng")
            page.fill("input[name=noi_kcb_ban_dau]", "Trạm y tế phường")
            page.click("button:has-text('Nộp hồ sơ')")
            page.wait_for_url(f"{base}/toi")

            bhxh = _officer(browser, base, "can-bo-bhxh")
            assert child_name in bhxh.inner_text("main")  # type: ignore[attr-defined]
            assert axe_violations(bhxh) == [], "officer queue"  # type: ignore[arg-type]
            bhxh.click("button:has-text('Duyệt')")  # type: ignore[attr-defined]
            bhxh.wait_for_url(f"{base}/dashboard/ho-so")  # type: ignore[attr-defined]

            ca = _officer(browser, base, "can-bo-ca")
            row = ca.locator("[data-correction]")  # type: ignore[attr-defined]
            assert "thuong_tru_dia_chi" in row.inner_text()
            assert "Hai Bà Trưng" in row.inner_text()
            assert axe_violations(ca) == [], "correction requests"  # type: ignore[arg-type]
            row.locator("button:has-text('Đã sửa trong sổ')").click()
            ca.wait_for_url(f"{base}/dashboard/ho-so")  # type: ignore[attr-defined]
            assert ca.locator("[data-correction]").count() == 0  # type: ignore[attr-defined]

            page.reload()
            assert "đã duyệt" in page.inner_text("[data-dossier]")
            browser.close()
    [(card, holder)] = city.query("health_insurance", cards, child)
    assert card == "TE179" + child[-10:] and holder == child_name
    [closed] = Corrections(city.store).find("CA-HCM", status=None)
    assert (closed.status, closed.closed_by) == ("corrected", "can-bo-ca")
    log = city.app.state.exchange.audit_log
    events = [r.event for r in log.for_subject(child, limit=50)]
    assert EventType.REGISTER_WRITE in events
    assert EventType.CORRECTION_REQUESTED in [r.event for r in log.for_subject(parent, limit=50)]
    city.store.close()
