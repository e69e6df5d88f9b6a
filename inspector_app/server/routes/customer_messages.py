"""Customer message records from benches (rules in inspector_app.server.customer_messages)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from starlette.concurrency import run_in_threadpool

from inspector_app.server.customer_messages import of_return, parse_record, store
from inspector_app.server.deps import AppState, app_state, require
from inspector_app.server.openapi_docs import problems
from inspector_app.server.tokens import Principal
from inspector_app.wire import CustomerMessageRecord, MessageAck

router = APIRouter(tags=["customer messages"])
_benches = require("station", "inspector")
_leads = require("lead", "admin")

_RECORD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/CustomerMessageRecord"}}
        },
    }
}


@router.put(
    "/customer-messages/{message_id}",
    response_model=MessageAck,
    status_code=201,
    responses={200: {"model": MessageAck, "description": "Already fired: a replay"}}
    | problems(400, 401, 403, 413, 422),
    openapi_extra=_RECORD_BODY,
    summary="Store a message a bench fired to a customer (201 stored, 200 replay)",
)
async def put_message(
    message_id: uuid.UUID,
    request: Request,
    response: Response,
    principal: Annotated[Principal, Depends(_benches)],
    state: Annotated[AppState, Depends(app_state)],
) -> MessageAck:
    raw = await request.body()
    record = parse_record(raw, message_id)

    def keep() -> MessageAck:
        with state.db.write() as session:
            return store(session, record, raw, principal.station, state.config)

    ack = await run_in_threadpool(keep)
    if ack.status == "replayed":
        response.status_code = 200
    return ack


@router.get(
    "/returns/{return_id}/customer-messages",
    response_model=list[CustomerMessageRecord],
    responses=problems(401, 403, 422),
    summary="Every message a return's customer was sent or would have been (leads, admins)",
)
def get_messages(
    return_id: str,
    _: Annotated[Principal, Depends(_leads)],
    state: Annotated[AppState, Depends(app_state)],
) -> list[CustomerMessageRecord]:
    with state.db.read() as session:
        return [stored.record for stored in of_return(session, return_id)]
