"""Per-request dependencies: the app's state and who is calling (bearer token + role check).

The token check, like the lookup and feed reads, goes through Database.read_fast: on
SQLite it runs on the event loop (cheaper than a thread hop), on PostgreSQL in the pool.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.photo_store import PhotoBackend
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import ROLES, Principal, authenticate
from inspector_app.server.upload_limits import UploadGate

_bearer = HTTPBearer(auto_error=False, description="A token from `inspector-server add-*`.")


@dataclass(frozen=True, slots=True)
class AppState:
    """What every request needs, built once by create_app (no module-level singletons)."""

    db: Database
    config: ServerConfig
    photos: PhotoBackend
    uploads: UploadGate


async def app_state(request: Request) -> AppState:
    """The app's shared state (async only so FastAPI calls it inline, not in a thread)."""
    return request.app.state.inspector


def _unauthorized(code: str, title: str) -> ProblemError:
    err = ProblemError(401, code, title)
    err.headers["WWW-Authenticate"] = 'Bearer realm="inspector"'
    return err


def require(*roles: str) -> Callable[..., Principal]:
    """A dependency admitting only tokens of `roles`; 401 without a valid token, 403 otherwise."""

    async def dependency(
        request: Request,
        credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
        state: AppState = Depends(app_state),  # noqa: B008
    ) -> Principal:
        if credentials is None:
            raise _unauthorized("missing_token", "Send `Authorization: Bearer <token>`.")
        secret = credentials.credentials
        principal = await state.db.read_fast(lambda conn: authenticate(conn, secret))
        if principal is None:
            raise _unauthorized("invalid_token", "The token is unknown or has been revoked.")
        request.state.token_id = principal.token_id
        if principal.role not in roles:
            raise ProblemError(
                403,
                "forbidden_role",
                "Your token's role may not do this.",
                f"Role {principal.role!r}; allowed: {', '.join(roles)}.",
            )
        return principal

    return dependency


any_role = require(*ROLES)
"""Admits any valid token: for what every bench and person may read (returns, photos...)."""
