"""The change sequence behind the returns delta feed, and its cursors.

Every write that changes what a station caches for a return (import, update, a final
inspection flipping `inspected`) gives the row a new `seq` from a single counter row, taken
with `UPDATE ... SET value = value + n` inside the writing transaction. That UPDATE holds the
row lock until commit, so writers that touch the feed commit one after another, in seq order
(on SQLite the database write lock does the same). Hence a reader that sees seq N also sees
every seq below N, and paging with `seq > cursor ORDER BY seq` never skips a change committed
while a station pages, nor repeats one: a row changed again moves to a higher seq and comes
back exactly once more, with its new content.

Writers take that lock first (lock_feed), before reading what they will change, so two of
them never both decide from stale reads (e.g. both insert the same new return).

The price is that feed writers are serialised; they are short transactions (one inspection,
or one import batch), which the load benchmark shows is not a bottleneck.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from inspector_app.server.models import FeedCounter
from inspector_app.server.problems import ProblemError

MAX_CURSOR_DIGITS = 18


def lock_feed(session: Session) -> None:
    """Take the feed lock now, before reading what the transaction will change.

    Later statements then see every commit made before it (PostgreSQL's READ COMMITTED takes
    a fresh snapshot per statement), so two writers never both decide a row is new.
    """
    session.execute(update(FeedCounter).where(FeedCounter.id == 1).values(value=FeedCounter.value))


def claim_seqs(session: Session, count: int) -> range:
    """`count` new sequence numbers, in order; holds the feed lock until the transaction ends."""
    value = session.execute(
        update(FeedCounter)
        .where(FeedCounter.id == 1)
        .values(value=FeedCounter.value + count)
        .returning(FeedCounter.value)
    ).scalar_one()
    return range(value - count + 1, value + 1)


def encode_cursor(seq: int) -> str:
    """The cursor a bench passes back as `changed_since` (opaque to it; the seq, as text)."""
    return str(seq)


def decode_cursor(cursor: str) -> int:
    """The seq a cursor stands for; an empty cursor means 'from the beginning'."""
    if cursor == "":
        return 0
    if not cursor.isascii() or not cursor.isdigit() or len(cursor) > MAX_CURSOR_DIGITS:
        raise ProblemError(
            400,
            "invalid_cursor",
            "The cursor is not one this server handed out.",
            "Pass back next_cursor from a previous page, or nothing to start over.",
        )
    return int(cursor)
