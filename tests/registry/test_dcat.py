"""The DCAT-AP export, read back as RDF the way CKAN's dcat harvester (rdflib) reads it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib import namespace as ns

from lienthong.registry import Registry
from lienthong.store import Store

FREQUENCY = Namespace("http://publications.europa.eu/resource/authority/frequency/")
ACCESS = Namespace("http://publications.europa.eu/resource/authority/access-right/")
BASE = "https://lienthong.example.vn"

# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph internally
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


@pytest.fixture
def graph(store: Store, city_manifest: Path) -> Graph:
    registry = Registry(store)
    registry.import_manifest(city_manifest)
    document = registry.export_dcat(base_uri=BASE)
    # plain JSON (no Python objects) with an inline @context: no network needed to read it
    text = json.dumps(document, ensure_ascii=False)
    assert "s3cret" not in text and "population.db" not in text
    return Graph().parse(data=text, format="json-ld")


def dataset(name: str) -> URIRef:
    return URIRef(f"{BASE}/registry/datasets/{name}")


def test_one_catalog_lists_every_dataset_and_service(graph: Graph) -> None:
    (catalog,) = graph.subjects(ns.RDF.type, ns.DCAT.Catalog)
    assert set(graph.objects(catalog, ns.DCAT.dataset)) == {
        dataset("population.cong_dan"),
        dataset("population.ho_gia_dinh"),
        dataset("land.land"),
        dataset("education.HocSinh"),
    }
    assert len(set(graph.objects(catalog, ns.DCAT.service))) == 2
    assert graph.value(catalog, ns.DCTERMS.publisher) is not None


def test_a_dataset_carries_publisher_frequency_distribution_and_rights(graph: Graph) -> None:
    node = dataset("population.cong_dan")
    assert (node, ns.RDF.type, ns.DCAT.Dataset) in graph
    assert str(graph.value(node, ns.DCTERMS.title)) == "Công dân"
    publisher = graph.value(node, ns.DCTERMS.publisher)
    assert (publisher, ns.RDF.type, ns.FOAF.Agent) in graph
    names = {str(name) for name in graph.objects(publisher, ns.FOAF.name)}
    assert "Công an Thành phố Hồ Chí Minh" in names
    assert graph.value(node, ns.DCTERMS.accrualPeriodicity) == FREQUENCY.DAILY
    assert graph.value(node, ns.DCTERMS.accessRights) == ACCESS.NON_PUBLIC  # personal columns
    distribution = graph.value(node, ns.DCAT.distribution)
    assert (distribution, ns.RDF.type, ns.DCAT.Distribution) in graph
    assert graph.value(distribution, ns.DCAT.accessURL) is not None
    assert graph.value(distribution, ns.DCAT.accessService) is not None


def test_a_data_service_serves_its_dataset(graph: Graph) -> None:
    service = URIRef(f"{BASE}/registry/services/CA-HCM/cong-dan/v1")
    assert (service, ns.RDF.type, ns.DCAT.DataService) in graph
    assert graph.value(service, ns.DCAT.servesDataset) == dataset("population.cong_dan")
    endpoint = URIRef(f"{BASE}/v1/services/CA-HCM/cong-dan/v1")  # where the gateway answers
    assert graph.value(service, ns.DCAT.endpointURL) == endpoint
    distribution = graph.value(dataset("population.cong_dan"), ns.DCAT.distribution)
    assert graph.value(distribution, ns.DCAT.accessService) == service
    assert graph.value(distribution, ns.DCAT.accessURL) == endpoint


def test_a_dataset_the_manifest_says_nothing_about_is_profiled_as_personal(graph: Graph) -> None:
    """ho_gia_dinh holds the head of household's CCCD and address; the manifest flags nothing.

    Before profiling it was published as RESTRICTED (no personal data): issue 18.
    """
    assert graph.value(dataset("population.ho_gia_dinh"), ns.DCTERMS.accessRights) == (
        ACCESS.NON_PUBLIC
    )
