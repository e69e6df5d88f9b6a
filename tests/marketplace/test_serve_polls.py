"""`inspector-server serve` polls Back Market by itself once marketplace.toml exists, and the
benches' feed carries what it pulled; it runs the outbound pass as well."""

from __future__ import annotations

import time

import requests
from live_server import LiveServer
from sqlalchemy import select

from inspector_app.server.db import Database
from inspector_app.server.job_models import JobRun
from inspector_app.server.marketplace.runner import SENDER_JOB
from marketplace.conftest import SCALE


def test_serve_polls_and_sends_when_configured_and_the_feed_carries_it(tmp_path, fake, monkeypatch):
    fake.add_return(1001)
    workdir = tmp_path / "server"
    workdir.mkdir()
    (workdir / "marketplace.toml").write_text(
        f'[backmarket]\nbase_url = "{fake.url}"\ncompany = "Acme"\n'
        f'contact_email = "it@acme.example"\nrate_scale = {SCALE}\npoll_interval_s = 60\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("RI_BACKMARKET_TOKEN", fake.token)
    server = LiveServer(workdir)
    server.start()
    try:
        deadline = time.monotonic() + 120
        ids: set[str] = set()
        while "BM-1001" not in ids and time.monotonic() < deadline:
            feed = requests.get(
                f"{server.url}/api/v1/returns", headers=server.headers(), timeout=30
            ).json()
            ids = {item["id"] for item in feed["items"]}
            time.sleep(0.5)
        assert "BM-1001" in ids
        fake.add_return(1002)  # the next poll, 60 s / SCALE later, brings it
        deadline = time.monotonic() + 120
        while "BM-1002" not in ids and time.monotonic() < deadline:
            feed = requests.get(
                f"{server.url}/api/v1/returns", headers=server.headers(), timeout=30
            ).json()
            ids = {item["id"] for item in feed["items"]}
            time.sleep(0.5)
        assert "BM-1002" in ids
        assert _sender_ran(server), "serve never ran the outbound pass"
    finally:
        server.close()
    assert fake.token not in server.log_path.read_text(encoding="utf-8")


def _sender_ran(server: LiveServer) -> bool:
    """Whether the serve process ran the job marketplace-sender (by its run records)."""
    db = Database(server.config.db_url)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with db.read() as session:
                query = select(JobRun.outcome).where(JobRun.job == SENDER_JOB)
                if "ok" in session.scalars(query).all():
                    return True
            time.sleep(0.5)
        return False
    finally:
        db.close()
