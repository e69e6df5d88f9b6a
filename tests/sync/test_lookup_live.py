"""Late parcels: a code the bench's cache lacks is asked of the real server at the scan,
within a short deadline, and cached; when the server cannot answer, the inspector is told so."""

from __future__ import annotations

import time

from inspector_app.station import AnswerSource
from inspector_app.sync.engine import LOOKUP_DEADLINE_S
from sync.fault_proxy import FaultProxy
from sync.helpers import make_returns, open_station


def test_a_code_missing_from_the_cache_is_found_on_the_server_and_cached(
    tmp_path, checklists_dir, live_server
):
    returns = make_returns(3, prefix="L")
    live_server.add_returns(returns)
    station = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    try:
        assert station.returns.count() == 0  # never synced: the feed never brought it
        late = station.lookup(returns[1].tracking_numbers[0].lower())
        assert late.found and late.ret.id == returns[1].id
        assert late.source is AnswerSource.SERVER
        assert not late.inspected and late.eligibility is not None
        assert station.returns.get(returns[1].id) is not None
        assert station.returns.count() == 1  # only what was asked for

        nowhere = station.lookup("1Z999AA10000000000")
        assert not nowhere.found
        assert "here or on the server" in nowhere.message
    finally:
        station.close()

    live_server.stop()
    station = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    try:
        cached = station.lookup(returns[1].rma)  # offline now: the cache answers
        assert cached.found and cached.source is AnswerSource.CACHE
        unasked = station.lookup(returns[2].rma)
        assert not unasked.found
        assert "the server could not be asked" in unasked.message
    finally:
        station.close()


def test_a_slow_server_is_given_up_on_at_the_lookup_deadline(tmp_path, checklists_dir, live_server):
    returns = make_returns(1, prefix="S")
    live_server.add_returns(returns)
    stalled = 10 * LOOKUP_DEADLINE_S
    with FaultProxy(live_server.port, lambda *_: "delay", delay_s=stalled) as proxy:
        station = open_station(
            tmp_path / "bench",
            checklists_dir,
            proxy.url,
            live_server.tokens["station"],
            **{"server.timeout_s": 60.0},
        )
        try:
            started = time.monotonic()
            result = station.lookup(returns[0].rma)
            waited = time.monotonic() - started
            assert not result.found
            assert "could not be asked" in result.message
            assert waited < stalled  # the deadline, not the server, ended the wait
            assert station.returns.count() == 0
        finally:
            station.close()


def test_no_server_configured_means_no_network_and_the_old_advice(tmp_path, checklists_dir):
    station = open_station(tmp_path / "bench", checklists_dir)
    try:
        result = station.lookup("1Z999AA10000000000")
        assert not result.found
        assert result.message.endswith("import or sync the returns list.")
    finally:
        station.close()
