"""Messages to customers, stored with the return or inspection whose step fired them.

A step (the parcel received, the decision, the item sent back) fires a message once: its id
is made from what fired it (`wire.message_id`), and a second firing of the same trigger, after
a crash or a restart or from a second scan, finds the row already there and adds nothing.
The record is frozen as the wire JSON when it fires, so what the server stores, and what the
marketplace connector sends, is byte for byte what was rendered at the bench.

The server receives each message once its inspection (if it has one) has been delivered, so
the photos it names are there; the sync's message pusher drives `due`, `mark_sent`,
`schedule_retry` and `park`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from inspector_app.storage.db import rows_changed
from inspector_app.storage.models import CustomerMessageRow, OutboxRow
from inspector_app.storage.queued import QueueRepo, QueueState
from inspector_app.storage.types import utcnow

MessageState = QueueState
"""Where a message is on its way (the states every small queue shares)."""


@dataclass(frozen=True, slots=True)
class NewMessage:
    """A message that just fired: its stable id, what it is about, and its frozen record
    (the wire JSON, parsed by the station and the sync, never by the store)."""

    id: str
    return_id: str
    inspection_uuid: str | None
    step: str
    record: bytes


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """A message as stored on the bench: the frozen record and where it is on its way."""

    id: str
    return_id: str
    inspection_uuid: str | None
    step: str
    record: bytes
    state: MessageState
    attempts: int
    last_error: str
    created_at: dt.datetime
    sent_at: dt.datetime | None


def add(session: Session, message: NewMessage, now: dt.datetime) -> bool:
    """Store `message` inside the caller's transaction; False if its trigger already fired."""
    if session.get(CustomerMessageRow, message.id) is not None:
        return False
    session.add(
        CustomerMessageRow(
            id=message.id,
            return_id=message.return_id,
            inspection_uuid=message.inspection_uuid,
            step=message.step,
            record=message.record,
            state=MessageState.PENDING.value,
            attempts=0,
            next_attempt_at=now,
            last_error="",
            created_at=now,
            sent_at=None,
        )
    )
    return True


class CustomerMessagesRepo(QueueRepo[CustomerMessageRow]):
    """Queries and state changes of the stored messages, each committed durably."""

    model = CustomerMessageRow
    what = "customer message"

    def record(self, message: NewMessage, now: dt.datetime | None = None) -> bool:
        """Store a message in its own transaction; False if its trigger already fired."""
        with self._db.write() as session:
            return add(session, message, now or utcnow())

    def exists(self, message_id: str) -> bool:
        with self._db.read() as session:
            return session.get(CustomerMessageRow, message_id) is not None

    def for_return(self, return_id: str) -> list[StoredMessage]:
        """Every message of a return, in the order they fired."""
        query = (
            select(CustomerMessageRow)
            .where(CustomerMessageRow.return_id == return_id)
            .order_by(CustomerMessageRow.created_at)
        )
        with self._db.read() as session:
            return [_stored(row) for row in session.scalars(query)]

    def due(self, now: dt.datetime | None = None, limit: int = 50) -> list[StoredMessage]:
        """Pending messages whose time has come and whose inspection (if any) reached the
        server, oldest first."""
        now = now or utcnow()
        delivered = select(OutboxRow.inspection_uuid).where(OutboxRow.state == "sent")
        query = (
            select(CustomerMessageRow)
            .where(CustomerMessageRow.state == MessageState.PENDING.value)
            .where(CustomerMessageRow.next_attempt_at <= now)
            .where(
                or_(
                    CustomerMessageRow.inspection_uuid.is_(None),
                    CustomerMessageRow.inspection_uuid.in_(delivered),
                )
            )
            .order_by(CustomerMessageRow.created_at, CustomerMessageRow.id)
            .limit(limit)
        )
        with self._db.read() as session:
            return [_stored(row) for row in session.scalars(query)]

    def purge_sent_before(self, cutoff: dt.datetime) -> int:
        """Forget messages the server holds since before `cutoff` (they name the customer)."""
        with self._db.write() as session:
            result = session.execute(
                delete(CustomerMessageRow)
                .where(CustomerMessageRow.state == MessageState.SENT.value)
                .where(CustomerMessageRow.sent_at < cutoff)
            )
            return rows_changed(result)


def _stored(row: CustomerMessageRow) -> StoredMessage:
    return StoredMessage(
        id=row.id,
        return_id=row.return_id,
        inspection_uuid=row.inspection_uuid,
        step=row.step,
        record=row.record,
        state=MessageState(row.state),
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=row.created_at,
        sent_at=row.sent_at,
    )
