"""The lead's side of the marketplace's outbound queue: plans made from verdicts, approvals
(with another amount, never above the price) and rejections, and what to do with an action
the marketplace refused (retry it, with a fix, or cancel it). Leads and admins only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy.orm import Session

from inspector_app.server.audit import Actor
from inspector_app.server.deps import AppState, app_state
from inspector_app.server.lead_auth import lead_principal
from inspector_app.server.marketplace import outbox
from inspector_app.server.openapi_docs import problems
from inspector_app.server.problems import ProblemError, reject_nul
from inspector_app.server.tokens import Principal
from inspector_app.wire import (
    MAX_PAGE,
    ActionCancel,
    ActionRetry,
    MarketplaceActionOut,
    MarketplacePlanOut,
    MarketplacePlanPage,
    PlanApproval,
    PlanFilter,
    PlanRejection,
)

router = APIRouter(prefix="/lead/marketplace", tags=["lead", "marketplace"])
Lead = Annotated[Principal, Depends(lead_principal)]
State = Annotated[AppState, Depends(app_state)]
RowId = Annotated[int, Path(ge=1, le=2**63 - 1)]
"""A plan's or an action's id: a database integer, so anything outside is 422, not 500."""
CHANGE_PROBLEMS = problems(401, 403, 404, 409, 422)
T = TypeVar("T")


def _change(state: AppState, change: Callable[[Session, dt.datetime], T]) -> T:
    """Run `change` in a write transaction; queue refusals become problem answers."""
    try:
        with state.db.write() as session:
            return change(session, dt.datetime.now(dt.UTC))
    except outbox.OutboxError as exc:
        raise ProblemError(exc.status, exc.code, str(exc)) from exc


@router.get(
    "/plans",
    response_model=MarketplacePlanPage,
    responses=problems(401, 403, 422),
    summary="Plans made from verdicts: those needing a lead first (waiting or failed)",
)
def plans(
    _: Lead,
    state: State,
    *,
    filter: PlanFilter = "attention",
    return_id: Annotated[str | None, Query(max_length=64)] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200,
) -> MarketplacePlanPage:
    with state.db.read() as session:
        return outbox.plan_page(session, filter, offset, limit, return_id=return_id)


@router.get(
    "/plans/{plan_id}",
    response_model=MarketplacePlanOut,
    responses=problems(401, 403, 404, 422),
    summary="One plan and its actions",
)
def plan(plan_id: RowId, _: Lead, state: State) -> MarketplacePlanOut:
    try:
        with state.db.read() as session:
            return outbox.plan_detail(session, plan_id)
    except outbox.OutboxError as exc:
        raise ProblemError(exc.status, exc.code, str(exc)) from exc


@router.post(
    "/plans/{plan_id}/approve",
    response_model=MarketplacePlanOut,
    responses=CHANGE_PROBLEMS,
    summary="Approve a waiting plan, optionally with another refund (at most the price)",
)
def approve(
    plan_id: RowId, body: PlanApproval, lead: Lead, request: Request, state: State
) -> MarketplacePlanOut:
    reject_nul(body.model_dump(), "approval")

    def change(session: Session, now: dt.datetime) -> MarketplacePlanOut:
        done = outbox.approve(
            session, plan_id, Actor.calling(lead, request), now, amount=body.amount, note=body.note
        )
        return outbox.plan_detail(session, done.id)

    return _change(state, change)


@router.post(
    "/plans/{plan_id}/reject",
    response_model=MarketplacePlanOut,
    responses=CHANGE_PROBLEMS,
    summary="Reject a waiting plan with a reason: nothing of it is sent",
)
def reject(
    plan_id: RowId, body: PlanRejection, lead: Lead, request: Request, state: State
) -> MarketplacePlanOut:
    reject_nul(body.model_dump(), "rejection")

    def change(session: Session, now: dt.datetime) -> MarketplacePlanOut:
        done = outbox.reject(session, plan_id, Actor.calling(lead, request), body.reason, now)
        return outbox.plan_detail(session, done.id)

    return _change(state, change)


@router.post(
    "/actions/{action_id}/retry",
    response_model=MarketplaceActionOut,
    responses=CHANGE_PROBLEMS,
    summary="Send a failed, planned or held action again (a refund's amount, a tracking number)",
)
def retry(
    action_id: RowId, body: ActionRetry, lead: Lead, request: Request, state: State
) -> MarketplaceActionOut:
    reject_nul(body.model_dump(), "retry")

    def change(session: Session, now: dt.datetime) -> MarketplaceActionOut:
        action = outbox.retry(
            session,
            action_id,
            Actor.calling(lead, request),
            now,
            amount=body.amount,
            tracking=body.tracking_number,
        )
        return outbox.action_view(session, action)

    return _change(state, change)


@router.post(
    "/actions/{action_id}/cancel",
    response_model=MarketplaceActionOut,
    responses=CHANGE_PROBLEMS,
    summary="Give an action up, with a reason (only while nothing of it has left)",
)
def cancel(
    action_id: RowId, body: ActionCancel, lead: Lead, request: Request, state: State
) -> MarketplaceActionOut:
    reject_nul(body.model_dump(), "cancellation")

    def change(session: Session, now: dt.datetime) -> MarketplaceActionOut:
        action = outbox.cancel(session, action_id, Actor.calling(lead, request), body.reason, now)
        return outbox.action_view(session, action)

    return _change(state, change)
