"""The API's documentation pages, `/docs` (Swagger UI) and `/redoc`, with no CDN.

FastAPI's pages load Swagger UI and ReDoc from jsDelivr and a favicon from fastapi.tiangolo.com:
on a government network with no internet, `/docs` was a blank page. The assets come from the
``fastapi-offline`` package instead (Swagger UI 5, Apache-2.0; ReDoc, MIT; the FastAPI favicon,
MIT) and are served under :data:`ASSETS`, so the pages reference nothing but this server.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

__all__ = ["ASSETS", "install_docs"]

#: Where the documentation assets are served.
ASSETS = "/docs-assets"

#: Swagger UI options: no validator badge (it would call validator.swagger.io).
_SWAGGER_PARAMETERS = {"validatorUrl": None}


def _asset_folder() -> Path:
    return Path(str(files("fastapi_offline") / "static"))


def install_docs(app: FastAPI) -> None:
    """Mount the assets and the two pages on ``app`` (created with docs_url=redoc_url=None)."""
    app.mount(ASSETS, StaticFiles(directory=_asset_folder()), name="docs-assets")
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=f"{root}{openapi_url}",
            title=f"{app.title} — API",
            swagger_js_url=f"{root}{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS}/favicon.png",
            swagger_ui_parameters=_SWAGGER_PARAMETERS,
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(
            openapi_url=f"{root}{openapi_url}",
            title=f"{app.title} — API",
            redoc_js_url=f"{root}{ASSETS}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{ASSETS}/favicon.png",
            with_google_fonts=False,
        )
