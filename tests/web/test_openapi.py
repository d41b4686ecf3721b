"""docs/openapi.json is exactly what the code serves (regenerate it when the API changes)."""

from __future__ import annotations

from pathlib import Path

from lienthong.web.openapi import render

DOCUMENT = Path(__file__).parents[2] / "docs" / "openapi.json"


def test_published_openapi_document_is_current() -> None:
    assert DOCUMENT.read_text("utf-8") == render(), (
        "docs/openapi.json is stale: run `.venv/bin/python -m lienthong.web.openapi > "
        "docs/openapi.json` and commit it."
    )


def test_every_error_response_is_problem_json() -> None:
    import json

    document = json.loads(render())
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], (
                        method,
                        path,
                        status,
                    )


def test_x_purpose_is_required_where_the_gateway_requires_it() -> None:
    """The gateway refuses (422) every data-service or platform-service call without a purpose,
    so the document must not call X-Purpose optional (schemathesis' positive_data_acceptance)."""
    import json

    from lienthong.exchange._model import PURPOSE_SCHEMA_PATTERN

    document = json.loads(render())
    operations = [
        (method, path, parameter)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
        for parameter in operation.get("parameters", [])
        if parameter["name"].lower() == "x-purpose"
    ]
    assert {(m, p) for m, p, _ in operations} >= {
        ("get", "/v1/services/{provider}/{service}/{version}"),
        ("post", "/v1/services/{provider}/{service}/{version}"),
        ("post", "/v1/link/resolve"),
    }
    for method, path, parameter in operations:
        assert parameter["required"] is True, (method, path)
        assert parameter["schema"]["pattern"] == PURPOSE_SCHEMA_PATTERN, (method, path)


def test_metrics_are_documented_as_protected() -> None:
    import json

    operation = json.loads(render())["paths"]["/metrics"]["get"]
    assert operation["security"] == [{"metricsToken": []}]
    assert "401" in operation["responses"]
