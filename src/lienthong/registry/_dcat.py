"""The catalog as DCAT-AP JSON-LD, the vocabulary open-data portals harvest.

CKAN's ``ckanext-dcat`` harvester parses this with rdflib: a ``dcat:Catalog`` whose
``dcat:dataset`` nodes carry ``dct:publisher`` (the agency, a ``foaf:Agent``), a
``dcat:distribution``, ``dct:accrualPeriodicity`` (EU frequency vocabulary) and access rights,
and whose ``dcat:service`` nodes are the data services (``dcat:DataService`` serving a dataset).
Connection URLs are never exported: a public catalog must not reveal internal hosts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from lienthong.registry._model import Agency, DataService, Dataset, Source

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
_ACCESS = "http://publications.europa.eu/resource/authority/access-right/"
_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"

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

#: source kind → (dct:format file type, media type)
_FORMATS = {
    "sqlite": ("SQL", "application/vnd.sqlite3"),
    "postgresql": ("SQL", "application/sql"),
    "mariadb": ("SQL", "application/sql"),
    "csv": ("CSV", "text/csv"),
    "excel": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def _text(value: str, language: str = "vi") -> dict[str, str]:
    return {"@value": value, "@language": language}


def _ref(iri: str) -> dict[str, str]:
    return {"@id": iri}


def catalog_jsonld(
    agencies: Sequence[Agency],
    sources: Sequence[Source],
    services: Sequence[DataService],
    *,
    base_uri: str,
    title: str = "Danh mục dữ liệu liên thông TP. Hồ Chí Minh",
    publisher: str = "Ủy ban nhân dân Thành phố Hồ Chí Minh",
) -> dict[str, Any]:
    base = base_uri.rstrip("/")

    def iri(*parts: str) -> str:
        return base + "/" + "/".join(quote(part, safe="") for part in parts)

    agency_nodes = {a.code: _agency(a, iri("registry", "agencies", a.code)) for a in agencies}
    services_by_dataset: dict[str, list[str]] = {}
    for service in services:
        services_by_dataset.setdefault(service.dataset, []).append(
            iri("exchange", service.provider, service.code, service.version)
        )
    datasets = [
        _dataset(d, source, agency_nodes, services_by_dataset.get(d.id, []), iri)
        for source in sources
        for d in source.datasets
    ]
    service_nodes = [_service(s, iri) for s in services]
    return {
        "@context": CONTEXT,
        "@id": iri("registry", "catalog"),
        "@type": "dcat:Catalog",
        "dct:title": _text(title),
        "dct:description": _text(
            "Agencies, sector datasets and data services registered in lienthong.", "en"
        ),
        "dct:publisher": {"@id": iri("registry"), "@type": "foaf:Agent", "foaf:name": publisher},
        "foaf:homepage": _ref(base + "/"),
        "dcat:dataset": datasets,
        "dcat:service": service_nodes,
    }


def _agency(agency: Agency, agency_iri: str) -> dict[str, Any]:
    names: list[dict[str, str]] = [_text(agency.name)]
    if agency.name_en:
        names.append(_text(agency.name_en, "en"))
    node: dict[str, Any] = {
        "@id": agency_iri,
        "@type": "foaf:Agent",
        "foaf:name": names,
        "dct:identifier": agency.code,
    }
    if agency.kind:
        node["dct:type"] = agency.kind
    return node


def _dataset(
    dataset: Dataset,
    source: Source,
    agencies: dict[str, dict[str, Any]],
    service_iris: list[str],
    iri: Any,
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
    distribution: dict[str, Any] = {
        "@id": dataset_iri + "#distribution",
        "@type": "dcat:Distribution",
        "dct:title": _text(f"{source.code}.{dataset.table} ({source.kind})", "en"),
        "dcat:accessURL": _ref(dataset_iri),
        "dct:format": _ref(_FILE_TYPE + file_type),
        "dcat:mediaType": _ref("http://www.iana.org/assignments/media-types/" + media_type),
    }
    if service_iris:
        distribution["dcat:accessService"] = [_ref(s) for s in service_iris]
    node: dict[str, Any] = {
        "@id": dataset_iri,
        "@type": "dcat:Dataset",
        "dct:identifier": dataset.id,
        "dct:title": _text(dataset.title or dataset.id),
        "dct:description": _text(description, "en"),
        "dct:publisher": agencies.get(
            source.agency, _ref(iri("registry", "agencies", source.agency))
        ),
        "dct:accessRights": _ref(_ACCESS + ("NON_PUBLIC" if personal else "RESTRICTED")),
        "dcat:keyword": sorted({flag for column in dataset.columns for flag in column.flags}),
        "dcat:distribution": [distribution],
    }
    if dataset.update_frequency:
        code = FREQUENCIES.get(dataset.update_frequency, "OTHER")
        node["dct:accrualPeriodicity"] = _ref(_FREQUENCY + code)
    if dataset.legal_basis:
        node["dct:rights"] = {
            "@type": "dct:RightsStatement",
            "rdfs:label": _text(dataset.legal_basis),
        }
    if dataset.owner:
        node["dcat:contactPoint"] = {"@type": "vcard:Organization", "vcard:fn": dataset.owner}
    return node


def _service(service: DataService, iri: Any) -> dict[str, Any]:
    service_iri = iri("v1", "services", service.provider, service.code, service.version)
    return {
        "@id": service_iri,
        "@type": "dcat:DataService",
        "dct:identifier": service.id,
        "dct:title": _text(service.title or service.id),
        "dcat:endpointURL": _ref(service_iri),
        "dcat:servesDataset": [_ref(iri("registry", "datasets", service.dataset))],
        "dct:publisher": _ref(iri("registry", "agencies", service.provider)),
        "dct:accessRights": _ref(_ACCESS + ("NON_PUBLIC" if service.personal else "RESTRICTED")),
        "dcat:version": service.version,
    }
