"""Sync through a misbehaving network (fault_proxy.py) to the real server: exactly once, and
a captive portal's "200 OK" page is never taken for a delivery."""

from __future__ import annotations

import threading

import pytest

from inspector_app.sync import Connectivity
from inspector_app.sync.policy import BASE_DELAY_S
from sync.fault_proxy import FAULTS, FaultProxy, random_plan
from sync.helpers import (
    drain_through,
    make_returns,
    open_station,
    queue_inspections,
    station_photo_hashes,
)


# some faults cut an answer mid-header, which urllib3 reports before the client refuses it
@pytest.mark.expect_log("urllib3.connection", "^Failed to parse headers")
def test_exactly_once_through_every_kind_of_fault(
    live_server, server_view, tmp_path, checklists_dir
):
    plan = random_plan(seed=7, rate=0.25)
    with FaultProxy(live_server.port, plan, delay_s=0.3, retry_after_s=1) as proxy:
        station = open_station(
            tmp_path / "bench", checklists_dir, proxy.url, live_server.tokens["station"]
        )
        try:
            uuids = queue_inspections(station, make_returns(30), photos=2, photo_size=8192)
            reports = drain_through(station)
            stored = server_view.inspections()
            assert len(stored) == len(set(stored)) == len(uuids)
            assert set(stored) == set(uuids)
            for uuid in uuids:
                assert server_view.raw(uuid) == station.inspection(uuid).payload
            assert station_photo_hashes(station, uuids) <= server_view.photos()
            assert station.pending().needs_attention == 0
        finally:
            station.close()
    for fault in FAULTS:
        assert proxy.counts[fault] >= 1, f"{fault} never happened: {proxy.counts}"
    assert sum(r.delivered for r in reports) >= len(uuids)
    assert any(r.state is Connectivity.OFFLINE for r in reports)


def test_captive_portal_is_never_a_delivery(live_server, server_view, tmp_path, checklists_dir):
    def portal(_i: int, _method: str, _path: str) -> str:
        return "captive"

    with FaultProxy(live_server.port, portal) as proxy:
        station = open_station(
            tmp_path / "bench", checklists_dir, proxy.url, live_server.tokens["station"]
        )
        try:
            queue_inspections(station, make_returns(2))
            for _ in range(3):
                report = station.sync_once()
                assert report.delivered == 0
                assert report.state is Connectivity.OFFLINE
            assert "captive portal" in station.sync.state.status.last_error
            assert station.pending().pending == 2
            assert server_view.inspection_count() == 0
        finally:
            station.close()
        assert proxy.counts["captive"] >= 3


def test_answer_lost_after_the_server_stored_it_is_a_replay(
    live_server, server_view, tmp_path, checklists_dir
):
    lost = threading.Event()

    def lose_first_inspection_answer(_i: int, method: str, path: str) -> str:
        if method == "PUT" and "/inspections/" in path and not lost.is_set():
            lost.set()
            return "drop_after"
        return "pass"

    with FaultProxy(live_server.port, lose_first_inspection_answer) as proxy:
        station = open_station(
            tmp_path / "bench", checklists_dir, proxy.url, live_server.tokens["station"]
        )
        try:
            uuids = queue_inspections(station, make_returns(1))
            first = station.sync_once()
            assert first.delivered == 0
            assert server_view.inspections() == uuids  # stored, but the station cannot know
            reports = drain_through(station)
            assert sum(r.replayed for r in reports) == 1
            assert sum(r.sent for r in reports) == 0
            assert server_view.inspections() == uuids
        finally:
            station.close()
        assert proxy.counts["drop_after"] == 1


def test_an_entry_the_server_chokes_on_does_not_block_the_queue(
    live_server, server_view, tmp_path, checklists_dir
):
    poisoned: list[str] = []

    def fail_one_inspection(_i: int, method: str, path: str) -> str:
        if method != "PUT" or not poisoned or "/inspections/" not in path:
            return "pass"
        # The others answer after the failed one's first retry time (at most BASE_DELAY_S),
        # as on a loaded machine: the round must still not try it twice.
        return "status_500" if path.endswith(poisoned[0]) else "delay"

    with FaultProxy(live_server.port, fail_one_inspection, delay_s=2 * BASE_DELAY_S) as proxy:
        station = open_station(
            tmp_path / "bench", checklists_dir, proxy.url, live_server.tokens["station"]
        )
        try:
            uuids = queue_inspections(station, make_returns(6))
            poisoned.append(uuids[0])  # the oldest, first in line
            report = station.sync_once()
            assert report.delivered == 5
            assert report.retry_later == 1
            assert set(server_view.inspections()) == set(uuids[1:])
            [waiting] = station.pending().entries
            assert waiting.inspection_uuid == uuids[0]
            assert waiting.attempts == 1
            assert "HTTP 500" in waiting.last_error
            assert station.sync.state.status.retry_at is None  # the station is not backing off
        finally:
            station.close()
        assert proxy.counts["status_500"] == 1
