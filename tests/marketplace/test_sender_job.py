"""The outbound pass as the job marketplace-sender: servers compete for it, one runs it at a
time, and it sends what is due exactly once; in a dry run it plans and sends nothing."""

from __future__ import annotations

import itertools
import re
import time

import pytest
from sqlalchemy import select

from inspector_app.server.job_models import JobRun
from inspector_app.server.jobs import JobRunner
from inspector_app.server.marketplace.runner import SENDER_JOB, sender_job
from marketplace.outbound import World

WAIT_S = 120.0
EVERY = {SENDER_JOB: 0.3}


@pytest.fixture
def world(server, fake, tmp_path):
    made = World(server, fake, tmp_path)
    yield made
    made.close()


def _runs(world: World) -> list[JobRun]:
    with world.db.read() as session:
        query = select(JobRun).where(JobRun.job == SENDER_JOB).order_by(JobRun.started_ms)
        return list(session.scalars(query))


def _run_until(world: World, runners: list[JobRunner], done, what: str) -> None:
    for runner in runners:
        runner.start()
    try:
        deadline = time.monotonic() + WAIT_S
        while not done():
            assert time.monotonic() < deadline, f"still waiting for {what}"
            time.sleep(0.2)
    finally:
        for runner in runners:
            runner.stop()


def test_two_servers_compete_for_the_sender_and_each_action_goes_once(world: World, fake):
    world.add(1001, 1002)
    world.inspect(1001, "accept_full_refund")
    world.inspect(1002, "accept_full_refund")
    world.sending(True)
    job = sender_job(world.db, world.config, world.photos, world.server.config)
    runners = [JobRunner(world.db, [job], lease_s=3, every=EVERY) for _ in range(2)]
    _run_until(
        world,
        runners,
        lambda: len(world.actions()) == 6 and {a.status for a in world.actions()} == {"confirmed"},
        "six confirmed actions (two messages, two refunds, two 'refund sent' messages)",
    )
    assert sorted(r["orderline"] for r in fake.refunds) == sorted(
        [world.line(1001)["id"], world.line(1002)["id"]]
    )
    assert len(fake.posted_messages) == 4
    runs = _runs(world)
    assert {r.outcome for r in runs} == {"ok"}
    for before, after in itertools.pairwise(runs):  # one pass at a time, whoever ran it
        assert before.finished_ms is not None and before.finished_ms <= after.started_ms
    assert any(re.search(r"^sending: .*, [1-9]\d* sent,", r.detail) for r in runs), [
        r.detail for r in runs
    ]


def test_in_a_dry_run_the_job_plans_and_sends_nothing(world: World, fake):
    world.add(1001)
    world.inspect(1001, "accept_full_refund")
    job = sender_job(world.db, world.config, world.photos, world.server.config)
    runner = JobRunner(world.db, [job], lease_s=3, every=EVERY)
    _run_until(world, [runner], lambda: bool(world.actions("BM-1001")), "a plan")
    assert {a.status for a in world.actions("BM-1001")} == {"planned"}
    assert [r for r in fake.requests if r.method == "POST"] == []
    assert _runs(world)[0].detail.startswith("dry run: 1 verdicts planned, 0 sent")
