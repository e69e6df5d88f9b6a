"""The bench's audit log: one append-only row per act a lead may later ask about.

Sign-ins (by PIN or badge) and the failed and refused ones, sign-outs, discarded drafts,
settings changes, parked inspections dismissed (or sent after all, or replaced by a
correction), corrections a lead authorised and parcels received
(the scan page's receiving mode) are recorded with who
(a badge, or "" when nobody was signed in), when (the station's clock), where (the station's
name) and what. The database refuses to change or delete a row (migration 0004). The failed
sign-ins recorded here are also what the bench's PIN throttle counts
(station.Station.sign_in), so the count survives a restart.

The sync uploads the log to the server (sync/events.py). Each event carries a UUID made
when it is recorded, and the server stores each once; since rows cannot be marked, what has
been uploaded is one cursor, the highest row id the server acknowledged (`unsent`,
`mark_sent_through`). Row ids grow in commit order (SQLite writes one transaction at a time
and no row is ever deleted), so no event can appear behind the cursor. A crash between the
server's answer and the cursor's write sends the batch again: the server counts it replayed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select

from inspector_app.domain.outbound_texts import as_data
from inspector_app.storage.db import Database
from inspector_app.storage.models import BenchEventRow, SyncStateRow
from inspector_app.storage.sync_state import put

SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
SIGN_IN_THROTTLED = "sign_in_throttled"
SIGN_OUT = "sign_out"
DRAFT_DISCARDED = "draft_discarded"
SETTING_CHANGED = "setting_changed"
INSPECTION_DISMISSED = "inspection_dismissed"
DISMISSAL_WITHDRAWN = "dismissal_withdrawn"
PARCEL_RECEIVED = "parcel_received"
CORRECTION_AUTHORISED = "correction_authorised"
INSPECTION_REPLACED = "inspection_replaced"
INSPECTIONS_EXPORTED = "inspections_exported"
PERSON_ADDED = "person_added"
PIN_RESET = "pin_reset"
PERSON_DEACTIVATED = "person_deactivated"

MAX_DETAIL = 4000

_EARLIER_EVENTS = uuid.uuid5(uuid.NAMESPACE_URL, "return-inspector:bench-event")
"""Namespace of the ids derived for events recorded before events had one (see _event)."""

_SENT_THROUGH = "bench_events.sent_through"
_ATTEMPTS = "bench_events.upload_attempts"
_NEXT_ATTEMPT = "bench_events.next_upload_at"
_LAST_ERROR = "bench_events.last_upload_error"


@dataclass(frozen=True, slots=True)
class BenchEvent:
    id: int
    at: dt.datetime
    kind: str
    actor: str
    place: str
    subject: str
    detail: str
    event_id: str = ""
    detail_phrase: dict | None = None
    """The detail by code, when it is a coded phrase (domain/audit_texts.py)."""


@dataclass(frozen=True, slots=True)
class UploadState:
    """Where the upload of the log stands: events after `sent_through` are still to send,
    not before `next_attempt_at` after `attempts` failures in a row (`last_error`)."""

    sent_through: int
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str


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
        """Append one event (committed durably before this returns). A `detail` that is a
        coded phrase (`said(...)`) is kept with its code, for readers in other languages."""
        with self._db.write() as session:
            session.add(
                BenchEventRow(
                    at=at,
                    kind=kind[:48],
                    actor=actor[:200],
                    place=place[:200],
                    subject=subject[:200],
                    detail=detail[:MAX_DETAIL],
                    detail_phrase=as_data(detail),
                    event_id=str(uuid.uuid4()),
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
            yield _event(row)

    # -- the upload to the server (sync/events.py) -------------------------------------------

    def upload_state(self) -> UploadState:
        with self._db.read() as session:
            values = {
                row.key: row.value
                for row in session.scalars(
                    select(SyncStateRow).where(
                        SyncStateRow.key.in_((_SENT_THROUGH, _ATTEMPTS, _NEXT_ATTEMPT, _LAST_ERROR))
                    )
                )
            }
        due = values.get(_NEXT_ATTEMPT, "")
        return UploadState(
            sent_through=int(values.get(_SENT_THROUGH, "0")),
            attempts=int(values.get(_ATTEMPTS, "0")),
            next_attempt_at=dt.datetime.fromisoformat(due) if due else None,
            last_error=values.get(_LAST_ERROR, ""),
        )

    def unsent(self, limit: int) -> list[BenchEvent]:
        """The oldest `limit` events the server has not acknowledged, oldest first."""
        with self._db.read() as session:
            sent_through = session.get(SyncStateRow, _SENT_THROUGH)
            after = int(sent_through.value) if sent_through is not None else 0
            rows = session.scalars(
                select(BenchEventRow)
                .where(BenchEventRow.id > after)
                .order_by(BenchEventRow.id)
                .limit(limit)
            )
            return [_event(row) for row in rows]

    def unsent_count(self) -> int:
        with self._db.read() as session:
            sent_through = session.get(SyncStateRow, _SENT_THROUGH)
            after = int(sent_through.value) if sent_through is not None else 0
            return (
                session.scalar(
                    select(func.count()).select_from(BenchEventRow).where(BenchEventRow.id > after)
                )
                or 0
            )

    def mark_sent_through(self, last_id: int) -> None:
        """The server acknowledged every event up to row `last_id`: move the cursor there
        (never back) and forget the failures, in one durable commit."""
        with self._db.write() as session:
            current = session.get(SyncStateRow, _SENT_THROUGH)
            if current is None or int(current.value) < last_id:
                put(session, _SENT_THROUGH, str(last_id))
            put(session, _ATTEMPTS, "0")
            put(session, _NEXT_ATTEMPT, "")
            put(session, _LAST_ERROR, "")

    def schedule_upload_retry(self, next_at: dt.datetime, error: str) -> None:
        """An upload failed: try again at `next_at` (the events stay where they are)."""
        with self._db.write() as session:
            attempts = session.get(SyncStateRow, _ATTEMPTS)
            put(session, _ATTEMPTS, str(int(attempts.value) + 1 if attempts else 1))
            put(session, _NEXT_ATTEMPT, next_at.isoformat())
            put(session, _LAST_ERROR, error[:MAX_DETAIL])


def _event(row: BenchEventRow) -> BenchEvent:
    """The event of a row; one recorded before ids were made at recording gets one derived
    from its row number and time, the same at every reading (the rows never change)."""
    event_id = row.event_id or str(uuid.uuid5(_EARLIER_EVENTS, f"{row.id} {row.at.isoformat()}"))
    return BenchEvent(
        row.id,
        row.at,
        row.kind,
        row.actor,
        row.place,
        row.subject,
        row.detail,
        event_id,
        row.detail_phrase,
    )
