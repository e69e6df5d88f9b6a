"""A bench that managed its own people joins a server: the server's list rules from then on,
and nobody the server does not know is left able to sign inspections."""

from __future__ import annotations

from pathlib import Path

from sync.helpers import open_station


def test_joining_a_server_takes_its_people_and_retires_the_benchs_own(
    live_server, data_dir: Path, checklists_dir: Path
) -> None:
    station = open_station(data_dir, checklists_dir)
    try:
        station.add_person("admin-01", "Ada Admin", "908172", role="admin")
        station.sign_in("admin-01", "908172")
        station.add_person("badge-0042", "Ines (added here)", "1111")
        station.add_person("badge-0777", "Nadia New", "2468")
        station.sign_out()
    finally:
        station.close()

    station = open_station(data_dir, checklists_dir, live_server.url, live_server.tokens["station"])
    try:
        report = station.sync_once()
        assert not report.errors, report.summary()
        people = {p.badge: p for p in station.people_here()}
        assert not people["badge-0042"].local, "the server's entry replaced the bench's"
        assert people["badge-0042"].name == "Ines Inspector"
        assert station.sign_in("badge-0042", "1234") is not None  # the server's PIN
        station.sign_out()
        assert not people["badge-0777"].active and not people["admin-01"].active
        assert station.sign_in("badge-0777", "2468") is None
        # A second pull does not bring them back.
        station.sync_once()
        assert {p.badge for p in station.people()} == {"badge-0042", "lead-0001"}
    finally:
        station.close()
