"""The bench's audit log: one append-only row per act a lead may later ask about.

Sign-ins (by PIN or badge) and the failed and refused ones, sign-outs, discarded drafts,
settings changes, and parked inspections dismissed (or sent after all) are recorded with who
(a badge, or "" when nobody was signed in), when (the station's clock), where (the station's
name) and what. The database refuses to change or delete a row (migration 0004). The failed
sign-ins recorded here are also what the bench's PIN throttle counts
(station.Station.sign_in), so the count survives a restart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select

from inspector_app.storage.db import Database
from inspector_app.storage.models import BenchEventRow

SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
SIGN_IN_THROTTLED = "sign_in_throttled"
SIGN_OUT = "sign_out"
DRAFT_DISCARDED = "draft_discarded"
SETTING_CHANGED = "setting_changed"
INSPECTION_DISMISSED = "inspection_dismissed"
DISMISSAL_WITHDRAWN = "dismissal_withdrawn"

MAX_DETAIL = 4000


@dataclass(frozen=True, slots=True)
class BenchEvent:
    id: int
    at: dt.datetime
    kind: str
    actor: str
    place: str
    subject: str
    detail: str


class BenchEventsRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        kind: str,
        *,
        at: dt.datetime,
        actor: str,
        place: str,
        subject: str = "",
        detail: str = "",
    ) -> None:
        """Append one event (committed durably before this returns)."""
        with self._db.write() as session:
            session.add(
                BenchEventRow(
                    at=at,
                    kind=kind[:48],
                    actor=actor[:200],
                    place=place[:200],
                    subject=subject[:200],
                    detail=detail[:MAX_DETAIL],
                )
            )

    def failures_since(self, badge: str, since: dt.datetime) -> tuple[int, dt.datetime | None]:
        """How many sign-ins of `badge` failed after `since` and after its last successful
        one, and when the first of those failures was."""
        with self._db.read() as session:
            last_success = session.scalar(
                select(func.max(BenchEventRow.id)).where(
                    BenchEventRow.kind == SIGN_IN, BenchEventRow.subject == badge
                )
            )
            count, first = session.execute(
                select(func.count(), func.min(BenchEventRow.at)).where(
                    BenchEventRow.kind == SIGN_IN_FAILED,
                    BenchEventRow.subject == badge,
                    BenchEventRow.at > since,
                    BenchEventRow.id > (last_success or 0),
                )
            ).one()
        return count, first

    def between(
        self, start: dt.datetime, end: dt.datetime, kind: str | None = None
    ) -> Iterator[BenchEvent]:
        """Events at or after `start` and before `end`, oldest first (`kind` only, if given)."""
        query = select(BenchEventRow).where(BenchEventRow.at >= start, BenchEventRow.at < end)
        if kind:
            query = query.where(BenchEventRow.kind == kind)
        with self._db.read() as session:
            rows = list(session.scalars(query.order_by(BenchEventRow.id)))
        for row in rows:
            yield BenchEvent(
                row.id, row.at, row.kind, row.actor, row.place, row.subject, row.detail
            )
