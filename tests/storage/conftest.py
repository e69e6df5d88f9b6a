"""Fixtures for the local store: a migrated database in the test's data directory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.domain.demo import demo_batch
from inspector_app.domain.returns import Return
from inspector_app.storage.db import Database

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = Database.open(data_dir)
    yield database
    database.close()


@pytest.fixture
def demo() -> list[Return]:
    return demo_batch(50, TODAY, seed=7).returns
