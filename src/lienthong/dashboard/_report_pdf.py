"""The monthly report as PDF: the report page itself, laid out by WeasyPrint for print.

WeasyPrint (BSD, pure Python over Debian's Pango) renders the same template as the page with
its print stylesheet, so the PDF cannot drift from what the page shows, and it needs no browser
on the server (Chromium's print-to-PDF through Playwright would: a 300 MB test-only tool in
production). It runs offline by construction: the stylesheet is passed from the package and the
fetcher allows only inline ``data:`` URLs, so a PDF never reaches the network or the disk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from lienthong.errors import ConfigError

_CSS = Path(__file__).parent / "static" / "app.css"


def html_to_pdf(html: str) -> bytes:
    """``html`` (a rendered dashboard page) as PDF bytes; :class:`ConfigError` without Pango."""
    try:
        import weasyprint
        from weasyprint.urls import URLFetcher
    except (ImportError, OSError) as exc:  # OSError: the Pango library is missing
        raise ConfigError(
            f"PDF export needs WeasyPrint and the Pango library ({exc}).",
            hint="apt-get install libpango-1.0-0 libpangoft2-1.0-0, then reinstall lienthong.",
        ) from None
    # The screen-only rules (scrolling, phone widths) it does not know are expected: not logged.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    fetcher: Any = URLFetcher(allowed_protocols={"data"})
    document = weasyprint.HTML(string=html, base_url="about:blank", url_fetcher=fetcher)
    stylesheet = weasyprint.CSS(string=_CSS.read_text(encoding="utf-8"), url_fetcher=fetcher)
    pdf: bytes = document.write_pdf(stylesheets=[stylesheet])
    return pdf
