"""The photo collector: deletes photos that no inspection references, once they are old.

A bench uploads an inspection's photos just before the inspection itself, so a photo
without an inspection is normal for a few seconds, and for days when the inspection is
parked on the bench waiting for a lead. After `collect_photos_after_days` (30 by default)
such a photo is deleted, in batches. Each batch is one transaction that holds the feed lock,
so that no inspection can be accepted against a photo being deleted (submission takes the
same lock, inspections.py); in it the bytes are deleted first, then the rows of the photos
whose bytes are gone, and it commits. An upload of the same photo racing with the deletion
either finds the row (answers "exists"; the inspection's own check will then ask for the
photo again with 422 `photos_missing`) or stores it anew after the commit: it never leaves
a row without its bytes. A photo the store failed to delete keeps its row and is tried
again at the next run. (If the store's answer is lost, some of a batch may be gone while
their rows stay until the next run; an inspection sent in that window, for a photo nobody
referenced for 30 days, would be accepted without its bytes.)
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, exists, select

from inspector_app.server.db import Database
from inspector_app.server.feed import lock_feed
from inspector_app.server.jobs import Job, JobContext
from inspector_app.server.models import Photo
from inspector_app.server.photo_models import InspectionPhoto
from inspector_app.server.photo_store import PhotoBackend

EVERY = dt.timedelta(hours=1)
BATCH = 200


def collect_unreferenced(
    db: Database, store: PhotoBackend, older_than: dt.datetime, ctx: JobContext | None = None
) -> int:
    """Delete photos stored before `older_than` that no inspection references; how many."""
    deleted = 0
    while ctx is None or not ctx.should_stop():
        with db.write() as session:
            if ctx is not None:
                ctx.fence(session)
            lock_feed(session)
            batch = list(
                session.scalars(
                    select(Photo.sha256)
                    .where(
                        Photo.stored_at < older_than,
                        ~exists().where(InspectionPhoto.sha256 == Photo.sha256),
                    )
                    .order_by(Photo.stored_at)
                    .limit(BATCH)
                )
            )
            if not batch:
                break
            failed = store.delete(batch)
            gone = [sha256 for sha256 in batch if sha256 not in failed]
            session.execute(delete(Photo).where(Photo.sha256.in_(gone)))
        deleted += len(gone)
        if failed:
            raise PhotoCollectionError(f"{deleted} deleted, then the store kept {len(failed)}")
    return deleted


class PhotoCollectionError(RuntimeError):
    """The store refused to delete some photos; they are tried again at the next run."""


def photo_collector_job(db: Database, store: PhotoBackend, after_days: int) -> Job:
    def run(ctx: JobContext) -> str:
        if after_days == 0:
            return "off (RI_SERVER_COLLECT_PHOTOS_AFTER_DAYS=0)"
        older_than = dt.datetime.now(dt.UTC) - dt.timedelta(days=after_days)
        deleted = collect_unreferenced(db, store, older_than, ctx)
        return f"{deleted} unreferenced photos older than {after_days} days deleted"

    return Job("photo-collector", EVERY, run)
