"""Push against the real server on loopback: offline queueing, restarts, refusals, tokens."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from live_server import LiveServer

from inspector_app import __version__
from inspector_app.server import admin
from inspector_app.server.db import Database as ServerDatabase
from inspector_app.storage.outbox import OutboxState
from inspector_app.sync import Connectivity, SyncStatus
from sync.fault_proxy import FaultProxy
from sync.helpers import (
    VERDICT,
    ServerView,
    assert_delivered_exactly,
    drain,
    make_returns,
    open_station,
    photo_bytes,
    queue_inspections,
    wait_for,
)


def test_server_down_at_finalize_then_back(tmp_path, checklists_dir):
    server = LiveServer(tmp_path / "server")
    server.start()
    server.stop()  # the port is now known, and nothing listens on it
    view = ServerView(server)
    station = open_station(tmp_path / "bench", checklists_dir, server.url, server.tokens["station"])
    try:
        uuids = queue_inspections(station, make_returns(5), photos=2)
        report = station.sync_once()
        assert report.state is Connectivity.OFFLINE
        assert report.pending == 5
        assert any("refused the connection" in e for e in report.errors)
        assert station.sync.state.status.last_error
        server.start()
        drain(station)
        assert_delivered_exactly(station, view, uuids)
        assert station.sync.state.status.state is Connectivity.ONLINE
        assert view.heartbeat("bench-1") == (__version__, 0, 0, True)
        assert station.sync.state.status.last_success_at is not None
    finally:
        station.close()
        view.close()
        server.close()


def test_worker_delivers_once_the_server_returns(tmp_path, checklists_dir):
    server = LiveServer(tmp_path / "server")
    server.start()
    server.stop()
    view = ServerView(server)
    station = open_station(
        tmp_path / "bench",
        checklists_dir,
        server.url,
        server.tokens["station"],
        **{"sync.interval_s": 3600},
    )
    try:
        station.start_sync()
        uuids = queue_inspections(station, make_returns(3))
        wait_for(station, lambda s: s.state is Connectivity.OFFLINE and s.pending == 3)
        server.start()
        wait_for(station, lambda s: s.state is Connectivity.ONLINE and s.pending == 0)
        assert_delivered_exactly(station, view, uuids)
    finally:
        station.close()
        view.close()
        server.close()


def test_worker_wakes_at_finalize_not_at_the_interval(
    live_server, server_view, tmp_path, checklists_dir
):
    station = open_station(
        tmp_path / "bench",
        checklists_dir,
        live_server.url,
        live_server.tokens["station"],
        **{"sync.interval_s": 3600},
    )
    try:
        station.start_sync()
        wait_for(station, lambda s: s.state is Connectivity.ONLINE)
        uuids = queue_inspections(station, make_returns(1))
        wait_for(station, lambda s: s.pending == 0 and s.state is Connectivity.ONLINE, timeout=10)
        assert server_view.inspections() == uuids
    finally:
        station.close()
    assert station._sync_worker is None


def test_server_killed_and_restarted_mid_drain_of_200(tmp_path, checklists_dir):
    server = LiveServer(tmp_path / "server")
    server.start()
    view = ServerView(server)
    station = open_station(
        tmp_path / "bench",
        checklists_dir,
        server.url,
        server.tokens["station"],
        **{"sync.interval_s": 3600},
    )
    try:
        uuids = queue_inspections(station, make_returns(200), photos=1)
        killed = threading.Event()

        def kill_midway(status: SyncStatus) -> None:
            if not killed.is_set() and status.pending <= 200 and view.inspection_count() >= 60:
                killed.set()
                server.kill()

        unsubscribe = station.sync.state.subscribe(kill_midway)
        station.start_sync()
        wait_for(station, lambda s: killed.is_set() and s.state is Connectivity.OFFLINE)
        unsubscribe()
        delivered_before = view.inspection_count()
        assert 60 <= delivered_before < 200
        server.start()
        wait_for(station, lambda s: s.state is Connectivity.ONLINE and s.pending == 0, timeout=120)
        assert_delivered_exactly(station, view, uuids)
    finally:
        station.close()
        view.close()
        server.close()


@pytest.mark.expect_log("inspector_app.sync.push", r"needs attention: The server refused \(409 ")
def test_refused_inspection_is_parked_with_a_message_and_the_queue_goes_on(
    live_server, server_view, tmp_path, checklists_dir
):
    returns = make_returns(3)
    other = open_station(
        tmp_path / "other",
        checklists_dir,
        live_server.url,
        live_server.add_station("bench-2"),
        **{"station.name": "bench-2"},
    )
    bench = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    try:
        first = queue_inspections(other, returns[1:2])
        drain(other)
        mine = queue_inspections(bench, returns)
        report = bench.sync_once()
        assert report.delivered == 2
        assert report.parked == 1
        assert report.state is Connectivity.ONLINE
        summary = bench.pending()
        assert summary.needs_attention == 1
        parked = summary.entries[0]
        assert parked.inspection_uuid == mine[1]
        assert parked.state is OutboxState.NEEDS_ATTENTION
        assert "Another final inspection of this return" in parked.message
        assert "return_already_inspected" in parked.last_error
        # The outbox keeps the reason's code, so each reader gets their language's words.
        assert bench.outbox.get(mine[1]).message == "return_already_inspected"
        assert set(server_view.inspections()) == {first[0], mine[0], mine[2]}
        # Retrying cannot change the server's mind: parked again, nothing dropped.
        bench.sync.retry(mine[1])
        assert bench.sync_once().parked == 1
        assert bench.pending().needs_attention == 1
    finally:
        other.close()
        bench.close()


@pytest.mark.expect_log("inspector_app.sync", "^sync paused: the server refused the station token$")
def test_rejected_token_pauses_sync_until_it_changes(
    live_server, server_view, tmp_path, checklists_dir
):
    station = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    try:
        uuids = queue_inspections(station, make_returns(2))
        live_server.revoke("station")
        report = station.sync_once()
        assert report.state is Connectivity.TOKEN_REJECTED
        assert station.sync.state.status.state is Connectivity.TOKEN_REJECTED
        entries = station.pending().entries
        assert [e.attempts for e in entries] == [0, 0]  # not the entries' fault
        # The worker's rounds do nothing while the token is refused.
        assert station.sync.run_round().state is Connectivity.TOKEN_REJECTED
        assert server_view.inspection_count() == 0
        db = ServerDatabase(live_server.config.db_url)
        with db.write() as session:
            fresh = admin.add_station(session, "bench-1")
        db.close()
        station.settings.set("server.token", fresh.secret)
        report = station.sync.run_round()
        assert report.state is Connectivity.ONLINE
        assert set(server_view.inspections()) == set(uuids)
    finally:
        station.close()


def test_photos_the_server_lost_are_sent_again(tmp_path, checklists_dir):
    """The server's database was restored from an older backup: our record of delivered
    photos is stale; the 422 listing them makes the station upload them again."""
    first = LiveServer(tmp_path / "first")
    second = LiveServer(tmp_path / "second")
    first.start()
    second.start()
    view = ServerView(second)
    station = open_station(tmp_path / "bench", checklists_dir, first.url, first.tokens["station"])
    try:
        returns = make_returns(2)
        sent = queue_inspections(station, returns[:1])
        drain(station)
        shared = station.inspection(sent[0]).photos[0]
        # A second inspection reusing the same photo bytes, queued for the other server.
        station.settings.update(
            {"server.url": second.url, "server.token": second.tokens["station"]}, "user"
        )
        station.returns.upsert(returns[1:])
        draft = station.start_inspection(returns[1].id, inspector="badge-0042")
        draft.answer("works", True)
        draft.add_photo("front", station.photos.read(shared.sha256))
        uuid = station.finalize(draft, VERDICT).uuid
        report = station.sync_once()
        assert report.sent == 1
        assert report.photos_uploaded == 1
        assert view.inspections() == [uuid]
        assert shared.sha256 in view.photos()
    finally:
        station.close()
        view.close()
        first.close()
        second.close()


def test_retry_after_is_persisted_and_respected(live_server, tmp_path, checklists_dir):
    def always_busy(_i: int, _method: str, _path: str) -> str:
        return "status_503"

    with FaultProxy(live_server.port, always_busy, retry_after_s=30) as proxy:
        station = open_station(
            tmp_path / "bench", checklists_dir, proxy.url, live_server.tokens["station"]
        )
        try:
            queue_inspections(station, make_returns(1))
            before = dt.datetime.now(dt.UTC)
            report = station.sync_once()
            assert report.retry_later == 1
            entry = station.pending().entries[0]
            assert entry.next_attempt_at >= before + dt.timedelta(seconds=29)
            assert "503" in entry.last_error
            # The worker's round honours it (no request goes out) ...
            assert station.sync.run_round().skipped_backoff
            assert proxy.counts["status_503"] == 1
        finally:
            station.close()
        # ... and so does the next start of the bench.
        station = open_station(
            tmp_path / "bench", checklists_dir, proxy.url, live_server.tokens["station"]
        )
        try:
            assert station.sync.run_round().skipped_backoff
            assert station.sync.seconds_until_next_round() > 25
            assert proxy.counts["status_503"] == 1
        finally:
            station.close()


@pytest.mark.parametrize("url", ["ftp://nowhere", "not a url"])
def test_bad_server_url_is_reported_not_raised(tmp_path, checklists_dir, url):
    station = open_station(tmp_path / "bench", checklists_dir, url, "t")
    try:
        queue_inspections(station, make_returns(1))
        before = dt.datetime.now(dt.UTC)
        report = station.sync_once()
        assert report.state is Connectivity.OFFLINE
        assert "server.url must look like" in report.errors[0]
        # The worker waits for the backoff rather than spinning on the due entry.
        retry_at = station.sync.state.status.retry_at
        assert retry_at is not None
        assert retry_at >= before + dt.timedelta(seconds=0.5)
    finally:
        station.close()


def test_standalone_bench_keeps_everything_queued(tmp_path, checklists_dir):
    station = open_station(tmp_path / "bench", checklists_dir)
    try:
        queue_inspections(station, make_returns(2))
        report = station.sync_once()
        assert report.state is Connectivity.DISABLED
        assert report.pending == 2
    finally:
        station.close()


def _correct(station, ret, original: str) -> str:
    draft = station.start_inspection(ret.id, inspector="badge-0042", supersedes=original)
    draft.answer("works", False)
    draft.add_photo("front", photo_bytes())
    return station.finalize(draft, VERDICT).uuid


def test_a_correction_reaches_the_server_after_its_original(
    live_server, server_view, tmp_path, checklists_dir
):
    returns = make_returns(3)
    station = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    try:
        originals = queue_inspections(station, returns)
        corrections = [
            _correct(station, ret, uuid) for ret, uuid in zip(returns, originals, strict=True)
        ]
        drain(station)
        assert set(server_view.inspections()) == set(originals + corrections)
        assert server_view.superseded() == dict(zip(originals, corrections, strict=True))
        assert station.pending().needs_attention == 0
    finally:
        station.close()


@pytest.mark.expect_log("inspector_app.sync.push", r"needs attention: The server refused \(409 ")
@pytest.mark.expect_log("inspector_app.sync.push", r"needs attention: waits for [0-9a-f-]+$")
def test_a_correction_of_a_parked_inspection_waits_for_it(live_server, tmp_path, checklists_dir):
    returns = make_returns(1)
    other = open_station(
        tmp_path / "other", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    bench = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    try:
        queue_inspections(other, returns)
        drain(other)
        [original] = queue_inspections(bench, returns)
        correction = _correct(bench, returns[0], original)
        pause = threading.Event()
        for _ in range(50):  # the correction is looked at again a second after the original
            if bench.sync_once().needs_attention == 2:
                break
            pause.wait(0.1)
        parked = {e.inspection_uuid: e for e in bench.pending().entries}
        assert "Another final inspection" in parked[original].message
        assert (
            "correction of an inspection that itself needs attention" in parked[correction].message
        )
    finally:
        other.close()
        bench.close()


def test_sync_now_sends_entries_still_waiting_out_their_retry(
    live_server, tmp_path, checklists_dir
):
    station = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    try:
        uuids = queue_inspections(station, make_returns(2))
        live_server.stop()
        for _ in range(5):  # each failed round doubles the entries' own waits (>= 8 s now)
            assert station.sync_once().state is Connectivity.OFFLINE
        soon = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
        assert all(e.next_attempt_at > soon for e in station.pending().entries)
        live_server.start()
        report = station.sync_once()  # a person pressed "sync now": the server is back
        assert report.sent == 2
        assert station.pending().entries == []
        assert len(uuids) == 2
    finally:
        station.close()
