"""Engine, sessions and migrations for SQLite (default) and PostgreSQL (psycopg 3).

Writes go through `Database.write()`. On SQLite that opens the transaction with
BEGIN IMMEDIATE, taking the write lock up front: a deferred transaction that reads, then
writes, fails with "database is locked" when another writer got in between, and no busy
timeout can help it. On PostgreSQL, writers that touch the change feed serialise on the feed
counter row (see feed.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_WRITE = "inspector_write"
MIGRATION_LOCK_KEY = 0x5249_0001
"""The PostgreSQL advisory lock key that serialises migrations between starting servers."""
T = TypeVar("T")


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys, a busy timeout and explicit BEGINs.

    Both hide statement parameters from error messages: an unexpected database error is
    logged with its traceback, and parameters are payload fields (names, IMEIs, answers).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # Up to one connection per worker thread (40), so no request waits on the pool.
        return create_engine(
            url, pool_size=10, max_overflow=30, pool_pre_ping=True, hide_parameters=True
        )
    pool: dict = {}
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # More connections than the 40 worker threads, so a read on the event loop never
        # waits for a connection held by the thread pool.
        pool = {"pool_size": 20, "max_overflow": 30}
    engine = create_engine(
        url, connect_args={"check_same_thread": False}, hide_parameters=True, **pool
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent; runs at every start).

    Several machines may start `serve` at once against one PostgreSQL: the first takes a
    transaction-scoped advisory lock and migrates, the others wait for its commit and then
    find the schema at head. (PostgreSQL's DDL is transactional, so a failed migration leaves
    nothing half done; SQLite has one serving process, see ops_cli.)
    """
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """The server's handle on its database: read sessions and write transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def migrate(self) -> None:
        migrate(self.engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; its transaction is rolled back at the end."""
        with self._read() as session:
            yield session

    async def read_fast(self, fn: Callable[[Connection], T]) -> T:
        """Run a short read `fn(conn)` for an async handler, the cheapest way for the backend.

        SQLite runs in-process: an indexed query costs less CPU than the hop to a worker
        thread and back, so it runs right here on the event loop. PostgreSQL answers from
        another process, and waiting for it on the loop would stall every other request
        (badly so on a busy machine), so there it goes to the thread pool.
        """

        def run() -> T:
            with self.engine.connect() as conn:
                return fn(conn)

        if self.is_sqlite:
            return run()
        return await run_in_threadpool(run)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction committed when the block ends normally, rolled back otherwise."""
        with self._write() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
