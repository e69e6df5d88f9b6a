"""Health (no auth) and the lead's reports."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from inspector_app import __version__
from inspector_app.server.deps import AppState, app_state, require
from inspector_app.server.openapi_docs import problems
from inspector_app.server.problems import ProblemError
from inspector_app.server.reports import daily_intake
from inspector_app.server.tokens import Principal
from inspector_app.wire import MAX_YEAR, MIN_YEAR, DailyIntake, Health

router = APIRouter()


@router.get("/health", response_model=Health, tags=["meta"], summary="Liveness; no token needed")
def health() -> Health:
    return Health(version=__version__, time=dt.datetime.now(dt.UTC))


@router.get(
    "/reports/daily-intake",
    response_model=DailyIntake,
    responses=problems(401, 403, 422),
    tags=["reports"],
    summary="The day's intake: counts by outcome, grade, reason, category, station, inspector",
)
def daily_intake_report(
    date: Annotated[
        dt.date, Query(description="the site's calendar day (RI_SERVER_TIME_ZONE), YYYY-MM-DD")
    ],
    _: Annotated[Principal, Depends(require("lead", "admin"))],
    state: Annotated[AppState, Depends(app_state)],
) -> DailyIntake:
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise ProblemError(422, "invalid_date", "No report exists for that year.")
    with state.db.read() as session:
        return daily_intake(session, date, state.config.zone)
