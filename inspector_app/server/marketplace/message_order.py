"""The order a customer reads a return's messages in: the parcel was received, then the
decision, then what follows from it (the refund was sent, the item was sent back).

Each message leaves as its own action, and they are made at different moments by different
passes: "parcel received" and "sent back" as soon as their records arrive, the decision with
its verdict's plan, which may wait hours for a lead's approval. Sent in the order they became
ready, a refused customer could read "we have sent your item back" before the refusal that
explains why. So a message action leaves only once every earlier step's message of the same
return has left (sent or confirmed), or will never leave (cancelled); until then it is
`planned`, with a reason beginning with `IN_ORDER` that names what it waits for, shown to
leads like any other reason. Each pass releases those whose turn came
(messages.release_in_order). A lead's retry sends one at once, whatever it waits for.

A decision whose plan a lead rejected holds what follows it: the verdict is wrong, and the
correction's own decision (a new plan) goes first; a lead who keeps the verdict rejected
sends or cancels the follower by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from inspector_app.domain.outbound_texts import said
from inspector_app.marketplace.backmarket.actions import ActionKind
from inspector_app.server.marketplace.tables import Action, Plan
from inspector_app.server.models import CustomerMessageRow, Inspection
from inspector_app.wire import MessageStep, message_id

STEP_RANK: Mapping[MessageStep, int] = {
    MessageStep.RECEIVED: 0,
    MessageStep.DECISION: 1,
    MessageStep.REFUND_SENT: 2,
    MessageStep.SENT_BACK: 2,
}
"""A step's place in what the customer reads; a message waits for every lower rank."""
IN_ORDER = str(said("waits_in_order", what=""))
"""How the reason of a message held back by its order begins (what it waits for follows)."""
LEFT = ("sent", "confirmed", "cancelled")
"""States of an earlier message that let the next one go: it left, or it never will."""


def step_of(kind: str, params: Mapping[str, Any]) -> MessageStep | None:
    """The customer message step an action sends (None when it is no message)."""
    if kind != ActionKind.MESSAGE:
        return None
    return MessageStep(params.get("step", MessageStep.DECISION.value))


def waits_for(session: Session, action: Action) -> str:
    """Why `action` may not leave yet because of the customer's reading order ('' when it
    may): the reason a lead reads, beginning with IN_ORDER."""
    step = step_of(action.kind, action.params)
    if step is None:
        return ""
    rank = STEP_RANK[step]
    if rank > STEP_RANK[MessageStep.RECEIVED]:
        waiting = _received_pending(session, action.return_id)
        if waiting:
            return said("waits_in_order", what=waiting)
    if rank > STEP_RANK[MessageStep.DECISION]:
        waiting = _decision_pending(session, action.return_id)
        if waiting:
            return said("waits_in_order", what=waiting)
    return ""


def _received_pending(session: Session, return_id: str) -> str:
    record = str(message_id(MessageStep.RECEIVED, return_id, None))
    status = session.scalar(select(Action.status).where(Action.message_id == record))
    if status is not None:
        return "" if status in LEFT else said("received_not_sent")
    unqueued = session.scalar(
        select(CustomerMessageRow.id).where(
            CustomerMessageRow.id == record,
            CustomerMessageRow.send.is_(True),
            CustomerMessageRow.queued_at.is_(None),
        )
    )
    return said("received_not_queued") if unqueued else ""


def _decision_pending(session: Session, return_id: str) -> str:
    planned = exists().where(Plan.inspection_uuid == Inspection.uuid)
    unplanned = session.scalar(
        select(Inspection.uuid)
        .where(Inspection.return_id == return_id, Inspection.superseded_by.is_(None), ~planned)
        .limit(1)
    )
    if unplanned is not None:
        return said("decision_not_planned")
    plan = session.scalars(
        select(Plan)
        .where(Plan.return_id == return_id, Plan.cancelled_at.is_(None))
        .order_by(Plan.id.desc())
        .limit(1)
    ).first()
    if plan is None:
        return ""
    status = session.scalar(
        select(Action.status).where(
            Action.plan_id == plan.id, Action.kind == ActionKind.MESSAGE.value
        )
    )
    if status is None or status in LEFT:
        return ""
    if status == "rejected":
        return said("decision_rejected", plan=str(plan.id))
    return said("decision_not_sent", plan=str(plan.id))
