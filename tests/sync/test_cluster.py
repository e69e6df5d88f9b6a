"""Exactly once through three server workers on PostgreSQL behind a round-robin proxy:
each request of a bench's drain may reach a different worker, one worker is killed
mid-drain, and faults are injected on the way (tests/cluster.py, fault_proxy.py)."""

from __future__ import annotations

import threading

import pytest
from cluster import Cluster

from inspector_app.sync import Connectivity, SyncStatus
from sync.fault_proxy import FAULTS, FaultProxy, random_plan
from sync.helpers import (
    ServerView,
    assert_delivered_exactly,
    drain_through,
    make_returns,
    open_station,
    queue_inspections,
    wait_for,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def cluster(empty_pg_url, tmp_path):
    trio = Cluster(tmp_path / "server", db_url=empty_pg_url)
    trio.start()
    yield trio
    trio.close()


@pytest.fixture
def view(cluster):
    seen = ServerView(cluster)
    yield seen
    seen.close()


def test_drain_of_200_through_three_workers_one_killed_midway(
    cluster, view, tmp_path, checklists_dir
):
    station = open_station(
        tmp_path / "bench",
        checklists_dir,
        cluster.url,
        cluster.tokens["station"],
        **{"sync.interval_s": 3600},
    )
    try:
        uuids = queue_inspections(station, make_returns(200), photos=1)
        killed = threading.Event()

        def kill_one_midway(status: SyncStatus) -> None:
            if not killed.is_set() and view.inspection_count() >= 60:
                killed.set()
                cluster.kill_worker(1)

        unsubscribe = station.sync.state.subscribe(kill_one_midway)
        station.start_sync()
        wait_for(
            station,
            lambda s: killed.is_set() and s.state is Connectivity.ONLINE and s.pending == 0,
            timeout=300,
        )
        unsubscribe()
        assert_delivered_exactly(station, view, uuids)
    finally:
        station.close()
    counts = cluster.proxy.counts
    for worker in cluster.workers:
        assert counts[f"upstream:{worker.port}"] > 0  # each worker took part
    assert counts["upstream_refused"] > 0  # requests went around the dead one


# some faults cut an answer mid-header, which urllib3 reports before the client refuses it
@pytest.mark.expect_log("urllib3.connection", "^Failed to parse headers")
def test_exactly_once_through_every_kind_of_fault_on_three_workers(
    cluster, view, tmp_path, checklists_dir
):
    ports = [worker.port for worker in cluster.workers]
    plan = random_plan(seed=11, rate=0.25)
    with FaultProxy(ports, plan, delay_s=0.3, retry_after_s=1) as proxy:
        station = open_station(
            tmp_path / "bench", checklists_dir, proxy.url, cluster.tokens["station"]
        )
        try:
            uuids = queue_inspections(station, make_returns(30), photos=2, photo_size=8192)
            drain_through(station)
            assert_delivered_exactly(station, view, uuids)
        finally:
            station.close()
    for fault in FAULTS:
        assert proxy.counts[fault] >= 1, f"{fault} never happened: {proxy.counts}"
    assert all(proxy.counts[f"upstream:{port}"] > 0 for port in ports)
