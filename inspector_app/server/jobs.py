"""Jobs that must run once among all server processes and machines, under a database lease.

Every `serve` process (every worker of `serve --workers N`, on every machine) runs a
JobRunner thread. Every `lease_s / 3` it takes or renews, for each registered Job, the job's
lease: one conditional UPDATE of the job's `job_leases` row, on the database's clock. The
process holding a lease runs that job whenever it is due (`every` after the last run's
start, kept in the same row, so the schedule survives restarts and hand-overs) on a thread
of its own, and records each run in `job_runs` (`inspector-server jobs` lists them).

A holder that dies stops renewing; its lease runs out after `lease_s` and the next runner
to try takes it, so a dead holder's job is taken over within `lease_s * 4/3` (40 s with the
default 30 s lease). A stopping server asks its running jobs to stop (`should_stop()`),
waits for them and releases its leases, so another process takes over at once.

A holder frozen for longer than its lease (a paused VM, a starved machine) may wake up
after another took over. `JobContext.fence(session)`, called in the job's own write
transaction, refuses to let such stale work commit (LeaseLostError) and keeps the lease row
locked until that transaction ends, so a takeover cannot slip in between the check and the
commit. A job that writes should fence every transaction; one that calls out (an HTTP API)
should also make those calls idempotent, since its holder can die between the call and the
record of it.

Registering a job: write `def run(ctx: JobContext) -> str` doing one round (it returns a
one-line summary for the run record) and add `Job("my-job", dt.timedelta(minutes=1), run)`
to the list job_catalog.server_jobs builds. docs/deployment.md has the operator's side.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import case, literal_column, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from inspector_app.server.db import Database
from inspector_app.server.job_models import JobLease, JobRun

log = logging.getLogger("inspector_app.server.jobs")

DEFAULT_LEASE_S = 30.0
JOB_NAME = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
MIN_POLL_S = 0.1


class LeaseLostError(Exception):
    """This process no longer holds the job's lease: another took over, or the server stops."""


@dataclass(frozen=True, slots=True)
class Job:
    """A job that runs once at a time across all servers: `run(ctx)` every `every`."""

    name: str
    every: dt.timedelta
    run: Callable[[JobContext], str]

    def __post_init__(self) -> None:
        if not JOB_NAME.match(self.name):
            raise ValueError(f"job name {self.name!r}: lower-case letters, digits and dashes")
        if self.every <= dt.timedelta(0):
            raise ValueError(f"job {self.name}: `every` must be positive")


def db_clock_ms(session: Session) -> ColumnElement[int]:
    """Now, in milliseconds since the epoch, by the database's clock (shared by all servers)."""
    if session.get_bind().dialect.name == "postgresql":
        return literal_column("(extract(epoch from clock_timestamp()) * 1000)::bigint")
    return literal_column("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)")


@dataclass
class JobContext:
    """What a running job gets: its lease's generation, a stop signal, and the fence."""

    job: str
    holder: str
    generation: int
    db: Database
    _stop: threading.Event = field(default_factory=threading.Event)

    def request_stop(self) -> None:
        """Tell the job to stop (the server stops, or the lease was lost)."""
        self._stop.set()

    def should_stop(self) -> bool:
        """True once the server stops or the lease is lost: finish the current step, return."""
        return self._stop.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True if the job should stop (it was woken for that)."""
        return self._stop.wait(seconds)

    def fence(self, session: Session) -> None:
        """Inside the job's write transaction: LeaseLostError unless this process still holds
        the lease; on PostgreSQL the lease row stays locked until the transaction ends."""
        held = session.execute(
            select(JobLease.generation)
            .where(
                JobLease.name == self.job,
                JobLease.holder == self.holder,
                JobLease.generation == self.generation,
                JobLease.expires_ms > db_clock_ms(session),
            )
            .with_for_update()
        ).first()
        if held is None:
            self.request_stop()
            raise LeaseLostError(f"job {self.job}: the lease passed to another holder")


def _insert_missing_leases(session: Session, names: Sequence[str]) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    rows = [{"name": name, "generation": 0, "expires_ms": 0} for name in names]
    session.execute(insert(JobLease).values(rows).on_conflict_do_nothing(index_elements=["name"]))


def take_lease(session: Session, job: str, holder: str, lease_ms: int) -> int | None:
    """Take the lease if it is free or expired, or renew it if `holder` has it: the lease's
    generation (a new one when it changes hands), or None if another holds it."""
    now = db_clock_ms(session)
    return session.execute(
        update(JobLease)
        .where(JobLease.name == job, or_(JobLease.holder == holder, JobLease.expires_ms < now))
        .values(
            generation=case(
                (JobLease.holder == holder, JobLease.generation), else_=JobLease.generation + 1
            ),
            holder=holder,
            expires_ms=now + lease_ms,
        )
        .returning(JobLease.generation)
    ).scalar_one_or_none()


def release_lease(session: Session, job: str, holder: str, generation: int) -> None:
    """Let the lease run out now, so another process takes the job at its next try."""
    session.execute(
        update(JobLease)
        .where(JobLease.name == job, JobLease.holder == holder, JobLease.generation == generation)
        .values(expires_ms=0)
    )


def start_run_if_due(
    session: Session, job: Job, holder: str, generation: int, every_ms: int
) -> int | None:
    """If the job is due and the lease still ours, record a run starting now: its id."""
    now = db_clock_ms(session)
    started = session.execute(
        update(JobLease)
        .where(
            JobLease.name == job.name,
            JobLease.holder == holder,
            JobLease.generation == generation,
            JobLease.expires_ms > now,
            or_(JobLease.last_started_ms.is_(None), JobLease.last_started_ms + every_ms <= now),
        )
        .values(last_started_ms=now)
        .returning(JobLease.last_started_ms)
    ).scalar_one_or_none()
    if started is None:
        return None
    run = JobRun(job=job.name, holder=holder, generation=generation, started_ms=started)
    session.add(run)
    session.flush()
    return run.id


def _finish_run(session: Session, run_id: int, outcome: str, detail: str) -> None:
    session.execute(
        update(JobRun)
        .where(JobRun.id == run_id)
        .values(finished_ms=db_clock_ms(session), outcome=outcome, detail=detail[:2000])
    )


def holder_id() -> str:
    """This process among all servers: host, pid and a random part (pids are reused)."""
    return f"{socket.gethostname()[:150]}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass
class _Running:
    context: JobContext
    thread: threading.Thread


class JobRunner:
    """Runs `jobs` in this process while it holds their leases (see the module docstring).

    `every` overrides a job's interval by name (RI_SERVER_JOB_EVERY, for operators and tests).
    """

    def __init__(
        self,
        db: Database,
        jobs: Sequence[Job],
        *,
        lease_s: float = DEFAULT_LEASE_S,
        every: dict[str, float] | None = None,
    ) -> None:
        names = [job.name for job in jobs]
        if len(set(names)) != len(names):
            raise ValueError(f"two jobs share a name: {sorted(names)}")
        self.db = db
        self.jobs = list(jobs)
        self.lease_ms = int(lease_s * 1000)
        overrides = every or {}
        self.every_ms = {
            job.name: int(overrides.get(job.name, job.every.total_seconds()) * 1000)
            for job in self.jobs
        }
        shortest = min(self.every_ms.values(), default=self.lease_ms) / 1000
        self.poll_s = max(MIN_POLL_S, min(lease_s / 3, shortest))
        self.holder = holder_id()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._running: dict[str, _Running] = {}
        self._generations: dict[str, int] = {}

    def start(self) -> None:
        if not self.jobs or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="job-runner", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 30.0) -> None:
        """Ask running jobs to stop, wait for them (up to `timeout_s`), release the leases."""
        self._stopping.set()
        deadline = time.monotonic() + timeout_s
        if self._thread is not None:
            self._thread.join(max(0.0, deadline - time.monotonic()))
        for running in self._running.values():
            running.context.request_stop()
        for running in self._running.values():
            running.thread.join(max(0.0, deadline - time.monotonic()))
        for name, generation in self._generations.items():
            running = self._running.get(name)
            if running is not None and running.thread.is_alive():
                continue  # still working: its lease runs out on its own
            try:
                with self.db.write() as session:
                    release_lease(session, name, self.holder, generation)
            except SQLAlchemyError as exc:
                log.warning("job lease not released", extra={"fields": _fields(name, exc)})
        self._thread = None

    def _loop(self) -> None:
        try:
            with self.db.write() as session:
                _insert_missing_leases(session, [job.name for job in self.jobs])
        except SQLAlchemyError as exc:
            log.warning("job leases not created", extra={"fields": _fields("*", exc)})
        while not self._stopping.is_set():
            for job in self.jobs:
                if self._stopping.is_set():
                    break
                self._tend(job)
            self._stopping.wait(self.poll_s)

    def _tend(self, job: Job) -> None:
        """Renew or take the job's lease; start a run if it is due and none is running."""
        try:
            with self.db.write() as session:
                generation = take_lease(session, job.name, self.holder, self.lease_ms)
        except SQLAlchemyError as exc:
            log.warning("job lease not renewed", extra={"fields": _fields(job.name, exc)})
            generation = None
        running = self._running.get(job.name)
        busy = running is not None and running.thread.is_alive()
        known = self._generations.get(job.name)
        if generation is None or (known is not None and generation != known):
            if running is not None:  # lost it: the running job must stop (its fence refuses)
                running.context.request_stop()
            self._generations.pop(job.name, None)
            if generation is None or busy:
                return
        self._generations[job.name] = generation
        if busy:
            return
        try:
            with self.db.write() as session:
                run_id = start_run_if_due(
                    session, job, self.holder, generation, self.every_ms[job.name]
                )
        except SQLAlchemyError as exc:
            log.warning("job not started", extra={"fields": _fields(job.name, exc)})
            return
        if run_id is None:
            return
        context = JobContext(job.name, self.holder, generation, self.db)
        thread = threading.Thread(
            target=self._run, args=(job, context, run_id), name=f"job-{job.name}", daemon=True
        )
        self._running[job.name] = _Running(context, thread)
        thread.start()

    def _run(self, job: Job, context: JobContext, run_id: int) -> None:
        started = time.monotonic()
        try:
            detail = job.run(context)
            outcome = "ok"  # a job that stopped early says so in its summary
        except LeaseLostError as exc:
            outcome, detail = "lost", str(exc)
        except Exception as exc:  # a job's failure is recorded and logged; the next run retries
            log.exception("job failed", extra={"fields": {"job": job.name}})
            outcome, detail = "failed", f"{type(exc).__name__}: {exc}"
        fields = {
            "job": job.name,
            "generation": context.generation,
            "outcome": outcome,
            "ms": round((time.monotonic() - started) * 1000, 1),
            "detail": detail[:300],
        }
        log.info("job run", extra={"fields": fields})
        try:
            with self.db.write() as session:
                _finish_run(session, run_id, outcome, detail)
        except SQLAlchemyError as exc:
            log.warning("job run not recorded", extra={"fields": _fields(job.name, exc)})


def job_report(session: Session, runs: int = 5) -> list[tuple[JobLease, list[JobRun]]]:
    """Every job's lease with its `runs` latest runs, newest first (for `inspector-server jobs`)."""
    leases = session.execute(select(JobLease).order_by(JobLease.name)).scalars().all()
    return [
        (
            lease,
            list(
                session.execute(
                    select(JobRun)
                    .where(JobRun.job == lease.name)
                    .order_by(JobRun.started_ms.desc(), JobRun.id.desc())
                    .limit(runs)
                ).scalars()
            ),
        )
        for lease in leases
    ]


def _fields(job: str, exc: Exception) -> dict[str, str]:
    """Log fields for a database failure: its class, never its SQL parameters."""
    return {"job": job, "error": type(exc).__name__}
