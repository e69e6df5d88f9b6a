"""A station on a temporary data directory, stocked with demo returns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.domain.demo import DemoBatch, demo_batch
from inspector_app.station import Station

from .support import TODAY, Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def batch() -> DemoBatch:
    return demo_batch(120, TODAY, seed=11)


@pytest.fixture
def station(data_dir: Path, batch: DemoBatch, clock: Clock) -> Iterator[Station]:
    st = Station.open(data_dir, clock=clock)
    st.returns.upsert(batch.returns)
    yield st
    st.close()
