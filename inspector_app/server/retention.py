"""The retention job: drop the server's own bookkeeping once it has served.

Run records (job_runs) are kept RUN_RECORD_DAYS, long enough to see what a job did over the
last weeks; upload counters (photo_upload_quota) a day, since only the current hour counts;
spool files older than a day were left by a crash (an upload takes seconds). Inspections,
returns and photos are not touched here: photos no inspection references are the photo
collector's (photo_collection.py).
"""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import delete

from inspector_app.server.db import Database
from inspector_app.server.job_models import JobRun
from inspector_app.server.jobs import Job, JobContext, db_clock_ms
from inspector_app.server.photo_models import PhotoUploadQuota
from inspector_app.server.photo_store import PhotoBackend, stale_spool_files

RUN_RECORD_DAYS = 90
QUOTA_HOURS = 24
SPOOL_LEFTOVER_S = 86_400
EVERY = dt.timedelta(hours=6)
DAY_MS = 86_400_000


def retention_job(db: Database, store: PhotoBackend) -> Job:
    def run(ctx: JobContext) -> str:
        with db.write() as session:
            ctx.fence(session)
            cutoff = db_clock_ms(session) - RUN_RECORD_DAYS * DAY_MS
            runs = session.execute(delete(JobRun).where(JobRun.started_ms < cutoff)).rowcount
            hour = int(time.time() // 3600)
            counters = session.execute(
                delete(PhotoUploadQuota).where(PhotoUploadQuota.hour < hour - QUOTA_HOURS)
            ).rowcount
        leftovers = stale_spool_files(store.spool_dir, SPOOL_LEFTOVER_S, time.time())
        for path in leftovers:
            path.unlink(missing_ok=True)
        return (
            f"dropped {runs} run records, {counters} upload counters, "
            f"{len(leftovers)} leftover spool files"
        )

    return Job("retention", EVERY, run)
