"""Lead-review fixtures: the server tests' databases (SQLite, and PostgreSQL when
RI_TEST_PG_URL is set) with the known week seeded through the real API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from server.conftest import ServerUnderTest, build_server, db_url, pg_url, server, sqlite_template

from .seed import Week, seed_week

__all__ = ["db_url", "pg_url", "server", "sqlite_template"]


@pytest.fixture
def seeded(db_url: str, tmp_path: Path) -> Iterator[tuple[ServerUnderTest, Week]]:
    srv = build_server(db_url, tmp_path / "photos")
    with srv.client:
        client = srv.client

        def put(path: str, body: bytes, headers: dict[str, str]) -> int:
            return client.put(path, content=body, headers=headers).status_code

        def post(path: str, body: bytes, headers: dict[str, str]) -> int:
            return client.post(path, content=body, headers=headers).status_code

        yield srv, seed_week(srv.db, put, post, srv.tokens["station"])
    srv.db.close()
