"""Finish the generated OpenAPI document: the Problem schema and the security schemes.

FastAPI knows neither that our errors are ``application/problem+json`` documents nor how
callers authenticate (that happens inside the gateway, not in a FastAPI dependency), so we add
both once, when the document is first built.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from lienthong.web._problems import Problem, problem_responses
from lienthong.web._ratelimit import EXEMPT

SECURITY_SCHEMES: dict[str, dict[str, Any]] = {
    "clientToken": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "EdDSA (Ed25519) or ES256 JWT signed with the client system's registered "
        "key: header kid = key fingerprint; claims iss = sub = system code, aud = the gateway "
        "audience, exp - iat ≤ the configured maximum lifetime.",
    },
    "mutualTLS": {
        "type": "mutualTLS",
        "description": "A client certificate issued by the platform CA; CN = system code.",
    },
    "metricsToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "The operator's metrics token (LIENTHONG_METRICS_TOKEN), for /metrics.",
    },
    "citizenToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "Citizen token (DEV ONLY for now: from POST /v1/dev/citizen-login).",
    },
}
_SECURITY_BY_TAG: dict[str, list[dict[str, list[str]]]] = {
    "exchange": [{"clientToken": []}, {"mutualTLS": []}],
    "citizen": [{"citizenToken": []}],
}


def _platform_statuses(path: str, operation: dict[str, Any]) -> list[int]:
    """Problems any router's operation can answer with, whoever wrote it: a body that is not
    JSON (400), a path naming something that does not exist (404), too many requests (429, but
    never on the probes: see ``web._ratelimit``), the store unavailable (503).
    """
    statuses = [503] if path in EXEMPT else [429, 503]
    if "requestBody" in operation:
        statuses.append(400)
    if any(p.get("in") == "path" for p in operation.get("parameters", [])):
        statuses.append(404)
    return statuses


def install_openapi(app: FastAPI) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        document = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        components = document.setdefault("components", {})
        schemas = components.setdefault("schemas", {})
        schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        components["securitySchemes"] = SECURITY_SCHEMES
        for path, methods in document.get("paths", {}).items():
            for operation in methods.values():
                responses = operation["responses"]
                # FastAPI documents its own validation error body; ours is problem+json.
                if "HTTPValidationError" in str(responses.get("422", {})):
                    responses["422"] = problem_responses(422)[422]
                platform = problem_responses(*_platform_statuses(path, operation))
                for status, entry in platform.items():
                    responses.setdefault(str(status), entry)
                for tag in operation.get("tags", []):
                    if tag in _SECURITY_BY_TAG and not path.startswith("/v1/dev/"):
                        operation["security"] = _SECURITY_BY_TAG[tag]
        app.openapi_schema = document
        return document

    app.openapi = build  # type: ignore[method-assign]
