"""The Back Market client against the fake marketplace: headers, pagination, the published
limits, and every failure turned into a clear state. Each exchange is validated against
Back Market's OpenAPI file by the `fake` fixture."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time

import pytest
from backmarket_fake import FakeBackMarket

from inspector_app.marketplace.backmarket.client import (
    BackMarketClient,
    MarketplaceBadAnswerError,
    MarketplaceChallengeError,
    MarketplaceNotFoundError,
    MarketplaceRateLimitedError,
    MarketplaceUnauthorizedError,
    MarketplaceUnavailableError,
    MarketplaceUnreachableError,
)
from marketplace.conftest import SCALE, connector_config


def test_every_request_carries_the_mandatory_headers(client, fake):
    fake.add_return(1001)
    client.care_folder(1001)
    client.order(fake.folders[1001]["orderline"]["order"]["order_id"])
    assert len(fake.requests) == 2
    for request in fake.requests:
        assert request.headers["Authorization"] == f"Basic {fake.token}"
        assert request.headers["Accept-Language"] == "fr-fr"
        assert request.headers["User-Agent"] == "BM-Acme Refurb-ReturnInspector;it@acme.example"
        assert request.headers["Accept"] == "application/json"


def test_care_folders_are_paged_by_last_id_and_filtered_by_modification(client, fake, validator):
    for folder_id in range(1001, 1036):
        fake.add_return(folder_id)
    seen = [f["id"] for f in client.care_folders()]
    assert seen == list(range(1001, 1036))
    lists = [r for r in fake.requests if r.path == "/ws/sav"]
    assert len(lists) == 4
    assert [r.query.get("last_id") for r in lists] == [None, ["1010"], ["1020"], ["1030"]]

    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    assert list(client.care_folders(modified_since=later)) == []
    assert fake.requests[-1].query["last_modification_date"] == [later.strftime("%Y-%m-%d-%H-%M")]
    assert validator.checked == 5


@pytest.mark.parametrize("limited", [True, False])
@pytest.mark.expect_log(
    "inspector_app.marketplace.backmarket", r"rate limit answered 429 .*; retrying in"
)
def test_the_limiter_keeps_a_burst_under_the_global_limit(tmp_path, limited):
    """25 requests as fast as they go against a fake allowing 10 in 3 s: with the limiter
    holding the same budget, never a 429; without it the fake blocks us (so this can fail).
    The budget is small so that even a slow, loaded machine goes over it unlimited."""
    from inspector_app.marketplace.backmarket.limits import RateLimiter, Window

    scale, window = 5.0, (10, 15.0)  # 10 requests in 3 s, a 2 s block
    with FakeBackMarket(global_limit=window, scale=scale) as server:  # the pace is the point
        server.add_return(1001)
        budget = {"global": (Window(*window),)} if limited else {}
        bm = BackMarketClient(
            connector_config(tmp_path, server, rate_scale=scale),
            limiter=RateLimiter(budget, scale=scale),
        )
        started = time.monotonic()
        for _ in range(25):
            bm.care_folder(1001)
        elapsed = time.monotonic() - started
        bm.close()
    if limited:
        assert server.served_429 == 0
        assert elapsed >= 2 * window[1] / scale  # 9 a window: 25 need more than two windows
        assert bm.limiter.waited_s > 0
    else:
        assert server.served_429 > 0


@pytest.mark.expect_log(
    "inspector_app.marketplace.backmarket", r"rate limit answered 429 .*; retrying in"
)
def test_429_waits_out_the_block_then_succeeds(client, fake, caplog):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001$", "429")
    caplog.set_level(logging.WARNING, "inspector_app.marketplace")
    started = time.monotonic()
    assert client.care_folder(1001)["id"] == 1001
    assert time.monotonic() - started >= 10.0 / SCALE * 0.9
    assert [r.status for r in fake.requests] == [429, 200]
    assert "429" in caplog.text


@pytest.mark.expect_log(
    "inspector_app.marketplace.backmarket",
    r"rate limit answered 429 .*; (retrying in|gave up after)",
)
def test_persistent_429_becomes_the_rate_limited_state(tmp_path, fake):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001$", "429", times=50)
    bm = BackMarketClient(connector_config(tmp_path, fake))
    with pytest.raises(MarketplaceRateLimitedError) as caught:
        bm.care_folder(1001)
    assert caught.value.state == "rate_limited"
    assert not caught.value.item_level
    assert 1 < len(fake.requests) <= 5


@pytest.mark.parametrize(("kind", "code"), [("403_html", ""), ("403_bot", "bot-need-challenge")])
def test_cloudflare_403_is_a_challenge_never_retried(client, fake, kind, code):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001$", kind)
    with pytest.raises(MarketplaceChallengeError) as caught:
        client.care_folder(1001)
    assert caught.value.state == "challenged"
    assert caught.value.code == code
    assert caught.value.cf_ray in str(caught.value)
    assert len(fake.requests) == 1


def test_wrong_token_is_unauthorized(tmp_path, fake):
    config = connector_config(tmp_path, fake)
    bm = BackMarketClient(dataclasses.replace(config, token="not-the-token"))
    with pytest.raises(MarketplaceUnauthorizedError) as caught:
        bm.care_folder(1)
    assert "not-the-token" not in str(caught.value)
    assert len(fake.requests) == 1


@pytest.mark.expect_log(
    "inspector_app.marketplace.backmarket", r": 50[03] .*; (retrying in|gave up after)"
)
def test_5xx_is_retried_then_given_up_as_unavailable(client, fake):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001$", "503", times=2)
    assert client.care_folder(1001)["id"] == 1001
    fake.inject(r"^/ws/sav/1001$", "500", times=10)
    with pytest.raises(MarketplaceUnavailableError):
        client.care_folder(1001)


@pytest.mark.expect_log("inspector_app.marketplace.backmarket", r"asked us to slow down \(E008")
def test_e008_is_a_request_to_slow_down(client, fake):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001$", "e008")
    assert client.care_folder(1001)["id"] == 1001
    assert len(fake.requests) == 2


@pytest.mark.expect_log(
    "inspector_app.marketplace.backmarket",
    r": (no answer for more than \d+ s|the connection was lost before a complete answer); "
    r"(retrying in|gave up after)",
)
def test_a_slow_answer_times_out_and_is_retried(tmp_path, fake):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001$", "slow:8")
    bm = BackMarketClient(connector_config(tmp_path, fake, timeout_s=3.0))
    assert bm.care_folder(1001)["id"] == 1001
    assert bm.stats.retries == 1
    fake.inject(r"^/ws/sav/1001$", "drop", times=10)
    with pytest.raises(MarketplaceUnreachableError):
        bm.care_folder(1001)


@pytest.mark.parametrize("kind", ["not_json", "malformed"])
def test_an_answer_that_is_not_the_marketplace_json_is_a_bad_answer(client, fake, kind):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001$", kind)
    with pytest.raises(MarketplaceBadAnswerError) as caught:
        client.care_folder(1001)
    assert caught.value.item_level


def test_missing_folder_is_not_found_for_that_item_only(client, fake):
    with pytest.raises(MarketplaceNotFoundError) as caught:
        client.care_folder(4242)
    assert caught.value.item_level


@pytest.mark.expect_log(
    "inspector_app.marketplace.backmarket", r": 503 Service Unavailable; retrying in"
)
def test_the_token_never_reaches_a_log_line(client, fake, caplog):
    caplog.set_level(logging.DEBUG)
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001$", "503")
    client.care_folder(1001)
    with pytest.raises(MarketplaceNotFoundError):
        client.care_folder(7)
    assert caplog.records
    assert fake.token not in caplog.text


def test_check_reports_headers_and_the_clock(client, fake):
    fake.add_return(1001)
    result = client.check()
    assert result.user_agent.startswith("BM-Acme Refurb-")
    assert result.clock_skew_s is not None
    assert abs(result.clock_skew_s) < 5
    assert fake.requests[-1].query == {"page": ["1"], "page-size": ["1"]}


def test_backship_lists_are_paged_without_following_foreign_links(client, fake):
    now = dt.datetime.now(dt.UTC)
    for folder_id in range(1001, 1024):
        fake.add_return(folder_id)
        fake.add_backship_return(folder_id, tracking=f"XY{folder_id}", created=now)
    entries = list(client.backship_returns(start_date=now - dt.timedelta(days=1)))
    assert len(entries) == 23
    assert [r.query.get("page") for r in fake.requests] == [None, ["2"], ["3"]]
