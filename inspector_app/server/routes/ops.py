"""Readiness for load balancers: can this process serve requests now?

`GET /health` (routes/meta.py) is the liveness check: it answers from the event loop alone,
so a process that answers it is alive, whatever its dependencies do. `GET /health/ready`
also asks the database (every request needs it) and reports on the photo store and the
disk where uploads land. Only the database decides readiness: the photo store and the disk
are shared by every server, so taking this one out of rotation for them would take all of
them out, when lookups, the feed and inspections whose photos have arrived still work.
Problems are reported as short words; the details go to the log, not to whoever asks.
"""

from __future__ import annotations

import logging
from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from inspector_app.server.deps import AppState, app_state
from inspector_app.server.openapi_docs import problems
from inspector_app.server.photo_store import free_bytes
from inspector_app.server.problems import ProblemError

router = APIRouter(tags=["meta"])
log = logging.getLogger("inspector_app.server.health")
Check = Literal["ok", "unreachable", "low"]


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    database: Check
    photo_store: Check
    disk: Check


def _database_answers(state: AppState) -> bool:
    try:
        with state.db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        log.warning("not ready: database", extra={"fields": {"error": type(exc).__name__}})
        return False
    return True


def _photo_store(state: AppState) -> Check:
    problem = state.photos.problem()
    if problem is not None:
        log.warning("photo store unusable", extra={"fields": {"problem": problem}})
        return "unreachable"
    return "ok"


def _disk(state: AppState) -> Check:
    try:
        free = free_bytes(state.photos.spool_dir)
    except OSError:
        return "unreachable"
    return "low" if free < state.config.min_free_bytes else "ok"


@router.get(
    "/health/ready",
    response_model=Readiness,
    responses=problems(503),
    summary="Readiness for a load balancer: 200 if the database answers, else 503; no token",
)
async def ready(state: Annotated[AppState, Depends(app_state)]) -> Readiness:
    if not await run_in_threadpool(_database_answers, state):
        err = ProblemError(503, "not_ready", "This server cannot reach its database.")
        err.headers["Retry-After"] = "5"
        raise err
    return Readiness(
        database="ok",
        photo_store=await run_in_threadpool(_photo_store, state),
        disk=await run_in_threadpool(_disk, state),
    )
