"""Pull from the real server: returns (delta feed with a persisted cursor), checklists and
inspectors land in the bench's cache, so scanning and sign-in work offline."""

from __future__ import annotations

import dataclasses

from live_server import PEOPLE, LiveServer

from inspector_app.sync import Connectivity
from inspector_app.sync.client import ServerClient
from sync.helpers import CHECKLIST, make_returns, open_station, queue_inspections

CHECKLIST_V2 = CHECKLIST.replace("version: 1", "version: 2")


def test_pull_fills_the_cache_and_resumes_from_its_cursor(tmp_path, checklists_dir):
    returns = make_returns(30, prefix="S")
    server = LiveServer(tmp_path / "server", returns=returns, checklists=[CHECKLIST_V2])
    server.start()
    station = open_station(tmp_path / "bench", checklists_dir, server.url, server.tokens["station"])
    try:
        report = station.sync_once()
        assert report.state is Connectivity.ONLINE
        assert report.returns_pulled == 30
        assert report.checklists_pulled == 1
        assert report.inspectors_pulled == len(PEOPLE)
        assert station.templates.get("sync_check", 2) is not None

        assert station.sync_once().returns_pulled == 0  # nothing changed since the cursor
        client = ServerClient.from_settings(station.settings)
        assert client.lookup(returns[5].rma.lower()).id == returns[5].id
        assert client.lookup("NOSUCHCODE") is None
        client.close()
        changed = dataclasses.replace(returns[3], reason_detail="Customer called back")
        server.add_returns([changed, *make_returns(2, prefix="T")])
        assert station.sync_once().returns_pulled == 3
        assert station.returns.get(returns[3].id).ret.reason_detail == "Customer called back"
    finally:
        station.close()

    # Restarted and offline: the cursor survived, the cache answers scans, PINs work.
    server.stop()
    station = open_station(tmp_path / "bench", checklists_dir, server.url, server.tokens["station"])
    try:
        found = station.lookup(returns[7].tracking_numbers[0])
        assert found.found
        assert found.ret.id == returns[7].id
        name, badge, pin = PEOPLE["inspector"]
        signed_in = station.sign_in(badge, pin)
        assert signed_in is not None
        assert signed_in.name == name
        assert station.sync_once().state is Connectivity.OFFLINE
        server.start()
        assert station.sync_once().returns_pulled == 0
    finally:
        station.close()
        server.close()


def test_returns_inspected_elsewhere_are_flagged_after_a_pull(tmp_path, checklists_dir):
    returns = make_returns(2, prefix="U")
    server = LiveServer(tmp_path / "server", returns=returns)
    server.start()
    other = open_station(
        tmp_path / "other",
        checklists_dir,
        server.url,
        server.add_station("bench-2"),
        **{"station.name": "bench-2"},
    )
    bench = open_station(tmp_path / "bench", checklists_dir, server.url, server.tokens["station"])
    try:
        bench.sync_once()
        assert not bench.lookup(returns[0].rma).inspected
        queue_inspections(other, returns[:1])
        assert other.sync_once().delivered == 1
        assert bench.sync_once().returns_pulled >= 1
        assert bench.lookup(returns[0].rma).inspected
        assert not bench.lookup(returns[1].rma).inspected
    finally:
        other.close()
        bench.close()
        server.close()
