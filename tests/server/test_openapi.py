"""The published OpenAPI document: checked in, and honoured by the app (Schemathesis).

Regenerate the checked-in copy after changing the API:
    .venv/bin/python -m inspector_app.server.openapi_document > docs/api/openapi.json
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import negative_data_rejection, positive_data_acceptance

from inspector_app.server.openapi_document import render

REPO = Path(__file__).resolve().parents[2]
CHECKED_IN = REPO / "docs" / "api" / "openapi.json"
MAX_EXAMPLES = {GenerationMode.POSITIVE: 20, GenerationMode.NEGATIVE: 10}
"""Per operation, backend and mode: the whole file stays under two minutes on two cores."""
EXCLUDED_CHECKS = [
    # Rules across fields (a photo's hash is its URL, referenced photos must exist) cannot be
    # written in OpenAPI, so schema-valid requests rightly get 400/415/422 problems.
    positive_data_acceptance,
    # Replaced by refuses_invalid_data below, which tolerates unknown query parameters.
    negative_data_rejection,
]


def refuses_invalid_data(ctx, response, case):
    """Schemathesis' negative_data_rejection, except for requests whose only fault may be an
    unknown query parameter: those are ignored, as most HTTP APIs do (proxies and
    cache-busters add them). Unknown *body* fields are refused, and so must be the rest."""
    declared = {
        param.name for param in case.operation.iter_parameters() if param.location == "query"
    }
    if set(case.query or {}) - declared:
        return None
    return negative_data_rejection(ctx, response, case)


def test_checked_in_openapi_matches_the_app(server):
    served = server.client.get("/api/v1/openapi.json")
    assert served.status_code == 200
    assert json.loads(CHECKED_IN.read_text()) == served.json(), (
        "docs/api/openapi.json is stale; regenerate it with "
        "`python -m inspector_app.server.openapi_document > docs/api/openapi.json`"
    )
    assert CHECKED_IN.read_text() == render()


def test_every_error_is_documented_as_problem_json():
    spec = json.loads(CHECKED_IN.read_text())
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            for status, answer in op["responses"].items():
                if status.startswith("4") and method != "head":
                    assert "application/problem+json" in answer.get("content", {}), (
                        method,
                        path,
                        status,
                    )


OPERATIONS = [
    (method.upper(), path)
    for path, ops in json.loads(CHECKED_IN.read_text())["paths"].items()
    for method in ops
]


def _role_for(method: str, path: str) -> str:
    if path.endswith("/daily-intake"):
        return "lead"
    if path.startswith("/api/v1/message-templates") and method != "GET":
        return "admin"
    return "station"


@pytest.mark.parametrize("mode", list(GenerationMode), ids=lambda m: m.value)
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_api_conforms_to_its_schema(server, method, path, mode):
    """Generated requests, valid (positive) and invalid (negative), with a token of a role
    allowed to make them: no 5xx, invalid ones refused, and every answer (status, content
    type, body, headers) is one the schema documents.

    Two checks are left out, for the reasons given at EXCLUDED_CHECKS.
    """
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", server.client.app)
    operation = schema[path][method]
    headers = {"Authorization": f"Bearer {server.tokens[_role_for(method, path)]}"}

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES[mode],
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case: schemathesis.Case) -> None:
        if isinstance(case.body, dict) and "inspection_uuid" in (case.path_parameters or {}):
            case.body["uuid"] = str(case.path_parameters["inspection_uuid"])  # reach past 422
        case.call_and_validate(
            headers=headers,
            excluded_checks=EXCLUDED_CHECKS,
            additional_checks=[refuses_invalid_data],
        )

    try:
        check()
    except Unsatisfiable:
        if mode is GenerationMode.POSITIVE:
            raise
        pytest.skip(f"{method} {path} takes nothing that could be made invalid")
