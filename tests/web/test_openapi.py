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
