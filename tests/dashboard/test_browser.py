"""The pages in a real browser (Debian's Chromium through Playwright), as a leader uses them.

Each page loads with no console error and no failed request, the login journey works, the
language toggle switches the page, Vietnamese text renders, and nothing overflows at phone width.
Chromium is installed by ``scripts/browser.sh`` (run by ``make test``).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from dashboard_helpers import PASSWORD, history
from playwright.sync_api import Browser, Page

from browser_checks import axe_violations
from lienthong.audit import AuditLog
from lienthong.config import Settings
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
PAGES = (
    "/",
    "/login",
    "/dashboard",
    "/dashboard/sharing",
    "/dashboard/agency/CA-HCM",
    "/dashboard/calls",
    "/dashboard/report",
    "/dashboard/ho-so",
    "/thu-tuc",
)

pytestmark = pytest.mark.xdist_group("browser")


@contextmanager
def _serving(settings: Settings, store: Store) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(settings, store, json_logs=False)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def server(platform: tuple[Settings, Store, AuditLog]) -> Iterator[str]:
    settings, store, audit = platform
    history(audit)
    Registry(store).add_agency("CA-HCM", "Công an Thành phố Hồ Chí Minh")
    with _serving(settings, store) as url:
        yield url


@pytest.fixture
def city_server(city_home: Path) -> Iterator[str]:
    settings = Settings(home=city_home, dev_mode=False)
    store = Store.open(settings.resolved_store_url)
    with _serving(settings, store) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Chromium is missing: run `bash scripts/browser.sh` (make test does)"
    with sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield found
        found.close()


def _watch(page: Page) -> list[str]:
    """Every console error, failed request and error response of ``page``."""
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
    page.on(
        "response", lambda r: errors.append(f"{r.status}: {r.url}") if r.status >= 400 else None
    )
    return errors


def test_a_leader_logs_in_and_reads_every_page_without_errors(server: str, browser: object) -> None:
    assert isinstance(browser, Browser)
    for width in (1280, 375):  # desktop, then phone width
        context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
        page: Page = context.new_page()
        errors = _watch(page)
        page.goto(f"{server}/dashboard")
        assert page.url.startswith(f"{server}/login")  # the dashboard needs a login
        page.fill("#name", "lanh-dao")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{server}/dashboard")
        assert page.text_content('[data-figure="calls-allowed"]') == "10"
        assert "Điểm nghẽn" in page.inner_text("main")
        page.click("text=Ai chia sẻ với ai")
        page.click("a[href='/dashboard/agency/CA-HCM']")  # drill down from the matrix
        assert "Công an Thành phố Hồ Chí Minh" in page.inner_text("h1")
        for path in PAGES:
            page.goto(f"{server}{path}")
            if width == 1280:
                assert axe_violations(page) == [], path
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 1, f"{path} overflows by {overflow}px at width {width}"
        page.goto(f"{server}/dashboard")
        page.click("text=English")
        assert page.locator("html").get_attribute("lang") == "en"
        assert "Bottlenecks" in page.inner_text("main")
        page.click("text=Tiếng Việt")
        assert "Lượt gọi được phép" in page.inner_text("main")
        page.click("button:has-text('Đăng xuất')")
        page.wait_for_url(f"{server}/")
        page.goto(f"{server}/dashboard")
        assert page.url.startswith(f"{server}/login")  # logged out
        assert errors == [], errors
        context.close()


def test_an_agency_team_drills_down_to_its_failing_rows(city_server: str, browser: object) -> None:
    """From the agency's page to a dataset, its checks and profile, then masked failing rows."""
    assert isinstance(browser, Browser)
    for width in (1280, 375):
        context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
        page: Page = context.new_page()
        errors = _watch(page)
        page.goto(f"{city_server}/login?next=/dashboard/agency/BHXH-HCM")
        page.fill("#name", "bhxh")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{city_server}/dashboard/agency/BHXH-HCM")
        page.click("a[href='/dashboard/dataset/health_insurance.TheBHYT']")
        assert "Kiểm tra chất lượng" in page.inner_text("main")
        pages = [page.url]
        page.click("[data-check='population_agreement:SoCCCD'] a")
        assert "Dòng lỗi mẫu" in page.inner_text("h1") and "•" in page.inner_text("tbody")
        pages.append(page.url)
        page.goto(f"{city_server}/dashboard/report")
        pages.append(page.url)
        for url in pages:
            page.goto(url)
            if width == 1280:
                assert axe_violations(page) == [], url
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 1, f"{url} overflows by {overflow}px at width {width}"
        assert errors == [], errors
        context.close()
