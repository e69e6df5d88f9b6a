"""Photo upload (content-addressed, idempotent), existence checks before upload, and the
bytes for leads and admins.

Who may read what: a bench uploads and asks whether the server already holds a hash
(HEAD says only that, and the size), but never reads a photo back; a lead reads an
inspection's photos through /lead/inspections/{uuid}/photos/{sha256}, which checks the
photo is that inspection's (the lead view, and corrections of another bench's verdict).
So GET here is for leads and admins (support, audits): a bench or inspector token, which
anyone at a bench can lift, must not read every customer's device photos by hash.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from sqlalchemy import bindparam, select
from starlette.concurrency import run_in_threadpool

from inspector_app.server.deps import AppState, any_role, app_state, require
from inspector_app.server.models import Photo
from inspector_app.server.openapi_docs import problems
from inspector_app.server.photo_store import free_bytes
from inspector_app.server.photos import (
    UploadCutError,
    check_declared_type,
    keep_spooled,
    log_cut_upload,
    spool_upload,
)
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import Principal
from inspector_app.server.upload_limits import check_free_space, reserve_upload
from inspector_app.wire import PhotoAck

router = APIRouter(tags=["photos"])
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lower-case hex SHA-256")]
_uploaders = require("station", "inspector")
_readers = require("lead", "admin")

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
    | problems(400, 401, 403, 413, 415, 422, 429, 503, 507),
    openapi_extra=_PHOTO_BODY,
    summary="Upload a photo under its SHA-256 (201 stored, 200 already there)",
)
async def put_photo(
    sha256: Sha,
    request: Request,
    response: Response,
    principal: Annotated[Principal, Depends(_uploaders)],
    state: Annotated[AppState, Depends(app_state)],
) -> PhotoAck:
    check_declared_type(request.headers.get("content-type"))
    known = await state.db.read_fast(lambda conn: conn.execute(_SIZE_OF, {"sha": sha256}).first())
    if known is not None:  # content-addressed: what the server holds is these bytes
        response.status_code = 200
        return PhotoAck(sha256=sha256, size=known.size, status="exists")
    config = state.config
    incoming = _declared_length(request) or config.max_photo_bytes
    async with state.uploads.admit(principal.token_id):
        free = await run_in_threadpool(free_bytes, state.photos.spool_dir)
        check_free_space(free, incoming, config.min_free_bytes)
        await run_in_threadpool(_reserve, state, principal.token_id, incoming)
        try:
            spooled = await spool_upload(request.stream(), state.photos.spool_dir, sha256)
        except UploadCutError as cut:
            log_cut_upload(sha256, principal.token_id, str(cut))
            raise ProblemError(400, "upload_cut", "The upload ended before its body did.") from None
        ack = await run_in_threadpool(keep_spooled, state.db, state.photos, spooled)
    if ack.status == "exists":
        response.status_code = 200
    return ack


_SIZE_OF = select(Photo.size).where(Photo.sha256 == bindparam("sha"))


def _declared_length(request: Request) -> int | None:
    """The Content-Length the client declared (the limit middleware has checked it is not
    over the photo limit), or None for a chunked body."""
    declared = request.headers.get("content-length", "")
    return int(declared) if declared.isdigit() else None


def _reserve(state: AppState, token_id: str, size: int) -> None:
    with state.db.write() as session:
        reserve_upload(session, token_id, size, state.config)


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
    summary="Download a stored photo (leads and admins; a bench only uploads)",
)
def get_photo(
    sha256: Sha,
    _: Annotated[Principal, Depends(_readers)],
    state: Annotated[AppState, Depends(app_state)],
) -> Response:
    row = _stored(state, sha256)
    if row is None:
        raise ProblemError(404, "photo_not_found", "No photo with this SHA-256 is stored.")
    return Response(state.photos.read(sha256), media_type=row.content_type)
