"""People at a bench without a server: its admin adds them, resets PINs and deactivates
them, each act in the bench's audit log; with a server, the server's list rules."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from inspector_app.cli import main as bench_main
from inspector_app.station import Station, StationError

from .support import Clock

ADMIN, ADMIN_PIN = "admin-01", "908172"


def _events(station: Station) -> list[tuple[str, str, str]]:
    start = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    end = station.clock() + dt.timedelta(days=1)
    kinds = {"person_added", "pin_reset", "person_deactivated"}
    return [
        (e.kind, e.actor, e.subject) for e in station.events.between(start, end) if e.kind in kinds
    ]


def test_an_admin_manages_the_people_of_a_standalone_bench(station: Station) -> None:
    assert station.standalone
    station.add_person(ADMIN, "Ada Admin", ADMIN_PIN, role="admin")  # the first: no sign-in
    with pytest.raises(StationError, match="Only an admin"):
        station.add_person("badge-9", "Nobody Signed", "1234")

    assert station.sign_in(ADMIN, ADMIN_PIN) is not None, "checked here, with no server"
    station.add_person("badge-1", "Ines", "1234")
    with pytest.raises(StationError, match="already someone's"):
        station.add_person("badge-1", "Ines Again", "1234")
    with pytest.raises(StationError, match="6 to 12 digits"):
        station.add_person("lead-1", "Luc", "1234", role="lead")
    station.reset_pin("badge-1", "5678")
    with pytest.raises(StationError, match="last admin"):
        station.deactivate_person(ADMIN)
    station.sign_out()

    assert station.sign_in("badge-1", "1234") is None
    assert station.sign_in("badge-1", "5678") is not None
    with pytest.raises(StationError, match="Only an admin"):
        station.deactivate_person("badge-1")
    station.sign_out()

    station.sign_in(ADMIN, ADMIN_PIN)
    station.deactivate_person("badge-1")
    station.sign_out()
    assert station.sign_in("badge-1", "5678") is None
    assert [p.badge for p in station.people()] == [ADMIN]
    assert {p.badge: p.active for p in station.people_here()} == {ADMIN: True, "badge-1": False}
    assert _events(station) == [
        ("person_added", "", ADMIN),
        ("person_added", ADMIN, "badge-1"),
        ("pin_reset", ADMIN, "badge-1"),
        ("person_deactivated", ADMIN, "badge-1"),
    ]


def test_a_bench_with_a_server_takes_its_people_from_it(data_dir: Path, clock: Clock) -> None:
    with Station.open(data_dir, clock=clock) as station:
        station.add_person(ADMIN, "Ada Admin", ADMIN_PIN, role="admin")
        station.settings.set("server.url", "http://127.0.0.1:9", source="machine")
        assert not station.standalone
        with pytest.raises(StationError, match="from the server"):
            station.add_person("badge-1", "Ines", "1234")
        # A lead's or an admin's PIN is the server's to check once there is one.
        with pytest.raises(StationError, match="cannot be reached"):
            station.sign_in(ADMIN, ADMIN_PIN)


def _cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return bench_main(["--data-dir", str(data_dir), "people", *argv])


def test_the_people_command(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["add", ADMIN, "Ada Admin", "--role", "admin"]
    assert _cli(data_dir, monkeypatch, argv, f"{ADMIN_PIN}\n") == 0
    argv = ["add", "badge-1", "Ines", "--admin", ADMIN]
    assert _cli(data_dir, monkeypatch, argv, "1\n1234\n") == 2
    assert "Wrong badge or PIN for admin-01" in capsys.readouterr().err
    argv = ["add", "badge-1", "Ines", "--admin", ADMIN]
    assert _cli(data_dir, monkeypatch, argv, f"{ADMIN_PIN}\n1234\n") == 0
    assert "added Ines (badge-1), inspector" in capsys.readouterr().out
    argv = ["reset-pin", "badge-1", "--admin", ADMIN]
    assert _cli(data_dir, monkeypatch, argv, f"{ADMIN_PIN}\n12\n") == 2
    assert "4 to 12 digits" in capsys.readouterr().err
    argv = ["deactivate", "badge-1", "--admin", ADMIN]
    assert _cli(data_dir, monkeypatch, argv, f"{ADMIN_PIN}\n") == 0
    assert _cli(data_dir, monkeypatch, ["list"], "") == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[-2:] == [
        "admin-01\tAda Admin\tadmin\tadded here",
        "badge-1\tInes\tinspector\tadded here  DEACTIVATED",
    ]
