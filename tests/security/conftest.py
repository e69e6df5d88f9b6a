"""The security suite: each test reproduces one way the server or a bench could be abused
and checks it is closed. Server tests run on SQLite and, with RI_TEST_PG_URL, PostgreSQL
(the fixtures are the server suite's own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from server.conftest import (  # noqa: F401 (fixtures used by this suite's tests)
    db_url,
    pg_url,
    server,
    sqlite_template,
)
from station.support import NOW, Clock
from sync.conftest import checklists_dir, server_view  # noqa: F401

from inspector_app.domain.demo import DemoBatch, demo_batch
from inspector_app.server import admin
from inspector_app.station import Station

LEAD_BADGE = "lead-0001"
LEAD_PIN = "246813"


def add_bench(srv, name: str) -> dict[str, str]:
    """Register another bench; its Authorization header."""
    with srv.db.write() as session:
        token = admin.add_station(session, name)
    return {"Authorization": f"Bearer {token.secret}"}


def give_lead_a_pin(srv, pin: str = LEAD_PIN) -> None:
    with srv.db.write() as session:
        admin.add_person(session, "Luc", "lead", badge=LEAD_BADGE, pin=pin)


def put_inspection(srv, payload, headers: dict[str, str]):
    from server.builders import raw

    return srv.client.put(
        f"/api/v1/inspections/{payload.uuid}",
        content=raw(payload),
        headers={**headers, "Content-Type": "application/json"},
    )


def open_lead_session(srv, headers: dict[str, str], pin: str = LEAD_PIN):
    return srv.client.post(
        "/api/v1/lead/sessions", json={"badge": LEAD_BADGE, "pin": pin}, headers=headers
    )


@pytest.fixture
def batch() -> DemoBatch:
    return demo_batch(40, NOW.date(), seed=5)


@pytest.fixture
def bench(tmp_path: Path, batch: DemoBatch) -> Iterator[tuple[Station, Clock]]:
    """A standalone bench on a settable clock, stocked with demo returns; its data
    directory starts as an older version (or a careless copy) left it: open to everyone."""
    data_dir = tmp_path / "bench"
    data_dir.mkdir(mode=0o755)
    clock = Clock()
    station = Station.open(data_dir, clock=clock)
    station.returns.upsert(batch.returns)
    yield station, clock
    station.close()
