"""The durable outbox: finalized inspections waiting for the server, and the API sync uses.

Rows are created only by the finalize transaction (see InspectionsRepo.finalize), so an
entry always comes with its frozen payload and photo rows. The sync worker reads due entries,
sends them, and records the outcome here; each method is its own durable transaction.

States: `pending` (to send, when `next_attempt_at` has come), `sent` (the server
acknowledged), `needs_attention` (the server refused for a reason a retry cannot fix; a
person reads `message` and may `retry`), `dismissed` (a person decided a parked entry is not
to be sent, e.g. because another bench's verdict stands; it stays here, never sent, with who,
when and why in `message`, and `retry` brings it back).
"""

from __future__ import annotations

import builtins  # `list` inside the repository class names its method, not the type
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from inspector_app.errors import UserError
from inspector_app.storage.db import Database, rows_changed
from inspector_app.storage.models import InspectionRow, OutboxRow, PhotoRow
from inspector_app.storage.types import utcnow


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    NEEDS_ATTENTION = "needs_attention"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class OutboxPhoto:
    item: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One queued inspection with everything needed to send it (payload bytes, photos)."""

    inspection_uuid: str
    return_id: str
    state: OutboxState
    attempts: int
    next_attempt_at: dt.datetime
    last_error: str
    message: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    payload: bytes
    photos: tuple[OutboxPhoto, ...]


@dataclass(frozen=True, slots=True)
class OutboxCounts:
    pending: int = 0
    sent: int = 0
    needs_attention: int = 0
    dismissed: int = 0


class OutboxError(UserError, LookupError):
    """An outbox operation named an entry that does not exist or is in the wrong state."""


def enqueue(session: Session, inspection_uuid: str, now: dt.datetime) -> None:
    """Add the outbox row for a just-finalized inspection, inside the caller's transaction."""
    session.add(
        OutboxRow(
            inspection_uuid=inspection_uuid,
            state=OutboxState.PENDING.value,
            attempts=0,
            next_attempt_at=now,
            last_error="",
            message="",
            created_at=now,
            sent_at=None,
        )
    )


def dismiss_parked(session: Session, inspection_uuid: str, note: str) -> bool:
    """Mark a parked entry dismissed with `note`, inside the caller's transaction; False
    (nothing changed) when it is not parked."""
    row = session.get(OutboxRow, inspection_uuid)
    if row is None or row.state != OutboxState.NEEDS_ATTENTION.value:
        return False
    row.state = OutboxState.DISMISSED.value
    row.message = note
    return True


class OutboxRepo:
    """Queries and state changes of the outbox, each committed durably."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def due(self, now: dt.datetime | None = None, limit: int = 50) -> list[OutboxEntry]:
        """Pending entries whose next attempt time has come, oldest first."""
        now = now or utcnow()
        query = (
            self._select()
            .where(OutboxRow.state == OutboxState.PENDING.value)
            .where(OutboxRow.next_attempt_at <= now)
            .order_by(OutboxRow.created_at, OutboxRow.inspection_uuid)
            .limit(limit)
        )
        with self._db.read() as session:
            return self._entries(session, query)

    def get(self, inspection_uuid: str) -> OutboxEntry | None:
        with self._db.read() as session:
            entries = self._entries(
                session, self._select().where(OutboxRow.inspection_uuid == inspection_uuid)
            )
        return entries[0] if entries else None

    def list(self, states: tuple[OutboxState, ...] | None = None) -> list[OutboxEntry]:
        """Entries in `states` (all when None), oldest first."""
        query = self._select().order_by(OutboxRow.created_at, OutboxRow.inspection_uuid)
        if states:
            query = query.where(OutboxRow.state.in_([s.value for s in states]))
        with self._db.read() as session:
            return self._entries(session, query)

    def counts(self) -> OutboxCounts:
        with self._db.read() as session:
            rows = session.execute(
                select(OutboxRow.state, func.count()).group_by(OutboxRow.state)
            ).all()
        return OutboxCounts(**dict(rows))

    def next_due_at(self) -> dt.datetime | None:
        """When the earliest pending entry becomes due (the worker sleeps until then)."""
        with self._db.read() as session:
            return session.scalar(
                select(func.min(OutboxRow.next_attempt_at)).where(
                    OutboxRow.state == OutboxState.PENDING.value
                )
            )

    def mark_sent(self, inspection_uuid: str, at: dt.datetime | None = None) -> None:
        """The server acknowledged the inspection; its photos are on the server too."""
        at = at or utcnow()
        with self._db.write() as session:
            self._change(
                session,
                inspection_uuid,
                state=OutboxState.SENT.value,
                sent_at=at,
                last_error="",
                message="",
            )
            session.execute(
                update(PhotoRow)
                .where(PhotoRow.inspection_uuid == inspection_uuid)
                .where(PhotoRow.uploaded_at.is_(None))
                .values(uploaded_at=at)
            )

    def schedule_retry(self, inspection_uuid: str, next_at: dt.datetime, error: str) -> None:
        """A transient failure: count the attempt and try again at `next_at`. An entry that
        stopped waiting while the attempt ran (parked, dismissed) is left as it is now: the
        attempt began before that, and counting it would change what was exported."""
        with self._db.write() as session:
            result = session.execute(
                update(OutboxRow)
                .where(OutboxRow.inspection_uuid == inspection_uuid)
                .where(OutboxRow.state == OutboxState.PENDING.value)
                .values(next_attempt_at=next_at, last_error=error, attempts=OutboxRow.attempts + 1)
            )
            if not rows_changed(result) and session.get(OutboxRow, inspection_uuid) is None:
                raise OutboxError(f"no outbox entry for inspection {inspection_uuid}")

    def park(self, inspection_uuid: str, message: str, error: str = "") -> None:
        """A failure retrying cannot fix: stop and show `message` to a person."""
        with self._db.write() as session:
            self._change(
                session,
                inspection_uuid,
                state=OutboxState.NEEDS_ATTENTION.value,
                message=message,
                last_error=error or message,
                attempts=OutboxRow.attempts + 1,
            )

    def dismiss(self, inspection_uuid: str, note: str) -> None:
        """A person decided that a parked entry is not to be sent; `note` (who, when, why)
        replaces its message. The server's answer stays in `last_error`."""
        with self._db.write() as session:
            if not dismiss_parked(session, inspection_uuid, note):
                raise OutboxError(
                    f"Inspection {inspection_uuid} does not need attention: only an entry the "
                    "server refused can be dismissed."
                )

    def retry(self, inspection_uuid: str, now: dt.datetime) -> None:
        """A person asks to try a parked (or waiting) entry again right away (`now` on the
        station's clock: the sync engine's retry is the one way in)."""
        with self._db.write() as session:
            row = session.get(OutboxRow, inspection_uuid)
            if row is None or row.state == OutboxState.SENT.value:
                raise OutboxError(f"no unsent outbox entry for inspection {inspection_uuid}")
            row.state = OutboxState.PENDING.value
            row.next_attempt_at = now
            row.message = ""

    def make_waiting_due(self, now: dt.datetime) -> int:
        """A person asked to sync now: every pending entry waiting out a retry becomes due.

        Returns how many were waiting. Parked entries stay parked (they need `retry`).
        """
        with self._db.write() as session:
            result = session.execute(
                update(OutboxRow)
                .where(
                    OutboxRow.state == OutboxState.PENDING.value,
                    OutboxRow.next_attempt_at > now,
                )
                .values(next_attempt_at=now)
            )
            return rows_changed(result)

    def defer(self, inspection_uuid: str, next_at: dt.datetime) -> None:
        """Try this entry no sooner than `next_at`, without counting an attempt (it waits
        for another entry, e.g. the inspection it corrects)."""
        with self._db.write() as session:
            self._change(session, inspection_uuid, next_attempt_at=next_at)

    def mark_sent_many(
        self, inspection_uuids: builtins.list[str], at: dt.datetime | None = None
    ) -> None:
        """mark_sent for several entries in one transaction (one fsync, not one each)."""
        if not inspection_uuids:
            return
        at = at or utcnow()
        with self._db.write() as session:
            session.execute(
                update(OutboxRow)
                .where(OutboxRow.inspection_uuid.in_(inspection_uuids))
                .values(state=OutboxState.SENT.value, sent_at=at, last_error="", message="")
            )
            session.execute(
                update(PhotoRow)
                .where(PhotoRow.inspection_uuid.in_(inspection_uuids))
                .where(PhotoRow.uploaded_at.is_(None))
                .values(uploaded_at=at)
            )

    def uploaded_photos(self, sha256s: set[str]) -> set[str]:
        """Which of `sha256s` reached the server with an earlier inspection (sync skips them)."""
        if not sha256s:
            return set()
        with self._db.read() as session:
            return set(
                session.scalars(
                    select(PhotoRow.sha256)
                    .where(PhotoRow.sha256.in_(sorted(sha256s)))
                    .where(PhotoRow.uploaded_at.is_not(None))
                    .distinct()
                )
            )

    def forget_photo_uploads(self, sha256s: set[str]) -> None:
        """The server says it lacks these photos after all: upload them again next time."""
        with self._db.write() as session:
            session.execute(
                update(PhotoRow)
                .where(PhotoRow.sha256.in_(sorted(sha256s)))
                .values(uploaded_at=None)
            )

    @staticmethod
    def _change(session: Session, inspection_uuid: str, **values: object) -> None:
        result = session.execute(
            update(OutboxRow).where(OutboxRow.inspection_uuid == inspection_uuid).values(**values)
        )
        if rows_changed(result) != 1:
            raise OutboxError(f"no outbox entry for inspection {inspection_uuid}")

    @staticmethod
    def _select() -> Select[OutboxRow, str, bytes | None]:
        return select(OutboxRow, InspectionRow.return_id, InspectionRow.payload).join(
            InspectionRow, InspectionRow.uuid == OutboxRow.inspection_uuid
        )

    @staticmethod
    def _entries(
        session: Session, query: Select[OutboxRow, str, bytes | None]
    ) -> builtins.list[OutboxEntry]:
        rows = session.execute(query).all()
        uuids = [row.inspection_uuid for row, _, _ in rows]
        photos: dict[str, builtins.list[OutboxPhoto]] = {u: [] for u in uuids}
        if uuids:
            for photo in session.scalars(
                select(PhotoRow).where(PhotoRow.inspection_uuid.in_(uuids)).order_by(PhotoRow.id)
            ):
                photos[photo.inspection_uuid].append(
                    OutboxPhoto(photo.item, photo.sha256, photo.size)
                )
        return [
            OutboxEntry(
                inspection_uuid=row.inspection_uuid,
                return_id=return_id,
                state=OutboxState(row.state),
                attempts=row.attempts,
                next_attempt_at=row.next_attempt_at,
                last_error=row.last_error,
                message=row.message,
                created_at=row.created_at,
                sent_at=row.sent_at,
                payload=payload or b"",
                photos=tuple(photos[row.inspection_uuid]),
            )
            for row, return_id, payload in rows
        ]
