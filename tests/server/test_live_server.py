"""The LiveServer helper runs the real CLI server: start, kill -9, restart on the same port."""

from __future__ import annotations

import requests
from live_server import LiveServer

from .builders import make_return


def test_live_server_serves_seeds_and_survives_kill(tmp_path):
    server = LiveServer(tmp_path / "srv", returns=[make_return(1)])
    try:
        server.start()
        got = requests.get(
            f"{server.url}/api/v1/returns/lookup",
            params={"code": "rma-00001"},
            headers=server.headers("station"),
            timeout=5,
        )
        assert got.status_code == 200
        assert got.json()["id"] == "RET-00001"
        port = server.port
        server.kill()
        try:
            requests.get(f"{server.url}/api/v1/health", timeout=2)
            raise AssertionError("a killed server answered")
        except requests.ConnectionError:
            pass
        server.add_returns([make_return(2)])
        assert server.restart() == f"http://127.0.0.1:{port}"
        got = requests.get(
            f"{server.url}/api/v1/returns/lookup",
            params={"code": "RMA-00002"},
            headers=server.headers(),
            timeout=5,
        )
        assert got.json()["id"] == "RET-00002"
        server.revoke("station")
        denied = requests.get(
            f"{server.url}/api/v1/checklists", headers=server.headers(), timeout=5
        )
        assert denied.status_code == 401
        assert denied.headers["content-type"] == "application/problem+json"
    finally:
        server.close()
    assert "ri_" not in server.log_path.read_text()  # no token ever reaches the log


def test_live_server_fixture(live_server):
    health = requests.get(f"{live_server.url}/api/v1/health", timeout=5)
    assert health.json()["status"] == "ok"
    assert set(live_server.tokens) == {"station", "inspector", "lead", "admin"}
