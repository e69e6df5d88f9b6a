"""The security suite: each test reproduces one way the server or a bench could be abused
and checks it is closed. Server tests run on SQLite and, with RI_TEST_PG_URL, PostgreSQL
(the fixtures are the server suite's own)."""

from __future__ import annotations

from server.conftest import (  # noqa: F401 (fixtures used by this suite's tests)
    db_url,
    pg_url,
    server,
    sqlite_template,
)
