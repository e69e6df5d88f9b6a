"""The problem answers each route documents in the OpenAPI document.

Every router imports this module, so it must not import the app (openapi_document does).
"""

from __future__ import annotations

from typing import Any

from inspector_app.server.problems import problem_schema

_DESCRIPTIONS = {
    400: "Malformed request (problem+json)",
    401: "No valid token (problem+json)",
    403: "The token's role may not do this (problem+json)",
    404: "Not found (problem+json)",
    409: "Conflict with what is stored (problem+json)",
    413: "Body over the size limit (problem+json)",
    415: "Unsupported body type (problem+json)",
    422: "Invalid parameters or payload (problem+json)",
    429: "Too many requests for this token; see Retry-After (problem+json)",
    503: "Busy or a dependency is down; see Retry-After (problem+json)",
    507: "Short of disk space; retry later (problem+json)",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries for the problem answers a route may give."""
    return {status: problem_schema(_DESCRIPTIONS[status]) for status in statuses}
