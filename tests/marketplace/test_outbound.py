"""Final verdicts become calls on the fake marketplace: each outcome's plan, the approval
policy, the dry run, amounts bounded by the price, 429/403/5xx, and a refusal parked for a
lead with the marketplace's own words. Inspections arrive through the real API; every
request and answer on the marketplace side is validated against Back Market's file."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from backmarket_fake import FakeBackMarket
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from inspector_app.domain.texts import translate
from inspector_app.server import customer_messages
from inspector_app.server.marketplace.tables import RateUsage, RefundClaim
from inspector_app.sync.pull import to_cached
from inspector_app.wire import MessageStep, PhraseOut, ReturnOut
from marketplace.outbound import NEW, World


@pytest.fixture
def world(server, fake, tmp_path):
    made = World(server, fake, tmp_path)
    yield made
    made.close()


def _summary(world: World, return_id: str) -> list[tuple[str, str, str]]:
    return [(a.kind, a.status, str(a.amount or "")) for a in world.actions(return_id)]


# -- each outcome's plan -----------------------------------------------------------------------


def test_a_full_refund_sends_the_message_and_refunds_the_price(world: World, fake):
    world.add(1001)
    world.sending(True)
    world.inspect(1001, "accept_full_refund")
    world.drain()
    assert _summary(world, "BM-1001") == [
        ("message", "confirmed", ""),
        ("refund", "confirmed", "389.00"),
        ("message", "confirmed", ""),  # "refund sent", once the refund was confirmed
    ]
    assert [(r["type"], r["amount"]) for r in fake.refunds] == [(6, Decimal("389.00"))]
    message = fake.posted_messages[0]["message"]
    assert message.startswith("Votre retour 1001\n\nBonjour Camille")
    assert message.endswith(f"Ref. {world.actions('BM-1001')[0].marker}")
    # the bench learns it with the return, and keeps it for the card
    item = _feed_item(world, "BM-1001")
    assert item.marketplace.outbound == "confirmed"
    assert to_cached(item).marketplace == "Refund of 389.00 EUR: confirmed"


def _feed_item(world: World, return_id: str) -> ReturnOut:
    feed = world.server.client.get("/api/v1/returns", headers=world.server.auth()).json()
    return ReturnOut.model_validate(next(i for i in feed["items"] if i["id"] == return_id))


def test_a_folder_closed_on_the_marketplace_shows_on_the_return(world: World, fake):
    world.add(1001)
    fake.modify_folder(1001, state=9)
    world.add()
    item = _feed_item(world, "BM-1001")
    assert item.marketplace.folder_closed and item.marketplace.outbound == "none"
    assert item.marketplace.detail.startswith("Care folder closed on ")
    # by code too, kept in the bench's cache, so a French bench's card reads it in French
    cached = to_cached(item)
    day = item.marketplace.detail.removeprefix("Care folder closed on ")
    french = {"Care folder closed on {day}": "Dossier SAV clos le {day}"}
    phrase = PhraseOut.from_stored(cached.marketplace_phrase).phrase()
    assert translate(phrase, "fr", lambda _c, s: french.get(s, "")) == f"Dossier SAV clos le {day}"


def test_a_partial_refund_waits_for_a_lead_then_refunds_its_amount(world: World, fake):
    world.add(1001)
    world.sending(True)
    world.inspect(1001, "partial_refund", amount="120.50")
    plan = world.plan("BM-1001")
    assert plan.approval == "waiting" and plan.approval_reasons == "partial refund"
    world.send()
    assert _summary(world, "BM-1001") == [
        ("message", "waiting", ""),
        ("refund", "waiting", "120.50"),
    ]
    assert world.posts("refund") == [] and world.posts("message") == []
    answer = world.lead("POST", f"/plans/{plan.id}/approve", json={})
    assert answer.status_code == 200, answer.text
    world.drain()
    assert [(r["type"], r["amount"]) for r in fake.refunds] == [(6, Decimal("120.50"))]
    assert world.line(1001)["state"] == 6


def test_a_refusal_on_a_current_folder_reports_the_problem_with_the_photos(world: World, fake):
    world.add(NEW + 7)
    world.sending(True)
    world.inspect(
        NEW + 7,
        "refuse_send_back",
        photos=3,
        rules=["imei_mismatch"],
        flags=["imei_mismatch"],
        tracking="6A12345678901",
    )
    plan = world.plan(f"BM-{NEW + 7}")
    assert world.lead("POST", f"/plans/{plan.id}/approve", json={}).status_code == 200
    world.drain()
    assert [a.kind for a in world.actions()] == ["message", "problem"]
    assert all(a.status == "confirmed" for a in world.actions())
    [problem] = fake.problems
    assert problem["type"] == "WRONG_ITEM"
    assert problem["files"] == ["photo-1.jpg", "photo-2.jpg", "photo-3.jpg"]
    assert "tracking 6A12345678901" in problem["message"]
    assert "No item transfer" in world.plan(f"BM-{NEW + 7}").notes
    assert fake.item_transfers == []


def test_a_refusal_on_an_older_folder_declares_other_and_transfers_the_item(world: World, fake):
    world.add(1002)
    world.sending(True)
    world.inspect(1002, "refuse_send_back", photos=1, rules=["tampered"], tracking="6A99999999999")
    plan = world.plan("BM-1002")
    world.lead("POST", f"/plans/{plan.id}/approve", json={})
    world.drain()
    assert [(p["type"], p["message"], p["files"]) for p in fake.problems] == [("OTHER", "", [])]
    assert [(t["action"], t["shipper"], t["tracking"]) for t in fake.item_transfers] == [
        ("NOTHING", "Colissimo", "6A99999999999")
    ]
    assert [m["attachments"] for m in fake.posted_messages] == [[]]


@pytest.mark.parametrize("outcome", ["repair", "replace"])
def test_a_repair_or_replacement_transfers_the_item_once_its_tracking_is_known(
    world: World, fake, outcome
):
    world.add(1003)
    world.sending(True)
    world.inspect(1003, outcome)
    world.drain()
    message, transfer = world.actions("BM-1003")
    assert message.status == "confirmed"
    assert transfer.status == "planned"
    assert "tracking number of the parcel going back" in transfer.reason
    answer = world.lead(
        "POST", f"/actions/{transfer.id}/retry", json={"tracking_number": "6a55555555555"}
    )
    assert answer.status_code == 200, answer.text
    world.drain()
    assert [(t["action"], t["tracking"]) for t in fake.item_transfers] == [
        (outcome.upper(), "6A55555555555")
    ]


# -- the approval policy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inspection", "waits"),
    [
        ({"outcome": "accept_full_refund"}, ""),
        ({"outcome": "partial_refund", "amount": "10.00"}, "partial refund"),
        ({"outcome": "refuse_send_back", "tracking": "6A12345678901"}, "refusal"),
        (
            {"outcome": "accept_full_refund", "proposed": "partial_refund"},
            "the inspector overrode the checklist's proposal (proposed: partial refund)",
        ),
        ({"outcome": "repair", "proposed": "repair"}, ""),
    ],
)
def test_the_policy_decides_what_waits_for_a_lead(world: World, inspection, waits):
    world.add(1001, price="200.00")
    world.sending(True)
    world.inspect(1001, **inspection)
    world.send()
    plan = world.plan("BM-1001")
    assert plan.approval_reasons == waits
    assert plan.approval == ("waiting" if waits else "not_needed")


def test_refunds_above_the_set_amount_wait_and_the_rules_can_be_switched_off(
    server, fake, tmp_path
):
    strict = World(server, fake, tmp_path, approve_refunds_above=100.0)
    strict.add(1001, 1002, price="389.00")
    strict.sending(True)
    strict.inspect(1001, "accept_full_refund")
    strict.send()
    assert strict.plan("BM-1001").approval_reasons == "refund of 389.00 EUR above 100.00 EUR"
    strict.close()
    lenient = World(
        server,
        fake,
        tmp_path,
        approve_refunds_above=1000.0,
        approve_partial_refunds=False,
        approve_overrides=False,
    )
    lenient.inspect(1002, "partial_refund", amount="50.00", proposed="accept_full_refund")
    lenient.send()
    assert lenient.plan("BM-1002").approval == "not_needed"
    lenient.close()


def test_a_lead_may_not_approve_their_own_verdict_nor_twice(world: World):
    world.add(1001)
    world.sending(True)
    world.inspect(1001, "partial_refund", amount="10.00")
    world.send()
    plan = world.plan("BM-1001")
    with world.db.write() as session:  # the verdict was the lead's own
        session.execute(
            text("UPDATE marketplace_plans SET inspector = 'lead-0001' WHERE id = :id"),
            {"id": plan.id},
        )
    answer = world.lead("POST", f"/plans/{plan.id}/approve", json={})
    assert answer.status_code == 403 and answer.json()["code"] == "own_verdict"
    with world.db.write() as session:
        session.execute(
            text("UPDATE marketplace_plans SET inspector = 'badge-0042' WHERE id = :id"),
            {"id": plan.id},
        )
    assert world.lead("POST", f"/plans/{plan.id}/approve", json={}).status_code == 200
    again = world.lead("POST", f"/plans/{plan.id}/approve", json={})
    assert again.status_code == 409 and again.json()["code"] == "not_waiting"


def test_a_rejected_plan_sends_nothing_and_says_why(world: World, fake):
    world.add(1001)
    world.sending(True)
    world.inspect(1001, "partial_refund", amount="10.00")
    world.send()
    plan = world.plan("BM-1001")
    short = world.lead("POST", f"/plans/{plan.id}/reject", json={"reason": " "})
    assert short.status_code == 422
    answer = world.lead(
        "POST", f"/plans/{plan.id}/reject", json={"reason": "Screen damage is ours"}
    )
    assert answer.status_code == 200
    assert answer.json()["status"] == "rejected"
    world.drain()
    assert fake.requests and world.posts("refund") == [] and world.posts("message") == []
    assert {a.status for a in world.actions()} == {"rejected"}
    feed = world.server.client.get("/api/v1/returns", headers=world.server.auth()).json()
    card = next(item for item in feed["items"] if item["id"] == "BM-1001")["marketplace"]
    assert card["outbound"] == "rejected"
    assert "Screen damage is ours" in card["detail"]


# -- amounts -------------------------------------------------------------------------------------


def test_an_edited_amount_is_bounded_by_the_price_and_replaces_the_quoted_one(world: World, fake):
    world.add(1001, price="389.00")
    world.sending(True)
    world.inspect(1001, "partial_refund", amount="120.00")
    world.send()
    plan = world.plan("BM-1001")
    above = world.lead("POST", f"/plans/{plan.id}/approve", json={"amount": "389.01"})
    assert above.status_code == 422 and above.json()["code"] == "refund_exceeds_price"
    zero = world.lead("POST", f"/plans/{plan.id}/approve", json={"amount": "0"})
    assert zero.status_code == 422
    answer = world.lead("POST", f"/plans/{plan.id}/approve", json={"amount": "150.00"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["amount"] == "150.00"
    assert "from 120.00 to 150.00" in body["decision_note"]
    message = next(a for a in body["actions"] if a["kind"] == "message")
    assert message["status"] == "cancelled" and "quoted 120.00" in message["reason"]
    world.drain()
    assert [r["amount"] for r in fake.refunds] == [Decimal("150.00")]
    # the customer hears the amount refunded once it is confirmed, not the quoted one
    with world.db.read() as session:
        steps = {m.record.step: m for m in customer_messages.of_return(session, "BM-1001")}
    assert set(steps) == {MessageStep.DECISION, MessageStep.REFUND_SENT}  # the first never sent
    refund_sent = steps[MessageStep.REFUND_SENT]
    assert "150,00" in refund_sent.record.subject
    assert [m["message"].split("\n")[0] for m in fake.posted_messages] == [
        refund_sent.record.subject
    ]
    # the database itself refuses a plan refunding more than the price, or nothing
    for amount in ("389.01", "0"):
        with pytest.raises(DBAPIError), world.db.write() as session:
            session.execute(
                text("UPDATE marketplace_plans SET amount = :amount WHERE id = :id"),
                {"amount": Decimal(amount), "id": plan.id},
            )


def test_the_ledger_refuses_a_second_refund_of_an_orderline(world: World, fake):
    """A corrected verdict refunds again: its refund parks, naming the first one; the
    ledger row itself cannot be removed or changed (the database refuses)."""
    world.add(1001)
    world.sending(True)
    first = world.inspect(1001, "accept_full_refund", message=False)
    world.drain()
    world.inspect(1001, "accept_full_refund", message=False, supersedes=first)
    world.drain()
    refunds = [a for a in world.actions("BM-1001") if a.kind == "refund"]
    assert [a.status for a in refunds] == ["confirmed", "parked"]
    assert f"belongs to action {refunds[0].id}" in refunds[1].reason
    assert len(fake.refunds) == 1 and len(world.posts("refund")) == 1
    with pytest.raises(DBAPIError), world.db.write() as session:
        session.execute(text("DELETE FROM marketplace_refunds"))
    with world.db.read() as session:
        assert session.scalars(select(RefundClaim.action_id)).all() == [refunds[0].id]


# -- the dry run ---------------------------------------------------------------------------------


def test_a_new_install_plans_and_shows_but_sends_nothing(world: World, fake):
    world.add(1001, 1002)
    world.inspect(1001, "accept_full_refund")
    report = world.send()
    assert not report.sending and report.planned == 1
    assert {a.status for a in world.actions()} == {"planned"}
    assert all("Dry run" in a.reason for a in world.actions())
    assert [r for r in fake.requests if r.method == "POST"] == []
    page = world.lead("GET", "/plans", params={"filter": "all"}).json()
    assert page["sending"] is False and page["items"][0]["dry_run"] is True

    world.sending(True)
    world.inspect(1002, "accept_full_refund")
    world.drain()
    assert [a.status for a in world.actions("BM-1001")] == ["planned", "planned"]
    assert [a.status for a in world.actions("BM-1002")] == ["confirmed"] * 3  # + refund sent
    refund = world.actions("BM-1001")[1]
    assert world.lead("POST", f"/actions/{refund.id}/retry", json={}).status_code == 200
    world.drain()
    assert sorted(r["orderline"] for r in fake.refunds) == [
        world.line(1001)["id"],
        world.line(1002)["id"],
    ]


# -- the marketplace's answers -----------------------------------------------------------------


def test_429_holds_the_action_with_a_visible_reason_then_it_goes_once(world: World, fake):
    world.add(1001)
    world.sending(True)
    world.inspect(1001, "accept_full_refund", message=False)
    fake.inject(r"^/ws/sav/refund$", "429")
    report = world.send()
    [refund] = world.actions("BM-1001")
    assert refund.status == "held" and report.held == 1
    assert "Held back by the marketplace's limits until" in refund.reason
    assert refund.next_try_at is not None
    world.drain()
    assert len(fake.refunds) == 1 and len(world.posts("refund")) == 2
    assert world.actions("BM-1001")[0].status == "confirmed"


def test_the_daily_refund_budget_holds_refunds_back_until_it_frees(server, tmp_path, validator):
    """Scaled so that a 'day' passes in seconds: 450 refunds a day (90 % of 500) at most."""
    with FakeBackMarket(validator=validator, scale=2000.0) as fake:
        world = World(server, fake, tmp_path, rate_scale=2000.0)
        world.add(1001)
        world.sending(True)
        with world.db.write() as session:  # the day's budget spent by earlier refunds
            bucket = int(time.time() // (86_400 / 2000 / 1440))
            session.add(RateUsage(name="care_refund", bucket=bucket, count=450))
        world.inspect(1001, "accept_full_refund", message=False)
        world.send()
        [refund] = world.actions("BM-1001")
        assert refund.status == "held"
        assert "a day" in refund.reason
        world.drain()
        assert world.actions("BM-1001")[0].status == "confirmed" and len(fake.refunds) == 1
        world.close()


@pytest.mark.parametrize("kind", ["403_html", "403_bot"])
@pytest.mark.expect_log(
    "inspector_app.server.marketplace",
    r"^Back Market send pass stopped \(challenged\): .*Cloudflare refused",
)
def test_a_cloudflare_challenge_holds_the_action_and_stops_the_pass(world: World, fake, kind):
    world.add(1001, 1002)
    world.sending(True)
    world.inspect(1001, message=False)
    world.inspect(1002, message=False)
    fake.inject(r"^/ws/sav/\d+$", kind)
    report = world.send()
    assert report.stopped_state == "challenged" and "cf-ray" in report.stopped
    first, second = world.actions()
    assert first.status == "held" and "Cloudflare" in first.reason
    assert second.status == "ready"
    assert fake.refunds == []


def test_a_5xx_after_the_refund_is_read_back_not_resent(world: World, fake):
    world.add(1001)
    world.sending(True)
    world.inspect(1001, message=False)
    fake.inject(r"^/ws/sav/refund$", "after:500")
    report = world.send()
    assert report.unknown == 1 and world.actions()[0].status == "unknown"
    world.drain()
    assert world.actions()[0].status == "confirmed"
    assert len(fake.refunds) == 1 and len(world.posts("refund")) == 1


def test_a_5xx_before_anything_happened_is_read_back_then_sent_again(world: World, fake):
    world.add(1001)
    world.sending(True)
    world.inspect(1001, message=False)
    fake.inject(r"^/ws/sav/refund$", "503")
    world.drain()
    assert world.actions()[0].status == "confirmed"
    assert len(fake.refunds) == 1 and len(world.posts("refund")) == 2


def test_a_refusal_is_parked_and_shown_to_a_lead_in_plain_words(world: World, fake):
    world.add(NEW + 1, state=9)  # closed: the marketplace refuses problem reports on it
    world.sending(True)
    world.inspect(NEW + 1, "refuse_send_back", rules=["no_fault_found"], message=False)
    plan = world.plan(f"BM-{NEW + 1}")
    world.lead("POST", f"/plans/{plan.id}/approve", json={})
    world.drain()
    page = world.lead("GET", "/plans", params={"filter": "failed"}).json()
    [shown] = page["items"]
    assert shown["status"] == "failed"
    [action] = shown["actions"]
    assert action["label"] == "failed"
    assert action["reason"].startswith("The marketplace refused it (HTTP 422).")
    assert action["marketplace_said"] == "Cannot declare problem on this Care Folder"
    assert "Cannot declare problem" in shown["status_text"]
    fake.modify_folder(NEW + 1, state=0)
    assert world.lead("POST", f"/actions/{action['id']}/retry", json={}).status_code == 200
    world.drain()
    assert [p["type"] for p in fake.problems] == ["PROBLEM_NOT_IDENTIFIED"]
    assert world.lead("GET", "/plans").json()["total"] == 0


def test_a_cancelled_action_is_never_sent_and_in_flight_ones_cannot_be_cancelled(
    world: World, fake
):
    world.add(1001, 1002)
    world.inspect(1001, message=False)
    world.inspect(1002, message=False)
    world.send()
    one, two = world.actions()
    answer = world.lead("POST", f"/actions/{one.id}/cancel", json={"reason": "Done by hand"})
    assert answer.status_code == 200 and answer.json()["status"] == "cancelled"
    world.sending(True)
    assert world.lead("POST", f"/actions/{two.id}/retry", json={}).status_code == 200
    fake.inject(r"^/ws/sav/refund$", "after:drop")
    world.send()
    assert world.actions()[1].status == "unknown"
    busy = world.lead("POST", f"/actions/{two.id}/cancel", json={"reason": "Stop it"})
    assert busy.status_code == 409 and busy.json()["code"] == "in_flight"
    world.drain()
    assert [r["orderline"] for r in fake.refunds] == [world.line(1002)["id"]]


# -- identity and the audit log ---------------------------------------------------------------


def test_a_verdict_whose_maker_was_not_established_waits_for_a_lead(world: World, fake):
    """Inspections stored before the server checked benches and inspectors against their
    credentials may have been sent in anyone's name: none of their money goes by itself."""
    world.add(1001)
    world.sending(True)
    uuid = world.inspect(1001, "accept_full_refund")
    with world.db.write() as session:  # as the migration leaves inspections stored before
        session.execute(
            text("UPDATE inspections SET identity_established = :no WHERE uuid = :uuid"),
            {"no": False, "uuid": str(uuid)},
        )
    world.drain()
    plan = world.plan("BM-1001")
    assert plan.approval == "waiting"
    assert plan.approval_reasons.startswith("the server did not establish who made this verdict")
    assert [r for r in fake.requests if r.method == "POST"] == []
    assert world.lead("POST", f"/plans/{plan.id}/approve", json={}).status_code == 200
    world.drain()
    assert len(fake.refunds) == 1


def test_every_plan_decision_and_request_is_in_the_audit_log(world: World, fake):
    world.add(1001)
    world.sending(True)
    world.inspect(1001, "partial_refund", amount="120.00")
    world.send()
    plan = world.plan("BM-1001")
    world.lead("POST", f"/plans/{plan.id}/approve", json={"amount": "100.00"})
    world.drain()
    with world.db.read() as session:
        events = session.execute(
            text("SELECT kind, actor, role, detail FROM audit_events ORDER BY id")
        ).all()
    mine = [e for e in events if e.kind.startswith("marketplace")]
    assert [(e.kind, e.actor, e.detail) for e in mine[:1]] == [
        ("marketplace_sending", "admin", "on")
    ]
    assert mine[1].kind == "marketplace_plan" and "Refund of 120.00 EUR" in mine[1].detail
    approved = next(e for e in mine if e.kind == "marketplace_plan_approved")
    assert (approved.actor, approved.role) == ("lead-0001", "lead")
    assert "from 120.00 to 100.00" in approved.detail
    [request] = [e for e in mine if e.kind == "marketplace_request" and "Refund" in e.detail]
    assert request.actor == "marketplace sender" and "Refund of 100.00" in request.detail
    moves = [
        e.detail.split(": ", 1)[1].split(".")[0] for e in mine if e.kind == "marketplace_action"
    ]
    assert "waiting -> cancelled" in moves  # the message that quoted 120.00
    assert "waiting -> ready" in moves and "sent -> confirmed" in moves
    assert [r["amount"] for r in fake.refunds] == [Decimal("100.00")]
