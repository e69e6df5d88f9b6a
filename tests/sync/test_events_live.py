"""The bench's audit log reaches a real server: each event once, placed at the bench its
token names, beside the server's own events; and a bench killed with SIGKILL between the
server's answer and its own note of it (or at any random moment of a drain) loses no event
and stores none twice."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import threading
from pathlib import Path

import pytest
import requests

from inspector_app.domain.texts import translate
from inspector_app.storage.bench_events import BenchEventsRepo
from inspector_app.sync.events import BATCH
from inspector_app.wire import AuditPage
from sync.helpers import ServerView, kill_after_the_answer, open_station

BENCH = "bench-ev"
"""The name the server gives the test's token; the bench's own setting says otherwise."""


def _token(live_server) -> str:
    return live_server.add_station(BENCH)


def _record(station, n: int, tag: str) -> None:
    for i in range(n):
        station.events.record(
            "setting_changed",
            at=station.clock(),
            actor="badge-0042",
            place=station.settings["station.name"],
            subject=f"{tag}-{i}",
        )


def _bench_ids(station) -> list[str]:
    start = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(9000, 1, 1, tzinfo=dt.UTC)
    return [e.event_id for e in station.events.between(start, end)]


def test_acts_at_the_bench_reach_the_leads_audit(
    live_server, server_view: ServerView, data_dir: Path, checklists_dir: Path
) -> None:
    station = open_station(
        data_dir, checklists_dir, live_server.url, _token(live_server), **{"station.name": "fake"}
    )
    try:
        station.sync_once()  # the people who may sign in
        assert station.sign_in("badge-0042", "9999") is None
        assert station.sign_in("badge-0042", "1234") is not None
        before = {"ui.sounds": station.settings["ui.sounds"]}
        station.settings.set("ui.sounds", not before["ui.sounds"], "user")
        station.record_settings_changes(before)
        station.sign_out()
        report = station.sync_once()
        assert report.events_sent == 4, report.summary()
        stored = server_view.bench_events(BENCH)
        assert [kind for _, kind, _ in stored] == [
            "sign_in_failed",
            "sign_in",
            "setting_changed",
            "sign_out",
        ]
        assert [event_id for event_id, _, _ in stored] == _bench_ids(station)
        assert station.sync_once().events_sent == 0, "nothing twice"
    finally:
        station.close()
    day = dt.datetime.now(dt.UTC).date().isoformat()
    page = requests.get(
        f"{live_server.url}/api/v1/lead/audit",
        params={"date_from": day, "date_to": day, "limit": 500},
        headers=live_server.headers("lead"),
        timeout=30,
    )
    items = AuditPage.model_validate(page.json()).items
    mine = [e for e in items if e.source == "bench"]
    assert {(e.place, e.actor, e.role) for e in mine if e.kind == "sign_in"} == {
        (BENCH, "badge-0042", "inspector")
    }
    # The details travel by code beside their English: a French lead reads them in French.
    french = {"inspector": "contrôleur", "{role}, {method}": "{role}, {method}", "PIN": "code PIN"}
    details = {
        e.kind: (
            e.detail,
            translate(e.detail_phrase.phrase(), "fr", lambda _c, s: french.get(s, "")),
        )
        for e in mine
        if e.kind in ("sign_in", "sign_in_failed")
    }
    assert details["sign_in"] == ("inspector, PIN", "contrôleur, code PIN")
    assert details["sign_in_failed"][0] == "wrong PIN"
    assert any(e.kind == "station_added" and e.source == "server" for e in items)


def test_killed_between_the_answer_and_the_mark(
    live_server, server_view: ServerView, data_dir: Path, checklists_dir: Path
) -> None:
    token = _token(live_server)
    station = open_station(data_dir, checklists_dir)
    _record(station, BATCH + 50, "k")
    ids = _bench_ids(station)
    station.close()

    kill_after_the_answer(
        BenchEventsRepo, "mark_sent_through", (data_dir, checklists_dir, live_server.url, token)
    )
    stored = [event_id for event_id, _, _ in server_view.bench_events(BENCH)]
    assert stored == ids[:BATCH], "the server has the first batch; the bench never noted it"

    station = open_station(data_dir, checklists_dir, live_server.url, token)
    try:
        assert len(station.events.unsent(BATCH * 2)) == len(ids)
        report = station.sync_once()
        assert report.events_sent == len(ids), report.summary()
        assert station.events.unsent(BATCH) == []
    finally:
        station.close()
    stored = [event_id for event_id, _, _ in server_view.bench_events(BENCH)]
    assert stored == ids, "each event once, in the bench's order"


LIVES = 20


def _drain(data_dir, checklists_dir, url, token, ready) -> None:
    station = open_station(data_dir, checklists_dir, url, token)
    ready.set()
    pause = threading.Event()
    while station.events.unsent(1):
        station.sync_once()
        pause.wait(0.02)
    station.close()
    os._exit(0)


@pytest.mark.slow
def test_killed_at_random_while_uploading(
    live_server, server_view: ServerView, data_dir: Path, checklists_dir: Path
) -> None:
    token = _token(live_server)
    forked = multiprocessing.get_context("fork")
    rng = random.Random(20261202)
    recorded = 0

    def top_up() -> None:
        nonlocal recorded
        station = open_station(data_dir, checklists_dir)
        try:
            if not station.events.unsent(1):
                _record(station, 2000, f"life{recorded}")
                recorded += 2000
        finally:
            station.close()

    top_up()
    killed = lives = 0
    while killed < LIVES and lives < LIVES * 4:
        lives += 1
        ready = forked.Event()
        child = forked.Process(
            target=_drain, args=(data_dir, checklists_dir, live_server.url, token, ready)
        )
        child.start()
        assert ready.wait(30), "the station did not open"
        child.join(rng.uniform(0.0, 0.3))
        if child.is_alive():
            child.kill()
            killed += 1
        child.join()
        if child.exitcode == 0:
            top_up()
    assert killed == LIVES

    last = forked.Process(
        target=_drain, args=(data_dir, checklists_dir, live_server.url, token, forked.Event())
    )
    last.start()
    last.join(120)
    assert last.exitcode == 0
    station = open_station(data_dir, checklists_dir)
    try:
        ids = _bench_ids(station)
    finally:
        station.close()
    stored = [event_id for event_id, _, _ in server_view.bench_events(BENCH)]
    assert len(ids) == recorded
    assert len(stored) == len(set(stored)) == len(ids)
    assert stored == ids
