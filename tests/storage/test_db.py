"""The database is opened with the durability settings the bench relies on."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from inspector_app.storage.db import Database
from inspector_app.storage.errors import StorageError
from inspector_app.storage.migrate import current_revision, head_revision


def test_pragmas_on_every_connection(db: Database) -> None:
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_open_is_idempotent_and_at_head(data_dir: Path) -> None:
    for _ in range(2):
        db = Database.open(data_dir)
        with db.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        db.close()


def test_write_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.execute(text("INSERT INTO sync_state (key, value) VALUES ('a', 'b')"))
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_state")).scalar() == 0


def test_garbage_file_is_a_clear_error(data_dir: Path) -> None:
    (data_dir / "station.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match="cannot be opened"):
        Database.open(data_dir)
