"""The lead review: report over a date range, paginated review lists, drill-down, sessions.

Every read is for leads and admins only (API token or lead session, see lead_auth); a
station token may only open a lead session on behalf of the lead signing in at it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials

from inspector_app.server import audit, corrections, lead_auth, lead_expected, lead_report
from inspector_app.server.audit import Actor
from inspector_app.server.deps import AppState, app_state, require
from inspector_app.server.lead_auth import bearer, close_session, lead_principal
from inspector_app.server.models import Photo
from inspector_app.server.openapi_docs import problems
from inspector_app.server.problems import ProblemError, problem_schema, reject_nul
from inspector_app.server.tokens import Principal
from inspector_app.wire import (
    MAX_PAGE,
    MAX_YEAR,
    MIN_YEAR,
    AuditPage,
    CorrectionGrant,
    CorrectionRequest,
    ExpectedPage,
    FlaggedPage,
    InspectionDetail,
    LeadReport,
    LeadSession,
    LeadSignIn,
    RecurringPage,
    WaitingPage,
)

router = APIRouter(prefix="/lead", tags=["lead"])
Lead = Annotated[Principal, Depends(lead_principal)]
State = Annotated[AppState, Depends(app_state)]
Day = Annotated[
    dt.date, Query(description="the site's calendar day (RI_SERVER_TIME_ZONE), YYYY-MM-DD")
]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lower-case hex SHA-256")]
READ_PROBLEMS = problems(401, 403, 422)


def _day(value: dt.date) -> dt.date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ProblemError(422, "invalid_date", "No report exists for that year.")
    return value


@router.get(
    "/report",
    response_model=LeadReport,
    responses=READ_PROBLEMS,
    summary="The lead's review of a date range: KPIs, breakdowns, people, benches, trend",
)
def report(date_from: Day, date_to: Day, _: Lead, state: State) -> LeadReport:
    with state.db.read() as session:
        return lead_report.lead_report(session, _day(date_from), _day(date_to), state.config.zone)


@router.get(
    "/waiting",
    response_model=WaitingPage,
    responses=READ_PROBLEMS,
    summary="Returns received but not inspected by the end of a day, oldest first",
)
def waiting(
    as_of: Day, _: Lead, state: State, offset: Offset = 0, limit: Limit = 200
) -> WaitingPage:
    with state.db.read() as session:
        return lead_report.waiting_page(session, _day(as_of), offset, limit, state.config.zone)


@router.get(
    "/expected",
    response_model=ExpectedPage,
    responses=READ_PROBLEMS,
    summary="Marketplace parcels on their way: due today, in transit, overdue, not picked up",
)
def expected(
    as_of: Day,
    _: Lead,
    state: State,
    *,
    group: lead_expected.Group = "all",
    offset: Offset = 0,
    limit: Limit = 200,
) -> ExpectedPage:
    with state.db.read() as session:
        return lead_expected.expected_page(session, _day(as_of), group, offset, limit)


@router.get(
    "/review",
    response_model=FlaggedPage,
    responses=READ_PROBLEMS,
    summary="Overridden, refused, quarantined or flagged inspections, newest first",
)
def review(
    date_from: Day,
    date_to: Day,
    _: Lead,
    state: State,
    *,
    kind: lead_report.ReviewKind = "all",
    offset: Offset = 0,
    limit: Limit = 200,
) -> FlaggedPage:
    with state.db.read() as session:
        return lead_report.review_page(
            session,
            _day(date_from),
            _day(date_to),
            kind=kind,
            offset=offset,
            limit=limit,
            zone=state.config.zone,
        )


@router.get(
    "/recurring",
    response_model=RecurringPage,
    responses=READ_PROBLEMS,
    summary="Issues by product model and reason over the 30 days ending at a day",
)
def recurring(
    date_to: Day, _: Lead, state: State, offset: Offset = 0, limit: Limit = 200
) -> RecurringPage:
    with state.db.read() as session:
        return lead_report.recurring_page(session, _day(date_to), offset, limit, state.config.zone)


@router.get(
    "/inspections/{inspection_uuid}",
    response_model=InspectionDetail,
    responses=problems(401, 403, 404, 422),
    summary="One inspection as the bench sent it: answers, photos, verdict",
)
def inspection(inspection_uuid: uuid.UUID, _: Lead, state: State) -> InspectionDetail:
    with state.db.read() as session:
        return lead_report.inspection_detail(session, inspection_uuid)


@router.get(
    "/inspections/{inspection_uuid}/photos/{sha256}",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}, "image/png": {}}, "description": "The photo"}}
    | problems(401, 403, 404, 422),
    summary="A photo of that inspection",
)
def inspection_photo(inspection_uuid: uuid.UUID, sha256: Sha, _: Lead, state: State) -> Response:
    with state.db.read() as session:
        lead_report.photo_of(session, inspection_uuid, sha256)
        stored = session.get(Photo, sha256)
    if stored is None:
        raise ProblemError(404, "photo_not_found", "The photo has not reached the server.")
    return Response(state.photos.read(sha256), media_type=stored.content_type)


@router.post(
    "/sessions",
    response_model=LeadSession,
    status_code=201,
    responses=problems(400, 401, 403, 413, 422)
    | {429: problem_schema("Too many wrong PINs (problem+json)")},
    summary="A bench opens a lead session for the lead signing in at it",
)
def sign_in(
    body: LeadSignIn, station: Annotated[Principal, Depends(require("station"))], state: State
) -> LeadSession:
    reject_nul(body.model_dump(), "sign-in")
    opened = lead_auth.sign_in(state, body, station)
    if opened is None:
        raise ProblemError(403, "lead_sign_in_refused", "Badge and PIN do not open a lead session.")
    return opened


@router.delete(
    "/sessions/current",
    status_code=204,
    response_class=Response,
    responses=problems(401, 403),
    summary="End the lead session presented (sign-out at the bench)",
)
def sign_out(
    _: Lead,
    state: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Response:
    if credentials is not None:
        with state.db.write() as session:
            close_session(session, credentials.credentials, dt.datetime.now(dt.UTC))
    return Response(status_code=204)


@router.post(
    "/corrections",
    response_model=CorrectionGrant,
    status_code=201,
    responses=problems(400, 401, 403, 404, 413, 422),
    summary="Authorise a bench to correct the current verdict on a return (once, for a day)",
)
def authorise_correction(
    body: CorrectionRequest, lead: Lead, request: Request, state: State
) -> CorrectionGrant:
    reject_nul(body.model_dump(), "correction")
    actor = Actor.calling(lead, request)
    with state.db.write() as session:
        return corrections.grant(session, body, lead, actor)


AuditKind = Annotated[str | None, Query(max_length=48, pattern=r"^[a-z_]+$")]


@router.get(
    "/audit",
    response_model=AuditPage,
    responses=READ_PROBLEMS,
    summary="The audit log of a date range: who did what, when, where; newest first",
)
def audit_log(
    date_from: Day,
    date_to: Day,
    _: Lead,
    state: State,
    *,
    kind: AuditKind = None,
    offset: Offset = 0,
    limit: Limit = 200,
) -> AuditPage:
    lead_report.check_range(_day(date_from), _day(date_to))
    with state.db.read() as session:
        return audit.audit_page(
            session,
            date_from,
            date_to,
            kind=kind,
            offset=offset,
            limit=limit,
            zone=state.config.zone,
        )


@router.get(
    "/audit/export",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}}, "description": "The events as CSV"}}
    | READ_PROBLEMS,
    summary="The audit log of a date range as CSV (cells a spreadsheet would run are quoted)",
)
def audit_export(
    date_from: Day, date_to: Day, _: Lead, state: State, *, kind: AuditKind = None
) -> StreamingResponse:
    lead_report.check_range(_day(date_from), _day(date_to))

    def pieces() -> Iterator[str]:
        with state.db.read() as session:
            yield from audit.export_csv(session, date_from, date_to, kind, state.config.zone)

    name = f"audit-{date_from.isoformat()}_{date_to.isoformat()}.csv"
    return StreamingResponse(
        pieces(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
