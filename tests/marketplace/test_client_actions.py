"""The client's four calls on a Care folder against the fake marketplace: what each does,
that each is sent exactly once, and that an answer that may hide an effect is reported as
`unknown` rather than retried. Every request and answer is validated against Back Market's
OpenAPI file by the `fake` fixture."""

from __future__ import annotations

import socket
from decimal import Decimal

import pytest
from backmarket_fake import FakeBackMarket

from inspector_app.marketplace.backmarket.client import (
    Attachment,
    BackMarketClient,
    MarketplaceChallengeError,
    MarketplaceOutcomeUnknownError,
    MarketplaceRateLimitedError,
    MarketplaceRefusedError,
    MarketplaceUnreachableError,
)
from marketplace.conftest import connector_config

NEW = 100_000_501
"""A folder id of the marketplace's current range (typed problems with files)."""

PHOTO = Attachment("photo-1.jpg", b"\xff\xd8\xff" + b"p" * 2000)


def _line(fake: FakeBackMarket, folder_id: int) -> dict:
    return fake.folders[folder_id]["orderline"]


def test_a_refund_of_a_shipped_orderline_is_type_6_with_its_amount(client, fake, validator):
    fake.add_return(1001, price="389.00")
    summary = client.refund(_line(fake, 1001)["id"], 6, Decimal("120.50"))
    assert "120.50" in summary
    assert [(r["orderline"], r["type"], r["amount"]) for r in fake.refunds] == [
        (_line(fake, 1001)["id"], 6, Decimal("120.50"))
    ]
    assert _line(fake, 1001)["state"] == 6
    posts = [r for r in fake.requests if r.method == "POST"]
    assert len(posts) == 1 and validator.checked == 1


def test_a_second_refund_of_the_orderline_is_refused_by_the_marketplace(client, fake):
    fake.add_return(1001)
    client.refund(_line(fake, 1001)["id"], 6, Decimal("389.00"))
    with pytest.raises(MarketplaceRefusedError, match="orderline state 6") as refused:
        client.refund(_line(fake, 1001)["id"], 6, Decimal("389.00"))
    assert refused.value.status == 400
    assert len(fake.refunds) == 1


def test_a_message_goes_with_its_photos_and_reopens_a_closed_folder(client, fake):
    fake.add_return(1001, state=9)
    created = client.post_message(1001, "Bonjour Camille,\n\nRéf. RI-abc", [PHOTO, PHOTO])
    folder = fake.folders[1001]
    assert folder["state"] == 0
    mine = folder["messages"][-1]
    assert mine["id"] == created["id"] and mine["message"].endswith("RI-abc")
    assert len(mine["attachments"]) == 2


def test_problems_follow_the_published_rules_on_types_text_and_files(client, fake):
    fake.add_return(NEW)
    client.declare_problem(NEW, "WRONG_ITEM", "IMEI differs. RI-p1", [PHOTO])
    fake.add_return(1001)
    with pytest.raises(MarketplaceRefusedError, match="Only OTHER"):
        client.declare_problem(1001, "WRONG_ITEM", "IMEI differs", [PHOTO])
    client.declare_problem(1001, "OTHER")
    with pytest.raises(MarketplaceRefusedError, match="mandatory"):
        client.declare_problem(NEW, "OOW_ITEM", "Liquid damage")
    assert [(p["folder"], p["type"], p["files"]) for p in fake.problems] == [
        (NEW, "WRONG_ITEM", ["photo-1.jpg"]),
        (1001, "OTHER", []),
    ]
    assert fake.folders[NEW]["messages"][-1]["message"].endswith("RI-p1")


def test_an_item_transfer_takes_its_tracking_number_once(client, fake):
    fake.add_return(1001)
    client.item_transfer(1001, "Colissimo", "6A12345678901", "NOTHING")
    with pytest.raises(MarketplaceRefusedError, match="already exists") as again:
        client.item_transfer(1001, "Colissimo", "6A12345678901", "NOTHING")
    assert again.value.status == 400
    fake.add_return(NEW)
    with pytest.raises(MarketplaceRefusedError, match="not yet supported"):
        client.item_transfer(NEW, "Colissimo", "6A99999999999", "REPAIR")
    assert len(fake.item_transfers) == 1


@pytest.mark.parametrize(
    ("fault", "effect"),
    [("after:slow:4", 1), ("after:drop", 1), ("after:500", 1), ("drop", 0), ("503", 0)],
)
def test_a_post_whose_outcome_is_lost_is_unknown_and_never_resent(tmp_path, fake, fault, effect):
    """Whatever happened, the client sent the refund once and says it cannot know."""
    fake.add_return(1001)
    bm = BackMarketClient(connector_config(tmp_path, fake, timeout_s=1.0))
    fake.inject(r"^/ws/sav/refund$", fault)
    try:
        with pytest.raises(MarketplaceOutcomeUnknownError):
            bm.refund(_line(fake, 1001)["id"], 6, Decimal("389.00"))
    finally:
        bm.close()
    assert len(fake.refunds) == effect
    assert sum(r.path == "/ws/sav/refund" for r in fake.requests) == 1


def test_429_holds_the_post_back_with_the_block_and_does_nothing(client, fake):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/1001/msg$", "429")
    with pytest.raises(MarketplaceRateLimitedError) as held:
        client.post_message(1001, "Hello")
    assert held.value.retry_in_s == pytest.approx(client.limiter.block_s)
    assert fake.posted_messages == []
    fake.inject(r"^/ws/sav/1001/msg$", "e008")
    with pytest.raises(MarketplaceRateLimitedError, match="E008"):
        client.post_message(1001, "Hello")
    assert fake.posted_messages == []


def test_cloudflare_403_is_a_challenge_not_an_unknown(client, fake):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav/refund$", "403_html")
    with pytest.raises(MarketplaceChallengeError):
        client.refund(_line(fake, 1001)["id"], 6, Decimal("1.00"))
    assert fake.refunds == []


def test_a_connection_never_made_is_not_unknown(tmp_path, fake):
    """Nothing listens on the port: the request never left, so it may simply be tried later."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = connector_config(tmp_path, fake, base_url=f"http://127.0.0.1:{port}")
    bm = BackMarketClient(config)
    try:
        with pytest.raises(MarketplaceUnreachableError) as failed:
            bm.item_transfer(1001, "Colissimo", "6A12345678901", "NOTHING")
    finally:
        bm.close()
    assert not isinstance(failed.value, MarketplaceOutcomeUnknownError)
