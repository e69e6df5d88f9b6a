"""The retention job: drop the server's own bookkeeping rows once they have served.

Run records (job_runs) are kept RUN_RECORD_DAYS, long enough to see what a job did over the
last weeks. Inspections, returns and photos are not touched here (photos no inspection
references are the photo collector's, in photo_collection.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete

from inspector_app.server.db import Database
from inspector_app.server.job_models import JobRun
from inspector_app.server.jobs import Job, JobContext, db_clock_ms

RUN_RECORD_DAYS = 90
EVERY = dt.timedelta(hours=6)
DAY_MS = 86_400_000


def retention_job(db: Database) -> Job:
    def run(ctx: JobContext) -> str:
        with db.write() as session:
            ctx.fence(session)
            cutoff = db_clock_ms(session) - RUN_RECORD_DAYS * DAY_MS
            dropped = session.execute(delete(JobRun).where(JobRun.started_ms < cutoff)).rowcount
        return f"{dropped} run records older than {RUN_RECORD_DAYS} days dropped"

    return Job("retention", EVERY, run)
