"""Submission of finalized inspections (rules in inspector_app.server.inspections)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from starlette.concurrency import run_in_threadpool

from inspector_app.domain.outbound_texts import said
from inspector_app.server import audit
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.deps import AppState, app_state, require
from inspector_app.server.inspections import parse_payload, submit
from inspector_app.server.openapi_docs import problems
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import Principal
from inspector_app.wire import InspectionAck

router = APIRouter(tags=["inspections"])
_submitters = require("station", "inspector")
AUDITED_REFUSALS = frozenset(
    {"station_mismatch", "inspector_mismatch", "correction_needs_lead", "refund_exceeds_price"}
)
"""Refusals that look like someone acting beyond their rights: each leaves an audit record."""

_PAYLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/InspectionPayload"}}
        },
    }
}


@router.put(
    "/inspections/{inspection_uuid}",
    response_model=InspectionAck,
    status_code=201,
    responses={200: {"model": InspectionAck, "description": "Identical replay"}}
    | problems(400, 401, 403, 409, 413, 415, 422),
    openapi_extra=_PAYLOAD_BODY,
    summary="Submit a finalized inspection (201 stored, 200 identical replay)",
)
async def put_inspection(
    inspection_uuid: uuid.UUID,
    request: Request,
    response: Response,
    principal: Annotated[Principal, Depends(_submitters)],
    state: Annotated[AppState, Depends(app_state)],
) -> InspectionAck:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != "application/json":
        raise ProblemError(
            415, "unsupported_media_type", "Send the inspection as application/json."
        )
    raw = await request.body()
    payload = parse_payload(raw, inspection_uuid)

    actor = Actor.calling(principal, request)

    def store() -> InspectionAck:
        try:
            with state.db.write() as session:
                receipt = submit(session, payload, raw, principal, config=state.config, actor=actor)
        except ProblemError as refused:
            if refused.code in AUDITED_REFUSALS:
                with state.db.write() as session:
                    record_event(
                        session,
                        audit.SUBMISSION_REFUSED,
                        actor,
                        subject=payload.return_id,
                        detail=said(
                            "submission_refused",
                            code=refused.code,
                            inspection=payload.uuid,
                            station=repr(payload.station),
                            inspector=repr(payload.inspector),
                        ),
                    )
            raise
        if not receipt.created:
            response.status_code = 200
        return receipt.ack

    return await run_in_threadpool(store)
