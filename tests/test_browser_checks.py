"""The accessibility check itself finds what it must (so a clean page means something)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from browser_checks import axe_violations

pytestmark = pytest.mark.xdist_group("browser")


def test_axe_reports_the_violations_of_a_bad_page() -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(Path("/usr/bin/chromium")))
        page = browser.new_page(bypass_csp=True)
        page.set_content(
            '<html lang="vi"><body><main><input id="x"><img src="data:,">'
            '<p style="color:#eee;background:#fff">mờ</p></main></body></html>'
        )
        found = {v.split(":")[0] for v in axe_violations(page)}
        browser.close()
    assert {"label", "image-alt", "color-contrast", "document-title"} <= found
