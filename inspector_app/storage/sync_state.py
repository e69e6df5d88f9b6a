"""Small facts the sync keeps between runs (feed cursor, last success time...)."""

from __future__ import annotations

from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from inspector_app.storage.db import Database
from inspector_app.storage.models import SyncStateRow


def put(session: Session, key: str, value: str) -> None:
    """Set `key` inside the caller's transaction (so it commits with what it records)."""
    statement = insert(SyncStateRow).values(key=key, value=value)
    session.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


class SyncStateRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._db.read() as session:
            row = session.get(SyncStateRow, key)
            return row.value if row is not None else default

    def set(self, key: str, value: str) -> None:
        with self._db.write() as session:
            put(session, key, value)
