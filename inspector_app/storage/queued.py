"""What the bench's small queues share: rows waiting to reach the server, each with its
state (pending, sent, needs attention), attempts, next attempt time and last error.

Customer messages and parcel receipts are such queues; the sync's pushers drive them through
`due` (each queue's own rule of what may go now), `mark_sent`, `schedule_retry` and `park`,
each committed durably before it returns, so a crash at any point leaves a row either still
pending (sent again: the server's answer to a repeat is harmless) or sent.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.storage.db import Database
from inspector_app.storage.types import utcnow


class QueueState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    NEEDS_ATTENTION = "needs_attention"


Row = TypeVar("Row")


class QueueRepo(Generic[Row]):
    """State changes of one queue's rows (`model`, keyed by its primary key)."""

    model: type[Row]
    what = "queued row"
    """The row's name in a LookupError."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def mark_sent(self, key: str, at: dt.datetime | None = None) -> None:
        with self._db.write() as session:
            row: Any = self._row(session, key)
            row.state = QueueState.SENT.value
            row.sent_at = at or utcnow()
            row.last_error = ""

    def schedule_retry(self, key: str, next_at: dt.datetime, error: str) -> None:
        with self._db.write() as session:
            row: Any = self._row(session, key)
            row.attempts += 1
            row.next_attempt_at = next_at
            row.last_error = error

    def park(self, key: str, error: str) -> None:
        """The server refused it for a reason a retry cannot fix; a person reads `error`."""
        with self._db.write() as session:
            row: Any = self._row(session, key)
            row.attempts += 1
            row.state = QueueState.NEEDS_ATTENTION.value
            row.last_error = error

    def counts(self) -> dict[QueueState, int]:
        state: Any = self.model.state  # type: ignore[attr-defined]
        with self._db.read() as session:
            rows = session.execute(select(state, func.count()).group_by(state)).all()
        return {QueueState(value): count for value, count in rows}

    def _row(self, session: Session, key: str) -> Row:
        row = session.get(self.model, key)
        if row is None:
            raise LookupError(f"no {self.what} {key}")
        return row
