"""The catalog as DCAT-AP 3.0 JSON-LD, the vocabulary open-data portals harvest.

National and EU portals validate what they harvest against the official DCAT-AP 3.0 SHACL
shapes (``tests/registry/data/dcat-ap-SHACL.ttl``), which check the *class* of every node a
property points to, without inference. So every referenced node is typed here, in the data
itself: the EU vocabularies' concepts (file types, frequencies, access rights, languages) carry
their DCAT-AP range class and a ``skos:prefLabel``; agencies are ``foaf:Agent`` whose
``dct:type`` is a ``skos:Concept`` of the registry's own agency-type scheme; contact points are
``vcard:Kind``; URLs (access, endpoint, homepage) are ``rdfs:Resource`` / ``foaf:Document``.

CKAN's ``ckanext-dcat`` harvester parses the same document with rdflib. Connection URLs are
never exported: a public catalog must not reveal internal hosts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from lienthong.registry._model import Agency, DataService, Dataset, Source

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_EU = "http://publications.europa.eu/resource/authority/"
_FREQUENCY = _EU + "frequency/"
_ACCESS = _EU + "access-right/"
_FILE_TYPE = _EU + "file-type/"
_LANGUAGE = _EU + "language/"
_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/"

#: ISO 8601 durations → the EU "frequency" authority table.
FREQUENCIES = {
    "PT1M": "UPDATE_CONT",
    "PT1H": "HOURLY",
    "P1D": "DAILY",
    "P1W": "WEEKLY",
    "P7D": "WEEKLY",
    "P2W": "BIWEEKLY",
    "P14D": "BIWEEKLY",
    "P1M": "MONTHLY",
    "P3M": "QUARTERLY",
    "P6M": "ANNUAL_2",
    "P1Y": "ANNUAL",
    "P2Y": "BIENNIAL",
}

#: The English labels of the EU authority-table entries this export uses (from the tables).
_LABELS = {
    _FREQUENCY + "UPDATE_CONT": "continuous",
    _FREQUENCY + "HOURLY": "hourly",
    _FREQUENCY + "DAILY": "daily",
    _FREQUENCY + "WEEKLY": "weekly",
    _FREQUENCY + "BIWEEKLY": "biweekly",
    _FREQUENCY + "MONTHLY": "monthly",
    _FREQUENCY + "QUARTERLY": "quarterly",
    _FREQUENCY + "ANNUAL_2": "semiannual",
    _FREQUENCY + "ANNUAL": "annual",
    _FREQUENCY + "BIENNIAL": "biennial",
    _FREQUENCY + "OTHER": "other",
    _ACCESS + "PUBLIC": "public",
    _ACCESS + "RESTRICTED": "restricted",
    _ACCESS + "NON_PUBLIC": "non-public",
    _FILE_TYPE + "SQL": "SQL",
    _FILE_TYPE + "CSV": "CSV",
    _FILE_TYPE + "XLSX": "XLSX",
    _FILE_TYPE + "JSON": "JSON",
    _LANGUAGE + "VIE": "Vietnamese",
    _LANGUAGE + "ENG": "English",
}

#: source kind → (dct:format file type, media type)
_FORMATS = {
    "sqlite": ("SQL", "application/vnd.sqlite3"),
    "postgresql": ("SQL", "application/sql"),
    "mariadb": ("SQL", "application/sql"),
    "csv": ("CSV", "text/csv"),
    "excel": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}

#: Titles and descriptions are written in Vietnamese (names) and English (descriptions).
_LANGUAGES = ("VIE", "ENG")

Iri = Callable[..., str]


def _text(value: str, language: str = "vi") -> dict[str, str]:
    return {"@value": value, "@language": language}


def _ref(iri: str) -> dict[str, str]:
    return {"@id": iri}


def _resource(iri: str, *types: str) -> dict[str, Any]:
    """A URL the profile wants typed (``rdfs:Resource``, ``foaf:Document``)."""
    return {"@id": iri, "@type": list(types) or ["rdfs:Resource"]}


def _concept(iri: str, range_class: str) -> dict[str, Any]:
    """An EU authority-table entry, typed with the class DCAT-AP expects for the property."""
    return {
        "@id": iri,
        "@type": [range_class, "skos:Concept"],
        "skos:prefLabel": _text(_LABELS[iri], "en"),
    }


def _languages() -> list[dict[str, Any]]:
    return [_concept(_LANGUAGE + code, "dct:LinguisticSystem") for code in _LANGUAGES]


def _access_rights(personal: bool) -> dict[str, Any]:
    """NON_PUBLIC when personal data is in it, else RESTRICTED: every call needs a right."""
    return _concept(_ACCESS + ("NON_PUBLIC" if personal else "RESTRICTED"), "dct:RightsStatement")


def catalog_jsonld(
    agencies: Sequence[Agency],
    sources: Sequence[Source],
    services: Sequence[DataService],
    *,
    base_uri: str,
    title: str = "Danh mục dữ liệu liên thông TP. Hồ Chí Minh",
    publisher: str = "Ủy ban nhân dân Thành phố Hồ Chí Minh",
) -> dict[str, Any]:
    """The whole catalog as one JSON-LD node (plain JSON, inline ``@context``: no network)."""
    base = base_uri.rstrip("/")

    def iri(*parts: str) -> str:
        return base + "/" + "/".join(quote(part, safe="") for part in parts)

    agency_nodes = {a.code: _agency(a, iri) for a in agencies}
    service_nodes = {s.id: _service(s, agency_nodes, iri) for s in services}
    services_by_dataset: dict[str, list[dict[str, Any]]] = {}
    for service in services:
        services_by_dataset.setdefault(service.dataset, []).append(service_nodes[service.id])
    datasets = [
        _dataset(d, source, agency_nodes, services_by_dataset.get(d.id, []), iri)
        for source in sources
        for d in source.datasets
    ]
    return {
        "@context": CONTEXT,
        "@id": iri("catalog"),
        "@type": "dcat:Catalog",
        "dct:title": _text(title),
        "dct:description": _text(
            "Agencies, sector datasets and data services registered in lienthong.", "en"
        ),
        "dct:publisher": {
            "@id": iri("registry", "publisher"),
            "@type": "foaf:Agent",
            "foaf:name": _text(publisher),
        },
        "dct:language": _languages(),
        "foaf:homepage": _resource(base + "/", "foaf:Document"),
        "dcat:dataset": datasets,
        "dcat:service": list(service_nodes.values()),
    }


def _agency_types(iri: Iri) -> dict[str, Any]:
    return {
        "@id": iri("registry", "agency-types"),
        "@type": "skos:ConceptScheme",
        "dct:title": _text("Agency types of the lienthong registry", "en"),
    }


def _agency(agency: Agency, iri: Iri) -> dict[str, Any]:
    names: list[dict[str, str]] = [_text(agency.name)]
    if agency.name_en:
        names.append(_text(agency.name_en, "en"))
    node: dict[str, Any] = {
        "@id": iri("registry", "agencies", agency.code),
        "@type": "foaf:Agent",
        "foaf:name": names,
        "dct:identifier": agency.code,
    }
    if agency.kind:  # the registry's own code ("police", "department"), as a SKOS concept
        node["dct:type"] = {
            "@id": iri("registry", "agency-types", agency.kind),
            "@type": "skos:Concept",
            "skos:prefLabel": _text(agency.kind, "en"),
            "skos:notation": agency.kind,
            "skos:inScheme": _agency_types(iri),
        }
    return node


def _publisher(code: str, agencies: dict[str, dict[str, Any]], iri: Iri) -> dict[str, Any]:
    """The agency's node; an agency missing from the registry is still a typed, named agent."""
    return agencies.get(
        code,
        {"@id": iri("registry", "agencies", code), "@type": "foaf:Agent", "foaf:name": code},
    )


def _dataset(
    dataset: Dataset,
    source: Source,
    agencies: dict[str, dict[str, Any]],
    services: list[dict[str, Any]],
    iri: Iri,
) -> dict[str, Any]:
    dataset_iri = iri("registry", "datasets", dataset.id)
    file_type, media_type = _FORMATS.get(source.kind, ("SQL", "application/sql"))
    personal = [c.name for c in dataset.columns if c.personal]
    parts = [f"Table {dataset.table} of source {source.code}"]
    if source.title:
        parts.append(f" ({source.title})")
    parts.append(f": {len(dataset.columns)} columns")
    if dataset.key:
        parts.append(", key " + ", ".join(dataset.key))
    if personal:
        parts.append("; personal data in " + ", ".join(personal))
    description = "".join(parts) + "."
    # Data are reached through the gateway's data service when there is one, else the catalog
    # entry itself is the place to ask for access.
    access_url = services[0]["dcat:endpointURL"]["@id"] if services else dataset_iri
    distribution: dict[str, Any] = {
        "@id": dataset_iri + "#distribution",
        "@type": "dcat:Distribution",
        "dct:title": _text(f"{source.code}.{dataset.table} ({source.kind})", "en"),
        "dcat:accessURL": _resource(access_url),
        "dct:format": _concept(_FILE_TYPE + file_type, "dct:MediaTypeOrExtent"),
        "dcat:mediaType": {"@id": _MEDIA_TYPE + media_type, "@type": "dct:MediaType"},
    }
    if services:
        distribution["dcat:accessService"] = [_ref(s["@id"]) for s in services]
    node: dict[str, Any] = {
        "@id": dataset_iri,
        "@type": "dcat:Dataset",
        "dct:identifier": dataset.id,
        "dct:title": _text(dataset.title or dataset.id),
        "dct:description": _text(description, "en"),
        "dct:publisher": _publisher(source.agency, agencies, iri),
        "dct:accessRights": _access_rights(bool(personal)),
        "dct:language": _languages(),
        "dcat:keyword": sorted({flag for column in dataset.columns for flag in column.flags}),
        "dcat:distribution": [distribution],
    }
    if dataset.update_frequency:
        code = FREQUENCIES.get(dataset.update_frequency, "OTHER")
        node["dct:accrualPeriodicity"] = _concept(_FREQUENCY + code, "dct:Frequency")
    if dataset.legal_basis:
        node["dct:rights"] = {
            "@type": "dct:RightsStatement",
            "rdfs:label": _text(dataset.legal_basis),
        }
    if dataset.owner:
        node["dcat:contactPoint"] = {
            "@type": ["vcard:Kind", "vcard:Organization"],
            "vcard:fn": dataset.owner,
        }
    return node


def _service(service: DataService, agencies: dict[str, dict[str, Any]], iri: Iri) -> dict[str, Any]:
    """A data service: its catalog entry apart from the gateway URL that answers calls."""
    return {
        "@id": iri("registry", "services", service.provider, service.code, service.version),
        "@type": "dcat:DataService",
        "dct:identifier": service.id,
        "dct:title": _text(service.title or service.id),
        "dcat:endpointURL": _resource(
            iri("v1", "services", service.provider, service.code, service.version)
        ),
        "dcat:endpointDescription": _resource(iri("openapi.json")),
        "dcat:servesDataset": [_ref(iri("registry", "datasets", service.dataset))],
        "dct:publisher": _publisher(service.provider, agencies, iri),
        "dct:accessRights": _access_rights(service.personal),
        "dct:format": _concept(_FILE_TYPE + "JSON", "dct:MediaTypeOrExtent"),
        "dcat:version": service.version,
    }
