"""Lead-review fixtures: the server tests' databases (SQLite, and PostgreSQL when
RI_TEST_PG_URL is set) with the known week seeded through the real API.

`week` is seeded once per module and backend, for the tests that only read; `seeded` is a
fresh one per test, for those that write (sessions, failed sign-ins)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from server.conftest import (
    PG_ENV,
    ServerUnderTest,
    _pg_database,
    build_server,
    db_url,
    pg_url,
    server,
    sqlite_template,
)

from inspector_app.server.db import Database

from .seed import Week, seed_week

__all__ = ["db_url", "pg_url", "server", "sqlite_template"]


def _seed(db_url: str, photos: Path, **config: object) -> Iterator[tuple[ServerUnderTest, Week]]:
    srv = build_server(db_url, photos, **config)
    with srv.client:
        client = srv.client

        def put(path: str, body: bytes, headers: dict[str, str]) -> int:
            return client.put(path, content=body, headers=headers).status_code

        def post(path: str, body: bytes, headers: dict[str, str]) -> int:
            return client.post(path, content=body, headers=headers).status_code

        yield srv, seed_week(srv.db, put, post, srv.tokens["station"])
    srv.db.close()


@pytest.fixture
def seeded(db_url: str, tmp_path: Path) -> Iterator[tuple[ServerUnderTest, Week]]:
    yield from _seed(db_url, tmp_path / "photos")


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def week(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerUnderTest, Week]]:
    """The known week on its own database (never emptied by other tests' fixtures)."""
    workdir = tmp_path_factory.mktemp("week")
    if request.param == "sqlite":
        yield from _migrated_and_seeded(f"sqlite:///{workdir / 'server.db'}", workdir)
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (CI sets it; see .ci/run)")
    for url in _pg_database(base):
        yield from _migrated_and_seeded(url, workdir)


def _migrated_and_seeded(
    url: str, workdir: Path, **config: object
) -> Iterator[tuple[ServerUnderTest, Week]]:
    db = Database(url)
    db.migrate()
    db.close()
    yield from _seed(url, workdir / "photos", **config)


@pytest.fixture(scope="module", params=["Asia/Tokyo", "Pacific/Honolulu"])
def zoned_week(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerUnderTest, Week]]:
    """The known week on a server whose site is in a zone where it is already tomorrow
    (Tokyo) or still yesterday (Honolulu) for part of each UTC working day."""
    workdir = tmp_path_factory.mktemp("zoned")
    url = f"sqlite:///{workdir / 'server.db'}"
    yield from _migrated_and_seeded(url, workdir, time_zone=request.param)
