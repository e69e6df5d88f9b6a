"""The demo server child of `make run`: serves the seeded data, never outlives the station."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import requests

from inspector_app.commands.demo_server import DemoServer, DemoServerError
from inspector_app.settings import Settings
from inspector_app.station import Station

GONE_WITHIN_S = 60.0
"""How long a stopped child may take to release its port on a heavily loaded machine."""


def _answers(url: str) -> bool:
    try:
        requests.get(f"{url}/api/v1/health", timeout=2)
    except requests.ConnectionError:
        return False
    return True


def _wait_gone(url: str) -> None:
    deadline = time.monotonic() + GONE_WITHIN_S
    while _answers(url):
        assert time.monotonic() < deadline, f"{url} still answers"
        time.sleep(0.2)


def test_the_child_serves_the_seeded_demo_and_stops(tmp_path: Path) -> None:
    server = DemoServer(tmp_path / "server")
    url, station_token = server.url, server.tokens["station"]  # known before it serves
    try:
        server.wait()
        assert (server.url, server.tokens["station"]) == (url, station_token)
        assert set(server.tokens) >= {"station", "lead", "admin"}
        auth = {"Authorization": f"Bearer {server.tokens['station']}"}
        page = requests.get(f"{server.url}/api/v1/returns", headers=auth, timeout=10).json()
        code = page["items"][0]["rma"]
        found = requests.get(
            f"{server.url}/api/v1/returns/lookup", params={"code": code}, headers=auth, timeout=10
        )
        assert found.status_code == 200
        checklists = requests.get(f"{server.url}/api/v1/checklists", headers=auth, timeout=10)
        assert {c["category"] for c in checklists.json()} >= {"smartphone", "laptop"}
    finally:
        server.stop()
    assert not _answers(server.url)
    server.stop()  # a second stop is harmless (the tools stop it early, then in `finally`)


def test_the_child_follows_a_station_killed_outright(tmp_path: Path) -> None:
    """kill -9 of the station closes the pipe the child reads; the child then stops itself."""
    station = textwrap.dedent(
        f"""
        from pathlib import Path
        from inspector_app.commands.demo_server import DemoServer
        server = DemoServer(Path({str(tmp_path / "server")!r}))
        server.wait()
        print(server.url, flush=True)
        input()  # never answered: the test kills this process
        """
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", station], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        url = parent.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        assert _answers(url)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        _wait_gone(url)
    finally:
        if parent.poll() is None:
            parent.kill()


def test_a_child_that_cannot_start_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "server"
    folder.mkdir()
    (folder / "server.db").write_bytes(b"this is not a database" * 100)
    server = DemoServer(folder)
    with pytest.raises(DemoServerError, match="stopped while starting"):
        server.wait()
    server.stop()


def test_a_bench_opened_before_the_child_serves_syncs_at_its_first_try(
    tmp_path: Path,
) -> None:
    """`make run` opens the window while the child still imports and seeds: the bench's first
    round waits in the listening socket's backlog instead of being refused, so the demo
    inspector can sign in without the bench waiting out a retry."""
    server = DemoServer(tmp_path / "server")
    settings = Settings(
        {
            "server.url": server.url,
            "server.token": server.tokens["station"],
            "server.timeout_s": 120,  # seeding may take that long on a loaded machine
        }
    )
    try:
        with Station.open(tmp_path / "station", settings) as station:
            assert station.inspectors.get("badge-0042") is None
            report = station.sync_once()
            assert station.inspectors.get("badge-0042") is not None, report
            assert station.sign_in("badge-0042", "1234") is not None
    finally:
        server.stop()
