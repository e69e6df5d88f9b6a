"""Fixtures for sync tests: a short checklist, and a view of the live server's database."""

from __future__ import annotations

from pathlib import Path

import pytest
from live_server import LiveServer
from server.conftest import empty_pg_url, pg_url  # noqa: F401 (fixtures for cluster tests)

from sync.helpers import CHECKLIST, ServerView


@pytest.fixture(scope="session")
def checklists_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("checklists")
    (folder / "sync_check.yaml").write_text(CHECKLIST, encoding="utf-8")
    return folder


@pytest.fixture
def server_view(live_server: LiveServer):
    view = ServerView(live_server)
    yield view
    view.close()
