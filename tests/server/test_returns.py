"""Lookup by any code, normalised like the station; the delta feed and its cursor."""

from __future__ import annotations

import threading

import pytest

from .builders import imei_for, make_return
from .feed_reader import FeedReader, import_versions


@pytest.mark.parametrize(
    "code",
    [
        "RET-00001",
        "rma-00001",
        "ORD 00001",
        "1z999aa10000000001",  # tracking, lower case
        "]C11Z999AA10000000001",  # AIM symbology prefix from a handheld scanner
        imei_for(1),  # IMEI
        "sn00000001",  # serial
    ],
)
def test_lookup_by_any_code(server, code):
    server.add_returns([make_return(1), make_return(2)])
    answer = server.client.get(
        "/api/v1/returns/lookup", params={"code": code}, headers=server.auth()
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["id"] == "RET-00001"
    assert body["inspected"] is False
    assert body["price"] == "399.00"


def test_lookup_unknown_is_404_problem(server):
    answer = server.client.get(
        "/api/v1/returns/lookup", params={"code": "NOPE"}, headers=server.auth()
    )
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["code"] == "return_not_found"


@pytest.mark.parametrize("code", ["\x07BEL", "é-accent", "A" * 65])
def test_lookup_of_a_non_code_is_422(server, code):
    answer = server.client.get(
        "/api/v1/returns/lookup", params={"code": code}, headers=server.auth()
    )
    assert answer.status_code == 422
    assert answer.json()["code"] == "invalid_code"


def test_feed_pages_in_change_order(server):
    server.add_returns([make_return(n) for n in range(1, 8)])
    seen, cursor = [], ""
    while True:
        page = server.client.get(
            "/api/v1/returns", params={"changed_since": cursor, "limit": 3}, headers=server.auth()
        ).json()
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == [f"RET-{n:05d}" for n in range(1, 8)]
    empty = server.client.get(
        "/api/v1/returns", params={"changed_since": cursor}, headers=server.auth()
    ).json()
    assert empty == {"items": [], "next_cursor": cursor, "has_more": False}


def test_reimport_of_unchanged_return_does_not_reappear(server):
    server.add_returns([make_return(1)])
    cursor = server.client.get("/api/v1/returns", headers=server.auth()).json()["next_cursor"]
    server.add_returns([make_return(1)])
    server.add_returns([make_return(1, customer_name="M. D.")])
    page = server.client.get(
        "/api/v1/returns", params={"changed_since": cursor}, headers=server.auth()
    ).json()
    assert [(i["id"], i["customer_name"]) for i in page["items"]] == [("RET-00001", "M. D.")]


@pytest.mark.parametrize("cursor", ["abc", "-1", "1e9", "١٢", "9" * 30])
def test_bad_cursor_is_a_problem(server, cursor):
    answer = server.client.get(
        "/api/v1/returns", params={"changed_since": cursor}, headers=server.auth()
    )
    assert answer.status_code in (400, 422)
    assert answer.headers["content-type"] == "application/problem+json"


def test_feed_never_skips_or_repeats_updates_committed_while_paging(server):
    """Writers import and update returns concurrently while a reader pages with limit 5.

    At the end, the reader must have seen every return, and for each return, its versions in
    the order they were written, each at most once; its final view equals the database's.
    """
    total, rounds = 40, 4
    errors: list[BaseException] = []
    writers = [
        threading.Thread(
            target=import_versions, args=(server.add_returns, range(o, total, 2), rounds, errors)
        )
        for o in (0, 1)
    ]
    reader = FeedReader(
        lambda cursor: server.client.get(
            "/api/v1/returns",
            params={"changed_since": cursor, "limit": 5},
            headers=server.auth(),
        ).json(),
        lambda item: item["reason_detail"],
    )
    versions = reader.follow(writers)
    assert not errors
    assert len(versions) == total
    for seen in versions.values():
        assert seen == sorted(seen), seen  # versions in write order
        assert len(seen) == len(set(seen)), seen  # never the same version twice
        assert seen[-1] == f"v{rounds - 1}"  # the final state reached the reader


def test_concurrent_imports_of_the_same_new_returns_both_succeed(server):
    """Two imports racing on the same new ids: the feed lock orders them, none fails."""
    batch = [make_return(n) for n in range(1, 21)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)

    def import_batch() -> None:
        barrier.wait()
        try:
            server.add_returns(batch)
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=import_batch) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    page = server.client.get("/api/v1/returns", headers=server.auth()).json()
    assert len(page["items"]) == 20
