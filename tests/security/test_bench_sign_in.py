"""At the bench: a badge alone never signs in a lead or an admin (nor anyone, where the site
says so), wrong PINs are throttled per badge even across restarts, and sign-ins, their
failures, sign-outs, discarded drafts and settings changes are in the bench's audit log,
which nobody can rewrite."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from typing import Any

import pytest
from gui.conftest import open_bench  # noqa: F401 (the GUI's station window fixture)
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from inspector_app.gui.main_window import SIGN_IN
from inspector_app.settings import Settings
from inspector_app.station import Station, StationError
from inspector_app.station.bench import PIN_FAILURE_WINDOW, PIN_FAILURES_ALLOWED

INSPECTOR, PIN = "badge-0007", "4321"
LEAD = "lead-0001"


def _people(station: Station) -> None:
    station.add_inspector(INSPECTOR, "Camille D.", PIN)
    station.add_inspector(LEAD, "Luc", "246813", role="lead")


def _events(station: Station, kind: str | None = None) -> list[Any]:
    start = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    return list(station.events.between(start, station.clock() + dt.timedelta(days=1), kind))


def test_a_badge_alone_signs_in_an_inspector_never_a_lead(bench):
    station, _ = bench
    _people(station)
    lead = station.check_badge(LEAD)
    assert lead.person is not None and lead.pin_needed
    assert station.signed_in is None
    inspector = station.check_badge(f" {INSPECTOR} ")
    assert inspector.person is not None and not inspector.pin_needed
    assert station.signed_in is not None and station.signed_in.badge == INSPECTOR
    assert station.check_badge("nobody").person is None

    station.sign_out()
    station.settings.set("station.badge_needs_pin", True, source="machine")
    assert station.check_badge(INSPECTOR).pin_needed
    assert station.signed_in is None


def test_wrong_pins_are_throttled_per_badge_across_restarts(bench, tmp_path):
    station, clock = bench
    _people(station)
    station.add_inspector("badge-0008", "Léa", "8888")
    for _ in range(PIN_FAILURES_ALLOWED):
        assert station.sign_in(INSPECTOR, "0000") is None
    with pytest.raises(StationError, match=r"Too many wrong PINs.*15 minutes"):
        station.sign_in(INSPECTOR, PIN)  # the right PIN is not even tried
    assert station.sign_in("badge-0008", "8888") is not None  # another badge is not locked

    data_dir = station.data_dir
    station.close()
    reopened = Station.open(data_dir, clock=clock)
    try:
        with pytest.raises(StationError, match="Too many wrong PINs"):
            reopened.sign_in(INSPECTOR, PIN)
        clock.now += PIN_FAILURE_WINDOW
        assert reopened.sign_in(INSPECTOR, PIN) is not None
        assert reopened.sign_in(INSPECTOR, "0000") is None  # a success starts the count again
        assert reopened.sign_in(INSPECTOR, PIN) is not None
    finally:
        reopened.close()


def test_bench_acts_are_audited_who_when_where(bench, batch):
    station, clock = bench
    _people(station)
    assert station.sign_in(INSPECTOR, "9999") is None
    assert station.sign_in(INSPECTOR, PIN) is not None
    draft = station.start_inspection(batch.returns[0].id, inspector=INSPECTOR)
    station.discard(draft)
    before = {o.key: v for o, v, _ in station.settings.items()}
    station.settings.set("server.token", "st-new-secret")
    station.settings.set("retention.days", 7)
    station.record_settings_changes(before)
    station.sign_out()

    events = _events(station)
    assert [(e.kind, e.actor, e.subject) for e in events] == [
        ("sign_in_failed", "", INSPECTOR),
        ("sign_in", INSPECTOR, INSPECTOR),
        ("draft_discarded", INSPECTOR, batch.returns[0].id),
        ("setting_changed", INSPECTOR, "server.token"),
        ("setting_changed", INSPECTOR, "retention.days"),
        ("sign_out", INSPECTOR, INSPECTOR),
    ]
    assert {e.place for e in events} == {station.settings["station.name"]}
    assert all(e.at == clock.now for e in events)
    assert events[2].detail == draft.uuid
    assert events[3].detail == "changed"  # a secret's value is never written
    assert events[4].detail == "30 -> 7"
    with pytest.raises(DBAPIError, match="append-only"), station.db.write() as session:
        session.execute(text("DELETE FROM bench_events"))
    assert len(_events(station)) == len(events)


def test_scanning_a_leads_badge_asks_for_the_pin(open_bench, qtbot):  # noqa: F811
    bench = open_bench(Settings({"ui.sounds": False, "camera.source": ""}, source="cli"))
    bench.app.scans.stop()
    _people(bench.station)
    bench.window._load_people()
    combo = bench.window.sign_in.ui.inspector
    qtbot.waitUntil(lambda: combo.findData(LEAD) >= 0)
    bench.window.handle_scan([LEAD], "scanner")
    qtbot.waitUntil(lambda: combo.currentData() == LEAD)
    qtbot.waitUntil(lambda: "type your PIN" in bench.window.sign_in.ui.error.text())
    assert bench.window.current_page() == SIGN_IN
    assert bench.station.signed_in is None


def test_the_bench_log_exports_as_csv_no_spreadsheet_runs(tmp_path, station_env):
    data_dir = tmp_path / "bench"
    station = Station.open(data_dir)
    try:
        station.add_inspector(INSPECTOR, "Camille D.", PIN)
        station.sign_in("=HYPERLINK(1)", "0000")
        station.sign_in(INSPECTOR, PIN)
    finally:
        station.close()
    done = subprocess.run(
        [sys.executable, "-m", "inspector_app", "--data-dir", str(data_dir), "events"],
        env=station_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert rows[0][:3] == ["id", "at (UTC)", "kind"]
    assert [(r[2], r[5]) for r in rows[1:]] == [
        ("sign_in_failed", "'=HYPERLINK(1)"),
        ("sign_in", INSPECTOR),
    ]
