"""Publishing the catalog: the base URI every IRI is minted under, and the RDF formats.

A harvested catalog lives for years in other portals, so its IRIs must be the platform's
public address (``LIENTHONG_PUBLIC_URL``), never the loopback address a server happens to bind
to: :func:`public_base_uri` refuses a local one unless the caller asks for it. The formats are
the three a DCAT harvester negotiates for; :func:`negotiate` picks one from an ``Accept``
header. Both are pure decisions, tested cell by cell; only :func:`serialize` loads rdflib.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lienthong.errors import ConfigError, InputError


@dataclass(frozen=True)
class CatalogFormat:
    """One serialisation of the catalog: its CLI name, media type, file suffix, rdflib name."""

    name: str
    media_type: str
    suffix: str
    rdflib: str


#: The formats, the first being what a client that states no preference gets.
FORMATS: tuple[CatalogFormat, ...] = (
    CatalogFormat("turtle", "text/turtle", "ttl", "turtle"),
    CatalogFormat("jsonld", "application/ld+json", "jsonld", "json-ld"),
    CatalogFormat("rdfxml", "application/rdf+xml", "rdf", "xml"),
)
_BY_NAME = {f.name: f for f in FORMATS} | {"dcat": FORMATS[1]}  # "dcat": the old name
_BY_MEDIA_TYPE = {f.media_type: f for f in FORMATS} | {"application/json": FORMATS[1]}


def catalog_format(name: str) -> CatalogFormat:
    """The format called ``name`` (``turtle``, ``jsonld``/``dcat``, ``rdfxml``)."""
    try:
        return _BY_NAME[name.lower()]
    except KeyError:
        raise InputError(
            f"Unknown catalog format {name!r}.",
            hint="Use turtle, jsonld (also called dcat) or rdfxml.",
        ) from None


def _is_local(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def public_base_uri(configured: str | None, fallback: str, *, allow_local: bool = False) -> str:
    """The base URI to mint IRIs under: ``configured`` (else ``fallback``), checked.

    Raises :class:`InputError` for something that is not an absolute http(s) URL, and
    :class:`ConfigError` for a loopback / localhost address unless ``allow_local``.
    """
    base = (configured or fallback).strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"The public base URL {base!r} is not an absolute http(s) URL.",
            hint="Give it as https://data.example.gov.vn (with the path lienthong sits under).",
        )
    if parts.query or parts.fragment:
        raise InputError(f"The public base URL {base!r} must not have a query or a fragment.")
    if _is_local(parts.hostname) and not allow_local:
        raise ConfigError(
            f"The catalog would name this platform {base}, which no harvester can reach.",
            hint="Set LIENTHONG_PUBLIC_URL to its public address (or pass --base-uri), or pass "
            "--allow-local for a local test.",
        )
    return base


def negotiate(accept: str | None) -> CatalogFormat:
    """The format an ``Accept`` header prefers; the default (Turtle) when it names none we have.

    Quality values are honoured (``q=0`` excludes); among equals the header's order wins.
    """
    best: tuple[float, int, CatalogFormat] | None = None
    for position, item in enumerate((accept or "").split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        media = media.lower()
        if media.endswith("/*"):  # */*, text/*, application/*: the first format it covers
            family = "" if media == "*/*" else media[:-1]
            candidates = [f for f in FORMATS if f.media_type.startswith(family)]
        else:
            candidates = [_BY_MEDIA_TYPE[media]] if media in _BY_MEDIA_TYPE else []
        for found in candidates[:1]:
            if quality > 0 and (best is None or quality > best[0]):
                best = (quality, position, found)
    return best[2] if best else FORMATS[0]


def serialize(document: dict[str, Any], fmt: CatalogFormat) -> str:
    """The JSON-LD ``document`` in ``fmt`` (JSON-LD as written; the others through rdflib)."""
    if fmt.rdflib == "json-ld":
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    import warnings

    from rdflib import Graph  # loaded only for Turtle and RDF/XML

    graph = Graph()
    for prefix, namespace in document["@context"].items():
        graph.bind(prefix, namespace)
    with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        graph.parse(data=json.dumps(document, ensure_ascii=False), format="json-ld")
    text: str = graph.serialize(format=fmt.rdflib)
    return text
