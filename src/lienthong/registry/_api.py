"""The DCAT-AP catalog at a stable URL, for the portals that harvest it.

``GET /catalog`` answers in the format the ``Accept`` header prefers (Turtle, JSON-LD or
RDF/XML; Turtle when it names none of them) and says ``Vary: Accept``; ``/catalog.ttl``,
``/catalog.jsonld`` and ``/catalog.rdf`` give one format each for harvesters that do not
negotiate. The catalog is public: it holds no connection URL and no personal data, only what
the registry describes. Its IRIs are minted under ``LIENTHONG_PUBLIC_URL``, or, when that is
unset, under the address the request reached.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request, Response

from lienthong.config import Settings
from lienthong.registry._catalog import FORMATS, CatalogFormat, negotiate, public_base_uri
from lienthong.registry._registry import Registry
from lienthong.store import Store

router = APIRouter(tags=["catalog"])


def _content(fmt: CatalogFormat) -> dict[str, Any]:
    kind = "object" if fmt.media_type.endswith("json") else "string"  # JSON-LD is JSON
    return {fmt.media_type: {"schema": {"type": kind}}}


_CONTENT = {media: body for f in FORMATS for media, body in _content(f).items()}


async def _answer(request: Request, fmt: CatalogFormat, *, negotiated: bool) -> Response:
    settings: Settings = request.app.state.settings
    store: Store = request.app.state.store
    base = public_base_uri(settings.public_url, str(request.base_url), allow_local=True)

    def render() -> str:
        return Registry(store).export_catalog(base_uri=base, format=fmt.name)

    text = await anyio.to_thread.run_sync(render)
    headers = {"Vary": "Accept"} if negotiated else {}
    return Response(content=text, media_type=f"{fmt.media_type}; charset=utf-8", headers=headers)


@router.get(
    "/catalog",
    response_class=Response,
    responses={200: {"content": _CONTENT, "description": "The DCAT-AP 3.0 catalog."}},
    summary="The DCAT-AP catalog (Turtle, JSON-LD or RDF/XML by Accept)",
)
async def catalog(request: Request) -> Response:
    return await _answer(request, negotiate(request.headers.get("accept")), negotiated=True)


def _fixed(fmt: CatalogFormat) -> None:
    async def one_format(request: Request) -> Response:
        return await _answer(request, fmt, negotiated=False)

    router.add_api_route(
        f"/catalog.{fmt.suffix}",
        one_format,
        methods=["GET"],
        response_class=Response,
        responses={
            200: {
                "content": _content(fmt),
                "description": f"The DCAT-AP 3.0 catalog as {fmt.media_type}.",
            }
        },
        summary=f"The DCAT-AP catalog as {fmt.media_type}",
        operation_id=f"catalog_{fmt.name}",
        name=f"catalog_{fmt.name}",
    )


for _format in FORMATS:
    _fixed(_format)
