"""Server test fixtures: a database per test on SQLite and, when RI_TEST_PG_URL is set,
on PostgreSQL (a fresh randomly named database, dropped afterwards); the real app over it,
driven in-process through Starlette's TestClient, with a token per role."""

from __future__ import annotations

import os
import secrets
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

with warnings.catch_warnings():
    # Starlette 1.x nudges towards `httpx2`; the TestClient still works with httpx.
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient

from inspector_app.domain.returns import Return
from inspector_app.server import admin
from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database

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


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for one test, on each backend in turn."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (CI sets it; see .ci/run)")
    yield from _pg_database(base)


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


def build_server(db_url: str, photo_dir: Path, **limits: int) -> ServerUnderTest:
    config = ServerConfig(db_url=db_url, photo_dir=photo_dir, **limits)
    db = Database(db_url)
    app = create_app(config, db=db)
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
