"""Request body limits, enforced before and while the body is read (pure ASGI).

A declared Content-Length over the limit is answered 413 without reading anything; a body
that streams past the limit (chunked, or lying about its length) is cut off at the limit.
Photos get the photo limit, every other call the JSON limit.
"""

from __future__ import annotations

from typing import Any

from inspector_app.server.problems import ProblemError, problem_response
from inspector_app.wire import API_PREFIX

PHOTO_PATH = f"{API_PREFIX}/photos/"


class BodyTooLargeError(ProblemError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            413, "payload_too_large", "The request body is too large.", f"limit {limit} bytes"
        )


class BodyLimitMiddleware:
    def __init__(self, app: Any, *, json_limit: int, photo_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.photo_limit = photo_limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.photo_limit if scope["path"].startswith(PHOTO_PATH) else self.json_limit
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = False  # the HTTP server rejects a malformed length itself
            if too_big:
                err = BodyTooLargeError(limit)
                response = problem_response(err.status, err.code, err.title, err.detail)
                await response(scope, receive, send)
                return
        seen = 0

        async def limited_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLargeError(limit)
            return message

        await self.app(scope, limited_receive, send)
