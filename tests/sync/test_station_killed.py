"""The station process SIGKILLed at random moments while it drains, 50 times, then left to
finish: the server ends with exactly the queued inspections and photos, none twice, none
missing, and the bench's database opens cleanly with every entry marked sent.

Each station life is a forked child (the parent has already imported everything, so a
life costs milliseconds to start rather than a fresh interpreter's second), killed with
SIGKILL a random 0-300 ms after it opened the bench: during the open, a photo upload, an
inspection PUT, or the database write that marks an entry sent.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import threading

import pytest

from inspector_app.storage.outbox import OutboxState
from sync.helpers import (
    make_returns,
    open_station,
    queue_inspections,
    station_photo_hashes,
)

LIVES = 50


def _drain(data_dir, checklists_dir, url, token, ready) -> None:
    """A station life: open the bench, sync until nothing is pending, exit."""
    station = open_station(data_dir, checklists_dir, url, token)
    ready.set()
    pause = threading.Event()
    while station.sync_once().pending:
        pause.wait(0.05)
    station.close()
    os._exit(0)


@pytest.mark.slow
def test_station_killed_fifty_times_while_draining(
    live_server, server_view, tmp_path, checklists_dir
):
    data_dir = tmp_path / "bench"
    uuids: list[str] = []

    def top_up() -> None:
        """Queue another 200 inspections: a fast server may drain a batch within a few lives."""
        station = open_station(data_dir, checklists_dir)
        try:
            if not station.pending().entries:
                batch = make_returns(200, prefix=f"K{len(uuids)}-")
                uuids.extend(queue_inspections(station, batch, photos=1, photo_size=2048))
        finally:
            station.close()

    top_up()
    forked = multiprocessing.get_context("fork")
    rng = random.Random(20261126)
    args = (data_dir, checklists_dir, live_server.url, live_server.tokens["station"])
    killed_mid_drain = lives = 0
    # Only a life still syncing when its time is up counts (its loop ends once the queue is
    # empty), so the test goes on until 50 lives died mid-drain, topping the queue up as needed.
    while killed_mid_drain < LIVES and lives < LIVES * 4:
        lives += 1
        ready = forked.Event()
        child = forked.Process(target=_drain, args=(*args, ready))
        child.start()
        assert ready.wait(30), "the station did not open"
        child.join(rng.uniform(0.0, 0.3))
        if child.is_alive():
            child.kill()  # SIGKILL
            killed_mid_drain += 1
        child.join()
        if child.exitcode == 0:
            top_up()
    assert killed_mid_drain == LIVES

    last = forked.Process(target=_drain, args=(*args, forked.Event()))
    last.start()
    last.join(120)
    assert last.exitcode == 0

    stored = server_view.inspections()
    assert len(stored) == len(set(stored)) == len(uuids)
    assert set(stored) == set(uuids)
    station = open_station(data_dir, checklists_dir)
    try:
        for uuid in uuids:
            assert server_view.raw(uuid) == station.inspection(uuid).payload
        assert station_photo_hashes(station, uuids) <= server_view.photos()
        states = {e.state for e in station.outbox.list()}
        assert states == {OutboxState.SENT}
    finally:
        station.close()
