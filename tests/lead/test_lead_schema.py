"""Generated requests to every lead operation, with a lead token: no 5xx, and every answer
is one the published schema documents (the server tests fuzz them with a station token,
which only ever reaches the 403)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

SPEC = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.json"
OPERATIONS = [
    (method.upper(), path)
    for path, ops in json.loads(SPEC.read_text())["paths"].items()
    if path.startswith("/api/v1/lead/")
    for method in ops
]


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_lead_operations_conform(server, method, path):
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", server.client.app)
    operation = schema[path][method]
    role = "station" if path.endswith("/sessions") and method == "POST" else "lead"
    headers = {"Authorization": f"Bearer {server.tokens[role]}"}

    @given(case=operation.as_strategy())
    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

    check()
