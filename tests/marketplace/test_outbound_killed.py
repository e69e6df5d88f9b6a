"""The sender process SIGKILLed at random moments, at least 50 times, while it sends 200
planned actions to the fake marketplace with timeouts after the effect, cut connections and
5xx injected, then left to finish: the fake's own records show every action done exactly
once (each refunded orderline refunded once, each message and problem report posted once),
none lost.

Each sender life is a forked child running `inspector-server marketplace send` (the parent
has imported everything, so a life starts in milliseconds), killed a random 0-1.2 s after
its first request reached the fake. The fake answers every request 80 ms late (after it took
effect), which widens the two moments that matter: between the claim that marks an action
`sending` and its request (a refund reads its folder first), and after the marketplace acted
but before the answer is recorded. After each kill the test sorts the actions it left in
`sending` into those two moments by what the fake shows, and goes on until both were struck.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from backmarket_fake import FakeBackMarket
from server.builders import image_bytes, sha
from sqlalchemy import select

from inspector_app.marketplace.backmarket.actions import conversation
from inspector_app.server import cli
from inspector_app.server.marketplace.tables import Action
from inspector_app.wire import MessageStep
from marketplace.conftest import SCALE
from marketplace.outbound import NEW, World

LIVES = 50
MAX_LIVES = 4 * LIVES
TIMEOUT_S = 2.0

SETTINGS = {
    "send_back_carrier": "Colissimo",
    "settle_s": 5.0,
    "send_interval_s": 2.0,
    "timeout_s": TIMEOUT_S,
    "approve_refunds_above": 100_000.0,
    "approve_partial_refunds": False,
    "approve_refusals": False,
    "approve_overrides": False,
}

FAULTS = (
    (r"^/ws/sav/refund$", f"after:slow:{TIMEOUT_S * 2}"),  # the refund made, the answer late
    (r"^/ws/sav/refund$", "after:drop"),  # made, then the connection cut
    (r"^/ws/sav/refund$", "after:500"),
    (r"^/ws/sav/refund$", "503"),  # nothing made
    (r"^/ws/sav/\d+/msg$", "after:drop"),
    (r"^/ws/sav/\d+/msg$", f"after:slow:{TIMEOUT_S * 2}"),
    (r"^/ws/sav/\d+/problem$", "after:drop"),
    (r"^/ws/sav/\d+/item-transfer$", "after:drop"),
    (r"^/ws/sav/\d+$", "drop"),  # a read (before a refund, or a read-back) cut
)


def _toml(world: World) -> str:
    lines = [
        "[backmarket]",
        f'base_url = "{world.fake.url}"',
        'company = "Acme Refurb"',
        'contact_email = "it@acme.example"',
        f"rate_scale = {SCALE}",
    ]
    for key, value in SETTINGS.items():
        lines.append(f"{key} = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def _send_forever(data_dir: Path, db_url: str, token: str) -> None:
    """A sender life: `inspector-server marketplace send` until killed."""
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (the life ends by a kill)
    os.environ["RI_BACKMARKET_TOKEN"] = token
    os._exit(cli.main(["--data-dir", str(data_dir), "--db", db_url, "marketplace", "send"]))


def _plan_200(world: World) -> None:
    """200 actions, none waiting for a lead: 50 full refunds and 20 partial ones, 15 refusals
    on current folders (a problem report with a photo) and 15 repairs on older folders (an
    item transfer), each with the bench's message (a refusal's attaching its photo, its
    "sent back" queued by the sender's passes, after it)."""
    full, partial = range(1001, 1051), range(2001, 2021)
    refused, repaired = range(NEW + 1, NEW + 16), range(3001, 3016)
    world.add(*full, *partial, *refused, *repaired)
    for folder in full:
        world.inspect(folder, "accept_full_refund")
    for folder in partial:
        world.inspect(folder, "partial_refund", amount=f"{folder - 1900}.50")
    for folder in refused:
        inspection = world.inspect(
            folder,
            "refuse_send_back",
            photos=1,
            rules=["imei_mismatch"],
            tracking=f"6A{folder:011d}",
            record=False,
        )
        # the bench's records: the decision names its photo; "sent back" must follow it
        evidence = [sha(image_bytes(folder % 97))]
        world.message(MessageStep.DECISION, f"BM-{folder}", inspection, photos=evidence)
        world.message(MessageStep.SENT_BACK, f"BM-{folder}", inspection)
    for folder in repaired:
        world.inspect(folder, "repair", tracking=f"6R{folder:011d}")
    world.plan("BM-1001")  # plans every verdict
    assert len(world.actions()) == 200


def _effect_seen(fake: FakeBackMarket, action: Action) -> bool:
    """Whether the fake has done what `action` asks (by its own records)."""
    if action.kind == "refund":
        return any(r["orderline"] == action.orderline_id for r in fake.refunds)
    if action.kind == "item_transfer":
        return any(t["tracking"] == action.params["tracking"] for t in fake.item_transfers)
    folder = fake.folders[action.folder_id]
    return any(action.marker in text for text in conversation(folder))


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_sender_killed_fifty_times_sends_every_action_exactly_once(
    server, fake: FakeBackMarket, tmp_path: Path
):
    world = World(server, fake, tmp_path, **SETTINGS)
    (tmp_path / "marketplace.toml").write_text(_toml(world))
    world.sending(True)
    _plan_200(world)
    fake.latency = 0.08
    forked = multiprocessing.get_context("fork")
    rng = random.Random(20261202)
    killed = lives = 0
    struck: Counter[str] = Counter()
    counted: set[tuple[int, str | None]] = set()
    while (killed < LIVES or min(struck["before"], struck["after"]) < 1) and lives < MAX_LIVES:
        lives += 1
        if rng.random() < 0.5:
            fake.inject(*rng.choice(FAULTS))
        seen = len(fake.requests)
        child = forked.Process(
            target=_send_forever, args=(tmp_path, server.config.db_url, fake.token)
        )
        child.start()
        deadline = time.monotonic() + 3  # a life with nothing due makes no request
        while len(fake.requests) == seen and child.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        child.join(rng.uniform(0.0, 1.2))
        child.kill()  # SIGKILL
        child.join()
        assert child.exitcode == -signal.SIGKILL, f"the sender exited by itself ({child.exitcode})"
        with world.db.read() as session:
            in_flight = list(session.scalars(select(Action).where(Action.status == "sending")))
            left = session.scalar(
                select(Action.id).where(Action.status.not_in(("confirmed", "parked")))
            )
        for action in in_flight:
            if (action.id, action.attempt_token) not in counted:  # left by an earlier life
                counted.add((action.id, action.attempt_token))
                struck["after" if _effect_seen(fake, action) else "before"] += 1
        if left is None:
            break
        killed += 1
    print(f"{lives} lives, {killed} killed with work left; kills in flight: {dict(struck)}")
    assert killed >= LIVES, f"the queue drained after {killed} kills"
    assert struck["before"] >= 1 and struck["after"] >= 1, struck

    fake.latency = 0.0
    world.drain(passes=60)
    actions = world.actions()
    # the 200 planned, the "refund sent" of each of the 70 refunds, 15 refusals' "sent back"
    assert Counter(a.status for a in actions) == {"confirmed": 285}, [
        (a.id, a.kind, a.status, a.reason) for a in actions if a.status != "confirmed"
    ]

    # The fake's own records: every action's effect once, nothing else.
    refunds = [a for a in actions if a.kind == "refund"]
    assert Counter(r["orderline"] for r in fake.refunds) == Counter(a.orderline_id for a in refunds)
    amounts = {r["orderline"]: r["amount"] for r in fake.refunds}
    assert all(amounts[a.orderline_id] == a.amount for a in refunds)
    posts = [entry["message"] for entry in fake.posted_messages] + [
        p["message"] for p in fake.problems
    ]
    marked = [a for a in actions if a.kind in ("message", "problem")]
    assert len(posts) == len(marked) == 115 + 70 + 15
    for action in marked:
        assert sum(action.marker in text for text in posts) == 1, action.id
    for folder in range(NEW + 1, NEW + 16):  # the decision, with its photo, then "sent back"
        assert world.said_on(folder) == [
            f"Votre retour {folder}",
            f"Your return BM-{folder}: sent_back",
        ]
        decision = next(
            entry for entry in fake.folders[folder]["messages"]
            if entry["message"].startswith("Votre retour")
        )  # fmt: skip
        assert len(decision["attachments"]) == 1
    assert sorted(t["tracking"] for t in fake.item_transfers) == sorted(
        a.params["tracking"] for a in actions if a.kind == "item_transfer"
    )
    world.close()
