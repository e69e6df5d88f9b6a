"""Fixtures every test area shares: Qt offscreen, a temporary data directory, the corpus path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty station data directory, as on a new bench."""
    path = tmp_path / "station"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared barcode corpus; tests that need it skip when the checkout has none beside it."""
    real = CORPUS / "real"
    if not (real / "manifest.csv").exists():
        pytest.skip("../shared/corpus is not present beside this checkout")
    return CORPUS


@pytest.fixture
def live_server(tmp_path: Path):
    """A real inspector-server subprocess on loopback with a fresh SQLite database and tokens
    for every role (see tests/live_server.py). Seed it with `live_server.add_returns(...)`."""
    from live_server import LiveServer

    server = LiveServer(tmp_path / "server")
    server.start()
    yield server
    server.close()
