"""RFC 9457 problem+json answers with a stable `code` for every error the server gives.

Clients branch on `code`, never on `title` or `detail` (those are for people). Every 4xx the
app can produce goes through here, including FastAPI's own validation errors and Starlette's
404/405, so a client never has to parse an HTML or plain-text error.
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from inspector_app.wire import Problem

PROBLEM_MEDIA_TYPE = "application/problem+json"

log = logging.getLogger("inspector_app.server")

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
}


class ProblemError(Exception):
    """Raised anywhere below a route to answer with a problem document."""

    def __init__(self, status: int, code: str, title: str, detail: str = "", **extra: Any) -> None:
        super().__init__(f"{status} {code}: {title}")
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.extra = extra
        self.headers: dict[str, str] = {}


def problem_response(
    status: int, code: str, title: str, detail: str = "", headers: dict | None = None, **extra: Any
) -> JSONResponse:
    body = Problem(title=title, status=status, code=code, detail=detail, **extra)
    return JSONResponse(
        body.model_dump(mode="json", exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def problem_schema(description: str) -> dict:
    """An OpenAPI `responses` entry for a problem answer."""
    return {
        "description": description,
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


def _validation_detail(errors: list[dict]) -> str:
    parts = []
    for err in errors[:10]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


Model = TypeVar("Model", bound=BaseModel)


def parse_body(model: type[Model], raw: str | bytes, code: str, title: str, where: str) -> Model:
    """`raw` validated as `model`: 400 `invalid_json` when it is not JSON, else 422 `code`
    with `title` and what is wrong; 422 too for a NUL anywhere in its text (see reject_nul)."""
    try:
        parsed = model.model_validate_json(raw)
    except ValidationError as exc:
        if any(err["type"] == "json_invalid" for err in exc.errors()):
            raise ProblemError(400, "invalid_json", "The body is not valid JSON.") from exc
        raise ProblemError(422, code, title, _validation_detail(list(exc.errors()))) from exc
    reject_nul(parsed.model_dump(), where)
    return parsed


def install(app: FastAPI) -> None:
    """Route every error the framework or our code raises to a problem document."""

    async def on_problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(
            exc.status, exc.code, exc.title, exc.detail, headers=exc.headers or None, **exc.extra
        )

    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
        title = {404: "No such resource.", 405: "Method not allowed here."}.get(
            exc.status_code, str(exc.detail)
        )
        return problem_response(exc.status_code, code, title, headers=exc.headers)

    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        if any(err.get("type") == "json_invalid" for err in errors):
            return problem_response(400, "invalid_json", "The body is not valid JSON.")
        return problem_response(
            422,
            "invalid_request",
            "The request's parameters are invalid.",
            _validation_detail(errors),
        )

    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return problem_response(500, "internal_error", "The server failed; it has been logged.")

    app.add_exception_handler(ProblemError, on_problem)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_crash)


def reject_nul(value: Any, where: str = "body") -> None:
    """422 if any string in `value` (a model dump) holds a NUL character.

    JSON allows "\\u0000" but PostgreSQL text columns cannot store it; refusing it at the
    boundary keeps both backends answering the same way instead of one failing with a 500.
    """
    if isinstance(value, str):
        if "\x00" in value:
            raise ProblemError(422, "nul_character", "Text may not contain NUL characters.", where)
    elif isinstance(value, dict):
        for key, item in value.items():
            reject_nul(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            reject_nul(item, f"{where}[{i}]")
