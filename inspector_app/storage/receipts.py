"""Parcels received at the bench (the scan page's receiving mode), queued for the server.

A receipt says the parcel of a return is in the warehouse, on the shelf, not inspected yet.
It is written at the scan, before anything is sent, together with the "parcel received"
message it fires (one transaction: a crash leaves both or neither), and it reaches the
server through the sync (sync/receipts.py) exactly once in effect: the server keeps the
first receipt of a return and answers a repeat "already received". One row per return,
so a second scan finds the first and the inspector is told when it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from inspector_app.storage.customer_messages import NewMessage, add
from inspector_app.storage.models import ReceiptRow
from inspector_app.storage.queued import QueueRepo, QueueState
from inspector_app.storage.types import utcnow


@dataclass(frozen=True, slots=True)
class Receipt:
    return_id: str
    received_at: dt.datetime
    received_by: str
    state: QueueState
    attempts: int
    last_error: str
    sent_at: dt.datetime | None


class ReceiptsRepo(QueueRepo[ReceiptRow]):
    """The receipts, each change committed durably."""

    model = ReceiptRow
    what = "receipt"

    def record(
        self, return_id: str, at: dt.datetime, by: str, message: NewMessage | None = None
    ) -> tuple[Receipt, bool]:
        """The receipt of `return_id`, and whether it was made now (False: the parcel was
        received before, and the first receipt is returned unchanged). A new receipt is
        stored with `message` (the customer's "received", unless it already fired) in one
        transaction."""
        with self._db.write() as session:
            row = session.get(ReceiptRow, return_id)
            if row is not None:
                return _receipt(row), False
            row = ReceiptRow(
                return_id=return_id,
                received_at=at,
                received_by=by[:64],
                state=QueueState.PENDING.value,
                attempts=0,
                next_attempt_at=at,
                last_error="",
                sent_at=None,
            )
            session.add(row)
            if message is not None:
                add(session, message, at)
            session.flush()
            return _receipt(row), True

    def get(self, return_id: str) -> Receipt | None:
        with self._db.read() as session:
            row = session.get(ReceiptRow, return_id)
            return _receipt(row) if row is not None else None

    def due(self, now: dt.datetime | None = None, limit: int = 50) -> list[Receipt]:
        """Pending receipts whose time has come, oldest first."""
        query = (
            select(ReceiptRow)
            .where(ReceiptRow.state == QueueState.PENDING.value)
            .where(ReceiptRow.next_attempt_at <= (now or utcnow()))
            .order_by(ReceiptRow.received_at, ReceiptRow.return_id)
            .limit(limit)
        )
        with self._db.read() as session:
            return [_receipt(row) for row in session.scalars(query)]


def _receipt(row: ReceiptRow) -> Receipt:
    return Receipt(
        return_id=row.return_id,
        received_at=row.received_at,
        received_by=row.received_by,
        state=QueueState(row.state),
        attempts=row.attempts,
        last_error=row.last_error,
        sent_at=row.sent_at,
    )
