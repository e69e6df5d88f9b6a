"""Plans made from the final verdicts of marketplace returns: one per inspection, once.

A pass (run by the sender before it sends) takes every current final inspection of a return
that came from a Care folder and has no plan yet, and stores its plan in one transaction:
the calls of marketplace/backmarket/actions.py, the customer's decision message the bench
rendered (when the site sends that step; the action carries the decision record's id, so
messages.py never queues the stored copy again, and attaches the photos that record names,
or waits for the record when it has not arrived yet), and whether a lead must approve it first
(ApprovalPolicy, from marketplace.toml). While sending is off (a new install's dry run) the
plan is stored and shown, its actions marked `planned`, and nothing of it is ever sent by
itself. A verdict whose maker the server did not
establish (stored before benches and inspectors were checked against their credentials)
always waits for a lead. Every plan is written to the audit log.

A corrected verdict supersedes the inspection it replaces: what that inspection's plan had
not sent is cancelled, and the correction gets its own plan. What was sent stays sent (a
refund cannot be unsent; the ledger keeps a second one from leaving).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.domain.outbound_texts import as_data, said
from inspector_app.domain.returns import Outcome
from inspector_app.marketplace.backmarket.actions import (
    AWAITING_RECORD,
    ActionKind,
    PlannedAction,
    VerdictFacts,
    plan_for,
)
from inspector_app.marketplace.backmarket.config import BackMarketConfig
from inspector_app.server.audit import record_event
from inspector_app.server.customer_messages import attached_photos
from inspector_app.server.marketplace.outbox import (
    OPEN,
    PLAN_MADE,
    SENDER,
    describe,
    move,
    new_action,
    put,
    refresh_return,
    release,
    sending_enabled,
)
from inspector_app.server.marketplace.tables import Action, Plan
from inspector_app.server.models import Inspection, MarketplaceFolder, ReturnRow
from inspector_app.wire import InspectionPayload, MessageStep, message_id

log = logging.getLogger("inspector_app.server.marketplace")

BATCH = 200
"""Inspections planned per transaction."""
UNESTABLISHED = said("unestablished")


@dataclass(frozen=True, slots=True)
class ApprovalPolicy:
    """Which plans wait for a lead (marketplace.toml, `approve_*`)."""

    refunds_above: Decimal
    partial_refunds: bool
    refusals: bool
    overrides: bool

    @classmethod
    def from_config(cls, config: BackMarketConfig) -> ApprovalPolicy:
        return cls(
            refunds_above=Decimal(str(config["approve_refunds_above"])).quantize(Decimal("0.01")),
            partial_refunds=config["approve_partial_refunds"],
            refusals=config["approve_refusals"],
            overrides=config["approve_overrides"],
        )

    def reasons(
        self,
        outcome: Outcome,
        amount: Decimal | None,
        currency: str,
        proposed: Outcome | None,
        overridden: bool,
    ) -> list[str]:
        """Why a plan waits for a lead (empty: it goes by itself)."""
        out = []
        if amount is not None and amount > self.refunds_above:
            out.append(
                said(
                    "refund_above",
                    amount=f"{amount} {currency}",
                    limit=f"{self.refunds_above} {currency}",
                )
            )
        if outcome is Outcome.PARTIAL_REFUND and self.partial_refunds:
            out.append(said("partial_refund"))
        if outcome is Outcome.REFUSE_SEND_BACK and self.refusals:
            out.append(said("refusal"))
        if overridden and self.overrides:
            overrode = said("overridden")
            proposal = proposed.value.replace("_", " ") if proposed else ""
            out.append(said("proposed", what=overrode, proposed=proposal) if proposal else overrode)
        return out


def plan_new(
    session: Session,
    config: BackMarketConfig,
    now: dt.datetime,
    *,
    message_steps: frozenset[MessageStep] = frozenset(MessageStep),
    limit: int = BATCH,
) -> int:
    """Cancel what superseded verdicts left unsent, then plan up to `limit` new verdicts
    (with the customer's decision message when the site sends that step); returns how many
    plans were made."""
    _cancel_superseded(session, now)
    rows = session.execute(
        select(Inspection, MarketplaceFolder, ReturnRow)
        .join(MarketplaceFolder, MarketplaceFolder.return_id == Inspection.return_id)
        .join(ReturnRow, ReturnRow.id == Inspection.return_id)
        .outerjoin(Plan, Plan.inspection_uuid == Inspection.uuid)
        .where(Plan.id.is_(None), Inspection.superseded_by.is_(None))
        .order_by(Inspection.received_at)
        .limit(limit)
    ).all()
    if not rows:
        return 0
    policy = ApprovalPolicy.from_config(config)
    dry_run = not sending_enabled(session)
    for inspection, folder, ret in rows:
        _plan_one(
            session,
            config,
            policy,
            inspection,
            folder=folder,
            ret=ret,
            dry_run=dry_run,
            message_steps=message_steps,
            now=now,
        )
    return len(rows)


def _plan_one(
    session: Session,
    config: BackMarketConfig,
    policy: ApprovalPolicy,
    inspection: Inspection,
    *,
    folder: MarketplaceFolder,
    ret: ReturnRow,
    dry_run: bool,
    message_steps: frozenset[MessageStep],
    now: dt.datetime,
) -> None:
    payload = InspectionPayload.model_validate_json(inspection.raw)
    verdict = payload.verdict
    currency = str(ret.data.get("currency", verdict.currency))
    facts = VerdictFacts(
        outcome=verdict.outcome,
        folder_id=folder.folder_id,
        price=ret.price,
        currency=currency,
        refund_amount=verdict.refund_amount,
        findings=(*verdict.proposed.rules, *inspection.flags),
        photos=tuple(photo.sha256 for photo in payload.photos),
        sendback_tracking=payload.sendback_tracking or "",
    )
    made = plan_for(
        facts, shipper=config["send_back_carrier"], seller_problem_types=config.problem_types
    )
    amount = next((a.amount for a in made.actions if a.kind is ActionKind.REFUND), None)
    reasons = policy.reasons(
        verdict.outcome, amount, currency, verdict.proposed.outcome, inspection.overridden
    )
    if not inspection.identity_established:
        reasons.insert(0, UNESTABLISHED)
    plan = Plan(
        inspection_uuid=inspection.uuid,
        return_id=inspection.return_id,
        folder_id=folder.folder_id,
        outcome=verdict.outcome.value,
        proposed_outcome=verdict.proposed.outcome.value if verdict.proposed.outcome else None,
        overridden=inspection.overridden,
        inspector=inspection.inspector,
        amount=amount,
        price=ret.price,
        currency=currency,
        approval="waiting" if reasons else "not_needed",
        approval_reasons="; ".join(reasons),
        approval_phrases=_coded(reasons),
        decision_note="",
        dry_run=dry_run,
        notes="\n".join(made.notes),
        note_phrases=_coded(made.notes),
        created_at=now,
    )
    session.add(plan)
    session.flush()
    planned = list(made.actions)
    decision_id = str(message_id(MessageStep.DECISION, inspection.return_id, inspection.uuid))
    if payload.customer_message is not None and MessageStep.DECISION in message_steps:
        message = payload.customer_message
        params: dict[str, Any] = {
            "text": f"{message.subject}\n\n{message.body}",
            "step": "decision",
        }
        photos = attached_photos(session, decision_id)
        params.update({"photos": photos} if photos is not None else {AWAITING_RECORD: True})
        planned.insert(0, PlannedAction(ActionKind.MESSAGE, params))
    actions = []
    for position, item in enumerate(planned):
        action = new_action(
            folder,
            item.kind,
            item.params,
            now,
            plan_id=plan.id,
            position=position,
            amount=item.amount,
            message_id=decision_id if item.kind is ActionKind.MESSAGE else None,
        )
        put(action, *release(session, plan, action))
        session.add(action)
        actions.append(action)
    session.flush()
    record_event(
        session,
        PLAN_MADE,
        SENDER,
        subject=plan.return_id,
        detail=f"plan {plan.id} from inspection {plan.inspection_uuid} by {plan.inspector}: "
        f"{', '.join(describe(a, currency) for a in actions)}; approval {plan.approval}"
        + (f" ({plan.approval_reasons})" if reasons else "")
        + ("; dry run" if dry_run else ""),
        at=now,
    )
    refresh_return(session, plan.return_id)
    log.info(
        "marketplace plan made",
        extra={
            "fields": {
                "return_id": plan.return_id,
                "plan": plan.id,
                "approval": plan.approval,
                "dry_run": dry_run,
            }
        },
    )


def _coded(sentences: list[str]) -> list | None:
    """The sentences by code, to store beside them; None unless every one has its code."""
    coded = [as_data(sentence) for sentence in sentences]
    return coded if all(coded) else None


def _cancel_superseded(session: Session, now: dt.datetime) -> None:
    stale = session.execute(
        select(Plan, Inspection.superseded_by)
        .join(Inspection, Inspection.uuid == Plan.inspection_uuid)
        .where(Plan.cancelled_at.is_(None), Inspection.superseded_by.is_not(None))
    ).all()
    for plan, successor in stale:
        plan.cancelled_at = now
        unsent = session.scalars(
            select(Action).where(Action.plan_id == plan.id, Action.status.in_((*OPEN, "parked")))
        )
        for action in unsent:
            move(
                session,
                action,
                "cancelled",
                said("superseded", inspection=successor),
                now,
            )
        refresh_return(session, plan.return_id)
