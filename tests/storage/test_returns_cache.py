"""The returns cache finds a return by any of its codes, in any printed form."""

from __future__ import annotations

import dataclasses
import datetime as dt

from inspector_app.domain.returns import Return
from inspector_app.storage.db import Database
from inspector_app.storage.returns_cache import CachedReturn, ReturnsCache


def test_every_code_finds_its_return(db: Database, demo: list[Return]) -> None:
    cache = ReturnsCache(db)
    assert cache.upsert(demo) == len(demo)
    for ret in demo:
        for code in ret.codes():
            found = cache.find([code.upper().replace(" ", "").replace("-", "")])
            assert ret.id in [c.ret.id for c in found], code
    assert cache.get(demo[0].id).ret == demo[0]
    assert cache.count() == len(demo)


def test_unknown_code_finds_nothing(db: Database, demo: list[Return]) -> None:
    cache = ReturnsCache(db)
    cache.upsert(demo)
    assert cache.find(["ZZZ000NOTHING"]) == []
    assert cache.find([]) == []


def test_upsert_replaces_fields_and_codes(db: Database, demo: list[Return]) -> None:
    cache = ReturnsCache(db)
    ret = demo[0]
    cache.upsert([ret])
    changed = dataclasses.replace(
        ret, tracking_numbers=("1Z999AA10123456784",), reason_detail="updated"
    )
    cache.upsert([changed])
    assert cache.count() == 1
    assert cache.get(ret.id).ret.reason_detail == "updated"
    assert cache.find(["1Z999AA10123456784"])[0].ret.id == ret.id
    for old in ret.tracking_numbers:
        assert cache.find([old]) == []


def test_inspected_flag_is_never_forgotten(db: Database, demo: list[Return]) -> None:
    cache = ReturnsCache(db)
    cache.upsert([CachedReturn(demo[0], inspected=True)])
    cache.upsert([CachedReturn(demo[0], inspected=False)])
    assert cache.get(demo[0].id).inspected


def test_shared_code_prefers_first_candidate_then_latest_request(
    db: Database, demo: list[Return]
) -> None:
    cache = ReturnsCache(db)
    older, newer = demo[0], demo[1]
    older = dataclasses.replace(
        older, order_id="ORDER-77", requested_at=older.ordered_at + dt.timedelta(days=1)
    )
    newer = dataclasses.replace(
        newer,
        order_id="ORDER-77",
        ordered_at=older.ordered_at,
        requested_at=older.ordered_at + dt.timedelta(days=2),
    )
    cache.upsert([older, newer])
    assert [c.ret.id for c in cache.find(["ORDER77"])] == [newer.id, older.id]
    assert cache.find([older.rma.replace("-", ""), "ORDER77"])[0].ret.id == older.id


def test_purge_forgets_old_inspected_returns_and_keeps_those_still_expected(
    db: Database, demo: list[Return]
) -> None:
    cache = ReturnsCache(db)
    inspected, expected = demo[: len(demo) // 2], demo[len(demo) // 2 :]
    cache.upsert([CachedReturn(r, inspected=True) for r in inspected])
    cache.upsert(expected)
    assert cache.purge_cached_before(dt.datetime.now(dt.UTC) - dt.timedelta(days=1)) == 0
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    assert cache.purge_cached_before(later) == len(inspected)
    assert cache.count() == len(expected)
    assert cache.get(inspected[0].id) is None
    assert cache.get(expected[0].id).ret == expected[0]


def test_the_marketplace_standing_is_kept_until_the_feed_replaces_it(
    db: Database, demo: list[Return]
) -> None:
    """A feed page brings where a marketplace return stands; an import file (which knows
    nothing of the marketplace) keeps it; the next feed page replaces it."""
    cache = ReturnsCache(db)
    ret = demo[0]
    closed = {"code": "folder_closed", "params": {}}
    cache.upsert([CachedReturn(ret, marketplace="Care folder closed", marketplace_phrase=closed)])
    assert cache.get(ret.id).marketplace == "Care folder closed"
    cache.upsert([ret])
    kept = cache.get(ret.id)
    assert (kept.marketplace, kept.marketplace_phrase) == ("Care folder closed", closed)
    cache.upsert([CachedReturn(ret, marketplace="Refund of 389.00 EUR: confirmed")])
    replaced = cache.get(ret.id)
    assert replaced.marketplace == "Refund of 389.00 EUR: confirmed"
    assert replaced.marketplace_phrase is None  # the feed's new line, which came without one
