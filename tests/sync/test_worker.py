"""The background worker: observable state, and a clean stop even mid-request."""

from __future__ import annotations

import threading
import time

from inspector_app.sync import Connectivity, SyncStatus
from sync.helpers import make_returns, open_station, queue_inspections
from sync.raw_server import RawServer, silent


def test_subscribers_see_syncing_then_online_with_falling_counts(
    live_server, tmp_path, checklists_dir
):
    station = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    seen: list[SyncStatus] = []
    lock = threading.Lock()

    def record(status: SyncStatus) -> None:
        with lock:
            seen.append(status)

    try:
        queue_inspections(station, make_returns(12))
        unsubscribe = station.sync.state.subscribe(record)
        station.sync_once()
        unsubscribe()
    finally:
        station.close()
    states = [s.state for s in seen]
    assert states[0] is Connectivity.SYNCING
    assert states[-1] is Connectivity.ONLINE
    pending = [s.pending for s in seen]
    assert pending == sorted(pending, reverse=True)
    assert pending[-1] == 0
    assert seen[-1].last_success_at is not None
    assert seen[-1].last_error == ""


def test_stop_returns_promptly_while_a_request_hangs(tmp_path, checklists_dir):
    with RawServer(silent()) as server:
        station = open_station(
            tmp_path / "bench", checklists_dir, server.url, "token", **{"server.timeout_s": 1.0}
        )
        try:
            queue_inspections(station, make_returns(1))
            worker = station.start_sync()
            syncing = threading.Event()
            station.sync.state.subscribe(
                lambda s: syncing.set() if s.state is Connectivity.SYNCING else None
            )
            station.sync.notify_finalized()
            assert syncing.wait(10)
            started = time.monotonic()
            assert worker.stop(timeout=10)
            # The request in flight is bounded by its deadline (2 s here), plus scheduling slack.
            assert time.monotonic() - started < 5
            assert not worker.running
            assert station.pending().pending == 1  # nothing lost, nothing sent
        finally:
            station.close()


def test_no_server_configured_means_disabled_and_idle_worker(tmp_path, checklists_dir):
    station = open_station(tmp_path / "bench", checklists_dir)
    try:
        queue_inspections(station, make_returns(1))
        assert station.sync.state.status.state is Connectivity.DISABLED
        assert station.sync.state.status.pending == 1
        worker = station.start_sync()
        assert station.sync.seconds_until_next_round() == station.settings["sync.interval_s"]
        assert worker.stop(timeout=5)
    finally:
        station.close()


def test_station_closes_twice_with_sync(tmp_path, checklists_dir):
    station = open_station(tmp_path / "bench", checklists_dir, "http://127.0.0.1:9", "t")
    station.start_sync()
    station.close()
    station.close()
