"""Publishing the catalog: the base URI decision and Accept negotiation cell by cell, and
``/catalog`` served by the real app over a registered city."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib import namespace as ns

from lienthong.config import Settings
from lienthong.errors import ConfigError, InputError
from lienthong.registry import Registry
from lienthong.registry._catalog import catalog_format, negotiate, public_base_uri
from lienthong.store import Store

FALLBACK = "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    ("configured", "allow_local", "expected"),
    [
        ("https://data.example.vn", False, "https://data.example.vn"),
        ("https://data.example.vn/", False, "https://data.example.vn"),
        ("https://example.vn/lienthong/", False, "https://example.vn/lienthong"),
        ("http://10.0.0.5:8000", False, "http://10.0.0.5:8000"),  # an intranet portal may harvest
        (None, True, FALLBACK),
        ("http://localhost:8000", True, "http://localhost:8000"),
    ],
)
def test_a_reachable_or_allowed_base_is_used(
    configured: str | None, allow_local: bool, expected: str
) -> None:
    assert public_base_uri(configured, FALLBACK, allow_local=allow_local) == expected


@pytest.mark.parametrize(
    "configured",
    [
        None,  # the bind address
        "http://localhost:8000",
        "http://api.localhost",
        "http://127.0.0.2",
        "http://[::1]:8000",
        "http://0.0.0.0:8000",
    ],
)
def test_a_local_base_is_refused_unless_allowed(configured: str | None) -> None:
    with pytest.raises(ConfigError, match="no harvester can reach") as refused:
        public_base_uri(configured, FALLBACK)
    assert refused.value.hint is not None and "--allow-local" in refused.value.hint


@pytest.mark.parametrize(
    "configured",
    ["data.example.vn", "ftp://data.example.vn", "https://", "https://x.vn/?a=1", "https://x.vn#c"],
)
def test_a_base_that_is_not_an_http_url_is_bad_input(configured: str) -> None:
    with pytest.raises(InputError):
        public_base_uri(configured, FALLBACK, allow_local=True)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "turtle"),
        ("", "turtle"),
        ("*/*", "turtle"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "turtle"),  # a browser
        ("application/ld+json", "jsonld"),
        ("application/json", "jsonld"),
        ("application/rdf+xml", "rdfxml"),
        ("APPLICATION/RDF+XML", "rdfxml"),
        ("text/turtle;q=0.5, application/ld+json", "jsonld"),
        ("application/rdf+xml, text/turtle", "rdfxml"),  # equal quality: the header's order
        ("application/*", "jsonld"),
        ("text/turtle;q=0, application/rdf+xml;q=0.1", "rdfxml"),
        ("text/turtle;q=bad, application/rdf+xml;q=0.1", "rdfxml"),
        ("image/png", "turtle"),
    ],
)
def test_negotiation(accept: str | None, expected: str) -> None:
    assert negotiate(accept).name == expected


def test_format_names() -> None:
    assert catalog_format("dcat").name == catalog_format("JSONLD").name == "jsonld"
    with pytest.raises(InputError, match="turtle, jsonld"):
        catalog_format("csv")


@pytest.fixture
async def http(
    tmp_path: Path, store: Store, city_manifest: Path
) -> AsyncIterator[httpx.AsyncClient]:
    from lienthong.web import create_app

    Registry(store).import_manifest(city_manifest)
    settings = Settings(home=tmp_path, public_url="https://data.hcmc.example.vn")
    app = create_app(settings, store, json_logs=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        yield client
    await app.state.audit_writer.close()


@pytest.mark.anyio
@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
@pytest.mark.parametrize(
    ("path", "accept", "media_type", "rdflib"),
    [
        ("/catalog", None, "text/turtle", "turtle"),
        ("/catalog", "application/ld+json", "application/ld+json", "json-ld"),
        ("/catalog", "application/rdf+xml", "application/rdf+xml", "xml"),
        ("/catalog.ttl", "application/ld+json", "text/turtle", "turtle"),
        ("/catalog.jsonld", None, "application/ld+json", "json-ld"),
        ("/catalog.rdf", None, "application/rdf+xml", "xml"),
    ],
)
async def test_the_catalog_is_served_at_a_stable_url(
    http: httpx.AsyncClient, path: str, accept: str | None, media_type: str, rdflib: str
) -> None:
    response = await http.get(path, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    assert response.headers["content-type"] == f"{media_type}; charset=utf-8"
    assert ("accept" in response.headers.get("vary", "").lower()) == (path == "/catalog")
    graph = Graph().parse(data=response.text, format=rdflib)
    # the public URL, not the address the request reached
    catalog = URIRef("https://data.hcmc.example.vn/catalog")
    assert (catalog, ns.RDF.type, ns.DCAT.Catalog) in graph
    assert len(set(graph.objects(catalog, ns.DCAT.dataset))) == 4
    assert "127.0.0.1" not in response.text and "s3cret" not in response.text


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
