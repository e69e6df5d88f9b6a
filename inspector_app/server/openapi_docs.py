"""OpenAPI helpers: documented problem answers, and the published document itself.

`python -m inspector_app.server.openapi_docs > docs/api/openapi.json` regenerates the
checked-in copy; a test fails when it differs from what the app serves.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
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
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries for the problem answers a route may give."""
    return {status: problem_schema(_DESCRIPTIONS[status]) for status in statuses}


def render() -> str:
    """The OpenAPI document exactly as checked in (stable key order, trailing newline)."""
    from inspector_app.server.app import create_app
    from inspector_app.server.config import ServerConfig

    config = ServerConfig(db_url="sqlite://", photo_dir=Path("unused"))
    app = create_app(config, migrate=False)
    return json.dumps(app.openapi(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
