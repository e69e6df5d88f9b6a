"""What a bench pulls besides returns (checklists, people who may sign in), its heartbeat
and the upload of its audit log."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from sqlalchemy import func, select

from inspector_app.server.audit import record_bench_events
from inspector_app.server.deps import AppState, any_role, app_state, require
from inspector_app.server.models import Checklist, Person, Station
from inspector_app.server.openapi_docs import problems
from inspector_app.server.problems import reject_nul
from inspector_app.server.tokens import Principal
from inspector_app.wire import (
    BenchEventsAck,
    BenchEventsIn,
    ChecklistOut,
    InspectorOut,
    StationHeartbeat,
    bench_pin_key_from_digest,
    keyed_pin_hash,
)

router = APIRouter(tags=["directory"])


@router.get(
    "/checklists",
    response_model=list[ChecklistOut],
    responses=problems(401, 403),
    summary="The active checklist templates: the newest version of each id",
)
def checklists(
    _: Annotated[Principal, Depends(any_role)],
    state: Annotated[AppState, Depends(app_state)],
) -> list[ChecklistOut]:
    newest = (
        select(Checklist.id, func.max(Checklist.version).label("version"))
        .group_by(Checklist.id)
        .subquery()
    )
    with state.db.read() as session:
        rows = session.execute(
            select(Checklist)
            .join(newest, (Checklist.id == newest.c.id) & (Checklist.version == newest.c.version))
            .order_by(Checklist.id)
        ).scalars()
        return [
            ChecklistOut(
                id=r.id, version=r.version, category=r.category, body=r.body, sha256=r.sha256
            )
            for r in rows
        ]


def _offline(person: Person) -> bool:
    """Whether a bench may check this person's PIN itself: active inspectors only."""
    return person.active and person.role == "inspector"


@router.get(
    "/inspectors",
    response_model=list[InspectorOut],
    responses=problems(401, 403),
    summary="People who may sign in at a bench; inspectors' PIN verifiers keyed to this bench",
)
def inspectors(
    caller: Annotated[Principal, Depends(require("station", "admin"))],
    state: Annotated[AppState, Depends(app_state)],
) -> list[InspectorOut]:
    """Everyone, so a bench can list them; only inspectors come with a PIN verifier, and it
    is keyed to the caller's token (wire.keyed_pin_hash): a lead's or admin's PIN is checked
    by the server alone, and a copied bench database without its token checks no PIN."""
    key = bench_pin_key_from_digest(caller.token_sha256)
    with state.db.read() as session:
        rows = session.execute(select(Person).order_by(Person.badge)).scalars()
        return [
            InspectorOut(
                badge=p.badge,
                name=p.name,
                role=p.role,
                pin_hash=keyed_pin_hash(p.pin_hash, key) if _offline(p) else "",
                active=p.active,
            )
            for p in rows
        ]


@router.post(
    "/stations/heartbeat",
    status_code=204,
    response_class=Response,
    responses=problems(400, 401, 403, 413, 422),
    summary="A station reports its version and queue (shown in the lead's station table)",
)
def heartbeat(
    beat: StationHeartbeat,
    principal: Annotated[Principal, Depends(require("station"))],
    state: Annotated[AppState, Depends(app_state)],
) -> Response:
    reject_nul(beat.model_dump(), "heartbeat")
    with state.db.write() as session:
        station = session.get(Station, principal.station)
        if station is not None:
            station.seen_at = dt.datetime.now(dt.UTC)
            station.version = beat.version
            station.pending = beat.pending
            station.needs_attention = beat.needs_attention
            station.last_success_at = beat.last_success_at
    return Response(status_code=204)


@router.post(
    "/stations/events",
    response_model=BenchEventsAck,
    responses=problems(400, 401, 403, 413, 422),
    summary="A station uploads events of its audit log (stored once each, at that station)",
)
def bench_events(
    batch: BenchEventsIn,
    principal: Annotated[Principal, Depends(require("station"))],
    state: Annotated[AppState, Depends(app_state)],
) -> BenchEventsAck:
    """Only a station token may upload, and the events are placed at the token's station:
    the body has no field that could name another (an unknown field is a 422). Sizes are
    bounded by the wire model (events per batch, each text's length) and times must carry
    a zone, so garbage is a 422 and never a half-stored batch."""
    reject_nul(batch.model_dump(), "events")
    assert principal.station is not None  # require("station") lets only a bench through
    with state.db.write() as session:
        return record_bench_events(session, principal.station, batch.events)
