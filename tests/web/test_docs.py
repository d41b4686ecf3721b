"""`/docs` and `/redoc` work on a closed network (issue 11 item 13: Swagger UI came from a CDN)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from lienthong.config import Settings
from lienthong.store import Store
from lienthong.web import create_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def http(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    app = create_app(Settings(home=tmp_path), store, json_logs=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client
    await app.state.audit_writer.close()


def referenced(html: str) -> list[str]:
    """Every URL the page loads: src/href attributes and the quoted URLs in its scripts."""
    attributes = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    in_scripts = re.findall(r"""(?:url|spec-url)\s*[:=]\s*["']([^"']+)["']""", html)
    return attributes + in_scripts


@pytest.mark.parametrize(("page", "expected"), [("/docs", 3), ("/redoc", 2)])
async def test_docs_pages_load_only_local_assets_and_they_are_served(
    http: httpx.AsyncClient, page: str, expected: int
) -> None:
    response = await http.get(page)
    assert response.status_code == 200
    html = response.text
    assert "http://" not in html and "https://" not in html, "the page reaches outside"
    urls = referenced(html)
    assets = [url for url in urls if url != "/openapi.json"]
    assert "/openapi.json" in urls and len(assets) == expected, urls
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        served = await http.get(url)
        assert served.status_code == 200, url
        assert len(served.content) > 1000, url
    kinds = {(await http.get(url)).headers["content-type"].split(";")[0] for url in assets}
    assert "text/javascript" in kinds or "application/javascript" in kinds


async def test_the_openapi_document_is_one_the_bundled_swagger_ui_renders(
    http: httpx.AsyncClient,
) -> None:
    """Swagger UI 4 shows nothing for OpenAPI 3.1 documents: the bundle must be Swagger UI 5."""
    document = (await http.get("/openapi.json")).json()
    assert document["openapi"].startswith("3.1")
    bundle = (await http.get("/docs-assets/swagger-ui-bundle.js")).text
    assert re.search(r'"5\.\d+\.\d+"', bundle)
