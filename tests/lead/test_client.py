"""LeadClient against a real server process: the session replaces the station token, a wrong
PIN and an unreachable server give plain errors, and the bench falls back to its figures."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from gui.conftest import french

from inspector_app.gui.lead import connect_lead
from inspector_app.lead.client import LeadClient
from inspector_app.settings import Settings
from inspector_app.sync.client import ClientConfig, ServerRefusedError, ServerUnreachableError

DAY = dt.date(2026, 11, 26)


def config(url: str, token: str) -> ClientConfig:
    return ClientConfig(base_url=url, token=token, station="bench-1", timeout_s=5)


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_session_opens_reads_and_ends(live_server):
    client = LeadClient(config(live_server.url, live_server.tokens["station"]))
    try:
        session = client.sign_in("lead-0001", "432100")
        assert session.role == "lead"
        assert live_server.tokens["station"] not in str(client._session.headers)
        report = client.report(DAY, DAY)
        assert (report.date_from, report.inspected) == (DAY, 0)
        assert client.waiting(DAY).total == 0
        expected = client.expected(DAY)
        assert (expected.total, [c.key for c in expected.counts]) == (
            0,
            ["today", "in_transit", "overdue", "label_issued"],
        )
        client.sign_out()
        with pytest.raises(ServerRefusedError) as refused:
            client.report(DAY, DAY)
        assert refused.value.status == 401
    finally:
        client.close()


def test_wrong_pin_is_a_plain_refusal(live_server):
    client = LeadClient(config(live_server.url, live_server.tokens["station"]))
    with pytest.raises(ServerRefusedError) as refused:
        client.sign_in("lead-0001", "000000")
    assert refused.value.problem.code == "lead_sign_in_refused"
    assert "000000" not in str(refused.value)
    client.close()


def test_connect_lead_says_why_it_is_offline(live_server):
    values = {
        "server.url": live_server.url,
        "server.token": live_server.tokens["station"],
        "station.name": "bench-1",
    }
    ok = connect_lead(Settings(values, source="cli"), "lead-0001", "432100")
    assert ok.client is not None and not ok.why_offline
    ok.client.sign_out()
    ok.client.close()
    refused = connect_lead(Settings(values, source="cli"), "lead-0001", "999999")
    assert refused.client is None and "refused" in refused.why_offline
    gone = connect_lead(
        Settings({**values, "server.url": closed_port_url()}, source="cli"), "lead-0001", "432100"
    )
    assert gone.client is None and "cannot be reached" in gone.why_offline
    unset = connect_lead(Settings({**values, "server.url": ""}, source="cli"), "lead-0001", "1")
    assert "no server configured" in unset.why_offline


__all__ = ["french"]


def test_why_the_server_cannot_be_reached_reads_in_the_windows_language(french):
    """The network failure's own words are a phrase too: a French window says them in French,
    not 'The server refused the connection' inside a French sentence."""
    values = {"server.url": closed_port_url(), "server.token": "ri_x", "station.name": "bench-1"}
    gone = connect_lead(Settings(values, source="cli"), "lead-0001", "432100")
    assert gone.why_offline == (
        "Le serveur est injoignable (Le serveur a refusé la connexion (est-il démarré ?).)."
    )


def test_unreachable_server_is_a_network_error():
    client = LeadClient(config(closed_port_url(), "ri_x"))
    with pytest.raises(ServerUnreachableError):
        client.sign_in("lead-0001", "432100")
    client.close()


def test_a_bench_receives_a_parcel_once(live_server):
    from dataclasses import replace

    from inspector_app.domain.demo import demo_returns
    from inspector_app.sync.client import ServerClient

    ret = replace(demo_returns(1, DAY)[0], id="BM-4242", received_at=None)
    live_server.add_returns([ret])
    client = ServerClient(config(live_server.url, live_server.tokens["station"]))
    try:
        first = client.receive("BM-4242")
        assert first.status == "received"
        again = client.receive("BM-4242")
        assert (again.status, again.received_at) == ("already_received", first.received_at)
        assert client.lookup("BM-4242").received_at == first.received_at
        with pytest.raises(ServerRefusedError) as refused:
            client.receive("BM-0000")
        assert refused.value.problem.code == "return_not_found"
    finally:
        client.close()
