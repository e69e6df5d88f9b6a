"""Sign-in throttling, counted in the database by one atomic statement per attempt.

Each attempt is charged *before* the PIN is checked: an INSERT ... ON CONFLICT DO UPDATE
adds one to the key's counter (or starts a new window) and returns the new count, in a
transaction committed before the slow PIN hash is computed. Two requests, or two server
processes, can therefore never both read "four so far" and both try their guess: PostgreSQL
and SQLite each apply the statement to one row at a time. A right PIN gives its charge back.

Two keys are charged: the badge at this bench (a bench's own guessing stops soon), and the
badge everywhere (many stolen bench tokens together stop too). The second limit is higher,
so one bench alone cannot lock a lead out of every other bench.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from inspector_app.server.trust_models import SignInCounter


@dataclass(frozen=True, slots=True)
class Limit:
    """At most `attempts` in a fixed window of `window` from the first of them."""

    attempts: int
    window: dt.timedelta


AT_BENCH = Limit(attempts=5, window=dt.timedelta(minutes=15))
"""A badge's wrong PINs at one bench."""
ANYWHERE = Limit(attempts=30, window=dt.timedelta(hours=1))
"""A badge's wrong PINs at all benches together: 30 an hour leave a 6-digit PIN about
30,000 hours of guessing on average, and one bench (20 an hour) cannot reach it alone."""


@dataclass(frozen=True, slots=True)
class Charge:
    """The outcome of charging an attempt: `wait` seconds if refused; `first_refusal` when
    this attempt is the one that crossed a limit (worth one audit record, not one a try)."""

    wait: int | None
    first_refusal: bool = False


def _keys(station: str, badge: str) -> tuple[tuple[str, Limit], ...]:
    return ((f"bench:{station}\x1fbadge:{badge}", AT_BENCH), (f"badge:{badge}", ANYWHERE))


def _charge(session: Session, key: str, limit: Limit, now: dt.datetime) -> Charge:
    """Count one attempt against `key`."""
    now_s = int(now.timestamp())
    expired = SignInCounter.window_start <= now_s - int(limit.window.total_seconds())
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(SignInCounter).values(key=key, window_start=now_s, attempts=1)
    statement = statement.on_conflict_do_update(
        index_elements=[SignInCounter.key],
        set_={
            "attempts": case((expired, 1), else_=SignInCounter.attempts + 1),
            "window_start": case((expired, now_s), else_=SignInCounter.window_start),
        },
    ).returning(SignInCounter.attempts, SignInCounter.window_start)
    attempts, window_start = session.execute(statement).one()
    if attempts <= limit.attempts:
        return Charge(wait=None)
    wait = max(1, window_start + int(limit.window.total_seconds()) - now_s)
    return Charge(wait=wait, first_refusal=attempts == limit.attempts + 1)


def charge_attempt(session: Session, station: str, badge: str, now: dt.datetime) -> Charge:
    """Charge an attempt to sign `badge` in at `station` (the caller commits at once); a
    refusal at the bench's own limit is not charged to the badge's."""
    for key, limit in _keys(station, badge):
        charge = _charge(session, key, limit, now)
        if charge.wait is not None:
            return charge
    return Charge(wait=None)


def refund_attempt(session: Session, station: str, badge: str) -> None:
    """Give back the charge of an attempt that turned out right."""
    for key, _ in _keys(station, badge):
        session.execute(
            update(SignInCounter)
            .where(SignInCounter.key == key, SignInCounter.attempts > 0)
            .values(attempts=SignInCounter.attempts - 1)
        )
