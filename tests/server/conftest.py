"""Server test fixtures: a database per test on SQLite and, when RI_TEST_PG_URL is set,
on PostgreSQL (a fresh randomly named database, dropped afterwards); the real app over it,
driven in-process through Starlette's TestClient, with a token per role."""

from __future__ import annotations

import os
import secrets
import shutil
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

with warnings.catch_warnings():
    # Starlette 1.x nudges towards `httpx2`; the TestClient still works with httpx.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from inspector_app.domain.returns import Return
from inspector_app.server import admin
from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.models import Base

PG_ENV = "RI_TEST_PG_URL"
ROLES = ("station", "inspector", "lead", "admin")


def _pg_database(base_url: str) -> Iterator[str]:
    """A fresh database on the PostgreSQL server of `base_url`, dropped when done."""
    name = "ri_test_" + secrets.token_hex(6)
    admin_engine = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin_engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_engine.dispose()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """One migrated PostgreSQL database per test session (per xdist worker)."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (CI sets it; see .ci/run)")
    for url in _pg_database(base):
        db = Database(url)
        db.migrate()
        db.close()
        yield url


def _empty_pg(url: str) -> None:
    """Back to a freshly migrated state: every table emptied, the feed counter at zero."""
    engine = create_engine(url)
    with engine.begin() as conn:
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        conn.execute(text(f"TRUNCATE {names} CASCADE"))
        conn.execute(text("INSERT INTO feed_counter (id, value) VALUES (1, 0)"))
    engine.dispose()


@pytest.fixture
def empty_pg_url(pg_url: str) -> str:
    """The session's PostgreSQL database, emptied, for tests that need PostgreSQL only."""
    _empty_pg(pg_url)
    return pg_url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file that each test copies (migrating per test costs more)."""
    path = tmp_path_factory.mktemp("template") / "server.db"
    db = Database(f"sqlite:///{path}")
    db.migrate()
    db.close()
    return path


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL for one test, on each backend in turn, empty and migrated."""
    if request.param == "sqlite":
        path = tmp_path / "server.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_url")
    _empty_pg(url)
    return url


@dataclass
class ServerUnderTest:
    """The app, its database, a client and a token per role."""

    db: Database
    config: ServerConfig
    client: TestClient
    tokens: dict[str, str] = field(default_factory=dict)
    token_ids: dict[str, str] = field(default_factory=dict)

    def auth(self, role: str = "station") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def add_returns(self, returns: Iterable[Return]) -> None:
        with self.db.write() as session:
            admin.import_returns(session, returns)

    def add_bench(self, name: str, *inspectors: str) -> dict[str, str]:
        """Register another bench (and inspectors by badge); its Authorization header."""
        with self.db.write() as session:
            token = admin.add_station(session, name)
            for badge in inspectors:
                admin.add_person(session, badge, "inspector", badge=badge)
        return {"Authorization": f"Bearer {token.secret}"}


def build_server(db_url: str, photo_dir: Path, **settings: Any) -> ServerUnderTest:
    config = ServerConfig(db_url=db_url, photo_dir=photo_dir, **settings)
    db = Database(db_url)
    app = create_app(config, db=db, migrate=False)  # db_url hands out migrated databases
    with db.write() as session:
        issued = {
            "station": admin.add_station(session, "bench-1"),
            "inspector": admin.add_person(
                session, "Ines", "inspector", badge="badge-0042", pin="1234"
            ),
            "lead": admin.add_person(session, "Luc", "lead", badge="lead-0001"),
            "admin": admin.issue_admin_token(session),
        }
    return ServerUnderTest(
        db=db,
        config=config,
        client=TestClient(app, raise_server_exceptions=False),
        tokens={role: t.secret for role, t in issued.items()},
        token_ids={role: t.id for role, t in issued.items()},
    )


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[ServerUnderTest]:
    srv = build_server(db_url, tmp_path / "photos")
    with srv.client:
        yield srv
    srv.db.close()
