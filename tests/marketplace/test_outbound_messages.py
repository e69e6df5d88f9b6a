"""Customer messages of every step go out through the outbound queue, once each, against the
stateful fake Back Market: a second pass, a restarted sender or two senders at once never
post one twice, a dry run plans without posting, and a step the site does not send is
stored but never queued."""

from __future__ import annotations

import datetime as dt
import io
import random
import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from backmarket_fake import multipart
from PIL import Image
from server.builders import image_bytes, sha
from server.conftest import build_server
from sqlalchemy import select

from inspector_app.marketplace.backmarket.actions import MAX_ATTACHMENT_BYTES, ActionKind
from inspector_app.server import customer_messages
from inspector_app.server.marketplace.message_order import IN_ORDER
from inspector_app.server.marketplace.messages import REFUND_SENT_SINCE
from inspector_app.server.marketplace.outbox import DRY_RUN, new_action
from inspector_app.server.marketplace.tables import Action
from inspector_app.server.models import MarketplaceFolder, MarketplaceState
from inspector_app.wire import MessageStep
from marketplace.outbound import NEW, World

ALL_STEPS = frozenset(MessageStep)


@pytest.fixture
def steps() -> frozenset[MessageStep]:
    return ALL_STEPS


@pytest.fixture
def world(db_url, tmp_path, fake, steps) -> Iterator[World]:
    server = build_server(db_url, tmp_path / "photos", message_steps=steps)  # type: ignore[arg-type]
    with server.client:
        made = World(server, fake, tmp_path)
        yield made
        made.close()
    server.db.close()


def stored(world: World, return_id: str) -> dict[MessageStep, customer_messages.StoredRecord]:
    with world.db.read() as session:
        return {m.record.step: m for m in customer_messages.of_return(session, return_id)}


def _refund_and_send_back(world: World) -> None:
    """A full refund of 1001 (parcel received, decision) and a refusal of 1002 (decision,
    sent back)."""
    world.add(1001, 1002)
    world.message(MessageStep.RECEIVED, "BM-1001")
    world.inspect(1001, "accept_full_refund")
    world.inspect(1002, "refuse_send_back", tracking="6A12345678901")
    world.message(MessageStep.SENT_BACK, "BM-1002")


def test_every_step_goes_once_across_passes_restarts_and_concurrent_senders(
    world: World, fake, tmp_path
):
    world.sending(True)
    _refund_and_send_back(world)
    _approve(world, "BM-1002")  # a refusal waits for a lead, and its "sent back" with it
    world.drain()
    messages = stored(world, "BM-1001")
    refund_sent = messages[MessageStep.REFUND_SENT].record
    assert world.said_on(1001) == [
        "Your return BM-1001: received",
        "Votre retour 1001",
        refund_sent.subject,
    ], "in the order the customer must read them"
    assert sorted(world.posted()) == sorted([
        "Your return BM-1001: received",
        "Votre retour 1001",  # the decision, from its plan
        refund_sent.subject,  # fired when the refund was read back confirmed
        "Votre retour 1002",
        "Your return BM-1002: sent_back",
    ])  # fmt: skip
    assert [(a.kind, a.params.get("step"), a.status) for a in world.actions("BM-1001")] == [
        ("message", "decision", "confirmed"),
        ("refund", None, "confirmed"),
        ("message", "received", "confirmed"),
        ("message", "refund_sent", "confirmed"),
    ]
    assert all(m.queued_at is not None for m in messages.values())
    decision = messages[MessageStep.DECISION].record
    assert world.actions("BM-1001")[0].message_id == str(decision.id)

    count = len(fake.posted_messages)
    world.message(MessageStep.RECEIVED, "BM-1001")  # a replayed scan
    world.send()
    restarted = World(world.server, fake, tmp_path)
    try:
        restarted.send()
    finally:
        restarted.close()
    world.message(MessageStep.RECEIVED, "BM-1003")
    world.add(1003)
    others = [World(world.server, fake, tmp_path) for _ in range(2)]
    try:
        passes = [threading.Thread(target=other.drain) for other in others]
        for thread in passes:
            thread.start()
        for thread in passes:
            thread.join()
    finally:
        for other in others:
            other.close()
    assert len(fake.posted_messages) == count + 1
    assert world.posted()[-1] == "Your return BM-1003: received"
    assert len(world.actions("BM-1003")) == 1


def test_a_dry_run_plans_each_message_and_posts_none(world: World, fake):
    _refund_and_send_back(world)
    first = world.send()
    assert not first.sending and first.messages == 2
    again = world.send()
    assert again.messages == 0
    steps = {a.params.get("step"): a for a in world.actions() if a.kind == "message"}
    assert set(steps) == {"decision", "received", "sent_back"}
    assert {(a.status, a.reason) for a in steps.values()} == {("planned", DRY_RUN)}
    assert [r for r in fake.requests if r.method == "POST"] == []

    world.sending(True)
    world.drain()
    assert fake.posted_messages == [], "planned in a dry run: sent only when a lead says so"
    received = steps["received"]
    assert world.lead("POST", f"/actions/{received.id}/retry", json={}).status_code == 200
    world.drain()
    assert world.posted() == ["Your return BM-1001: received"]


@pytest.mark.parametrize("steps", [frozenset({MessageStep.RECEIVED, MessageStep.SENT_BACK})])
def test_a_step_the_site_does_not_send_is_stored_but_never_queued(world: World, fake):
    world.sending(True)
    _refund_and_send_back(world)
    world.drain()
    assert sorted(world.posted()) == [
        "Your return BM-1001: received",
        "Your return BM-1002: sent_back",
    ]
    assert [(a.kind, a.status) for a in world.actions("BM-1001")] == [
        ("refund", "confirmed"),
        ("message", "confirmed"),
    ]
    messages = stored(world, "BM-1001")
    for step in (MessageStep.DECISION, MessageStep.REFUND_SENT):
        assert not messages[step].send and messages[step].queued_at is None


# -- the order the customer reads them in ---------------------------------------------------


def _approve(world: World, return_id: str) -> None:
    plan = world.plan(return_id)
    assert plan.approval == "waiting"
    answer = world.lead("POST", f"/plans/{plan.id}/approve", json={})
    assert answer.status_code == 200, answer.text


def _message_of(world: World, return_id: str, step: MessageStep) -> Action:
    return next(a for a in world.actions(return_id) if a.params.get("step") == step.value)


def test_sent_back_never_goes_before_a_decision_that_waits_for_a_lead(world: World, fake):
    world.sending(True)
    folder, rma = NEW + 7, f"BM-{NEW + 7}"
    world.add(folder)
    refused = world.inspect(
        folder, "refuse_send_back", photos=1, rules=["imei_mismatch"], tracking="6A12345678901"
    )
    # a bench that worked offline: its records arrive with the verdict, in one round
    world.message(MessageStep.RECEIVED, rma)
    world.message(MessageStep.SENT_BACK, rma, refused)
    world.drain()
    assert world.said_on(folder) == [f"Your return {rma}: received"]
    plan = world.plan(rma)
    sent_back = _message_of(world, rma, MessageStep.SENT_BACK)
    assert (sent_back.status, sent_back.reason) == (
        "planned",
        f"{IN_ORDER}the decision of plan {plan.id}, not sent yet.",
    )

    _approve(world, rma)
    world.drain()
    assert world.said_on(folder) == [
        f"Your return {rma}: received",
        f"Votre retour {folder}",  # the decision, from its plan
        f"Your return {rma}: sent_back",
    ]
    assert {a.params.get("step"): a.status for a in world.actions(rma) if a.kind == "message"} == {
        "received": "confirmed",
        "decision": "confirmed",
        "sent_back": "confirmed",
    }


def test_the_plan_pages_show_the_returns_messages_and_a_failed_one_needs_a_lead(world, fake):
    world.sending(True)
    world.add(1021)
    world.message(MessageStep.RECEIVED, "BM-1021")
    world.inspect(1021, "accept_full_refund")  # needs nobody
    fake.inject(r"^/ws/sav/\d+/msg$", "400")  # the marketplace refuses "parcel received"
    world.drain()
    assert world.said_on(1021) == []
    page = world.lead("GET", "/plans", params={"filter": "failed"}).json()
    [item] = page["items"]
    assert (item["return_id"], item["status"]) == ("BM-1021", "failed")
    assert item["status_text"].startswith("Message to the customer: parcel received failed")
    received, announced = item["messages"]  # the refund went: "refund sent" waits its turn
    assert (received["step"], received["status"], received["label"]) == (
        "received",
        "parked",
        "failed",
    )
    assert (announced["step"], announced["status"]) == ("refund_sent", "planned")
    assert announced["reason"] == f"{IN_ORDER}the parcel-received message, not sent yet."
    decision = next(a for a in item["actions"] if a["kind"] == "message")
    assert (decision["step"], decision["status"]) == ("decision", "planned")
    assert decision["reason"] == f"{IN_ORDER}the parcel-received message, not sent yet."
    assert decision["summary"] == "Message to the customer: the decision"

    answer = world.lead("POST", f"/actions/{received['id']}/retry", json={})
    assert answer.status_code == 200, answer.text
    world.drain()
    refund_sent = stored(world, "BM-1021")[MessageStep.REFUND_SENT].record
    assert world.said_on(1021) == [
        "Your return BM-1021: received",
        "Votre retour 1021",
        refund_sent.subject,
    ]
    [item] = world.lead("GET", "/plans", params={"filter": "all"}).json()["items"]
    assert [(m["step"], m["status"]) for m in item["messages"]] == [
        ("received", "confirmed"),
        ("refund_sent", "confirmed"),
    ]
    assert world.lead("GET", "/plans", params={"filter": "failed"}).json()["items"] == []


def test_a_rejected_decision_holds_sent_back_until_the_corrected_one_goes(world: World, fake):
    world.sending(True)
    folder, rma = NEW + 8, f"BM-{NEW + 8}"
    world.add(folder)
    refused = world.inspect(folder, "refuse_send_back", photos=1, tracking="6A12345678902")
    world.message(MessageStep.SENT_BACK, rma, refused)
    rejected = world.plan(rma)
    answer = world.lead("POST", f"/plans/{rejected.id}/reject", json={"reason": "Wrong item"})
    assert answer.status_code == 200, answer.text
    world.drain()
    assert world.said_on(folder) == []
    held = _message_of(world, rma, MessageStep.SENT_BACK)
    assert f"plan {rejected.id} was rejected" in held.reason

    world.inspect(
        folder, "refuse_send_back", photos=1, tracking="6A12345678902", supersedes=refused
    )
    world.drain()
    assert world.said_on(folder) == [], "the corrected refusal waits for a lead too"
    _approve(world, rma)
    world.drain()
    assert world.said_on(folder) == [f"Votre retour {folder}", f"Your return {rma}: sent_back"]


# -- the decision's photos ------------------------------------------------------------------


def _noisy_jpeg(seed: int) -> bytes:
    """A photo of 5 MB or so: noise compresses badly, as a bench set to a huge resolution."""
    noise = random.Random(seed).randbytes(2000 * 1600 * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (2000, 1600), noise).save(out, "JPEG", quality=98)
    return out.getvalue()


def _files_of_messages(world: World) -> list[list[tuple[str, bytes]]]:
    return [[(name, body) for name, body, _ in multipart(r)[1]] for r in world.posts("message")]


def test_the_decision_attaches_the_photos_its_findings_name_fitted_to_3_mb_once(world, fake):
    world.sending(True)
    folder, rma = NEW + 9, f"BM-{NEW + 9}"
    world.add(folder)
    big, small, other = _noisy_jpeg(9), image_bytes(41), image_bytes(42)
    assert len(big) > MAX_ATTACHMENT_BYTES
    refused = world.inspect(
        folder,
        "refuse_send_back",
        bodies=(other, big, small),
        tracking="6A12345678903",
        record=False,
    )
    _approve(world, rma)  # planned before the bench's record of the message arrived
    world.drain()
    decision = _message_of(world, rma, MessageStep.DECISION)
    assert (decision.status, decision.reason) == (
        "planned",
        "Waiting for the bench's copy of the message, which names the photos to attach.",
    )
    assert world.posts("message") == []

    unknown = "f" * 64  # a record naming a photo the server never received
    world.message(MessageStep.DECISION, rma, refused, photos=[sha(big), sha(small), unknown])
    world.drain()
    world.drain()  # nothing more goes
    [files] = _files_of_messages(world)
    assert [name for name, _ in files] == ["photo-1.jpg", "photo-2.jpg"]
    fitted = Image.open(io.BytesIO(files[0][1]))
    assert len(files[0][1]) <= MAX_ATTACHMENT_BYTES and fitted.format == "JPEG"
    assert files[0][1] != big and fitted.size[0] * 4 == fitted.size[1] * 5, "re-encoded"
    assert files[1][1] == small, "a photo that fits goes as it is"
    decision = _message_of(world, rma, MessageStep.DECISION)
    assert decision.status == "confirmed"
    assert "photo-3.jpg was not attached: the server does not have it." in decision.reason
    [entry] = fake.posted_messages
    assert [a["attachment"].rsplit("/", 1)[1] for a in entry["attachments"]] == [
        "photo-1.jpg",
        "photo-2.jpg",
    ]


def test_a_dry_run_shows_the_decision_with_its_photos_and_sends_it_once_on_a_lead_s_word(
    world: World, fake
):
    world.add(1005)
    bodies = (image_bytes(51), image_bytes(52))
    refunded = world.inspect(1005, "accept_full_refund", bodies=bodies, record=False)
    world.message(MessageStep.DECISION, "BM-1005", refunded, photos=[sha(b) for b in bodies])
    world.send()
    world.send()
    decision = _message_of(world, "BM-1005", MessageStep.DECISION)
    assert (decision.status, decision.reason) == ("planned", DRY_RUN)
    assert decision.params["photos"] == [sha(b) for b in bodies]

    world.sending(True)
    world.drain()
    assert world.posts("message") == []
    answer = world.lead("POST", f"/actions/{decision.id}/retry", json={})
    assert answer.status_code == 200, answer.text
    world.drain()
    world.drain()
    assert _files_of_messages(world) == [[("photo-1.jpg", bodies[0]), ("photo-2.jpg", bodies[1])]]


# -- "refund sent" from the feature's start only ------------------------------------------


def test_refunds_confirmed_before_the_feature_started_are_never_announced(world: World, fake):
    world.add(1011, 1012)
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    with world.db.write() as session:  # the queue as the version before the feature left it
        folder = session.scalars(
            select(MarketplaceFolder).where(MarketplaceFolder.return_id == "BM-1011")
        ).one()
        old = new_action(folder, ActionKind.REFUND, {"full": True}, yesterday, amount=Decimal(389))
        old.status, old.confirmed_at, old.sent_at = "confirmed", yesterday, yesterday
        session.add(old)
    world.sending(True)
    world.inspect(1012, "accept_full_refund", message=False)
    world.drain()
    assert stored(world, "BM-1011") == {}
    assert set(stored(world, "BM-1012")) == {MessageStep.REFUND_SENT}
    assert world.said_on(1011) == []
    assert len(world.said_on(1012)) == 1

    with world.db.read() as session:
        since = session.get(MarketplaceState, REFUND_SENT_SINCE)
        assert since is not None
        started = dt.datetime.fromisoformat(since.value)
    assert yesterday < started < dt.datetime.now(dt.UTC)
    world.drain()
    with world.db.read() as session:
        kept = session.get(MarketplaceState, REFUND_SENT_SINCE)
        assert kept is not None and kept.value == since.value, "set once, by the first pass"
