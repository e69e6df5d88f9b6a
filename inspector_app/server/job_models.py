"""Tables of the jobs module (jobs.py): one lease per job, and a record of every run.

Times are milliseconds since the epoch on the database's clock, not the servers': machines
running `serve` may disagree by seconds, and a lease that one of them thinks expired while
another thinks it valid would let a job run twice.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.server.models import Base


class JobLease(Base):
    """Who may run a job now (`holder` until `expires_ms`), and when its last run started.

    `generation` grows by one each time the lease changes hands: it tells a holder's work
    apart from its successor's (jobs.JobContext.fence).
    """

    __tablename__ = "job_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(200))
    generation: Mapped[int] = mapped_column(BigInteger, nullable=False)
    expires_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)
    last_started_ms: Mapped[int | None] = mapped_column(BigInteger)


class JobRun(Base):
    """One run of a job: who ran it, under which lease generation, and how it ended.

    `outcome` (ok, failed, lost) stays empty while it runs, and forever if its holder died
    mid-run.
    """

    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job: Mapped[str] = mapped_column(String(64), nullable=False)
    holder: Mapped[str] = mapped_column(String(200), nullable=False)
    generation: Mapped[int] = mapped_column(BigInteger, nullable=False)
    started_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)
    finished_ms: Mapped[int | None] = mapped_column(BigInteger)
    outcome: Mapped[str | None] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_job_runs_job_started", "job", "started_ms"),)
