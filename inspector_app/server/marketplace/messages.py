"""Customer messages through the outbound queue: every stored message of a step this site
sends (server/customer_messages.py) becomes one message action on its return's Care folder,
sent, read back and shown like any other action.

    queued = queue_messages(session, site, now)   # in the sender's pass, after the read-back

A decision's message goes with its verdict's plan (planner.py), because it must wait for the
same lead's approval, and is cancelled with it when the verdict is rejected, corrected or its
refund edited; the plan's message action carries the decision record's id, so the stored copy
is only marked as taken here, never queued a second time. The other steps state facts (the
parcel arrived, the refund was confirmed, the item travels back) and go as they are.

"Refund sent" is fired here too: each confirmed refund action whose return has no such
message yet gets one (customer_messages.fire_refund_sent), in the pass that confirmed it or,
if that pass died, the next one; only refunds confirmed since the sender first ran with this
feature (`refund_announcements_since`), never older ones.

A decision's plan may be made before the bench's record of it arrives: its message then
waits for the record, which names the photos to attach (`_record_arrived`). Messages leave
in the order the customer reads them (message_order.py): each pass releases those whose
earlier messages left (`release_in_order`).

Exactly once: a record is taken (`mark_queued`, its row locked) in the transaction that
inserts its action, and an action's `message_id` is unique, so a second pass, a restarted
server or another sender process finds it taken, and the database refuses a second action
for one record whatever happens. In a dry run the action is planned and shown, and never
sent by itself: a lead sends it with `retry`, as for a plan's actions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from inspector_app.marketplace.backmarket.actions import AWAITING_RECORD, ActionKind
from inspector_app.messages import MessageCatalog
from inspector_app.server.audit import record_event
from inspector_app.server.config import ServerConfig
from inspector_app.server.customer_messages import fire_refund_sent, mark_queued
from inspector_app.server.marketplace.message_order import IN_ORDER
from inspector_app.server.marketplace.outbox import (
    ACTION_MOVED,
    DRY_RUN,
    SENDER,
    describe,
    move,
    new_action,
    put,
    release,
    sending_enabled,
)
from inspector_app.server.marketplace.tables import Action, Plan, keep_first
from inspector_app.server.message_templates import published_dir
from inspector_app.server.models import CustomerMessageRow, MarketplaceFolder
from inspector_app.wire import CustomerMessageRecord, MessageStep

BATCH = 200
"""Records taken (and refunds announced) per pass at most."""
REFUND_SENT_SINCE = "messages.refund_sent_since"
"""marketplace_state key: since when confirmed refunds fire their "refund sent" message."""


def queue_messages(session: Session, site: ServerConfig, now: dt.datetime) -> int:
    """Fire "refund sent" for newly confirmed refunds, then queue what the site sends, then
    release the messages whose earlier ones left; returns how many message actions were made."""
    _announce_refunds(session, site, now)
    taken_by_plan = exists().where(Action.message_id == CustomerMessageRow.id)
    rows = session.execute(
        select(CustomerMessageRow.id, MarketplaceFolder)
        .join(MarketplaceFolder, MarketplaceFolder.return_id == CustomerMessageRow.return_id)
        .where(
            CustomerMessageRow.send.is_(True),
            CustomerMessageRow.queued_at.is_(None),
            (CustomerMessageRow.step != MessageStep.DECISION.value) | taken_by_plan,
        )
        .order_by(CustomerMessageRow.fired_at, CustomerMessageRow.id)
        .limit(BATCH)
    ).all()
    dry_run = not sending_enabled(session)
    made = 0
    for record_id, folder in rows:
        if not mark_queued(session, record_id, now):
            continue  # another pass took it meanwhile
        row = session.get(CustomerMessageRow, record_id)
        assert row is not None
        record = CustomerMessageRecord.model_validate_json(row.raw)
        photos = [photo.sha256 for photo in record.attachments]
        planned = session.scalars(select(Action).where(Action.message_id == record_id)).first()
        if planned is not None:  # a decision: its plan's message action sends it
            _record_arrived(session, planned, photos, now)
            continue
        action = new_action(
            folder,
            ActionKind.MESSAGE,
            {"text": record.marketplace_text(), "step": record.step.value, "photos": photos},
            now,
            message_id=record_id,
        )
        session.add(action)
        session.flush()
        put(action, *(("planned", DRY_RUN) if dry_run else release(session, None, action)))
        record_event(
            session,
            ACTION_MOVED,
            SENDER,
            subject=action.return_id,
            detail=f"action {action.id} ({describe(action)}) queued: {action.status}"
            + ("; dry run" if dry_run else f". {action.reason}" if action.reason else ""),
            at=now,
        )
        made += 1
    release_in_order(session, now)
    return made


def _record_arrived(session: Session, action: Action, photos: list[str], now: dt.datetime) -> None:
    """The bench's record of a planned decision arrived: its photos join the plan's message
    (unless the message was made with them, or has left or been given up meanwhile)."""
    if not action.params.get(AWAITING_RECORD):
        return
    params = {key: value for key, value in action.params.items() if key != AWAITING_RECORD}
    action.params = {**params, "photos": photos}
    if action.status in ("planned", "waiting"):
        plan = session.get(Plan, action.plan_id) if action.plan_id is not None else None
        status, reason = release(session, plan, action)
        move(session, action, status, reason, now)


def release_in_order(session: Session, now: dt.datetime) -> int:
    """Let go the messages that waited for the customer's earlier ones (message_order.py)
    and whose turn came; returns how many."""
    held = list(
        session.scalars(
            select(Action)
            .where(Action.status == "planned", Action.reason.startswith(IN_ORDER))
            .order_by(Action.id)
        )
    )
    released = 0
    for action in held:
        plan = session.get(Plan, action.plan_id) if action.plan_id is not None else None
        status, reason = release(session, plan, action)
        if (status, reason) != (action.status, action.reason):
            move(session, action, status, reason, now)
            released += status == "ready"
    return released


def _announce_refunds(session: Session, site: ServerConfig, now: dt.datetime) -> None:
    """Fire "refund sent" for each refund confirmed since the feature's start (never for
    those confirmed before it: their customers were told another way, or long ago)."""
    since = refund_announcements_since(session, now)
    announced = (CustomerMessageRow.return_id == Action.return_id) & (
        CustomerMessageRow.step == MessageStep.REFUND_SENT.value
    )
    refunds = list(
        session.scalars(
            select(Action)
            .outerjoin(CustomerMessageRow, announced)
            .where(
                Action.kind == ActionKind.REFUND.value,
                Action.status == "confirmed",
                Action.confirmed_at >= since,
                CustomerMessageRow.id.is_(None),
            )
            .order_by(Action.id)
            .limit(BATCH)
        )
    )
    if not refunds:
        return
    catalog = MessageCatalog.load(published_dir(site))
    for refund in refunds:
        assert refund.amount is not None and refund.confirmed_at is not None
        fire_refund_sent(
            session,
            return_id=refund.return_id,
            amount=refund.amount,
            confirmed_at=refund.confirmed_at,
            catalog=catalog,
            config=site,
        )


def refund_announcements_since(session: Session, now: dt.datetime) -> dt.datetime:
    """When this server started announcing confirmed refunds: set to `now` by the first
    call (the sender's first pass with the feature, before it reads anything back), kept
    ever after, also if the site does not send the step (its records are then stored)."""
    return dt.datetime.fromisoformat(keep_first(session, REFUND_SENT_SINCE, now.isoformat()))
