"""Jobs run once at a time among every process that serves, and pass on when a holder goes.

In-process runners (each its own holder, as separate processes would be) on SQLite and
PostgreSQL show the lease, the schedule and the fence; `serve --workers 3` on PostgreSQL
shows one job run by one worker at a time, and taken over when that worker is SIGKILLed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import signal
import threading
import time
from collections.abc import Callable

import pytest
from live_server import LiveServer
from sqlalchemy import select, update

from inspector_app.server.cli import main
from inspector_app.server.db import Database
from inspector_app.server.job_models import JobLease, JobRun
from inspector_app.server.jobs import (
    Job,
    JobContext,
    JobRunner,
    LeaseLostError,
    take_lease,
)

WAIT_S = 90.0  # how long a test waits for something that must happen (not a speed goal)


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    yield database
    database.close()


def runs_of(db: Database, job: str) -> list[JobRun]:
    with db.read() as session:
        return list(
            session.execute(select(JobRun).where(JobRun.job == job).order_by(JobRun.started_ms))
            .scalars()
            .all()
        )


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.05)


def assert_one_at_a_time(runs: list[JobRun]) -> None:
    """Each run ended before the next one started, whoever ran them."""
    for before, after in itertools.pairwise(runs):
        assert before.finished_ms is not None, before.holder
        assert before.finished_ms <= after.started_ms, (before.holder, after.holder)


def ticking_job(name: str = "tick", every_s: float = 0.2) -> Job:
    def run(ctx: JobContext) -> str:
        time.sleep(0.05)  # long enough for an overlapping run to show in the records
        return "ticked"

    return Job(name, dt.timedelta(seconds=every_s), run)


def test_three_runners_one_job_runs_once_at_a_time_and_passes_on_at_stop(db):
    runners = [JobRunner(db, [ticking_job()], lease_s=3) for _ in range(3)]
    for runner in runners:
        runner.start()
    try:
        wait_until(lambda: len([r for r in runs_of(db, "tick") if r.outcome]) >= 5, "5 runs")
        runs = runs_of(db, "tick")
        assert len({r.holder for r in runs}) == 1  # the holder keeps it while alive
        holder = next(r for r in runners if r.holder == runs[0].holder)
        holder.stop()  # releases the lease: another runner takes over at its next try
        wait_until(
            lambda: any(r.holder != holder.holder and r.outcome for r in runs_of(db, "tick")),
            "a run by another holder",
        )
    finally:
        for runner in runners:
            runner.stop()
    runs = runs_of(db, "tick")
    assert_one_at_a_time(runs)
    assert {r.outcome for r in runs} == {"ok"}
    generations = [r.generation for r in runs]
    assert generations == sorted(generations)
    assert len(set(generations)) == 2  # one hand-over, one new generation


def test_schedule_is_kept_in_the_database_not_restarted_by_a_new_holder(db):
    daily = ticking_job("daily", every_s=86_400)
    first = JobRunner(db, [daily], lease_s=3)
    first.start()
    wait_until(lambda: any(r.outcome for r in runs_of(db, "daily")), "the first run")
    first.stop()
    second = JobRunner(db, [daily], lease_s=3)
    second.start()
    try:
        wait_until(lambda: second.holder in held_by(db, "daily"), "the second holder")
        time.sleep(1.0)  # several of its tries: the job is not due again for a day
    finally:
        second.stop()
    assert len(runs_of(db, "daily")) == 1


def held_by(db: Database, job: str) -> str:
    with db.read() as session:
        return session.get(JobLease, job).holder or ""


def test_fence_refuses_the_work_of_a_holder_whose_lease_was_taken_over(db):
    with db.write() as session:
        session.add(JobLease(name="fenced", holder=None, generation=0, expires_ms=0))
    with db.write() as session:
        old = take_lease(session, "fenced", "old-holder", 60_000)
    stale = JobContext("fenced", "old-holder", old, db)
    with db.write() as session:  # the old holder froze past its lease...
        session.execute(update(JobLease).where(JobLease.name == "fenced").values(expires_ms=0))
    with db.write() as session:  # ...and another process took the job over
        new = take_lease(session, "fenced", "new-holder", 60_000)
    assert new == old + 1
    with pytest.raises(LeaseLostError), db.write() as session:
        stale.fence(session)
    assert stale.should_stop()
    with db.write() as session:
        JobContext("fenced", "new-holder", new, db).fence(session)
    with db.write() as session:  # and the old holder cannot simply renew it either
        assert take_lease(session, "fenced", "old-holder", 60_000) is None


@pytest.mark.expect_log("inspector_app.server.jobs", "^job failed$")
def test_a_failing_job_is_recorded_and_tried_again_at_its_next_time(db, caplog):
    attempts = threading.Semaphore(0)

    def flaky(ctx: JobContext) -> str:
        attempts.release()
        raise RuntimeError("the marketplace answered 503")

    runner = JobRunner(db, [Job("flaky", dt.timedelta(seconds=0.2), flaky)], lease_s=3)
    runner.start()
    try:
        wait_until(lambda: len([r for r in runs_of(db, "flaky") if r.outcome]) >= 2, "2 runs")
    finally:
        runner.stop()
    recorded = [r for r in runs_of(db, "flaky") if r.outcome]
    assert {r.outcome for r in recorded} == {"failed"}
    assert recorded[0].detail == "RuntimeError: the marketplace answered 503"


def test_jobs_command_lists_holders_and_runs(db_url, db, tmp_path, capsys):
    runner = JobRunner(db, [ticking_job("listed", every_s=60)], lease_s=3)
    runner.start()
    try:
        wait_until(lambda: any(r.outcome for r in runs_of(db, "listed")), "a run")
        assert main(["--data-dir", str(tmp_path), "--db", db_url, "jobs"]) == 0
    finally:
        runner.stop()
    out = capsys.readouterr().out
    assert f"listed: held by {runner.holder}" in out
    assert "ok" in out
    assert "ticked" in out


@pytest.mark.postgres
def test_with_three_workers_a_job_runs_once_and_is_taken_over_when_its_holder_is_killed(
    empty_pg_url, tmp_path
):
    server = LiveServer(
        tmp_path / "srv",
        db_url=empty_pg_url,
        serve_args=["--workers", "3"],
        env={"RI_SERVER_JOB_LEASE_S": "2", "RI_SERVER_JOB_EVERY": "retention=0.3"},
    )
    db = Database(empty_pg_url)
    try:
        server.start()
        wait_until(lambda: len([r for r in runs_of(db, "retention") if r.outcome]) >= 5, "5 runs")
        before = runs_of(db, "retention")
        holders = {r.holder for r in before}
        assert len(holders) == 1, holders  # three workers compete; one runs it
        [holder] = holders
        killed_at_ms = time.time() * 1000
        os.kill(int(holder.split(":")[1]), signal.SIGKILL)
        wait_until(
            lambda: any(r.holder != holder and r.outcome for r in runs_of(db, "retention")),
            "a run by another worker",
        )
        server.stop()
    finally:
        server.close()
        db.close()
    db = Database(empty_pg_url)
    runs = runs_of(db, "retention")
    db.close()
    by_dead = [r for r in runs if r.holder == holder]
    after = [r for r in runs if r.holder != holder]
    assert_one_at_a_time([r for r in by_dead if r.finished_ms is not None])
    assert_one_at_a_time(after)
    assert min(r.started_ms for r in after) >= killed_at_ms  # no second runner before the kill
    assert min(r.generation for r in after) > max(r.generation for r in by_dead)
    assert {r.outcome for r in after if r.finished_ms is not None} == {"ok"}
