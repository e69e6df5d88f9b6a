"""Fixtures every test area shares: Qt offscreen, a temporary data directory, the corpus path."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from log_watch import expect_log, log_watch  # noqa: F401  (fixtures for every test)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"

QT_WAIT_FLOOR_MS = 60_000
"""The shortest deadline a qtbot wait gets. A wait returns as soon as its condition holds, so
the floor costs a passing test nothing, while a tight deadline fails tests on a machine whose
cores are busy with other work, which the suite must survive. How fast the GUI reacts is
measured in benchmarks/, not here; a hang still ends at pytest-timeout's limit."""


@pytest.fixture
def qtbot(qtbot: Any) -> Any:
    """pytest-qt's qtbot, whose waits never give up before QT_WAIT_FLOOR_MS."""
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed"):
        setattr(qtbot, name, _with_deadline_floor(getattr(qtbot, name)))
    return qtbot


def _with_deadline_floor(wait: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(wait)
    def patient(*args: Any, timeout: int | None = QT_WAIT_FLOOR_MS, **kwargs: Any) -> Any:
        floor = None if timeout is None else max(timeout, QT_WAIT_FLOOR_MS)
        return wait(*args, timeout=floor, **kwargs)

    return patient


@pytest.fixture
def station_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a station process whose config, logs and data stay in tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RI_")}
    env.update(
        {
            "RI_MACHINE_CONFIG": str(tmp_path / "etc" / "config.toml"),
            "RI_USER_CONFIG": str(tmp_path / "user" / "config.toml"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env


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
