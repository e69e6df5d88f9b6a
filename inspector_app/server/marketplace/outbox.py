"""The durable outbound queue: where every action stands, the moves between states, the
leads' decisions, and each return's standing on the marketplace.

    planned ──(released)──► ready ──claim──► sending ──2xx──► sent ──read back──► confirmed
    waiting ──approve──► ready       ▲            ├─429/limits──► held ──(time)──► (ready)
       └─reject──► rejected          │            ├─4xx──► parked ──retry──► ready
                                     │            └─lost──► unknown ──read back──► confirmed
                                     └────────────────────────────── (not there) ┘

`planned` actions wait for something (the dry run, a tracking number); `waiting` ones for a
lead. A claim moves one action to `sending` in its own committed transaction, with a token
and `attempt_until`, before its request leaves; the answer is recorded only by the holder of
that token. A `sending` action whose time is up lost its sender (a crash, a kill): it becomes
`unknown` and is read back, never resent blindly (server/marketplace/sender.py).

Every move here also refreshes the return's standing (`ReturnRow.marketplace`, served to
benches with the return), so the card of an inspected return shows it.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from inspector_app.domain.outbound_texts import as_data, from_data, said
from inspector_app.marketplace.backmarket.actions import ActionKind, new_marker, still_missing
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.marketplace.message_order import step_of, waits_for
from inspector_app.server.marketplace.tables import Action, Plan, RefundClaim
from inspector_app.server.models import MarketplaceFolder, MarketplaceState, ReturnRow
from inspector_app.server.returns_store import touch
from inspector_app.wire import (
    CountRow,
    MarketplaceActionOut,
    MarketplacePlanOut,
    MarketplacePlanPage,
    OutboundName,
    PhraseOut,
    PlanFilter,
    ReturnMarketplace,
)

SENDING_KEY = "outbound.sending"
"""marketplace_state key: 'on' once an admin turned sending on (new installs: dry run)."""

OPEN = ("planned", "waiting", "ready", "held")
"""States an action may still be cancelled from (nothing has left)."""
IN_FLIGHT = ("sending", "unknown")
DUE = ("ready", "held")

LABELS = {
    "planned": "planned",
    "waiting": "waiting for approval",
    "ready": "planned",
    "held": "planned (held back)",
    "sending": "sending",
    "unknown": "sent (checking)",
    "sent": "sent",
    "confirmed": "confirmed",
    "parked": "failed",
    "rejected": "rejected",
    "cancelled": "cancelled",
}
"""Each state as a lead reads it (the five words of the status line, and the rest)."""

STEP_WORDS = {
    "received": said("step_received"),
    "decision": said("step_decision"),
    "refund_sent": said("step_refund_sent"),
    "sent_back": said("step_sent_back"),
}
"""A customer message's step as a lead reads it."""

SENDER = Actor.system("marketplace sender")
"""Who the audit log names for the queue's own moves (planning, sending, reading back)."""
ACTION_MOVED = "marketplace_action"
"""Audit kind: an action changed state (who, from what to what, why)."""
REQUEST_LEAVING = "marketplace_request"
"""Audit kind: an action was claimed and its request is about to leave."""
PLAN_MADE = "marketplace_plan"
PLAN_APPROVED = "marketplace_plan_approved"
PLAN_REJECTED = "marketplace_plan_rejected"
SENDING_SWITCHED = "marketplace_sending"

DRY_RUN = said("dry_run")
MAX_ATTEMPTS = 5
"""Attempts of unknown outcome after which an action is parked for a lead."""


class OutboxError(Exception):
    """A request on the queue that cannot be done; `status` is the HTTP status it maps to,
    the message says why in plain words."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


# -- the dry-run switch ------------------------------------------------------------------------


def sending_enabled(session: Session) -> bool:
    row = session.get(MarketplaceState, SENDING_KEY)
    return row is not None and row.value == "on"


def set_sending(session: Session, on: bool, by: Actor) -> bool:
    """Turn sending on or off (audited); True when that changed anything."""
    row = session.get(MarketplaceState, SENDING_KEY, with_for_update=True)
    value = "on" if on else "off"
    if row is None:
        session.add(MarketplaceState(key=SENDING_KEY, value=value))
        changed = on
    else:
        changed = row.value != value
        row.value = value
    if changed:
        detail = said("sending_on" if on else "sending_off")
        record_event(session, SENDING_SWITCHED, by, subject="marketplace", detail=detail)
    return changed


# -- new actions -------------------------------------------------------------------------------


def new_action(
    folder: MarketplaceFolder,
    kind: ActionKind,
    params: dict,
    now: dt.datetime,
    *,
    plan_id: int | None = None,
    position: int = 0,
    amount: Decimal | None = None,
    message_id: str | None = None,
) -> Action:
    """An action on `folder`'s return, `planned` until its caller releases it; messages and
    problem reports get the marker the read-back recognises them by."""
    return Action(
        plan_id=plan_id,
        return_id=folder.return_id,
        folder_id=folder.folder_id,
        orderline_id=folder.orderline_id,
        kind=kind.value,
        position=position,
        params=params,
        amount=amount,
        marker=new_marker() if kind in (ActionKind.MESSAGE, ActionKind.PROBLEM) else None,
        message_id=message_id,
        status="planned",
        reason="",
        marketplace_said="",
        attempts=0,
        created_at=now,
        updated_at=now,
    )


# -- statuses ----------------------------------------------------------------------------------


def put(action: Action, status: str, reason: str) -> None:
    """Set a new action's status and reason, with the reason's code when it has one (a lead
    reading another language is shown that); `move` does this and more for the others."""
    action.status = status
    action.reason = reason[:4000]
    action.reason_phrase = as_data(reason)


def reason_of(action: Action) -> str:
    """The action's reason as a Phrase when stored with its code, else its English."""
    return from_data(action.reason_phrase) or action.reason


def approval_reasons(plan: Plan) -> tuple[str, ...]:
    """Why `plan` waits for a lead, each as a Phrase when stored with its code."""
    stored = plan.approval_phrases or []
    rebuilt = tuple(from_data(data) for data in stored)
    if stored and all(rebuilt):
        return tuple(r for r in rebuilt if r)
    return tuple(r for r in plan.approval_reasons.split("; ") if r)


def release(session: Session, plan: Plan | None, action: Action) -> tuple[str, str]:
    """The state an action takes (of `plan`, or of none: a step's customer message) when
    nothing holds it but its plan's dry run or approval, what it still needs, or the
    customer's earlier messages (message_order.py)."""
    missing = still_missing(ActionKind(action.kind), action.params)
    if plan is not None and plan.dry_run:
        return "planned", DRY_RUN
    if plan is not None and plan.approval == "waiting":
        return "waiting", said("waiting_for_lead", reasons=approval_reasons(plan))
    if missing:
        return "planned", said("waiting_for", missing=missing)
    earlier = waits_for(session, action)
    if earlier:
        return "planned", earlier
    return "ready", ""


def move(
    session: Session,
    action: Action,
    status: str,
    reason: str,
    now: dt.datetime,
    *,
    by: Actor = SENDER,
    **fields: object,
) -> None:
    """Put `action` in `status` (with why), set `fields`, and refresh its return's standing;
    a change of state goes to the audit log, naming `by`."""
    if status != action.status:
        record_event(
            session,
            ACTION_MOVED,
            by,
            subject=action.return_id,
            detail=f"action {action.id} ({action.kind}): {action.status} -> {status}. {reason}",
            at=now,
        )
    put(action, status, reason)
    action.updated_at = now
    for name, value in fields.items():
        setattr(action, name, value)
    session.flush()
    refresh_return(session, action.return_id)


def describe(action: Action, currency: str = "") -> str:
    """The action in a few words: 'Refund of 120.50 EUR', 'Problem report WRONG_ITEM, 3
    photos', 'Item transfer REPAIR, Colissimo 6A123...'."""
    params = action.params
    if action.kind == ActionKind.REFUND:
        return said("refund_of", amount=f"{action.amount} {currency}".rstrip())
    if action.kind == ActionKind.ITEM_TRANSFER:
        what = said("item_transfer", action=params.get("action", "NOTHING"))
        where = " ".join(p for p in (params.get("shipper"), params.get("tracking")) if p)
        return said("with_detail", what=what, detail=where) if where else what
    if action.kind == ActionKind.PROBLEM:
        what = said("problem_report", problem_type=params.get("problem_type", "OTHER"))
    else:
        step = STEP_WORDS.get(params.get("step", "decision"), "")
        what = said("message_to_customer", step=step)
    photos = len(params.get("photos", []))
    if photos == 1:
        return said("with_photo", what=what)
    return said("with_photos", what=what, count=str(photos)) if photos else what


def _standing(
    plan: Plan | None, actions: Sequence[Action], messages: Sequence[Action] = ()
) -> tuple[OutboundName, str]:
    """The return's outbound status (the five words, plus rejected) and a line saying it;
    a failed customer message of the return (`messages`, of no plan) counts as failed."""
    if plan is None:
        return "none", ""
    if plan.approval == "rejected":
        return "rejected", said("rejected_by", who=plan.decided_by, why=plan.decision_note)
    return _progress(plan, [a for a in actions if a.status != "cancelled"], messages)


def _progress(
    plan: Plan, live: Sequence[Action], messages: Sequence[Action]
) -> tuple[OutboundName, str]:
    main = next((a for a in live if a.kind != ActionKind.MESSAGE), live[0] if live else None)
    what = describe(main, plan.currency) if main is not None else said("nothing_to_send")
    parked = next((a for a in (*live, *messages) if a.status == "parked"), None)
    if parked is not None:
        failed, why, told = (
            describe(parked, plan.currency),
            reason_of(parked),
            parked.marketplace_said,
        )
        return "failed", (
            said("failed_said", what=failed, why=why, said=told)
            if told
            else said("failed", what=failed, why=why)
        )
    if plan.approval == "waiting":
        return "waiting_for_approval", said(
            "plan_waiting", what=what, reasons=approval_reasons(plan)
        )
    pending = [a for a in live if a.status in (*OPEN, "sending")]
    held = next((a for a in pending if a.status == "held"), None)
    if held is not None:
        return "planned", said("plan_held", what=what, why=reason_of(held))
    if pending:
        return "planned", said("plan_dry_run" if plan.dry_run else "plan_planned", what=what)
    if any(a.status in ("sent", "unknown") for a in live):
        return "sent", said("plan_sent", what=what)
    return ("confirmed", said("plan_confirmed", what=what)) if live else ("none", what)


def return_standing(session: Session, return_id: str) -> dict | None:
    """The return's ReturnMarketplace (as JSON), or None when it is not a marketplace one."""
    folder = session.scalars(
        select(MarketplaceFolder).where(MarketplaceFolder.return_id == return_id).limit(1)
    ).first()
    if folder is None:
        return None
    plan = session.scalars(
        select(Plan)
        .where(Plan.return_id == return_id, Plan.cancelled_at.is_(None))
        .order_by(Plan.id.desc())
        .limit(1)
    ).first()
    actions = _actions_of(session, [plan.id])[plan.id] if plan is not None else []
    messages = _messages_of(session, [return_id])[return_id]
    outbound, detail = _standing(plan, actions, messages)
    if folder.state == 9 and not detail:
        detail = (
            said("folder_closed_on", day=f"{folder.closed_at:%Y-%m-%d}")
            if folder.closed_at
            else said("folder_closed")
        )
    return ReturnMarketplace(
        folder_closed=folder.state == 9,
        closed_at=folder.closed_at,
        outbound=outbound,
        detail=detail[:4000],
        detail_phrase=PhraseOut.of(detail),
    ).model_dump(mode="json")


def refresh_return(session: Session, return_id: str) -> None:
    """Store the return's standing; when it changed, the return moves in the benches' feed."""
    row = session.get(ReturnRow, return_id)
    if row is None:
        return
    standing = return_standing(session, return_id)
    if row.marketplace != standing:
        touch(session, row, marketplace=standing)


# -- leads' decisions --------------------------------------------------------------------------


def _plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id, with_for_update=True)
    if plan is None:
        raise OutboxError(404, "plan_not_found", f"There is no marketplace plan {plan_id}.")
    return plan


def _action(session: Session, action_id: int) -> Action:
    action = session.get(Action, action_id, with_for_update=True)
    if action is None:
        raise OutboxError(404, "action_not_found", f"There is no marketplace action {action_id}.")
    return action


def _check_amount(plan: Plan, amount: Decimal) -> None:
    if plan.amount is None:
        raise OutboxError(422, "no_refund", "This plan refunds nothing: there is no amount.")
    if amount <= 0 or amount > plan.price:
        raise OutboxError(
            422,
            "refund_exceeds_price",
            f"The refund must be more than zero and at most the price paid "
            f"({plan.price} {plan.currency}); {amount} is not.",
        )


def _set_amount(session: Session, plan: Plan, amount: Decimal, by: Actor, now: dt.datetime) -> str:
    """Change the plan's refund; the decision message quoted the old amount, so it is not
    sent (the customer hears the amount when the refund is confirmed). A note for the plan."""
    _check_amount(plan, amount)
    if amount == plan.amount:
        return ""
    before = plan.amount
    plan.amount = amount
    for action in _actions_of(session, [plan.id])[plan.id]:
        if action.kind == ActionKind.REFUND:
            action.amount = amount
            action.params = {**action.params, "full": amount == plan.price}
        elif action.kind == ActionKind.MESSAGE and action.status in OPEN:
            move(
                session,
                action,
                "cancelled",
                said("refund_changed", before=str(before), after=str(amount), who=by.name),
                now,
                by=by,
            )
    return f"Refund changed from {before} to {amount} {plan.currency} by {by.name}."


def approve(
    session: Session,
    plan_id: int,
    by: Actor,
    now: dt.datetime,
    *,
    amount: Decimal | None = None,
    note: str = "",
) -> Plan:
    """A lead approves a waiting plan (another lead than the verdict's inspector), possibly
    with another refund amount (more than zero, at most the price)."""
    plan = _plan(session, plan_id)
    if plan.approval != "waiting":
        raise OutboxError(
            409, "not_waiting", f"This plan is not waiting for approval (it is {plan.approval})."
        )
    if by.name == plan.inspector:
        raise OutboxError(
            403,
            "own_verdict",
            "The person who made the verdict cannot approve it; another lead must.",
        )
    notes = [_set_amount(session, plan, amount, by, now)] if amount is not None else []
    plan.approval = "approved"
    plan.decided_by = by.name
    plan.decided_at = now
    plan.decision_note = " ".join(n for n in (*notes, note.strip()) if n)
    record_event(
        session,
        PLAN_APPROVED,
        by,
        subject=plan.return_id,
        detail=f"plan {plan.id}: {plan.outcome}, refund {plan.amount} {plan.currency}. "
        f"{plan.decision_note}",
        at=now,
    )
    for action in _actions_of(session, [plan.id])[plan.id]:
        if action.status in ("waiting", "planned"):
            status, reason = release(session, plan, action)
            move(session, action, status, reason, now, by=by)
    refresh_return(session, plan.return_id)
    return plan


def reject(session: Session, plan_id: int, by: Actor, reason: str, now: dt.datetime) -> Plan:
    """A lead rejects a waiting plan: none of its actions is sent."""
    plan = _plan(session, plan_id)
    if plan.approval != "waiting":
        raise OutboxError(
            409, "not_waiting", f"This plan is not waiting for approval (it is {plan.approval})."
        )
    plan.approval = "rejected"
    plan.decided_by = by.name
    plan.decided_at = now
    plan.decision_note = reason.strip()
    record_event(
        session,
        PLAN_REJECTED,
        by,
        subject=plan.return_id,
        detail=f"plan {plan.id}: {plan.decision_note}",
        at=now,
    )
    for action in _actions_of(session, [plan.id])[plan.id]:
        if action.status in OPEN:
            move(
                session,
                action,
                "rejected",
                said("rejected_by", who=by.name, why=reason.strip()),
                now,
                by=by,
            )
    refresh_return(session, plan.return_id)
    return plan


def retry(
    session: Session,
    action_id: int,
    by: Actor,
    now: dt.datetime,
    *,
    amount: Decimal | None = None,
    tracking: str | None = None,
) -> Action:
    """Send an action again: a parked one after the lead fixed what the marketplace refused,
    a planned one (a dry run's, or one that waited for a tracking number), a held one now."""
    action = _action(session, action_id)
    if action.status not in ("parked", "planned", "held"):
        raise OutboxError(
            409,
            "not_retryable",
            f"Action {action.id} is {LABELS[action.status]}; only a failed, planned or "
            "held-back action can be sent again.",
        )
    plan = session.get(Plan, action.plan_id) if action.plan_id is not None else None
    if plan is not None and plan.approval in ("waiting", "rejected"):
        raise OutboxError(
            409,
            "plan_not_approved",
            f"Its plan is {LABELS.get(plan.approval, plan.approval)}: approve the plan first.",
        )
    if amount is not None:
        if action.kind != ActionKind.REFUND or plan is None:
            raise OutboxError(422, "no_refund", "Only a refund has an amount.")
        _set_amount(session, plan, amount, by, now)
    if tracking is not None:
        if action.kind != ActionKind.ITEM_TRANSFER:
            raise OutboxError(422, "no_transfer", "Only an item transfer has a tracking number.")
        action.params = {**action.params, "tracking": tracking.strip().upper()}
    missing = still_missing(ActionKind(action.kind), action.params)
    if missing:
        move(session, action, "planned", said("waiting_for", missing=missing), now, by=by)
    else:
        again = said("sent_again_by", who=by.name)
        move(session, action, "ready", again, now, by=by, next_try_at=None)
    return action


def cancel(session: Session, action_id: int, by: Actor, reason: str, now: dt.datetime) -> Action:
    """Give an action up; only while nothing of it has left (or it failed)."""
    action = _action(session, action_id)
    if action.status in IN_FLIGHT:
        raise OutboxError(
            409,
            "in_flight",
            f"Action {action.id} may have reached the marketplace; it is being read back. "
            "Wait for its outcome.",
        )
    if action.status not in (*OPEN, "parked"):
        raise OutboxError(
            409, "not_cancellable", f"Action {action.id} is {LABELS[action.status]} already."
        )
    why = said("cancelled_by", who=by.name, why=reason.strip())
    move(session, action, "cancelled", why, now, by=by)
    return action


# -- the sender's moves ------------------------------------------------------------------------


def due(session: Session, now: dt.datetime, limit: int) -> list[int]:
    """Ids of actions to send now (ready, or held and past their time), oldest first."""
    return list(
        session.scalars(
            select(Action.id)
            .where(
                Action.status.in_(DUE),
                (Action.next_try_at.is_(None)) | (Action.next_try_at <= now),
            )
            .order_by(Action.id)
            .limit(limit)
        )
    )


def to_read_back(session: Session, now: dt.datetime, limit: int) -> list[Action]:
    """Actions whose effect should now be looked for on their folder: unknown ones (after
    their settle time) and sent ones not yet confirmed (once)."""
    return list(
        session.scalars(
            select(Action)
            .where(
                Action.status.in_(("unknown", "sent")),
                Action.next_try_at.is_not(None),
                Action.next_try_at <= now,
            )
            .order_by(Action.folder_id, Action.id)
            .limit(limit)
        )
    )


def reap(session: Session, now: dt.datetime, settle: dt.timedelta) -> int:
    """`sending` actions whose attempt time is up lost their sender: their outcome is
    unknown, to be read back once the marketplace had time to settle."""
    stale = list(
        session.scalars(
            select(Action).where(Action.status == "sending", Action.attempt_until < now)
        )
    )
    for action in stale:
        move(
            session,
            action,
            "unknown",
            said("sender_stopped"),
            now,
            attempt_token=None,
            next_try_at=now + settle,
        )
    return len(stale)


def claim(session: Session, action_id: int, now: dt.datetime, until: dt.datetime) -> Action | None:
    """Take a due action for one attempt (None if another sender took it first)."""
    token = secrets.token_hex(8)
    taken = session.execute(
        update(Action)
        .where(
            Action.id == action_id,
            Action.status.in_(DUE),
            (Action.next_try_at.is_(None)) | (Action.next_try_at <= now),
        )
        .values(
            status="sending",
            attempt_token=token,
            attempt_until=until,
            attempts=Action.attempts + 1,
            updated_at=now,
        )
    ).rowcount
    if not taken:
        return None
    action = session.get(Action, action_id, populate_existing=True)
    if action is not None:
        record_event(
            session,
            REQUEST_LEAVING,
            SENDER,
            subject=action.return_id,
            detail=f"action {action.id} ({describe(action)}), attempt {action.attempts}",
            at=now,
        )
        refresh_return(session, action.return_id)
    return action


def claim_refund(session: Session, action: Action, now: dt.datetime) -> int | None:
    """Write the refund ledger's row for the action's orderline, unless it is written:
    None when this action may refund the orderline, else the id of the action that holds it.
    The ledger's key makes two actions refunding one orderline impossible."""
    assert action.orderline_id is not None
    held = session.get(RefundClaim, action.orderline_id)
    if held is not None:
        return None if held.action_id == action.id else held.action_id
    try:
        with session.begin_nested():
            session.add(
                RefundClaim(orderline_id=action.orderline_id, action_id=action.id, claimed_at=now)
            )
    except IntegrityError:
        held = session.get(RefundClaim, action.orderline_id, populate_existing=True)
        return held.action_id if held is not None else -1
    return None


def settle(
    session: Session,
    action_id: int,
    token: str,
    *,
    status: str,
    reason: str,
    now: dt.datetime,
    **fields: object,
) -> bool:
    """Record an attempt's result, if the attempt is still this sender's (False otherwise:
    it was reaped and its outcome is being read back)."""
    action = session.get(Action, action_id, with_for_update=True)
    if action is None or action.status != "sending" or action.attempt_token != token:
        return False
    move(session, action, status, reason, now, attempt_token=None, attempt_until=None, **fields)
    return True


# -- reading the queue -------------------------------------------------------------------------


def _actions_of(session: Session, plan_ids: Iterable[int]) -> dict[int, list[Action]]:
    ids = list(plan_ids)
    out: dict[int, list[Action]] = {pid: [] for pid in ids}
    if ids:
        for action in session.scalars(
            select(Action).where(Action.plan_id.in_(ids)).order_by(Action.position, Action.id)
        ):
            out[action.plan_id].append(action)  # type: ignore[index]
    return out


def _messages_of(session: Session, return_ids: Iterable[str]) -> dict[str, list[Action]]:
    """The customer messages of no plan (the steps' own) of these returns, oldest first."""
    ids = set(return_ids)
    out: dict[str, list[Action]] = {rid: [] for rid in ids}
    if ids:
        for action in session.scalars(
            select(Action)
            .where(Action.return_id.in_(ids), Action.plan_id.is_(None))
            .order_by(Action.id)
        ):
            out[action.return_id].append(action)
    return out


def _phrases(stored: list | None) -> list[PhraseOut]:
    return [PhraseOut.model_validate(data) for data in stored or []]


def action_out(action: Action, currency: str) -> MarketplaceActionOut:
    summary = describe(action, currency)
    return MarketplaceActionOut(
        id=action.id,
        kind=action.kind,  # type: ignore[arg-type]
        step=step_of(action.kind, action.params),
        status=action.status,  # type: ignore[arg-type]
        label=LABELS[action.status],
        summary=summary,
        summary_phrase=PhraseOut.of(summary),
        reason=action.reason,
        reason_phrase=PhraseOut.of(reason_of(action)),
        marketplace_said=action.marketplace_said,
        amount=action.amount,
        attempts=action.attempts,
        next_try_at=action.next_try_at,
        sent_at=action.sent_at,
        confirmed_at=action.confirmed_at,
        updated_at=action.updated_at,
    )


def action_view(session: Session, action: Action) -> MarketplaceActionOut:
    """action_out with its plan's currency."""
    plan = session.get(Plan, action.plan_id) if action.plan_id is not None else None
    return action_out(action, plan.currency if plan is not None else "")


def plan_out(
    plan: Plan, actions: Sequence[Action], messages: Sequence[Action] = ()
) -> MarketplacePlanOut:
    status, text = _standing(plan, actions, messages)
    return MarketplacePlanOut(
        id=plan.id,
        return_id=plan.return_id,
        folder_id=plan.folder_id,
        inspection=plan.inspection_uuid,  # type: ignore[arg-type]
        inspector=plan.inspector,
        outcome=plan.outcome,  # type: ignore[arg-type]
        proposed_outcome=plan.proposed_outcome,  # type: ignore[arg-type]
        amount=plan.amount,
        price=plan.price,
        currency=plan.currency,
        approval=plan.approval,  # type: ignore[arg-type]
        approval_reasons=[r for r in plan.approval_reasons.split("; ") if r],
        approval_phrases=_phrases(plan.approval_phrases),
        decided_by=plan.decided_by,
        decided_at=plan.decided_at,
        decision_note=plan.decision_note,
        dry_run=plan.dry_run,
        notes=[n for n in plan.notes.splitlines() if n],
        note_phrases=_phrases(plan.note_phrases),
        status=status,
        status_text=text,
        status_phrase=PhraseOut.of(text),
        created_at=plan.created_at,
        actions=[action_out(a, plan.currency) for a in actions],
        messages=[action_out(m, plan.currency) for m in messages[-20:]],
    )


_PARKED = select(Action.plan_id).where(Action.status == "parked")
_PARKED_MESSAGES = select(Action.return_id).where(
    Action.plan_id.is_(None), Action.status == "parked"
)


def _filter(name: PlanFilter) -> ColumnElement[bool] | None:
    """A plan needs a lead when it waits for approval, or when one of its actions, or one
    of its return's customer messages, failed."""
    waiting = Plan.approval == "waiting"
    failed = Plan.id.in_(_PARKED) | Plan.return_id.in_(_PARKED_MESSAGES)
    return {"attention": waiting | failed, "waiting": waiting, "failed": failed}.get(name)


def plan_page(
    session: Session,
    which: PlanFilter,
    offset: int,
    limit: int,
    *,
    return_id: str | None = None,
) -> MarketplacePlanPage:
    """Plans, newest first: those needing a lead (`attention`: waiting or failed), one of
    the two, or all; optionally one return's."""
    where = [Plan.cancelled_at.is_(None)]
    if return_id is not None:
        where.append(Plan.return_id == return_id)
    chosen = _filter(which)
    query = select(Plan).where(*where)
    if chosen is not None:
        query = query.where(chosen)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    plans = list(session.scalars(query.order_by(Plan.id.desc()).offset(offset).limit(limit)))
    actions = _actions_of(session, [p.id for p in plans])
    messages = _messages_of(session, [p.return_id for p in plans])
    counts = [
        CountRow(
            key=name,
            count=session.scalar(
                select(func.count()).select_from(
                    select(Plan).where(*where, _filter(name)).subquery()  # type: ignore[arg-type]
                )
            )
            or 0,
        )
        for name in ("waiting", "failed")
    ]
    return MarketplacePlanPage(
        filter=which,
        total=total,
        offset=offset,
        counts=counts,
        sending=sending_enabled(session),
        items=[plan_out(p, actions[p.id], messages[p.return_id]) for p in plans],
    )


def plan_detail(session: Session, plan_id: int) -> MarketplacePlanOut:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise OutboxError(404, "plan_not_found", f"There is no marketplace plan {plan_id}.")
    messages = _messages_of(session, [plan.return_id])[plan.return_id]
    return plan_out(plan, _actions_of(session, [plan.id])[plan.id], messages)


def outbox_rows(session: Session, *, limit: int = 200) -> list[tuple[Action, str]]:
    """Actions that are not finished, then the latest finished ones (for `outbox`), with
    their plan's currency."""
    rows = session.execute(
        select(Action, Plan.currency)
        .outerjoin(Plan, Plan.id == Action.plan_id)
        .order_by(Action.status.in_(("confirmed", "cancelled", "rejected")), Action.id.desc())
        .limit(limit)
    ).all()
    return [(action, currency or "") for action, currency in rows]
