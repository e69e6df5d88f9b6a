"""The in-process demo server the GUI's demo mode uses."""

from __future__ import annotations

import requests

from inspector_app.server.embedded import EmbeddedServer


def test_embedded_demo_server_serves_seeded_data_and_stops(tmp_path):
    server = EmbeddedServer.demo(tmp_path / "demo", returns=5)
    url = server.start()
    try:
        assert set(server.tokens) == {"station", "inspector", "lead", "admin"}
        auth = {"Authorization": f"Bearer {server.tokens['station']}"}
        page = requests.get(f"{url}/api/v1/returns", headers=auth, timeout=10).json()
        assert len(page["items"]) == 5
        code = page["items"][0]["rma"]
        found = requests.get(
            f"{url}/api/v1/returns/lookup", params={"code": code}, headers=auth, timeout=10
        )
        assert found.status_code == 200
        checklists = requests.get(f"{url}/api/v1/checklists", headers=auth, timeout=10).json()
        assert {c["category"] for c in checklists} >= {"smartphone", "laptop"}
        people = requests.get(f"{url}/api/v1/inspectors", headers=auth, timeout=10).json()
        assert any(p["badge"] == "badge-0042" for p in people)
    finally:
        server.stop()
    try:
        requests.get(f"{url}/api/v1/health", timeout=2)
        raise AssertionError("the embedded server still answers after stop()")
    except requests.ConnectionError:
        pass
