"""Opening the station database: SQLite in WAL mode, fsync on every commit, migrated to head.

Why these settings: a bench must never lose a finalized inspection, even on power loss, so
`synchronous=FULL` makes each WAL commit durable before `commit()` returns. WAL lets the sync
worker read while the bench writes. Write transactions start with BEGIN IMMEDIATE so two
writers queue on the busy timeout instead of failing half-way with SQLITE_BUSY.

The database holds customers' names, IMEIs and PIN verifiers, so it is private to the
account running the bench: the data directory is 0700 and the database 0600 (SQLite gives
its -wal and -shm files the database's mode; photo files are created 0600 by
atomic_write). `secure_delete` makes SQLite overwrite what it deletes, so a purged
inspection cannot be read back from free pages of a copied file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.storage.errors import DiskFullError, StorageError
from inspector_app.storage.migrate import NewerSchemaError, upgrade_to_head

log = logging.getLogger("inspector_app.storage")


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE changed: its result is a CursorResult, which
    Session.execute's signature does not say."""
    return cast(CursorResult[Any], result).rowcount


BUSY_TIMEOUT_MS = 10_000
DB_FILENAME = "station.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Manage transactions ourselves (see _on_begin); pysqlite's implicit BEGIN would defer
    # the write lock and could fail mid-transaction instead of waiting.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA secure_delete = ON")
    cur.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _restrict(path: Path, mode: int) -> None:
    """Take away from `path` every permission bit outside `mode` (never adding one). An
    owner other than us cannot be changed: say so in the log and carry on, as before."""
    current = stat.S_IMODE(path.stat().st_mode)
    if current & ~mode == 0:
        return
    try:
        path.chmod(current & mode)
    except PermissionError as exc:
        log.warning("%s stays readable by other accounts: %s", path, exc.strerror)


def make_private(data_dir: Path, path: Path) -> None:
    """Create `data_dir` (0700) and the database file `path` (0600) if missing, and tighten
    them, with SQLite's side files, when an older version or a copy left them open to
    other accounts. Windows keeps a profile's files private by their ACL: nothing to do."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "nt":
        return
    _restrict(data_dir, PRIVATE_DIR_MODE)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    for candidate in (path, *(path.with_name(path.name + end) for end in _SQLITE_SIDE_FILES)):
        if candidate.exists():
            _restrict(candidate, PRIVATE_FILE_MODE)


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on `path` with the station's pragmas on every connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """The station's SQLite database: sessions for reading and for durable writing.

    `read()` gives a session in a deferred transaction (a consistent snapshot, no lock);
    `write()` gives one in BEGIN IMMEDIATE that commits on leaving the block, which with
    synchronous=FULL means the data is on disk when the block ends.
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        """Open (creating if needed) the database in `data_dir` and migrate it to head."""
        path = data_dir / DB_FILENAME
        make_private(data_dir, path)
        engine = create_sqlite_engine(path)
        try:
            with engine.connect() as conn:
                upgrade_to_head(conn)
        except (sqlite3.DatabaseError, sa_exc.DatabaseError) as exc:
            engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise StorageError(f"The station database {path} cannot be opened: {reason}") from exc
        except NewerSchemaError as exc:
            engine.dispose()
            raise StorageError(str(exc)) from exc
        except Exception:
            engine.dispose()
            raise
        log.debug("database ready at %s", path)
        return cls(path, engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; nothing is committed."""
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write session committed (durably) on normal exit, rolled back on an exception.

        A full disk becomes DiskFullError and a database held by another program a
        StorageError, both worded for the inspector; the rollback keeps what was saved.
        """
        try:
            with self._writer() as session, session.begin():
                yield session
        except sa_exc.OperationalError as exc:
            raise self._plain_error(exc) from exc

    def _plain_error(self, exc: sa_exc.OperationalError) -> Exception:
        code = getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF  # primary code of an extended one
        if code == sqlite3.SQLITE_FULL:
            return DiskFullError(
                f"The disk holding {self.path.parent} is full, so the last change was not "
                "saved. Free some space and do it again; everything saved before is safe."
            )
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return StorageError(
                f"The station database {self.path} is in use by another program; close it "
                "(or the other Return Inspector window) and try again."
            )
        return exc

    def checkpoint(self) -> None:
        """Copy the WAL into the database and empty it, so pages a purge overwrote are not
        still readable in the WAL (a busy reader only delays this to the next one)."""
        raw = self.engine.raw_connection()  # outside a transaction, where it can run
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
        finally:
            raw.close()

    def close(self) -> None:
        """Release every connection (the WAL is checkpointed by the last one to close)."""
        self.engine.dispose()
