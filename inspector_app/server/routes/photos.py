"""Photo upload (content-addressed, idempotent) and existence checks before upload."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from inspector_app.server.deps import AppState, any_role, app_state, require
from inspector_app.server.models import Photo
from inspector_app.server.openapi_docs import problems
from inspector_app.server.photos import check_declared_type, record_photo, verify_photo
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import Principal
from inspector_app.wire import PhotoAck

router = APIRouter(tags=["photos"])
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lower-case hex SHA-256")]
_uploaders = require("station", "inspector")

_PHOTO_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            media: {"schema": {"type": "string", "format": "binary"}}
            for media in ("image/jpeg", "image/png")
        },
    }
}


@router.put(
    "/photos/{sha256}",
    response_model=PhotoAck,
    status_code=201,
    responses={200: {"model": PhotoAck, "description": "Already stored"}}
    | problems(400, 401, 403, 413, 415, 422),
    openapi_extra=_PHOTO_BODY,
    summary="Upload a photo under its SHA-256 (201 stored, 200 already there)",
)
async def put_photo(
    sha256: Sha,
    request: Request,
    response: Response,
    _: Annotated[Principal, Depends(_uploaders)],
    state: Annotated[AppState, Depends(app_state)],
) -> PhotoAck:
    check_declared_type(request.headers.get("content-type"))
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
    if not body:
        raise ProblemError(400, "empty_photo", "The photo body is empty.")

    def store() -> PhotoAck:
        data = bytes(body)
        content_type = verify_photo(sha256, data)
        if _stored(state, sha256) is not None:
            return PhotoAck(sha256=sha256, size=len(data), status="exists")
        state.photos.write(sha256, data)
        try:
            with state.db.write() as session:
                return record_photo(session, sha256, len(data), content_type)
        except IntegrityError:
            # A concurrent upload of the same photo committed its row first (PostgreSQL lets
            # both check before either inserts); the bytes are identical by their hash.
            return PhotoAck(sha256=sha256, size=len(data), status="exists")

    ack = await run_in_threadpool(store)
    if ack.status == "exists":
        response.status_code = 200
    return ack


def _stored(state: AppState, sha256: str) -> Photo | None:
    """The row of a stored photo (its size and type), or None if it has not arrived."""
    with state.db.read() as session:
        return session.get(Photo, sha256)


@router.head(
    "/photos/{sha256}",
    status_code=200,
    responses={
        404: {"description": "Not stored yet"},
        401: {"description": "No valid token"},
        403: {"description": "Role may not"},
        422: {"description": "Not a SHA-256"},
    },
    summary="Whether the server already has this photo (200) or not (404)",
)
def head_photo(
    sha256: Sha,
    _: Annotated[Principal, Depends(any_role)],
    state: Annotated[AppState, Depends(app_state)],
) -> Response:
    row = _stored(state, sha256)
    if row is None:
        return Response(status_code=404)
    return Response(headers={"Content-Length": str(row.size), "Content-Type": row.content_type})


@router.get(
    "/photos/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {"image/jpeg": {}, "image/png": {}}, "description": "The photo"},
    }
    | problems(401, 403, 404, 422),
    summary="Download a stored photo",
)
def get_photo(
    sha256: Sha,
    _: Annotated[Principal, Depends(any_role)],
    state: Annotated[AppState, Depends(app_state)],
) -> Response:
    row = _stored(state, sha256)
    if row is None:
        raise ProblemError(404, "photo_not_found", "No photo with this SHA-256 is stored.")
    return Response(state.photos.read(sha256), media_type=row.content_type)
