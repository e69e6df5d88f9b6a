"""Back Market's published OpenAPI file as a validator for the fake marketplace's traffic.

The file lives outside the repository (`../shared/reference/backmarket-openapi.yml`, beside
the clone in CI); tests that need it skip with the reason when it is absent. Every request
the connector sends and every answer the fake serves goes through `SpecValidator.check`;
what does not validate is kept in `violations` for the test to assert on.

Statuses the file does not declare for an operation (429 and 5xx come from Cloudflare and
the infrastructure, not from the documented API) have no schema to check: they are counted
in `undeclared`, and a test asserts that they are only ones it injected.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO.parent / "shared" / "reference" / "backmarket-openapi.yml"
SPEC_HOST = "https://www.backmarket.fr"
"""Requests are validated as if sent to the production host (the file's servers list)."""

INFRASTRUCTURE_STATUSES = frozenset({429, 500, 502, 503, 504})


def spec_available() -> bool:
    return SPEC_PATH.exists()


def require_spec() -> None:
    if not spec_available():
        pytest.skip(f"Back Market's OpenAPI file is not beside this checkout ({SPEC_PATH})")


@functools.cache
def _openapi():
    from openapi_core import OpenAPI

    return OpenAPI.from_file_path(str(SPEC_PATH))


@dataclass
class SpecValidator:
    """Checks request/answer pairs against the published file (thread-safe)."""

    violations: list[str] = field(default_factory=list)
    undeclared: list[tuple[str, int]] = field(default_factory=list)
    checked: int = 0
    injected: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def ready(self) -> SpecValidator:
        """Load the file now (a second or more), not in the fake's first answer."""
        _openapi()
        return self

    def check(
        self,
        request: Any,
        status: int,
        answer: bytes,
        answer_type: str,
        *,
        answer_injected: bool = False,
    ) -> None:
        """Validate one exchange (`request`: the fake's Recorded). A fault the test injected
        on purpose is counted in `injected`; its (deliberately wrong) answer is not checked."""
        from openapi_core.templating.responses.exceptions import ResponseNotFound
        from openapi_core.testing import MockRequest, MockResponse

        method, path, headers, body = request.method, request.path, request.headers, request.body
        spec = _openapi()
        args = {k: v[-1] for k, v in request.query.items()}
        request = MockRequest(
            SPEC_HOST,
            method.lower(),
            path,
            args=args,
            headers=headers,
            data=body or None,
            content_type=headers.get("Content-Type", "application/json"),
        )
        problems = []
        try:
            spec.validate_request(request)
        except Exception as exc:
            problems.append(f"request {method} {path}?{args}: {_describe(exc)}")
        undeclared = False
        if answer_injected:
            with self._lock:
                self.checked += 1
                self.injected += 1
                self.violations.extend(problems)
            return
        try:
            spec.validate_response(
                request, MockResponse(answer, status_code=status, content_type=answer_type)
            )
        except ResponseNotFound:
            undeclared = True
        except Exception as exc:
            problems.append(f"answer {status} to {method} {path}: {_describe(exc)}")
        with self._lock:
            self.checked += 1
            self.violations.extend(problems)
            if undeclared:
                self.undeclared.append((path, status))


def _describe(exc: BaseException) -> str:
    causes = [str(exc)]
    inner = exc.__cause__
    while inner is not None and len(causes) < 4:
        causes.append(str(inner))
        inner = inner.__cause__
    return " <- ".join(causes)[:600]
