"""The rate budget kept in the server's database: every process shares one budget (the
10 s window, the per-minute and daily counts, a 429 block), daily counts survive restarts,
and on PostgreSQL processes racing for the last slots never get more than the budget."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from server.conftest import _empty_pg as empty_pg

from inspector_app.marketplace.backmarket.limits import DailyLimitReachedError, Window
from inspector_app.server.db import Database
from inspector_app.server.marketplace.shared_limits import SharedRateLimiter

REPO = Path(__file__).resolve().parents[2]


class Clock:
    """Epoch seconds that only move when a limiter sleeps (shared by several limiters)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    yield database
    database.close()


def _limiter(db, limits, clock, **kwargs):
    return SharedRateLimiter(db, limits, clock=clock, sleep=clock.sleep, **kwargs)


def test_two_processes_share_the_ten_second_window(db):
    clock = Clock()
    limits = {"global": (Window(10, 10.0),)}
    poller, sender = _limiter(db, limits, clock), _limiter(db, limits, clock)
    for _ in range(4):
        poller.acquire("care_folder", max_wait_s=60)
        sender.acquire("care_refund", max_wait_s=60)
    poller.acquire("care_folder", max_wait_s=60)
    assert clock.now == 1_800_000_000.0  # 9 allowed (90 %): the tenth waits
    sender.acquire("care_message", max_wait_s=60)
    assert clock.now == pytest.approx(1_800_000_010.0, abs=0.01)
    assert sender.waited_s == pytest.approx(10.0, abs=0.01)


def test_per_minute_windows_count_their_endpoint_only(db):
    clock = Clock()
    limits = {"global": (Window(100, 10.0),), "care_message": (Window(4, 60.0),)}
    limiter = _limiter(db, limits, clock, safety=1.0)
    for _ in range(4):
        limiter.acquire("care_message", max_wait_s=120)
    for _ in range(10):
        limiter.acquire("care_folder", max_wait_s=120)
    assert clock.now == 1_800_000_000.0
    limiter.acquire("care_message", max_wait_s=120)
    assert clock.now == pytest.approx(1_800_000_060.0, abs=0.01)


def test_the_daily_budget_survives_a_restart_and_frees_after_a_day(db):
    clock = Clock()
    limits = {"care_refund": (Window(10, 86_400.0),)}
    first = _limiter(db, limits, clock)
    for _ in range(9):
        first.acquire("care_refund", max_wait_s=60)
    restarted = _limiter(db, limits, clock)
    with pytest.raises(DailyLimitReachedError) as caught:
        restarted.acquire("care_refund", max_wait_s=60)
    assert 86_400 <= caught.value.wait_s <= 86_400 + 60 + 1  # the bucket's end, plus a day
    clock.now += 86_400 + 61
    restarted.acquire("care_refund", max_wait_s=60)


def test_a_429_block_holds_every_process_back(db):
    clock = Clock()
    poller, sender = _limiter(db, {}, clock, scale=2.0), _limiter(db, {}, clock, scale=2.0)
    assert poller.block() == 5.0
    sender.acquire("care_refund", max_wait_s=60)
    assert clock.now == pytest.approx(1_800_000_005.0, abs=0.01)


_RACER = textwrap.dedent(
    """
    import sys
    from inspector_app.marketplace.backmarket.limits import DailyLimitReachedError, Window
    from inspector_app.server.db import Database
    from inspector_app.server.marketplace.shared_limits import SharedRateLimiter

    db = Database(sys.argv[1])
    limiter = SharedRateLimiter(db, {"care_refund": (Window(50, 86_400.0),)})
    granted = 0
    while True:
        try:
            limiter.acquire("care_refund", max_wait_s=0)
        except DailyLimitReachedError:
            break
        granted += 1
    print(granted)
    """
)


@pytest.mark.postgres
def test_processes_racing_for_the_last_slots_never_exceed_the_budget(pg_url):
    """Four processes take refund slots as fast as they can from one daily budget of 45
    (90 % of 50): together they get exactly 45, however the race goes. (On SQLite the
    database's single writer decides the same race by itself.)"""
    empty_pg(pg_url)
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, pg_url], stdout=subprocess.PIPE, text=True, cwd=REPO
        )
        for _ in range(4)
    ]
    granted = [int(racer.communicate(timeout=300)[0]) for racer in racers]
    assert sum(granted) == 45, granted
