"""What a load balancer and an operator rely on: readiness, and a stop that lets in-flight
uploads finish."""

from __future__ import annotations

import signal
import threading
import time

import pytest
import requests
from live_server import LiveServer
from security.uploads import begin_upload
from starlette.testclient import TestClient

from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig

from .builders import image_bytes
from .conftest import build_server

READY = "/api/v1/health/ready"


def test_ready_when_the_database_answers_with_the_store_and_disk_reported(server):
    answer = server.client.get(READY)
    assert answer.status_code == 200
    assert answer.json() == {
        "status": "ready",
        "database": "ok",
        "photo_store": "ok",
        "disk": "ok",
    }


def test_low_disk_is_reported_but_the_server_stays_ready(db_url, tmp_path):
    srv = build_server(db_url, tmp_path / "photos", min_free_bytes=2**62)
    with srv.client:
        answer = srv.client.get(READY)
    srv.db.close()
    assert answer.status_code == 200
    assert answer.json()["disk"] == "low"


@pytest.mark.expect_log("inspector_app.server.health", "^not ready: database$")
def test_not_ready_without_the_database(tmp_path):
    dead = "postgresql+psycopg://nobody:nothing@127.0.0.1:9/none"  # nothing listens on :9
    config = ServerConfig(db_url=dead, photo_dir=tmp_path / "photos", run_jobs=False)
    with TestClient(create_app(config, migrate=False)) as client:
        answer = client.get(READY)
        alive = client.get("/api/v1/health")
    assert answer.status_code == 503
    assert answer.json()["code"] == "not_ready"
    assert answer.headers["content-type"] == "application/problem+json"
    assert int(answer.headers["retry-after"]) > 0
    assert "nobody" not in answer.text  # no connection details to whoever asks
    assert alive.status_code == 200  # liveness does not depend on the database


def test_sigterm_lets_an_upload_in_flight_finish_then_exits(db_url, tmp_path):
    server = LiveServer(tmp_path / "srv", db_url=db_url)
    server.start()
    try:
        body = image_bytes(1) + bytes(200_000)
        upload = begin_upload(server, "station", body, 100_000)
        stopping = threading.Thread(target=server.stop)
        stopping.start()
        deadline = time.monotonic() + 30
        while True:  # new connections are refused once the stop began...
            try:
                requests.get(f"{server.url}/api/v1/health", timeout=2)
            except requests.ConnectionError:
                break
            assert time.monotonic() < deadline, "still accepting connections"
            time.sleep(0.05)
        assert upload.finish() == 201  # ...while the upload in flight completes
        stopping.join(60)
        assert not stopping.is_alive()
    finally:
        server.close()
    # uvicorn re-raises the SIGTERM once done, which systemd counts as a clean stop
    assert server.process.returncode in (0, -signal.SIGTERM)
    assert "Traceback" not in server.log_path.read_text()
