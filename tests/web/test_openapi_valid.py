"""docs/openapi.json is a valid OpenAPI document, by a standard validator (openapi-spec-validator),
as the tools that generate clients from it check it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

DOCUMENT = Path(__file__).parents[2] / "docs" / "openapi.json"


def test_the_published_document_validates() -> None:
    document = json.loads(DOCUMENT.read_text("utf-8"))
    assert document["openapi"].startswith("3.1")
    validate(document)  # raises on the first violation


def test_the_validator_rejects_a_broken_document() -> None:
    """The check can fail: a response without its required description is refused."""
    document = json.loads(DOCUMENT.read_text("utf-8"))
    del document["paths"]["/healthz"]["get"]["responses"]["200"]["description"]
    with pytest.raises(OpenAPIValidationError):
        validate(document)
