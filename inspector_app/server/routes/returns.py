"""Lookup of a return by any of its codes, the delta feed stations page through, and the
receipt of a parcel scanned in at a bench."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from inspector_app.domain.codes import MAX_RAW_LENGTH
from inspector_app.server import returns_store
from inspector_app.server.audit import Actor
from inspector_app.server.deps import AppState, any_role, app_state
from inspector_app.server.openapi_docs import problems
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import Principal
from inspector_app.wire import (
    MAX_RECEIPT_AGE_DAYS,
    ReceiptIn,
    ReturnOut,
    ReturnReceipt,
    ReturnsPage,
)

router = APIRouter(tags=["returns"])


@router.get(
    "/returns/lookup",
    response_model=ReturnOut,
    responses=problems(401, 403, 404, 422),
    summary="The return any of whose codes matches the normalised code",
)
async def lookup(
    code: Annotated[str, Query(min_length=1, max_length=MAX_RAW_LENGTH)],
    _: Annotated[Principal, Depends(any_role)],
    state: Annotated[AppState, Depends(app_state)],
) -> ReturnOut:
    return await state.db.read_fast(lambda conn: returns_store.lookup(conn, code))


@router.get(
    "/returns",
    response_model=ReturnsPage,
    responses=problems(400, 401, 403, 422),
    summary="Delta feed: returns changed after the cursor, oldest change first",
)
async def feed(
    _: Annotated[Principal, Depends(any_role)],
    state: Annotated[AppState, Depends(app_state)],
    changed_since: Annotated[str, Query(max_length=32)] = "",
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> ReturnsPage:
    return await state.db.read_fast(
        lambda conn: returns_store.feed_page(conn, changed_since, limit)
    )


@router.post(
    "/returns/{return_id}/received",
    response_model=ReturnReceipt,
    responses=problems(400, 401, 403, 404, 422),
    summary="A bench scanned the parcel in: record the receipt date (once), without inspecting",
)
def received(
    return_id: Annotated[str, Path(min_length=1, max_length=64)],
    request: Request,
    principal: Annotated[Principal, Depends(any_role)],
    state: Annotated[AppState, Depends(app_state)],
    receipt: ReceiptIn | None = None,
) -> ReturnReceipt:
    """The receipt day is the scan's (the site's day, RI_SERVER_TIME_ZONE) when the body
    says when it was, else today: a bench's queue may deliver a receipt days after the scan.
    A time ahead of the server's clock counts as today; one more than MAX_RECEIPT_AGE_DAYS
    back is refused."""
    zone = state.config.zone
    today = dt.datetime.now(zone).date()
    if receipt is not None:
        scanned = receipt.received_at.astimezone(zone).date()
        if scanned < today - dt.timedelta(days=MAX_RECEIPT_AGE_DAYS):
            raise ProblemError(
                422,
                "receipt_too_old",
                "The receipt is older than the server accepts.",
                f"at most {MAX_RECEIPT_AGE_DAYS} days",
            )
        today = min(scanned, today)
    by = Actor.calling(principal, request)
    with state.db.write() as session:
        return returns_store.receive(session, return_id, today, by=by)
