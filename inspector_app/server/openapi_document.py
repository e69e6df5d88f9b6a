"""The published OpenAPI document, exactly as checked in as docs/api/openapi.json.

`python -m inspector_app.server.openapi_document > docs/api/openapi.json` regenerates the
copy; a test fails when it differs from what the app serves. Apart from openapi_docs (which
every router imports for its documented problem answers) because it builds the whole app.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig


def render() -> str:
    """The OpenAPI document exactly as checked in (stable key order, trailing newline)."""
    config = ServerConfig(db_url="sqlite://", photo_dir=Path("unused"))
    app = create_app(config, migrate=False)
    return json.dumps(app.openapi(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
