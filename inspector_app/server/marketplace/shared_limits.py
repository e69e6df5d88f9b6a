"""Back Market's rate budget kept in the server's database, shared by every process.

The poller and the sender may run in different server processes (workers, machines, the CLI
beside `serve`); Back Market counts all of them as one seller. So each request is counted in
the database, in one write transaction that first takes the budget's lock row (`SELECT ...
FOR UPDATE` on PostgreSQL; SQLite's write lock does the same), checks every window and counts
the request only if all have room: two processes can never both take the last slot.

Short windows (200 requests in 10 s, Care's per-minute budgets) count individual requests
(`marketplace_rate_requests`, forgotten once older than the longest short window). Daily
windows count by bucket, 1/1440 of the window (`marketplace_rate_usage`): a request counts
until its bucket's end plus a day, never less than the real one. A 429 block is a time kept
in `marketplace_state`, which every process honours.

Times are the processes' own clocks (`time.time`), so servers on several machines need
synchronised clocks, as the Care filters already require (`marketplace check` reports skew).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from inspector_app.marketplace.backmarket.limits import (
    PUBLISHED,
    SAFETY,
    Budgets,
    Window,
    is_daily,
)
from inspector_app.server.db import Database
from inspector_app.server.marketplace.tables import RateRequest, RateUsage, keep_first
from inspector_app.server.models import MarketplaceState

LOCK_KEY = "rate.lock"
BLOCK_KEY = "rate.blocked_until"
BUCKETS_PER_DAY = 1440


class SharedRateLimiter(Budgets):
    """The published budgets, counted in `db` for every process using it."""

    def __init__(
        self,
        db: Database,
        limits: Mapping[str, tuple[Window, ...]] = PUBLISHED,
        *,
        safety: float = SAFETY,
        scale: float = 1.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(limits, safety=safety, scale=scale, sleep=sleep)
        self._db = db
        self._clock = clock
        short = [w.seconds for ws in self._windows.values() for w in ws if not is_daily(w, scale)]
        self._keep_ms = int(max(short, default=0.0) * 1000) + 1

    def _take(self, endpoint: str) -> float:
        with self._db.write() as session:
            _lock(session)
            now = self._clock()
            now_ms = int(now * 1000)
            wait = max(0.0, _blocked_until(session) - now)
            for name, window in self.windows(endpoint):
                if is_daily(window, self.scale):
                    room_at = self._daily_room(session, name, window, now)
                    if room_at is not None:
                        raise self.daily_full(endpoint, name, window, room_at - now)
                else:
                    wait = max(wait, self._short_wait(session, name, window, now_ms))
            if wait > 0:
                return wait
            for name, window in self.windows(endpoint):
                if is_daily(window, self.scale):
                    _count_in_bucket(session, name, self._bucket(window, now))
                else:
                    session.add(RateRequest(name=name, at_ms=now_ms))
            session.execute(delete(RateRequest).where(RateRequest.at_ms < now_ms - self._keep_ms))
            return 0.0

    def _short_wait(self, session: Session, name: str, window: Window, now_ms: int) -> float:
        """0 when the window has room now, else the seconds until its oldest counted request
        that keeps it full is forgotten."""
        since = now_ms - int(window.seconds * 1000)
        recent = RateRequest.name == name, RateRequest.at_ms > since
        count = session.scalar(select(func.count()).select_from(RateRequest).where(*recent)) or 0
        if count < window.limit:
            return 0.0
        freeing = session.scalar(
            select(RateRequest.at_ms)
            .where(*recent)
            .order_by(RateRequest.at_ms)
            .offset(count - window.limit)
            .limit(1)
        )
        return max(0.001, ((freeing or now_ms) - since) / 1000)

    def _bucket(self, window: Window, now: float) -> int:
        return int(now // (window.seconds / BUCKETS_PER_DAY))

    def _daily_room(self, session: Session, name: str, window: Window, now: float) -> float | None:
        """None when the daily window has room; else the time a bucket frees."""
        length = window.seconds / BUCKETS_PER_DAY
        first = self._bucket(window, now - window.seconds)  # buckets ending after now - window
        rows = session.execute(
            select(RateUsage.bucket, RateUsage.count)
            .where(RateUsage.name == name, RateUsage.bucket >= first)
            .order_by(RateUsage.bucket)
        ).all()
        used = sum(count for _, count in rows)
        if used < window.limit:
            session.execute(
                delete(RateUsage).where(RateUsage.name == name, RateUsage.bucket < first)
            )
            return None
        return (rows[0].bucket + 1) * length + window.seconds

    def block(self, seconds: float | None = None) -> float:
        length = self.block_s if seconds is None else max(seconds, 0.0)
        with self._db.write() as session:
            _lock(session)
            until = max(_blocked_until(session), self._clock() + length)
            _set(session, BLOCK_KEY, repr(until))
        return length


def _lock(session: Session) -> None:
    """Take the budget's lock row (created on first use; the insert is harmless if another
    process created it meanwhile)."""
    keep_first(session, LOCK_KEY, "")


def _blocked_until(session: Session) -> float:
    row = session.get(MarketplaceState, BLOCK_KEY)
    try:
        return float(row.value) if row is not None else 0.0
    except ValueError:
        return 0.0


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(MarketplaceState, key)
    if row is None:
        session.add(MarketplaceState(key=key, value=value))
    else:
        row.value = value


def _count_in_bucket(session: Session, name: str, bucket: int) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(RateUsage).values(name=name, bucket=bucket, count=1)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["name", "bucket"], set_={"count": RateUsage.count + 1}
        )
    )
