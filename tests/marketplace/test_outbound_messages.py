"""Customer messages of every step go out through the outbound queue, once each, against the
stateful fake Back Market: a second pass, a restarted sender or two senders at once never
post one twice, a dry run plans without posting, and a step the site does not send is
stored but never queued."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from backmarket_fake import FakeBackMarket
from server.builders import received_message
from server.conftest import ServerUnderTest, build_server

from inspector_app.server import customer_messages
from inspector_app.server.marketplace.outbox import DRY_RUN
from inspector_app.wire import CustomerMessageRecord, MessageStep, message_id
from marketplace.outbound import World

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


def step_record(
    step: MessageStep, return_id: str, inspection: uuid.UUID | None = None
) -> CustomerMessageRecord:
    """A bench's record of `step` (its subject names the step, to find it on the fake)."""
    return received_message(return_id).model_copy(
        update={
            "id": message_id(step, return_id, inspection),
            "step": step,
            "trigger": "finalize",
            "inspection": inspection,
            "subject": f"Your return {return_id}: {step.value}",
        }
    )


def put(server: ServerUnderTest, record: CustomerMessageRecord) -> None:
    answer = server.client.put(
        f"/api/v1/customer-messages/{record.id}",
        content=record.model_dump_json(),
        headers={**server.auth(), "Content-Type": "application/json"},
    )
    assert answer.status_code in (200, 201), answer.text


def posted(fake: FakeBackMarket) -> list[str]:
    """The first line of each message posted on the fake, in order."""
    return [m["message"].split("\n", 1)[0] for m in fake.posted_messages]


def stored(world: World, return_id: str) -> dict[MessageStep, customer_messages.StoredRecord]:
    with world.db.read() as session:
        return {m.record.step: m for m in customer_messages.of_return(session, return_id)}


def _refund_and_send_back(world: World) -> None:
    """A full refund of 1001 (parcel received, decision) and a refusal of 1002 sent back."""
    world.add(1001, 1002)
    put(world.server, step_record(MessageStep.RECEIVED, "BM-1001"))
    refunded = world.inspect(1001, "accept_full_refund")
    put(world.server, step_record(MessageStep.DECISION, "BM-1001", refunded))
    world.inspect(1002, "refuse_send_back", tracking="6A12345678901")
    put(world.server, step_record(MessageStep.SENT_BACK, "BM-1002"))


def test_every_step_goes_once_across_passes_restarts_and_concurrent_senders(
    world: World, fake, tmp_path
):
    world.sending(True)
    _refund_and_send_back(world)
    world.drain()
    messages = stored(world, "BM-1001")
    refund_sent = messages[MessageStep.REFUND_SENT].record
    assert sorted(posted(fake)) == sorted([
        "Your return BM-1001: received",
        "Votre retour 1001",  # the decision, from its plan
        refund_sent.subject,  # fired when the refund was read back confirmed
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
    put(world.server, step_record(MessageStep.RECEIVED, "BM-1001"))  # a replayed scan
    world.send()
    restarted = World(world.server, fake, tmp_path)
    try:
        restarted.send()
    finally:
        restarted.close()
    put(world.server, step_record(MessageStep.RECEIVED, "BM-1003"))
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
    assert posted(fake)[-1] == "Your return BM-1003: received"
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
    assert posted(fake) == ["Your return BM-1001: received"]


@pytest.mark.parametrize("steps", [frozenset({MessageStep.RECEIVED, MessageStep.SENT_BACK})])
def test_a_step_the_site_does_not_send_is_stored_but_never_queued(world: World, fake):
    world.sending(True)
    _refund_and_send_back(world)
    world.drain()
    assert sorted(posted(fake)) == [
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
